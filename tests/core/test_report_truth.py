"""Every sentence the report writes about expected actions, gaps, branches and beliefs,
checked against the session's own record (a realistic two-hour session played through
the engine's public operations).

The checks recompute each fact independently: the state at a moment is a fold of the
log up to that moment, and branch conditions are evaluated by the engine's own rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tabletop.core.deck.model import DecisionMade, Deck, iter_conditions
from tabletop.core.engine import open_state
from tabletop.core.engine.branching import holds
from tabletop.core.engine.state import SessionState, fold
from tabletop.core.i18n import format_date
from tabletop.core.report.build import build_report
from tabletop.core.report.grayzone_sample import play_grayzone_session
from tabletop.core.report.model import ReportModel


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> tuple[Deck, SessionState, ReportModel]:
    path = play_grayzone_session(tmp_path_factory.mktemp("grayzone") / "grayzone.tabletop")
    deck, state, meta = open_state(path)
    return deck, state, build_report(deck, state, meta)


def before(deck: Deck, state: SessionState, seq: int) -> SessionState:
    """The state just before log entry ``seq``: a fold of the log up to it."""
    return fold(deck, [e for e in state.events if e.seq < seq])


def test_the_session_is_the_one_the_report_describes(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    counted = [d for d in state.decision_list if not d.withdrawn]
    failed = [d for d in counted if d.outcome and d.outcome.status == "undeliverable"]
    assert (len(state.teams), len(counted), len(failed)) == (4, 42, 8)
    assert (len(state.observations), len(state.actions), state.ended) == (10, 5, True)
    figures = {f.label: f.value for f in report.summary.figures}
    assert figures["Decisions recorded"] == str(len(counted))
    assert figures["Messages undeliverable"] == str(len(failed))


def test_one_definition_of_each_figure_everywhere(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    text = " ".join(report.summary.paragraphs)
    for team in report.teams:
        # the summary's count for a team is the count in its own section
        assert f"{team.team} {team.counted}" in text
        assert team.counted == sum(1 for d in team.decisions if not d.withdrawn)
    assert sum(t.counted for t in report.teams) == sum(
        1 for d in state.decision_list if not d.withdrawn
    )
    for row in report.channels.rows:
        assert row.delivered + row.delayed + row.undeliverable == row.attempts
        if row.delivered or row.delayed:
            assert row.available != "0 %", row  # it worked at least when a message went through
    total = sum(r.attempts for r in report.channels.rows)
    assert f"{total} messages were sent" in text
    assert {d.label for d in report.summary.definitions} >= {"Decisions", "Messages", "Worked"}


def test_every_expected_action_statement_matches_the_record(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    deck, state, report = played
    results = [e for review in report.reviews for e in review.expected]
    assert len(results) == sum(
        len(deck.inject(i).expectations) for i in state.order if deck.inject(i).expectations
    )
    statuses = set()
    for e in results:
        statuses.add(e.status)
        expectation = deck.inject(e.inject_id).expectations[e.index]
        assessment = state.assessment(e.inject_id, e.index)
        assert "no gap" not in e.statement.lower()
        if state.injects[e.inject_id].status != "delivered":
            assert e.status == "not_assessed"
        elif assessment is not None:
            assert (e.status, e.judged_by) == (assessment.verdict, "the facilitator")
            if assessment.decision:
                assert assessment.decision in e.statement
        elif expectation.test is not None:
            deadline = expectation.before
            record = state.injects.get(deadline) if deadline else None
            moment = (
                before(deck, state, record.seq)
                if record is not None and record.status == "delivered"
                else state
            )
            met = holds(expectation.test, moment)
            assert e.status == ("met" if met else "not_met"), e
            assert e.judged_by == "its test"
            assert e.statement.startswith("Met" if met else "Not met")
            for decision_id in e.decisions:  # the decisions named really meet the test
                decision = state.decisions[decision_id]
                assert not decision.withdrawn
                tests = [
                    c for c in iter_conditions(expectation.test) if isinstance(c, DecisionMade)
                ]
                assert any(
                    (not t.by or decision.team == t.by)
                    and (not t.channel or decision.channel == t.channel)
                    and (not t.kind or decision.kind == t.kind)
                    and (not t.tag or t.tag in decision.tags)
                    for t in tests
                )
        else:
            assert e.status == "not_assessed" and "Not assessed" in e.statement
            assert not e.decisions
    assert {"met", "not_met", "partly", "not_assessed"} <= statuses


def test_every_cause_given_is_in_the_record(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    for review in report.reviews:
        for why in review.why:
            failed = re.match(r"(D\d+) from (.+) never got through: (.+)\.$", why)
            delayed = re.match(r"(D\d+) from (.+) was delayed", why)
            silent = re.match(r"(.+) recorded no decision, though it was addressed\.", why)
            if failed or delayed:
                match = failed or delayed
                assert match is not None
                decision = state.decisions[match.group(1)]
                assert state.team_name(decision.team) == match.group(2)
                assert decision.outcome is not None
                assert decision.outcome.status == ("undeliverable" if failed else "delayed")
                assert decision.inject == review.inject_id
            elif silent:
                team = next(t for t in state.teams if t.name == silent.group(1))
                assert team.id in state.deck.inject(review.inject_id).to
                assert not [
                    d
                    for d in state.decision_list
                    if d.team == team.id and d.inject == review.inject_id and not d.withdrawn
                ]
            elif why.startswith("The facilitator noted: "):
                notes = [a.note for a in state.assessments.values() if a.inject == review.inject_id]
                assert why[len("The facilitator noted: ") :] in notes
            elif "became" in why:
                channel = why.split(" became ")[0]
                assert any(
                    any(not h.status.works for h in ch.history)
                    for c, ch in state.channels.items()
                    if state.deck.channel(c).name == channel
                )


def test_branch_points_say_which_condition_sent_play_where(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    deck, state, report = played
    assert report.path.branch_points
    for point in report.path.branch_points:
        came = next(i for i in state.order if deck.inject(i).title == point.went_to)
        moment = before(deck, state, state.injects[came].seq)
        anchor = deck.inject(point.inject_id)
        for (label, held, _why), branch in zip(point.tests, anchor.branches, strict=True):
            assert held == holds(branch.when, moment), label
    collision = next(p for p in report.path.branch_points if p.went_to == "Collision at sea")
    assert "No incident channel was open" in collision.sentence
    assert "Incidents at Sea" in collision.sentence or "incident" in collision.sentence.lower()
    statuses = {s.title: s.status for s in report.path.steps}
    assert statuses["Safe passage agreed"] == "not reached"
    assert statuses["The OSCE offers observers"] == "skipped"
    assert statuses["A leaked memo"] == "not reached"
    assert sum(1 for s in report.path.steps if s.status == "delivered") == len(state.delivered())
    safe = next(s for s in report.path.steps if s.title == "Safe passage agreed")
    assert "did not hold" in safe.how


def test_the_widest_gap_between_belief_and_fact_is_the_widest(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    gaps = [
        (abs(b - change.level), state.team_name(team), b, change.level)
        for change in state.levels
        for team, b in change.beliefs.items()
    ]
    widest = max(g[0] for g in gaps)
    sentence = next(p for p in report.summary.paragraphs if p.startswith("The widest gap"))
    found = re.search(r": (.+) believed the level was (\d+) while it was (\d+)", sentence)
    assert found is not None
    named = (found.group(1), int(found.group(2)), int(found.group(3)))
    assert abs(named[1] - named[2]) == widest
    assert any(g[1:] == named for g in gaps)
    for point in report.escalation.points:  # the chart's beliefs are the fold's
        assert any(
            point.minute == c.scenario
            and point.level == c.level
            and point.beliefs == tuple(c.beliefs[t.id] for t in state.teams)
            for c in state.levels
        )


def test_the_facilitator_s_actions_stand_in_the_timeline_with_their_reasons(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    actions = [a for entry in report.timeline for a in entry.actions]
    changed = [e for e in state.events if e.type in ("escalation_adjudicated", "channel_changed")]
    assert len([a for a in actions if a.kind in ("Adjudication", "Channel change")]) == len(changed)
    osce = next(a for a in actions if a.kind == "Channel change")
    assert "OSCE set to closed" in osce.text and "Permanent Council" in osce.text
    entry = next(e for e in report.timeline if any(a is osce for a in e.actions))
    items = entry.items
    failed_after = items[items.index(osce) + 1]
    assert getattr(failed_after, "outcome", "") == "undeliverable"  # the failure follows it


def test_objective_ratings_are_the_evaluator_s(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    for objective in report.objectives:
        given = state.objective_ratings.get(objective.id)
        assert objective.rating == (given.rating if given else "")


def test_the_plan_links_each_action_to_the_area_it_answers(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    _deck, state, report = played
    observations = {o.id: o.text for o in state.observations}
    for row, action in zip(report.plan, state.actions, strict=True):
        assert (row.element, row.poc, row.start, row.completion) == (
            action.element,
            action.poc,
            format_date(action.start) if action.start else "",
            format_date(action.due) if action.due else "",
        )
        if action.area in observations:
            assert observations[action.area] in row.answers
        elif action.area:
            assert row.answers.startswith("Expected action")
    acronyms = {a.short for a in report.acronyms}
    assert {"NATO", "INCSEA", "OSCE", "UTC"} <= acronyms


def test_a_deadline_that_came_before_its_inject_is_not_called_never_delivered(
    tmp_path: Path,
) -> None:
    """The facilitator delivered the deadline inject first: the report must not claim it
    was never delivered; the action is checked at the end and says what happened."""
    from support.sessions import DATA, FakeClock

    from tabletop.core.engine import Session

    deck_text = (DATA / "decks" / "evaluated.yaml").read_text(encoding="utf-8")
    clock = FakeClock()
    session = Session.start(deck_text, path=tmp_path / "early.tabletop", clock=clock)
    session.deliver("tanker-boarded")  # the deadline, delivered first
    clock.advance(minutes=5)
    session.deliver("cable-cut")
    session.send_message("us", "hotline", "Do not board; we are asking")
    session.end()
    session.close()
    deck, state, meta = open_state(tmp_path / "early.tabletop")
    model = build_report(deck, state, meta)
    statements = [
        action.statement
        for review in model.reviews
        for action in review.expected
        if action.inject_id == "cable-cut" and action.index == 1
    ]
    assert statements, "the checked action is in the report"
    assert "never delivered" not in statements[0]
    assert "A tanker is boarded" in statements[0] and "before" in statements[0]
    assert statements[0].startswith("Met")


def test_a_message_still_in_transit_when_play_stopped_is_not_reported_as_delivered(
    tmp_path: Path,
) -> None:
    """A message sent over a slow channel just before the end never reached anyone: the
    console shows it "In transit" to the last. The report must not print it as delivered
    (with an arrival after the end), and its summary must say it had not arrived."""
    import io

    from pypdf import PdfReader

    from tabletop.core.report.pdf import render_report
    from tests.support.sessions import FakeClock, start_minimal

    clock = FakeClock()
    with start_minimal(tmp_path, clock) as session:
        session.deliver_next()
        # the hotline takes 30 minutes; play stops 5 minutes later
        session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
        clock.advance(minutes=5)
        session.end()
    deck, state, meta = open_state(tmp_path / "s.tabletop")
    report = build_report(deck, state, meta)
    pdf = render_report(report)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    line = re.search(r"D1 · US National Security Council · Message over [^·]*", text)
    assert line is not None, text
    assert "delivered" not in line.group(0), line.group(0)
    assert "in transit" in line.group(0), line.group(0)
    summary = " ".join(report.summary.paragraphs)
    assert "had not arrived when play stopped" in summary, summary


def test_what_became_of_each_inject_says_its_status_once(tmp_path: Path) -> None:
    """The table of the path through the deck reads "Not reached: play ended before it.",
    not "Not reached. Not reached: play ended before it." (nor "Skipped. Skipped by …")."""
    from tabletop.core.report import tables
    from tests.support.sessions import FakeClock, start_minimal

    clock = FakeClock()
    with start_minimal(tmp_path, clock) as session:
        session.deliver_next()
        session.skip("out of time", "tanker-seizure")
        session.end()
    deck, state, meta = open_state(tmp_path / "s.tabletop")
    report = build_report(deck, state, meta)
    _headings, rows = tables.injects_on_the_path(report.path)
    became = {row[1]: row[2] for row in rows}
    assert became["A tanker is boarded"] == "Skipped by the facilitator: out of time"
    assert became["A journalist calls"].startswith("Not reached: "), became
    for text in became.values():
        first, _dot, rest = text.partition(". ")
        assert not rest.startswith(first), text


def test_no_program_name_for_a_channel_s_status_reaches_the_report(
    played: tuple[Deck, SessionState, ReportModel],
) -> None:
    """A branch's channel test reads "… was proposed", not "… was ChannelStatus.PROPOSED"."""
    _deck, _state, model = played
    found = [s.how for s in model.path.steps if "ChannelStatus" in s.how]
    found += [repr(p) for p in model.path.branch_points if "ChannelStatus" in repr(p)]
    assert found == [], found[:3]
    assert any("was proposed" in s.how for s in model.path.steps), [s.how for s in model.path.steps]
