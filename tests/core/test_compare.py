"""Comparing class sections: every figure against the sessions' own data, and the PDF's text.

The three sessions (``support/sections.py``) are played through the public API
along different paths: A takes the hotline branch to the talks, B escalates
until a branch ends the exercise, C follows the tanker's ``next`` and is still
running.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.sections import play_sections
from support.sessions import MINIMAL, FakeClock

from tabletop.cli import main
from tabletop.core import paths
from tabletop.core.compare import CompareError, compare, read_sessions, write_comparison
from tabletop.core.compare.build import Played, expected_statuses, story_line
from tabletop.core.compare.model import (
    MET,
    NOT_ASSESSED,
    NOT_MET,
    NOT_OBSERVED,
    NOT_PLAYED,
    PARTLY,
    Comparison,
)
from tabletop.core.engine import Session, SessionSetup, open_state
from tabletop.core.engine.state import Outcome


@pytest.fixture(scope="module")
def sections(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return play_sections(tmp_path_factory.mktemp("sections"))


@pytest.fixture(scope="module")
def comparison(sections: list[Path]) -> Comparison:
    return compare(read_sessions(sections))


def _played(sections: list[Path]) -> list[Played]:
    return read_sessions(sections)


def test_every_sections_figures_are_those_of_its_session(
    sections: list[Path], comparison: Comparison
) -> None:
    for section, path in zip(comparison.sections, sections, strict=True):
        deck, state, _meta = open_state(path)
        active = [d for d in state.decisions.values() if not d.withdrawn]
        messages = [d for d in active if d.outcome is not None]
        assert section.file == path.name
        assert section.name == state.name
        assert section.decisions == len(active)
        assert section.withdrawn == len(state.decisions) - len(active)
        assert section.messages == len(messages)
        assert section.through == sum(1 for d in messages if d.outcome and d.outcome.got_through)
        assert section.peak == max(change.level for change in state.levels)
        assert section.final_level == state.level
        assert [(s.minute, s.level) for s in section.levels] == [
            (change.scenario, change.level) for change in state.levels
        ]
        assert [step.inject for step in section.path] == state.order
        assert [step.status for step in section.path] == [
            state.injects[i].status for i in state.order
        ]
        gaps = [
            abs(believed - change.level)
            for change in state.levels
            for believed in change.beliefs.values()
        ]
        widest = max(gaps, default=0)
        assert (section.widest_gap.size if section.widest_gap else 0) == widest
        for use in section.channels:
            channel = next(c for c in deck.channels if c.name == use.channel)
            sent = [d for d in messages if d.channel == channel.id]
            assert use.sent == len(sent)
            assert use.delivered == sum(
                1 for d in sent if d.outcome and d.outcome.status == Outcome.DELIVERED
            )
            assert use.undeliverable == sum(
                1 for d in sent if d.outcome and d.outcome.status == Outcome.UNDELIVERABLE
            )
        judged = expected_statuses(deck, state)
        statuses = [status for inject in deck.injects for status in judged[inject.id]]
        assert section.expected_met == statuses.count(MET)
        assert section.expected_not_met == statuses.count(NOT_MET) + statuses.count(PARTLY)
        assert section.expected_not_assessed == statuses.count(NOT_ASSESSED) + statuses.count(
            NOT_OBSERVED
        )
        assert section.expected_total == len(statuses) - statuses.count(NOT_PLAYED)


def test_the_expected_status_is_the_reports_judgement(sections: list[Path]) -> None:
    """Each expected action as the after-action report judges it: the facilitator's verdict,
    else the deck's test, else not assessed."""
    (deck_a, a, _), (deck_b, b, _), (deck_c, c, _) = (open_state(p) for p in sections)
    assert expected_statuses(deck_a, a)["cable-cut"] == (MET,)  # the facilitator: met
    assert expected_statuses(deck_b, b)["cable-cut"] == (NOT_MET,)  # not met, despite a P
    assert expected_statuses(deck_c, c)["cable-cut"] == (NOT_ASSESSED,)  # no verdict, no test
    assert expected_statuses(deck_a, a)["tanker-seizure"] == (NOT_PLAYED,)


def test_decisions_and_ratings_side_by_side(sections: list[Path], comparison: Comparison) -> None:
    states = [open_state(p)[1] for p in sections]
    for row in comparison.injects:
        for notes, state in zip(row.decisions, states, strict=True):
            expected = [
                d.id
                for d in sorted(state.decisions.values(), key=lambda d: d.seq)
                if d.inject == row.inject and not d.withdrawn
            ]
            assert [n.id for n in notes] == expected
    for objective in comparison.objectives:
        for ratings, state in zip(objective.ratings, states, strict=True):
            assert list(ratings) == [
                o.rating
                for o in state.observations
                if o.objective == objective.objective and o.rating
            ]
        for rating, state in zip(objective.evaluated, states, strict=True):
            given = state.objective_ratings.get(objective.objective)
            assert rating == (given.rating if given else "")
    assert any(any(o.evaluated) for o in comparison.objectives)
    for action in comparison.expected:
        assert len(action.status) == len(states)


