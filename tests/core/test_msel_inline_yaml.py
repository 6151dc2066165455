"""The fast one-line YAML of Branch cells agrees with the YAML machinery it stands in for."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tabletop.core.deck.writer import flow_text
from tabletop.core.deck.yaml_reader import YamlReadError, read_text
from tabletop.core.msel.inline_yaml import read_inline, write_inline

_words = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_ \-]{0,12}", fullmatch=True),
    st.sampled_from(["yes", "No", "true", "null", "on", "1e3", "0x1f", "010", "-", "a: b", "é"]),
    st.text(min_size=0, max_size=6),
)
_scalars = st.one_of(_words, st.integers(-(10**6), 10**6), st.booleans())
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(_words, inner, max_size=3)
    ),
    max_leaves=8,
)
_mappings = st.dictionaries(_words, _values, min_size=1, max_size=4)


@given(_mappings)
def test_writing_gives_what_flow_text_gives(value: dict[str, Any]) -> None:
    assert write_inline(value) == flow_text(value)


@given(_mappings)
def test_reading_gives_what_the_yaml_reader_gives_or_steps_aside(value: dict[str, Any]) -> None:
    text = flow_text(value)
    fast = read_inline(text)
    if fast is None:
        return  # not plain: the YAML reader reads it
    try:
        slow = read_text(text)
    except YamlReadError:  # pragma: no cover - the fast reader must have refused
        raise AssertionError(f"read {text!r} that YAML refuses") from None
    assert not slow.problems
    assert fast == slow.data


def test_a_usual_branch_is_read_without_yaml() -> None:
    line = "{when: {decision: {by: us, channel: hotline}}, goto: talks-offer, label: Hotline}"
    assert read_inline(line) == {
        "when": {"decision": {"by": "us", "channel": "hotline"}},
        "goto": "talks-offer",
        "label": "Hotline",
    }
    assert read_inline("{when: {escalation_at_least: 5}, goto: end}") == {
        "when": {"escalation_at_least": 5},
        "goto": "end",
    }
    assert read_inline("{a: 1, a: 2}") is None  # a duplicate key: YAML reports it
    assert read_inline("{label: 'quoted'}") is None
