"""Team-only cards in the deck format: read, checked, written, converted, reported, printed."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support.sessions import FakeClock

from tabletop.cli import main
from tabletop.core.cards import render_cards
from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.loader import load_deck, load_deck_data, load_deck_text
from tabletop.core.deck.model import Deck
from tabletop.core.deck.writer import dump_deck
from tabletop.core.engine import Session
from tabletop.core.engine.team_view import projected_inject
from tabletop.core.handouts import render_handouts, team_cards
from tabletop.core.msel import export_msel, import_msel
from tabletop.core.report.build import build_report
from tabletop.core.report.pdf import render_report

DATA = Path(__file__).resolve().parent.parent / "data"
TEAM_CARDS = DATA / "decks" / "team-cards.yaml"
BUNDLED = Path(__file__).resolve().parents[2] / "injects"


def _deck(path: Path = TEAM_CARDS) -> Deck:
    result = load_deck(path)
    assert result.deck is not None, result.problems
    return result.deck


def _data(path: Path = TEAM_CARDS) -> dict[str, Any]:
    result = load_deck(path)
    assert result.ok and result.document is not None
    data: dict[str, Any] = result.document.data
    return data


def _pdf_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_private_inject_is_seen_only_by_the_teams_it_is_addressed_to() -> None:
    deck = _deck()
    brief = deck.inject("kremlin-brief")
    assert brief.private and not brief.projected
    assert brief.seen_by("russia")
    assert not brief.seen_by("nato") and not brief.seen_by("us")
    public = deck.inject("cable-cut")
    assert public.to == ("nato",) and not public.private
    # a public inject addressed to one team in the story is still everyone's
    assert all(public.seen_by(t.id) for t in deck.teams) and public.projected


def test_lint_warns_about_a_card_private_to_everyone_and_one_that_should_be(
    tmp_path: Path,
) -> None:
    text = TEAM_CARDS.read_text(encoding="utf-8")
    text = text.replace(
        "    to: [nato, us]\n    private: true", "    to: [nato, us, russia]\n    private: true"
    )
    text = text.replace(
        "facilitator_notes: SECRET-NOTE-TALKS",
        "facilitator_notes: Only the NATO team sees this card.",
    )
    result = load_deck_text(text, "cards.yaml")
    messages = {p.code: p.message for p in lint_deck(result)}
    assert "private to every team" in messages["lint-private-everyone"]
    assert "allied-intel" in messages["lint-private-everyone"]
    assert "add 'private: true'" in messages["lint-private-missing"]
    assert "talks-offer" in messages["lint-private-missing"]
    # the deck as written draws neither warning
    assert not {p.code for p in lint_deck(load_deck(TEAM_CARDS)) if "private" in (p.code or "")}


@pytest.mark.parametrize("name", ["baltic-snap-exercise.yaml", "ukraine-ceasefire-breakdown.yaml"])
def test_the_bundled_cards_for_the_russian_team_are_team_only(name: str) -> None:
    deck = _deck(BUNDLED / name)
    private = [i for i in deck.injects if i.private]
    assert [i.to for i in private] == [("russia",)]
    assert "Only the Russian team sees this card" in private[0].facilitator_notes
    codes = {p.code for p in lint_deck(load_deck(BUNDLED / name))}
    assert "lint-private-missing" not in codes


def test_the_writer_puts_private_right_after_to() -> None:
    text = dump_deck(_data())
    block = text[text.index("- id: kremlin-brief") :]
    keys = [line.strip().split(":")[0] for line in block.splitlines()[:7]]
    assert keys == ["- id", "title", "at", "from", "to", "private", "narrative"]
    assert load_deck_text(text, "again.yaml").deck == _deck()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_msel_carries_team_only_cards_both_ways(suffix: str, tmp_path: Path) -> None:
    data = _data()
    target = tmp_path / f"msel{suffix}"
    assert export_msel(data, target) == []
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert imported.problems == []
    assert imported.data == data
    assert load_deck_data(imported.data).deck == _deck()


def test_a_bad_team_only_cell_is_reported_with_its_row(tmp_path: Path) -> None:
    target = tmp_path / "msel.csv"
    target.write_text(
        "Event synopsis,Inject text,To,Team only\nA,Text a,nato,yes\nB,Text b,,perhaps\n",
        encoding="utf-8",
    )
    imported = import_msel(target, base=_data())
    messages = [p.format() for p in imported.problems]
    assert any("'perhaps' is neither yes nor no" in m for m in messages), messages
    assert any(":3:" in m or "row 3" in m for m in messages), messages


def test_the_report_marks_team_only_cards(tmp_path: Path) -> None:
    clock = FakeClock()
    session = Session.start(
        TEAM_CARDS.read_text(encoding="utf-8"), path=tmp_path / "s.tabletop", clock=clock
    )
    with session:
        for _ in range(3):
            clock.advance(minutes=5)
            session.deliver_next()
        assert projected_inject(session.state) == "cable-cut"
        model = build_report(session.deck, session.state, session.file.meta)
        pdf = render_report(model)
    entries = {e.inject_id: e for e in model.timeline}
    assert entries["kremlin-brief"].team_only and entries["allied-intel"].team_only
    assert not entries["cable-cut"].team_only
    text = " ".join(_pdf_text(pdf))
    assert "team-only card for Russian Security Council" in text
    assert "to North Atlantic Council" in text


def test_handouts_hold_a_teams_cards_and_nothing_else() -> None:
    deck = _deck()
    assert [i.id for i in team_cards(deck, "russia")] == ["kremlin-brief"]
    assert [i.id for i in team_cards(deck, "us")] == ["allied-intel"]
    pages = _pdf_text(render_handouts(deck, "russia"))
    assert len(pages) == 1
    assert "ONLY FOR RUSSIAN SECURITY COUNCIL" in pages[0]
    assert "PRIVATE-RUSSIA" in pages[0]
    for secret in ("SECRET-NOTE", "PRIVATE-WEST", "What do you tell the West?"):
        assert secret not in pages[0]
    west = " ".join(_pdf_text(render_handouts(deck, "nato")))
    assert "PRIVATE-WEST" in west and "PRIVATE-RUSSIA" not in west
    assert render_handouts(deck, "russia") == render_handouts(deck, "russia")


def test_the_full_card_set_names_whose_eyes_a_card_is_for() -> None:
    pages = _pdf_text(render_cards(_deck()))
    assert "ONLY FOR RUSSIAN SECURITY COUNCIL" in pages[1]
    assert "ONLY FOR" not in pages[0] and "PLAYERS" in pages[0]


def test_cards_command_prints_a_teams_handouts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "russia.pdf"
    assert main(["cards", str(TEAM_CARDS), "--team", "russia", "-o", str(target)]) == 0
    assert "Wrote 1 handout for Russian Security Council" in capsys.readouterr().err
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
    assert main(["cards", str(TEAM_CARDS), "--team", "rusia", "-o", str(target), "--force"]) == 2
    assert "no team 'rusia'" in capsys.readouterr().err
    minimal = DATA / "decks" / "minimal.yaml"
    other = tmp_path / "none.pdf"
    assert main(["cards", str(minimal), "--team", "nato", "-o", str(other)]) == 1
    assert "no team-only cards" in capsys.readouterr().err and not other.exists()