def test_where_the_sections_diverged_and_why(comparison: Comparison) -> None:
    first, second = comparison.divergences
    assert first.after == "Data cable severed in the Gulf of Finland"
    ways = {labels: (title, why) for labels, _verb, title, why in first.ways}
    assert ways["A"][0] == "An offer of talks"
    assert "Washington–Moscow hotline" in ways["A"][1] and "The hotline was used" in ways["A"][1]
    assert ways["B, C"] == (
        "A tanker is boarded",
        "no branch held, so play went on in the deck's order",
    )
    assert second.after == "A tanker is boarded"
    ways = {labels: (verb, why) for labels, verb, _title, why in second.ways}
    assert ways["B"] == (
        "stopped",
        "the exercise ended because the escalation level is 5 (Mobilisation and posture "
        "surge) or higher",
    )
    assert ways["C"] == ("went to", "the inject's next leads there")


def test_a_contingency_on_demand_is_on_the_path_but_not_a_divergence(
    sections: list[Path],
) -> None:
    deck, state, _meta = open_state(sections[2])
    assert "stalled" in state.order
    assert "stalled" not in story_line(deck, state)


def test_the_pdf_says_it_on_its_first_page(
    sections: list[Path], comparison: Comparison, tmp_path: Path
) -> None:
    target = tmp_path / "compare.pdf"
    written = write_comparison(sections, target)
    reader = PdfReader(target)
    assert len(reader.pages) == written.pages >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    for section in comparison.sections:
        assert section.title in first
        assert section.through_share in first
    assert "Where they diverged" in first
    assert (
        "After “Data cable severed in the Gulf of Finland”: A went to “An offer of talks”" in first
    )
    assert "B stopped: the exercise ended because the escalation level is 5" in first
    rest = " ".join(" ".join(page.extract_text().split()) for page in reader.pages[1:])
    for heading in (
        "The path through the deck",
        "Channels and messages",
        "Expected actions",
        "Decisions at each inject",
        "Objectives: the evaluator's rating and those noted",
        "How the figures are counted",
    ):
        assert heading in rest
    assert "Ask Moscow whether the tanker is theirs" in rest
    top, children = reader.outline[0], reader.outline[1]
    assert top.title == "3 class sections of “Cable cut, a test deck”"
    assert [child.title for child in children] == ["Where they diverged"]
    assert reader.get_destination_page_number(children[0]) == 0  # on the first page


def test_the_same_sessions_give_the_same_pdf(sections: list[Path], tmp_path: Path) -> None:
    write_comparison(sections, tmp_path / "one.pdf")
    write_comparison(sections, tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


def test_comparing_works_on_a_session_open_for_recording_and_changes_nothing(
    sections: list[Path], tmp_path: Path
) -> None:
    clock = FakeClock()
    live = Session.start(
        MINIMAL.read_text(encoding="utf-8"),
        setup=SessionSetup(name="Section 4"),
        path=tmp_path / "live.tabletop",
        clock=clock,
    )
    with live:
        live.deliver_next()
        paths = [*sections, live.path]
        before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
        result = compare(read_sessions(paths))
        assert result.sections[-1].status == "running"
        assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths] == before
        live.record_decision("us", "Still recording after the comparison")


def test_sessions_of_different_decks_are_refused(sections: list[Path], tmp_path: Path) -> None:
    other_deck = paths.bundled_decks_dir() / "intro.yaml"
    with Session.start(other_deck.read_text(encoding="utf-8"), path=tmp_path / "o.tabletop") as s:
        other = s.path
    with pytest.raises(CompareError, match="these sessions played different decks"):
        compare(read_sessions([sections[0], other]))


def test_different_versions_of_a_deck_are_compared_on_shared_injects(
    sections: list[Path], tmp_path: Path
) -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    start = text.index("  - id: stalled")
    changed = text[:start].rstrip() + "\n"  # version 2 drops the contingency inject
    with Session.start(changed, path=tmp_path / "v2.tabletop") as session:
        session.deliver_next()
        newer = session.path
    result = compare(read_sessions([sections[2], newer]))
    assert "stalled" not in [row.inject for row in result.injects]
    assert len(result.notes) == 1
    assert "different versions of the deck" in result.notes[0]
    assert "left out: stalled" in result.notes[0]


def test_the_cli_compares_and_refuses_clearly(
    sections: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sections.pdf"
    assert main(["compare", *map(str, sections), "-o", str(target)]) == 0
    assert "Wrote the comparison of 3 sections" in capsys.readouterr().err
    assert main(["compare", *map(str, sections), "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["compare", str(sections[0]), "-o", str(tmp_path / "one.pdf")]) == 2
    assert "two sessions or more" in capsys.readouterr().err
    copy = tmp_path / "copy.tabletop"
    shutil.copy(sections[0], copy)
    assert main(["compare", str(sections[0]), str(copy), "-o", str(copy)]) == 2
    assert "copy.tabletop: the comparison is written as .pdf" in capsys.readouterr().err
    broken = tmp_path / "broken.tabletop"
    broken.write_text("not a session", encoding="utf-8")
    assert main(["compare", str(sections[0]), str(broken), "-o", str(tmp_path / "b.pdf")]) == 2
    output = capsys.readouterr().err
    assert "broken.tabletop" in output and "Traceback" not in output
