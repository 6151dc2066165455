"""The deck model's value classes behave as frozen dataclasses do."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from tabletop.core.deck.model import Objective, SourceRef, Team
from tabletop.core.problems import Problem, Severity
from tabletop.core.value_class import value_class


def test_fields_cannot_be_changed_or_deleted() -> None:
    team = Team(id="nato", name="North Atlantic Council", side="nato")
    with pytest.raises(dataclasses.FrozenInstanceError):
        team.name = "Someone else"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del team.side
    assert team.name == "North Atlantic Council"


def test_equal_by_value_and_hashable() -> None:
    one = SourceRef(ref="dlri", section="p. 4")
    same = SourceRef(ref="dlri", section="p. 4")
    other = SourceRef(ref="dlri", section="p. 5")
    assert one == same and hash(one) == hash(same)
    assert one != other
    assert len({one, same, other}) == 2
    # a different class with the same values is not equal
    assert Objective(id="a", text="b") != SourceRef(ref="a", section="b")


def test_dataclass_tools_work_on_them() -> None:
    team = Team(id="ru", name="Security Council", side="russia", parties=("Russia",))
    changed = dataclasses.replace(team, short="RU")
    assert changed.short == "RU" and team.short == ""
    assert dataclasses.asdict(team)["parties"] == ("Russia",)
    assert [f.name for f in dataclasses.fields(Objective)] == ["id", "text", "capability"]
    assert dataclasses.is_dataclass(team)


def test_repr_names_the_fields() -> None:
    assert repr(Objective(id="o1", text="Open the hotline")) == (
        "Objective(id='o1', text='Open the hotline', capability='')"
    )


def test_copies_and_pickles_keep_the_value() -> None:
    problem = Problem("injects[0].id is missing", severity=Severity.WARNING, path=("injects", 0))
    assert copy.deepcopy(problem) == problem
    assert pickle.loads(pickle.dumps(problem)) == problem


def test_a_field_left_out_of_comparison_is_ignored() -> None:
    @value_class
    class Noted:
        key: str
        note: str = dataclasses.field(default="", compare=False)

    assert Noted("a", "x") == Noted("a", "y")
    assert hash(Noted("a", "x")) == hash(Noted("a", "y"))
    assert Noted("a") != Noted("b")


def test_ordered_value_classes_sort_by_their_fields_in_order() -> None:
    from tabletop.core.deck.model import ScenarioTime
    from tabletop.core.problems import Location

    times = [ScenarioTime(2, 5), ScenarioTime(1, 700), ScenarioTime(1, 30)]
    assert sorted(times) == [ScenarioTime(1, 30), ScenarioTime(1, 700), ScenarioTime(2, 5)]
    assert ScenarioTime(1, 30) <= ScenarioTime(1, 30) < ScenarioTime(1, 31)
    assert max(Location(3, 1), Location(2, 9)) == Location(3, 1)
    with pytest.raises(TypeError):
        _ = ScenarioTime(1, 0) < Location(1, 0)  # type: ignore[operator]


def test_record_classes_change_compare_by_value_and_are_not_hashable() -> None:
    import datetime as dt

    from tabletop.core.engine.records import Observation

    at = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.timezone.utc)
    one = Observation("O1", 3, at, "strength", "Called at once")
    two = Observation("O1", 3, at, "strength", "Called at once")
    assert one == two and repr(one).startswith("Observation(id='O1', seq=3")
    one.text = "The hotline was silent"
    assert one != two
    with pytest.raises(TypeError):
        hash(one)


def test_a_method_the_class_writes_itself_is_kept() -> None:
    @value_class
    class Shown:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Shown("hotline")) == "<hotline>"
    assert Shown("a") == Shown("a") and hash(Shown("a")) == hash(Shown("a"))
