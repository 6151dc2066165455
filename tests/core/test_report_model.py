"""The after-action report's facts, checked on the plain model (no PDF involved)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tabletop.core.engine import SessionSetup, open_state
from tabletop.core.engine.session import Session
from tabletop.core.report.build import build_report
from tabletop.core.report.clock import duration, span
from tabletop.core.report.model import FINAL, INTERIM, MARKING, ReportModel
from tabletop.core.report.sample import (
    SteppedClock,
    play_sample_session,
    practice_session,
)


def report_of(path: Path) -> ReportModel:
    return build_report(*open_state(path))


@pytest.fixture
def minimal(minimal_deck_path: Path, tmp_path: Path) -> Iterator[tuple[Session, SteppedClock]]:
    """A fresh session on the test deck, with names for the teams and a stepped clock."""
    setup = SessionSetup(
        name="Seminar 3",
        facilitator="Ann Example",
        teams=[{"id": "nato", "participants": ["Ola", "Piotr"]}],
    )
    session, clock = practice_session(
        tmp_path / "minimal.tabletop", minimal_deck_path.read_text(encoding="utf-8"), setup
    )
    with session:
        yield session, clock


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return play_sample_session(tmp_path_factory.mktemp("sample") / "sample.tabletop")


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> ReportModel:
    return report_of(sample_path)


def test_an_ended_session_is_final_and_a_running_one_interim(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()
    assert report_of(session.path).status == INTERIM  # read while the session is still open
    session.end()
    report = report_of(session.path)
    assert report.status == FINAL
    assert not report.interim
    assert report.marking == MARKING


def test_cover_and_overview_name_the_exercise_people_and_objectives(sample: ReportModel) -> None:
    assert sample.exercise == "Baltic seminar, group B"
    assert sample.facilitator == "Dr. Elena Marković"
    assert sample.deck_title == "Cable cut in the Baltic"
    assert "24 November 2026" in sample.dates
    overview = {f.label: f.value for f in sample.overview}
    assert overview["Point of contact"] == "Dr. Elena Marković, course director"
    assert "Nguyễn Thị Minh Khai" in overview["Participating teams and people"]
    assert "Алексей Смирнов" in overview["Participating teams and people"]
    assert "Teams seek attribution before taking enforcement steps." in overview["Objectives"]
    assert "90 minutes" in overview["Scope"]
    assert overview["Scenario"].startswith("A data cable between Finland and Estonia")


def test_an_audience_written_as_a_sentence_ends_the_scope_with_one_full_stop(
    minimal_deck_path: Path, tmp_path: Path
) -> None:
    text = minimal_deck_path.read_text(encoding="utf-8").replace(
        "duration: 45\n", "duration: 45\naudience: Students in their first exercise.\n", 1
    )
    session, _clock = practice_session(tmp_path / "audience.tabletop", text, SessionSetup())
    with session:
        session.deliver_next()
        session.end()
    overview = {f.label: f.value for f in report_of(session.path).overview}
    assert overview["Scope"].startswith(
        "A discussion-based tabletop exercise planned for 45 minutes for Students in their "
        "first exercise. The deck holds"
    )


def test_a_decision_named_beside_a_not_met_verdict_is_not_said_to_have_met_it(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, _clock = minimal
    session.deliver_next()
    decision = session.record_decision("nato", "We wait and see.").decision
    assert decision is not None
    session.assess_expectation("cable-cut", 0, "not_met", decision=decision.id)
    session.end()
    (review,) = [r for r in report_of(session.path).reviews if r.inject_id == "cable-cut"]
    statement = review.expected[0].statement
    assert statement.startswith("Not met, as judged by the facilitator")
    assert "D1" in statement
    assert "met by" not in statement


def test_what_became_of_each_inject_names_its_status_once(
    minimal: tuple[Session, SteppedClock],
) -> None:
    from tabletop.core.report.tables import injects_on_the_path

    session, _clock = minimal
    session.deliver_next()
    session.skip("no time")
    session.end()
    _headings, rows = injects_on_the_path(report_of(session.path).path)
    became = [row[2] for row in rows]
    assert "Skipped by the facilitator: no time" in became
    assert "Not reached: a contingency inject the facilitator did not call for." in became
    for text in became:
        for status in ("Delivered", "Skipped", "Not reached"):
            assert not text.startswith(f"{status}. {status}"), text


def test_summary_counts_injects_decisions_and_message_outcomes(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()  # cable-cut: mil-to-mil closes
    clock.advance(2)
    session.send_message("us", "hotline", "Calling Moscow.")  # open: delivered
    session.send_message("nato", "mil-to-mil", "Calling the Russian MoD.")  # closed
    session.send_message("nato", "cable-commission", "Inspect the cable.")  # closed
    session.record_decision("russia", "Deny everything.")
    session.record_decision("us", "Wrong team.")
    session.withdraw_decision("D5", "typo")
    session.skip("no time left", "tanker-seizure")
    report = report_of(session.path)
    figures = {f.label: f.value for f in report.summary.figures}
    assert figures["Injects delivered"] == "1 of 4"
    assert figures["Injects skipped"] == "1"
    assert figures["Decisions recorded"] == "4"
    assert figures["Messages delivered"] == "1"
    assert figures["Messages undeliverable"] == "2"
    text = " ".join(report.summary.paragraphs)
    assert "A tanker is boarded: no time left" in text
    assert "North Atlantic Council 2" in text and "Russian Security Council 1" in text
    assert "1 more decision was withdrawn and is not counted" in text
    assert "1 was delivered, 1 skipped and 2 not reached" in text
    assert "1 over Military-to-military channels" in text


def test_peak_escalation_and_thresholds_are_reported_with_their_time(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()  # +1: from 1 to 2
    clock.advance(5)
    session.adjudicate(6, "shots fired")
    clock.advance(5)
    session.adjudicate(4, "calm returns")
    report = report_of(session.path)
    figures = {f.label: f.value for f in report.summary.figures}
    assert figures["Peak escalation level"] == "6 (Armed incidents)"
    assert figures["Thresholds crossed"] == "2"
    text = " ".join(report.summary.paragraphs)
    assert "peaked at 6 (Armed incidents)" in text and "shots fired" in text
    assert "stood at 4 (Coercive enforcement) at the end" in text
    assert "First lethal force between states (level 6)" in text
    assert "Attribution and consultation (level 3)" in text
    chart = report.escalation
    assert [p.level for p in chart.points][-3:] == [2, 6, 4]
    assert chart.teams == (
        "North Atlantic Council",
        "US National Security Council",
        "Russian Security Council",
    )
    assert all(len(p.beliefs) == 3 for p in chart.points)
    crossed = {t.level: t.crossed for t in chart.thresholds}
    assert crossed[3] and crossed[6] and not crossed[10]
    assert [(c.channel, c.status) for c in chart.closures] == [
        ("Military-to-military channels", "closed")
    ]


def test_timeline_puts_each_decision_under_the_inject_it_answered(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    session.record_decision("nato", "Prepare a statement.")  # before any inject
    clock.advance(5)
    session.deliver_next()
    clock.advance(7)
    session.send_message("us", "hotline", "We are not blaming anyone.")
    clock.advance(3)
    session.deliver("stalled")  # a contingency inject on demand
    session.record_decision("russia", "No comment.", kind="statement", channel="public")
    entries = report_of(session.path).timeline
    assert [e.title for e in entries] == [
        "Before the first inject",
        "Data cable severed in the Gulf of Finland",
        "A journalist calls",
    ]
    assert [r.text for r in entries[0].responses] == ["Prepare a statement."]
    cable = entries[1]
    assert cable.when.scenario == "Day 1 06:45"  # the clock ran 5 minutes past 06:40
    assert cable.when.wall == "09:05 UTC"
    assert (
        "Escalation +1" in cable.effects
        and "Military-to-military channels: closed" in cable.effects
    )
    (hotline,) = cable.responses
    # the hotline takes 30 minutes: when the record stops (Day 1 06:55) it is still on its way
    assert (hotline.team, hotline.channel, hotline.outcome, hotline.outcome_note) == (
        "US National Security Council",
        "Washington–Moscow hotline",
        "in transit",
        "arrives Day 1 07:22",
    )
    assert hotline.when.wall == "09:12 UTC"
    assert entries[2].reason == "Chosen by the facilitator"
    assert entries[2].responses[0].kind == "Public statement"


def test_channel_analysis_counts_outcomes_and_availability(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()  # mil-to-mil: degraded -> closed
    session.send_message("nato", "mil-to-mil", "Anyone there?")
    clock.advance(30)
    session.set_channel_status("mil-to-mil", "degraded", "line repaired")
    session.send_message("nato", "mil-to-mil", "Now?")
    session.send_message("us", "hotline", "Hello.")
    analysis = report_of(session.path).channels
    rows = {r.channel: r for r in analysis.rows}
    mil = rows["Military-to-military channels"]
    assert (mil.attempts, mil.delivered, mil.delayed, mil.undeliverable) == (2, 0, 1, 1)
    assert (mil.start_status, mil.end_status) == ("Degraded", "Degraded")
    assert rows["Joint cable repair commission"].available == "0 %"
    assert rows["Washington–Moscow hotline"].available == "100 %"
    assert [r.text for r in analysis.failed] == ["Anyone there?"]
    assert "closed" in analysis.failed[0].outcome_note
    track = {t.channel: t for t in analysis.tracks}["Military-to-military channels"]
    assert [(s.status, s.end - s.start) for s in track.spans][:2] == [
        ("degraded", 5.0),
        ("closed", 30.0),
    ]
    assert track.spans[-1].status == "degraded"


def test_setup_overrides_set_the_starting_status_of_channels(
    minimal_deck_path: Path, tmp_path: Path
) -> None:
    session, _clock = practice_session(
        tmp_path / "override.tabletop",
        minimal_deck_path.read_text(encoding="utf-8"),
        SessionSetup(channels={"hotline": "closed"}),
    )
    with session:
        session.send_message("us", "hotline", "Hello?")
    analysis = report_of(session.path).channels
    row = {r.channel: r for r in analysis.rows}["Washington–Moscow hotline"]
    assert (row.start_status, row.undeliverable, row.available) == ("Closed", 1, "0 %")


def test_objectives_are_rated_by_the_evaluator_with_the_data_s_suggestion_beside(
    sample: ReportModel,
) -> None:
    ratings = {o.id: (o.rating, o.suggested) for o in sample.objectives}
    # the sample's evaluator rated two objectives; the third has only a suggestion
    assert ratings["obj-communicate"][0] == "S"
    assert ratings["obj-attribution"] == ("", "M")
    assert ratings["obj-restraint"][0] == "P"


def test_one_unable_observation_does_not_overrule_the_evaluator(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, _clock = minimal
    session.note_observation("improvement", "Slow start.", rating="U", objective="obj-communicate")
    session.note_observation("strength", "Then fine.", rating="P", objective="obj-communicate")
    session.rate_objective("obj-communicate", "P", note="Met once the hotline was used.")
    (objective,) = report_of(session.path).objectives
    assert (objective.rating, objective.note) == ("P", "Met once the hotline was used.")
    assert objective.suggested in ("U", "P") and objective.suggested_name
    assert "rated observation" in objective.basis


def test_an_objective_nobody_rated_says_so(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, _clock = minimal
    session.note_observation("strength", "Good call.", objective="obj-communicate")
    (objective,) = report_of(session.path).objectives
    assert (objective.rating, objective.rating_name, objective.strengths) == (
        "",
        "Not rated by the evaluator",
        1,
    )
    assert objective.suggested == ""


def test_four_questions_cover_played_injects_with_expected_actions(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()
    session.send_message("nato", "cable-commission", "Inspect the cable.")
    session.note_observation("strength", "Calm first reaction.", rating="P")
    session.note_observation("improvement", "Tried a closed channel.", rating="S")
    session.deliver("stalled")  # no expected actions: no review
    reviews = report_of(session.path).reviews
    (review,) = reviews
    assert review.title == "Data cable severed in the Gulf of Finland"
    (expected,) = review.expected
    assert expected.text == "Seek attribution before any enforcement step"
    assert expected.status == "not_assessed"  # no test, no verdict: never claimed as met
    assert review.happened == (
        "D1 North Atlantic Council (message over Joint cable repair commission, undeliverable): "
        "Inspect the cable.",
    )
    assert any("never got through" in why for why in review.why)
    assert review.sustain == ("Calm first reaction. [P: Performed without challenges]",)
    assert review.improve == ("Tried a closed channel. [S: Performed with some challenges]",)


def test_hot_wash_and_improvement_plan_come_from_the_session(sample: ReportModel) -> None:
    answers = {f.label: f.value for f in sample.hotwash}
    assert answers["Why was there a difference?"] == (
        "The only channel NATO thought of first was closed."
    )
    assert [(r.issue, r.responsible, r.completion) for r in sample.plan] == [
        ("Teams did not know which channels were open.", "Course team", "15 January 2027"),
        ("Enforcement came before attribution.", "Dr. Elena Marković", "1 February 2027"),
    ]
    assert len(sample.strengths) == 2 and len(sample.improvements) == 2


def test_event_log_keeps_every_entry_and_marks_undone_ones(
    minimal: tuple[Session, SteppedClock],
) -> None:
    session, clock = minimal
    clock.advance(5)
    session.deliver_next()
    session.record_decision("nato", "Oops.")
    session.undo_last()
    log = report_of(session.path).event_log
    assert [e.seq for e in log] == [1, 2, 3, 4]
    assert log[2].undone and "Oops." in log[2].text
    assert log[3].text.startswith("Undo of entry 3")
    assert log[1].scenario == "Day 1 06:45"


def test_sources_are_only_those_the_deck_cites(sample: ReportModel, sample_path: Path) -> None:
    cited = {s.id: s for s in sample.sources}
    # the injects' citations, then those of the channels the deck uses
    assert [s.id for s in sample.sources][:3] == ["charap-2026", "eln-riac", "managed-coexistence"]
    assert cited["charap-2026"].cited_by[0] == (
        "Inject: Data cable severed in the Gulf of Finland (On the brink)"
    )
    assert "Foreign Affairs" in cited["charap-2026"].citation
    channel_sources = [s for s in sample.sources if s.cited_by[0].startswith("Channel: ")]
    assert channel_sources, "the shared channels cite their sources too"
    deck = open_state(sample_path)[0]
    cited_anywhere = {r.ref for i in deck.injects for r in i.sources} | {
        r.ref for c in deck.channels for r in c.sources
    }
    assert set(cited) == cited_anywhere
    assert len(deck.sources) > len(cited)  # the bibliography holds more than the deck cites


def test_participants_appendix_lists_teams_and_people(sample: ReportModel) -> None:
    people = {p.team: p.people for p in sample.participants}
    assert people["Russian Security Council"] == ("Алексей Смирнов", "Екатерина Волкова")


def test_the_same_session_gives_the_same_model(tmp_path: Path) -> None:
    path = play_sample_session(tmp_path / "again.tabletop")
    assert report_of(path) == report_of(path)
    assert report_of(path).info.created.isoformat() == "2026-11-24T10:30:00+00:00"


def test_metadata_names_the_exercise_and_its_status(sample: ReportModel) -> None:
    assert sample.info.title == "After-action report: Baltic seminar, group B"
    assert sample.info.author == "Dr. Elena Marković"
    assert sample.info.subject.startswith("Final after-action report")


def test_dates_read_naturally_for_any_span() -> None:
    nine = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone.utc)
    assert span(nine, nine) == "24 November 2026, 09:00 UTC"
    assert span(nine, nine + dt.timedelta(minutes=85)) == "24 November 2026, 09:00–10:25 UTC"
    assert span(nine, nine + dt.timedelta(days=1)) == (
        "24 November 2026 09:00 UTC – 25 November 2026 09:00 UTC"
    )
    assert span(None, None) == "Not started"
    assert (duration(20), duration(40 * 60), duration(85 * 60)) == (
        "under a minute",
        "40 min",
        "1 h 25 min",
    )


def test_a_team_that_sits_out_is_named_but_not_expected_to_answer(
    minimal_deck_path: Path, tmp_path: Path
) -> None:
    session, clock = practice_session(
        tmp_path / "absent.tabletop",
        minimal_deck_path.read_text(encoding="utf-8"),
        SessionSetup(teams=[{"id": "nato", "absent": True}]),
    )
    with session:
        clock.advance(5)
        session.deliver_next()  # the cable cut is addressed to nato alone
        session.record_decision("russia", "Deny everything.")
    report = report_of(session.path)
    overview = {f.label: f.value for f in report.overview}
    assert (
        "Not fielded in this session: North Atlantic Council"
        in (overview["Participating teams and people"])
    )
    assert [t.team for t in report.teams] == [
        "US National Security Council",
        "Russian Security Council",
    ]
    (review,) = report.reviews
    # nobody is blamed for the silence of a team that is not there
    assert not [why for why in review.why if "North Atlantic Council" in why]
