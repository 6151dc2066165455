"""The hot wash's evaluation page and improvement-plan form, driven through their widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tabletop.core.engine import open_state
from tabletop.core.report.build import build_report
from tabletop.gui.console_window import ConsoleWindow


def test_objectives_are_rated_and_expected_actions_judged_in_the_hot_wash(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    controller.deliver_next()  # the cable cut: one expected action
    controller.record_decision("nato", "Ask Finland for a damage assessment.")
    hotwash = console.show_hotwash()
    page = hotwash.evaluation
    # an unable observation suggests U; the evaluator's P stands
    controller.session.note_observation(
        "improvement", "Slow.", rating="U", objective="obj-communicate"
    )
    page.refresh()
    assert "U" in page.suggestions["obj-communicate"].text()
    combo = page.ratings["obj-communicate"]
    page.rating_notes["obj-communicate"].setText("Met after the first hour.")
    combo.setCurrentIndex(combo.findData("P"))
    state = controller.state
    assert state.objective_ratings["obj-communicate"].rating == "P"
    assert state.objective_ratings["obj-communicate"].note == "Met after the first hour."

    key = "cable-cut#0"
    decision = page.verdict_decisions[key]
    decision.setCurrentIndex(decision.findData("D1"))  # no verdict yet: nothing recorded
    assert controller.state.assessment("cable-cut", 0) is None
    verdict = page.verdicts[key]
    verdict.setCurrentIndex(verdict.findData("partly"))
    found = controller.state.assessment("cable-cut", 0)
    assert found is not None and (found.verdict, found.decision) == ("partly", "D1")

    model = build_report(*open_state(controller.path))
    (rating,) = model.objectives
    assert (rating.rating, rating.suggested) == ("P", "U")
    (review,) = model.reviews
    assert review.expected[0].status == "partly"
    assert "D1" in review.expected[0].statement


def test_the_plan_form_refuses_bad_dates_in_the_form_and_records_hseep_columns(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    controller.deliver_next()
    controller.note_observation("improvement", "Nobody checked the channel map.")
    hotwash = console.show_hotwash()
    hotwash.tabs.setCurrentIndex(3)
    hotwash.issue_edit.setText("Channel map unknown")
    hotwash.corrective_edit.setText("Brief the channel map each move")
    hotwash.capability_edit.setText("Operational communications")
    hotwash.element_combo.setCurrentIndex(hotwash.element_combo.findData("Training"))
    hotwash.owner_edit.setText("Course team")
    hotwash.poc_edit.setText("J. Weber")
    hotwash.area_combo.setCurrentIndex(hotwash.area_combo.findData("O1"))
    hotwash.start_edit.setText("2027-02-30")
    hotwash.due_edit.setText("2027-03-31")
    qtbot.mouseClick(
        hotwash.findChild(type(hotwash.end_button), "addActionButton"), Qt.MouseButton.LeftButton
    )
    assert hotwash.date_problem.isVisible()
    assert "'2027-02-30' is not a date" in hotwash.date_problem.text()
    assert controller.state.actions == []
    hotwash.start_edit.setText("2027-04-01")
    hotwash._add_action()
    assert "before the start date" in hotwash.date_problem.text()
    assert controller.state.actions == []
    hotwash.start_edit.setText("2027-01-04")
    hotwash._add_action()
    assert not hotwash.date_problem.isVisible()
    (action,) = controller.state.actions
    assert (action.element, action.poc, action.start, action.due, action.area) == (
        "Training",
        "J. Weber",
        "2027-01-04",
        "2027-03-31",
        "O1",
    )
    assert hotwash.plan.item(0, 3).text() == "Training"
    (row,) = build_report(*open_state(controller.path)).plan
    assert row.answers == "Observation O1: Nobody checked the channel map."


def test_the_setup_window_s_overview_group_overrides_the_deck_for_one_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tabletop.gui.setup_window import SessionSetupWindow

    deck = Path(__file__).parents[1] / "data" / "decks" / "evaluated.yaml"
    window = SessionSetupWindow(deck)
    qtbot.addWidget(window)
    group = window.overview_group
    assert not group.isChecked()  # folded away until wanted
    assert group.edits["sponsor"].text() == "Department of International Security"
    group.setChecked(True)
    group.edits["sponsor"].setText("Baltic Defence College")
    group.edits["evaluators"].setText("Sara Lindqvist, Tomás Ruiz")
    setup = window.setup()
    assert setup.overview == {
        "sponsor": "Baltic Defence College",
        "evaluators": ["Sara Lindqvist", "Tomás Ruiz"],
    }


def _cut_honestly(shown: str, full: str) -> bool:
    """``shown`` holds ``full`` whole, or a beginning of it ending on a word and marked "…"."""
    if full in shown:
        return True
    if not shown.endswith("…"):
        return False
    part = shown[:-1]
    for start in range(len(part)):
        piece = part[start:]
        if piece and full.startswith(piece):
            return (
                len(piece) < len(full)
                and not full[len(piece) - 1].isspace()
                and (not full[len(piece)].isalnum())
            )
    return False


def test_long_texts_in_the_plan_and_verdict_lists_are_cut_at_a_word_with_an_ellipsis(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    controller.deliver_next()  # "Data cable severed in the Gulf of Finland"
    decision = "Ask Finland for a damage assessment of the cable and of the tanker nearby."
    controller.record_decision("nato", decision)
    observation = "Nobody checked the channel map before the first message went to Moscow."
    controller.note_observation("improvement", observation)
    inject = controller.deck.inject("cable-cut")
    qtbot.keyClick(console, Qt.Key.Key_F8)  # the evaluation of the current inject
    met_by = console.evaluation.expectations[0].met_by
    assert _cut_honestly(met_by.itemText(1), decision), met_by.itemText(1)
    hotwash = console.show_hotwash()

    areas = [hotwash.area_combo.itemText(i) for i in range(1, hotwash.area_combo.count())]
    observation_item, action_item = areas
    assert _cut_honestly(observation_item, observation), observation_item
    title_part, _, action_part = action_item.partition(", ")
    # "Data cable severed in the Gulf" would read as a whole (and wrong) title
    assert _cut_honestly(title_part, inject.title), action_item
    assert _cut_honestly(action_part.rpartition(": ")[2], inject.expected_actions[0]), action_item

    decisions = hotwash.evaluation.verdict_decisions["cable-cut#0"]
    assert _cut_honestly(decisions.itemText(1), decision), decisions.itemText(1)


def test_the_plan_does_not_offer_an_expected_action_judged_met_as_an_area_for_improvement(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    controller = console.controller
    controller.deliver_next()
    hotwash = console.show_hotwash()
    hotwash.tabs.setCurrentIndex(3)

    def areas() -> list[str]:
        return [hotwash.area_combo.itemData(i) for i in range(hotwash.area_combo.count())]

    assert "cable-cut#0" in areas()  # not judged yet
    controller.assess_expectation("cable-cut", 0, "met")
    assert "cable-cut#0" not in areas()  # a strength, not something to correct
    controller.assess_expectation("cable-cut", 0, "partly")
    assert "cable-cut#0" in areas()
