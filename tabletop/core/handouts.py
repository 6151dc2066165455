"""Printed handouts: a team's team-only cards, for a team that plays without a device.

One page per card, the players' side only (title, scenario time, who it is
from, the narrative) under a band that names the team, so the facilitator can
hand each page over when the inject is delivered. Nothing on a handout comes
from the facilitator's side of the card.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from tabletop.core.cards import MARGIN, PAPERS, PLAYERS_BAND, CardBuilder, _band, _text
from tabletop.core.deck.model import Deck, Inject
from tabletop.core.deck.writer import DeckWriteError
from tabletop.core.fonts import register_fonts
from tabletop.core.i18n import _, ngettext
from tabletop.core.printing import PrintWriteError, write_printed


def team_cards(deck: Deck, team_id: str) -> list[Inject]:
    """The team-only cards a team gets, in deck order."""
    return [inject for inject in deck.injects if inject.private and team_id in inject.to]


def render_handouts(deck: Deck, team_id: str, paper: str = "a4") -> bytes:
    """A team's handouts as PDF bytes; the same deck and team always give the same bytes."""
    team = deck.team(team_id)
    cards = team_cards(deck, team_id)
    pagesize = PAPERS[paper]
    width, height = pagesize
    inner = width - 2 * MARGIN
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=_("Handouts for {team}: {deck}").format(team=team.name, deck=deck.title),
        author="tabletop",
        subject=ngettext("{count} team-only card", "{count} team-only cards", len(cards)).format(
            count=len(cards)
        ),
        creator="tabletop",
        invariant=1,
        initialFontName=register_fonts().regular,
    )
    frame = Frame(MARGIN, MARGIN, inner, height - 2 * MARGIN, id="card")
    document.addPageTemplates([PageTemplate("handout", [frame])])
    builder = CardBuilder(deck, inner)
    story: list[Flowable] = []
    for number, inject in enumerate(cards, 1):
        where = _("Handout {number} of {count} · {deck}").format(
            number=number, count=len(cards), deck=_text(deck.title)
        )
        band = _band(
            where,
            _text(_("ONLY FOR {teams}").format(teams=team.name.upper())),
            PLAYERS_BAND,
            inner,
            builder.styles,
        )
        _old_band, body = builder.players(deck.inject_index[inject.id], inject)
        if number > 1:
            story.append(PageBreak())
        story += builder.fit(band, body, height - 2 * MARGIN - 12)
    if not cards:
        story.append(
            Paragraph(
                _text(f"{deck.title}: no team-only cards for {team.name}."),
                builder.styles.narrative,
            )
        )
    document.build(story)
    return buffer.getvalue()


def write_handouts(deck: Deck, team_id: str, path: Path, paper: str = "a4") -> int:
    """Write a team's handouts atomically; returns the number of cards (one page each).

    Raises DeckWriteError with a plain message if the file cannot be written.
    """
    try:
        write_printed(render_handouts(deck, team_id, paper), Path(path), what="handouts")
    except PrintWriteError as exc:
        raise DeckWriteError(str(exc)) from None
    return len(team_cards(deck, team_id))
