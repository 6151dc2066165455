"""Printable inject cards: one page per inject, players' half and facilitator's half."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tabletop.cli import main
from tabletop.core.cards import render_cards
from tabletop.core.deck.loader import load_deck, load_deck_text
from tabletop.core.deck.model import Deck


def _deck(path: Path) -> Deck:
    result = load_deck(path)
    assert result.deck is not None
    return result.deck


def _lines_by_half(pdf: bytes, page: int) -> tuple[str, str]:
    """The text above the cut line (players) and below it (facilitator)."""
    reader = PdfReader(io.BytesIO(pdf))
    sheet = reader.pages[page]
    placed: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        placed.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))

    sheet.extract_text(visitor_text=visit)
    cut = next(y for y, text in placed if "cut here" in text)
    top = [text for y, text in placed if y > cut and "cut here" not in text]
    bottom = [text for y, text in placed if y < cut]
    return " ".join(" ".join(top).split()), " ".join(" ".join(bottom).split())


def test_one_page_per_inject_with_each_side_in_its_half(minimal_deck_path: Path) -> None:
    deck = _deck(minimal_deck_path)
    pdf = render_cards(deck)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(deck.injects) == 4
    players, facilitator = _lines_by_half(pdf, 0)
    assert "PLAYERS" in players
    assert "Data cable severed in the Gulf of Finland" in players
    assert "Day 1 06:40" in players
    assert "A data cable between Finland and Estonia has stopped carrying traffic." in players
    assert "SECRET-NOTE-1" not in players  # the players' card never shows the notes
    assert "FACILITATOR ONLY" in facilitator
    assert "Watch for who calls whom first. SECRET-NOTE-1" in facilitator
    assert "Who do you call first?" in facilitator
    assert "Seek attribution before any enforcement step" in facilitator
    assert "Escalation +1" in facilitator
    assert "card 3: An offer of talks" in facilitator
    for page in range(4):
        top, _bottom = _lines_by_half(pdf, page)
        assert "SECRET-NOTE" not in top


def test_the_side_with_more_text_gets_more_room() -> None:
    deck = load_deck(Path(__file__).resolve().parents[2] / "injects" / "gray-zone-escalation.yaml")
    assert deck.deck is not None
    pdf = render_cards(deck.deck)
    players, facilitator = _lines_by_half(pdf, 1)
    assert "A Border Guard patrol ship reaches Vega Dawn" in players
    assert "Real analogue: the tanker Jaguar" in facilitator
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(deck.deck.injects)
    cuts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if "cut here" in text:
            cuts.append(tm[5] * cm[3] + cm[5])

    reader.pages[1].extract_text(visitor_text=visit)
    middle = float(reader.pages[1].mediabox.height) / 2
    assert cuts[0] > middle + 50  # the long notes pushed the cut up
    minimal = render_cards(
        _deck(Path(__file__).resolve().parents[1] / "data" / "decks" / "minimal.yaml")
    )
    cuts.clear()
    PdfReader(io.BytesIO(minimal)).pages[0].extract_text(visitor_text=visit)
    assert abs(cuts[0] - middle) < 10  # both sides fit: cut in the middle


def test_branches_are_printed_in_plain_words(minimal_deck_path: Path) -> None:
    _, facilitator = _lines_by_half(render_cards(_deck(minimal_deck_path)), 0)
    assert (
        "If US National Security Council has recorded a decision over the Washington–Moscow hotline"
    ) in facilitator


def test_a_reproducible_build_gives_the_same_bytes(
    minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    deck = _deck(minimal_deck_path)
    assert render_cards(deck) == render_cards(deck)


def test_cards_carry_the_date_they_were_printed(minimal_deck_path: Path) -> None:
    import datetime as dt

    reader = PdfReader(io.BytesIO(render_cards(_deck(minimal_deck_path))))
    assert reader.metadata is not None
    created = str(reader.metadata["/CreationDate"])
    today = dt.datetime.now(dt.timezone.utc)
    assert created[2:6] == f"{today:%Y}" and not created.startswith("D:2000")


@pytest.mark.skipif(not hasattr(os, "umask") or os.name != "posix", reason="POSIX permissions")
def test_cards_get_the_user_s_usual_permissions(minimal_deck_path: Path, tmp_path: Path) -> None:
    from tabletop.core.cards import write_cards

    old = os.umask(0o027)
    try:
        write_cards(_deck(minimal_deck_path), tmp_path / "cards.pdf")
    finally:
        os.umask(old)
    assert (tmp_path / "cards.pdf").stat().st_mode & 0o777 == 0o640


def test_letter_paper(minimal_deck_path: Path) -> None:
    page = PdfReader(io.BytesIO(render_cards(_deck(minimal_deck_path), "letter"))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


_HOSTILE = """
format: tabletop-deck/1
id: hostile
title: <b>Bold & "quoted"</b>
teams: [{id: nato, name: Североатлантический совет}]
injects:
  - id: one
    title: Кабель перерезан <script>
    narrative: Tiếng Việt có dấu & <a href="x">link</a> — русский текст.
    facilitator_notes: <i>not italic</i> & done
  - id: two
    title: Very long
    narrative: "START {words} END"
"""


def test_user_text_is_printed_literally_in_the_unicode_font() -> None:
    text = _HOSTILE.replace("{words}", " ".join(["word"] * 1500))
    result = load_deck_text(text)
    assert result.deck is not None, result.problems
    pdf = render_cards(result.deck)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # a long narrative shrinks; it never spills over
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Кабель перерезан <script>" in first
    assert 'Tiếng Việt có dấu & <a href="x">link</a> — русский текст.' in first
    assert "<i>not italic</i> & done" in first
    assert '<b>Bold & "quoted"</b>' in first
    second = reader.pages[1].extract_text()
    assert "START" in second and "END" in second
    resources: list[Any] = [page["/Resources"] for page in reader.pages]
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for resource in resources
        for font in resource["/Font"].values()
    }
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_the_pdf_is_structurally_sound(tmp_path: Path, minimal_deck_path: Path) -> None:
    target = tmp_path / "cards.pdf"
    target.write_bytes(render_cards(_deck(minimal_deck_path)))
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)


def test_cards_command(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cards.pdf"
    assert main(["cards", str(minimal_deck_path), "-o", str(target)]) == 0
    assert len(PdfReader(target).pages) == 4
    assert "Wrote 4 cards" in capsys.readouterr().err


def test_cards_command_refuses_a_broken_deck_and_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "format: tabletop-deck/1\nid: x\ntitle: X\nteams: []\ninjects: []\n", encoding="utf-8"
    )
    assert main(["cards", str(broken), "-o", str(tmp_path / "c.pdf")]) == 1
    output = capsys.readouterr()
    assert "teams needs at least 1 entry" in output.out
    assert not (tmp_path / "c.pdf").exists()
    assert main(["cards", "no-such-deck", "-o", str(tmp_path / "c.pdf")]) == 2
    assert main(["cards", str(broken), "-o", str(tmp_path / "c.txt")]) == 2
