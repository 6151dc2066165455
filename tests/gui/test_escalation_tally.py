"""The running sums behind the escalation suggestion agree with summing from scratch."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tabletop.gui.escalation_tally import Fenwick

steps = st.lists(
    st.one_of(
        st.tuples(st.just("append"), st.integers(-10, 10)),
        st.tuples(st.just("set"), st.integers(0, 200), st.integers(-10, 10)),
        st.tuples(st.just("pop")),
    ),
    max_size=60,
)


@given(st.lists(st.integers(-10, 10), max_size=40), steps)
def test_prefix_sums_follow_appends_updates_and_pops(start: list[int], changes: list) -> None:
    values = list(start)
    tree = Fenwick.of(values)
    for change in changes:
        if change[0] == "append":
            values.append(change[1])
            tree.append(change[1])
        elif change[0] == "set" and values:
            index = change[1] % len(values)
            values[index] = change[2]
            tree.set(index, change[2])
        elif change[0] == "pop" and values:
            values.pop()
            tree.pop()
        assert len(tree) == len(values)
        for count in range(len(values) + 1):
            assert tree.prefix(count) == sum(values[:count])
            assert tree.since(count) == sum(values[count:])
