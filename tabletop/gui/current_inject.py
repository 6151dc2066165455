"""The current inject, the largest thing on the console: what the room is discussing.

Shows the delivered inject's narrative in large type, then what only the
facilitator sees: notes, discussion questions, expected actions, effects and
sources. Before the first inject it shows the teams' briefings and the
objectives; after the end, where to go next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from tabletop.core.deck.model import Deck, Inject, InjectType
from tabletop.core.engine.state import SessionState
from tabletop.gui.language import translate
from tabletop.gui.rich_text import escape
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import inject_type, ink, scaled_font, scenario_time, status_word, tint


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in parts)


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _items(values: tuple[str, ...], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(v)}</li>" for v in values) + f"</{tag}>"


class CurrentInjectPanel(QWidget):
    """The inject in front of the room, with the facilitator's notes beneath it."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.context = QLabel(self)
        self.context.setObjectName("currentInjectContext")
        self.context.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("currentInjectTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, 1.7, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.view = QTextBrowser(self)
        self.view.setObjectName("currentInjectView")
        self.view.setAccessibleName(translate("CurrentInjectPanel", "Current inject"))
        self.view.setOpenExternalLinks(False)
        self.view.setFont(scaled_font(self, 1.0))
        layout.addWidget(self.context)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self._shown: tuple[str, bool, str] | None = None
        controller.injects_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        """Show the inject in front of the room; nothing is redrawn (nor the reader's place
        in the text lost) when a change left it as it was."""
        if not self._controller.is_open:
            return
        state = self._controller.state
        current = state.current
        upcoming = "" if current else self._controller.next_inject().inject
        shown = (current, state.ended, upcoming)
        if shown == self._shown and not force:
            return
        self._shown = shown
        if current:
            inject = state.deck.inject(current)
            self._show_inject(inject, state)
        elif state.ended:
            self._show_text(
                translate("CurrentInjectPanel", "The session has ended"),
                "<p>"
                + translate(
                    "CurrentInjectPanel",
                    "Use <b>Session → Hot wash</b> to record strengths, areas for improvement "
                    "and the improvement plan, then <b>File → Export after-action report</b>.",
                )
                + "</p>",
                "",
            )
        else:
            self._show_briefing(state)

    def _show_text(self, title: str, html: str, context: str) -> None:
        self.context.setText(context)
        self.context.setVisible(bool(context))
        self.title.setText(title)
        self.view.setHtml(html)
        self.setAccessibleDescription(title)

    def _show_inject(self, inject: Inject, state: SessionState) -> None:
        number = state.order.index(inject.id) + 1 if inject.id in state.order else 0
        bits = [
            translate("CurrentInjectPanel", "Inject {number} of {count}").format(
                number=number, count=len(state.deck.injects)
            )
        ]
        if inject.at is not None:
            bits.append(scenario_time(inject.at))
        if inject.phase:
            bits.append(inject.phase)
        if inject.type is not InjectType.STANDARD:
            bits.append(
                translate("CurrentInjectPanel", "{type} inject").format(
                    type=inject_type(inject.type)
                )
            )
        if inject.sender:
            bits.append(
                translate("CurrentInjectPanel", "from {sender}").format(sender=inject.sender)
            )
        if inject.to:
            bits.append(
                translate("CurrentInjectPanel", "to {teams}").format(
                    teams=", ".join(state.team_name(t) for t in inject.to)
                )
            )
        if state.ended:
            bits.append(translate("CurrentInjectPanel", "session ended"))
        context = " · ".join(bits)
        self._show_text(inject.title, self._inject_html(inject, state.deck), context)

    def _inject_html(self, inject: Inject, deck: Deck) -> str:
        palette = self.palette()
        base = self.font().pointSizeF()
        big = f"font-size:{base * 1.45:.1f}pt;" if base > 0 else ""
        html = [f"<div style='{big} line-height:130%'>{_paragraphs(inject.narrative)}</div>"]
        if inject.facilitator_notes:
            back = tint("#b26a00", palette, 0.14).name()
            edge = ink("#b26a00", palette).name()
            html.append(
                f"<table width='100%' cellpadding='6' style='background:{back};"
                f"border:1px solid {edge}'><tr><td>"
                "<b>"
                + escape(translate("CurrentInjectPanel", "Facilitator notes"))
                + "</b> <i>"
                + escape(translate("CurrentInjectPanel", "(not shown on the projector)"))
                + "</i>"
                f"{_paragraphs(inject.facilitator_notes)}</td></tr></table>"
            )
        if inject.questions:
            html.append(
                _heading(translate("CurrentInjectPanel", "Discussion questions"))
                + _items(inject.questions, ordered=True)
            )
        if inject.expected_actions:
            html.append(
                _heading(translate("CurrentInjectPanel", "Expected actions"))
                + _items(inject.expected_actions)
            )
        effects = self._effects(inject, deck)
        if effects:
            html.append(_heading(translate("CurrentInjectPanel", "On delivery")) + _items(effects))
        objectives = [deck.objective(o) for o in inject.objectives]
        texts = tuple(o.text for o in objectives if o is not None)
        if texts:
            html.append(_heading(translate("CurrentInjectPanel", "Objectives")) + _items(texts))
        if inject.sources:
            cited = []
            for ref in inject.sources:
                source = deck.source(ref.ref)
                name = source.title if source else ref.ref
                cited.append(name + (f", {ref.section}" if ref.section else ""))
            html.append(_heading(translate("CurrentInjectPanel", "Sources")) + _items(tuple(cited)))
        return "".join(html)

    @staticmethod
    def _effects(inject: Inject, deck: Deck) -> tuple[str, ...]:
        out = []
        if inject.effects.escalation:
            out.append(
                translate("CurrentInjectPanel", "Escalation {change}").format(
                    change=f"{inject.effects.escalation:+d}"
                )
            )
        for channel_id, status in inject.effects.channels:
            name = deck.channel(channel_id).name if deck.has_channel(channel_id) else channel_id
            out.append(
                translate("CurrentInjectPanel", "{channel}: {status}").format(
                    channel=name, status=status_word(status)
                )
            )
        return tuple(out)

    def _show_briefing(self, state: SessionState) -> None:
        deck = state.deck
        html = []
        if deck.summary:
            html.append(_paragraphs(deck.summary))
        upcoming = self._controller.next_inject()
        if not upcoming.is_end:
            html.append(
                "<p><b>"
                + escape(
                    translate(
                        "CurrentInjectPanel", "Press Next inject (F5) to deliver the first inject:"
                    )
                )
                + f"</b> {escape(deck.inject(upcoming.inject).title)}</p>"
            )
        html.append(_heading(translate("CurrentInjectPanel", "Teams")) + "<ul>")
        for team in state.teams:
            line = f"<li><b>{escape(team.name)}</b>"
            if team.role:
                line += f" — {escape(team.role)}"
            if team.participants:
                line += f"<br><i>{escape(', '.join(team.participants))}</i>"
            if team.briefing:
                line += _paragraphs(team.briefing)
            html.append(line + "</li>")
        html.append("</ul>")
        if deck.objectives:
            html.append(
                _heading(translate("CurrentInjectPanel", "Objectives"))
                + _items(tuple(o.text for o in deck.objectives))
            )
        context = state.name or deck.title
        if state.facilitator:
            context += " · " + translate("CurrentInjectPanel", "facilitator {name}").format(
                name=state.facilitator
            )
        self._show_text(
            translate("CurrentInjectPanel", "Ready to begin: {deck}").format(deck=deck.title),
            "".join(html),
            context,
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh(force=True)  # the notes box is tinted from the palette
