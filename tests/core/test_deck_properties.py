"""Property tests: whatever is done to a valid deck, loading it never raises.

Every outcome is either a deck or a list of located problems.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from tabletop.core.deck.loader import load_deck_data, load_deck_text

DECK_TEXT = (Path(__file__).resolve().parent.parent / "data" / "decks" / "minimal.yaml").read_text()
DECK_DATA = yaml.safe_load(DECK_TEXT)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["end", "hotline", "nato", "closed", "open", "06:40", "cable-cut", "*"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


ALL_PATHS = [p for p in _paths(DECK_DATA) if p]


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated_decks(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(DECK_DATA)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _parent(data, path)
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "insert"]))
        try:
            if action == "replace":
                parent[path[-1]] = draw(values)
            elif action == "delete":
                del parent[path[-1]]
            elif action == "duplicate" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
            elif action == "insert" and isinstance(parent, dict):
                parent[draw(st.text(max_size=10))] = draw(values)
        except (KeyError, IndexError, TypeError):
            continue
    return data


def _check(result: Any) -> None:
    assert result.deck is not None or result.errors
    for problem in result.problems:
        assert problem.message
        assert problem.location.line >= 1, problem.format()


@given(mutated_decks())
def test_mutated_data_gives_a_deck_or_located_problems(data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    _check(load_deck_text(text, "mutated.yaml"))
    result = load_deck_data(data, "mutated")
    assert result.deck is not None or result.errors


@given(
    st.integers(min_value=0, max_value=len(DECK_TEXT)),
    st.integers(min_value=0, max_value=40),
    st.text(alphabet=st.sampled_from(list("-:[]{}&*!|>'\"#\t\n ,?%@`abc01")), max_size=12),
)
def test_damaged_text_gives_a_deck_or_located_problems(start: int, cut: int, junk: str) -> None:
    text = DECK_TEXT[:start] + junk + DECK_TEXT[start + cut :]
    _check(load_deck_text(text, "damaged.yaml"))


@given(st.binary(max_size=200))
def test_random_bytes_never_raise(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    _check(load_deck_text(text, "random.yaml"))


@given(mutated_decks())
def test_the_compiled_schema_check_agrees_with_jsonschema(data: Any) -> None:
    """A deck the fast check passes is one jsonschema passes too, and the other way round."""
    import jsonschema

    from tabletop.core.deck.catalog import deck_schema
    from tabletop.core.deck.schema_fast import is_valid

    full = jsonschema.Draft202012Validator(deck_schema()).is_valid(data)
    assert is_valid(data) is full


def test_the_compiled_schema_check_agrees_on_every_broken_deck() -> None:
    import jsonschema

    from tabletop.core.deck.catalog import deck_schema
    from tabletop.core.deck.schema_fast import is_valid
    from tabletop.core.deck.yaml_reader import YamlReadError, read_text

    broken = Path(__file__).resolve().parent.parent / "data" / "broken"
    checked = 0
    for path in sorted(broken.glob("*.yaml")):
        try:
            data = read_text(path.read_text(encoding="utf-8")).data
        except (YamlReadError, UnicodeDecodeError):
            continue
        full = jsonschema.Draft202012Validator(deck_schema()).is_valid(data)
        assert is_valid(data) is full, path.name
        checked += 1
    assert checked >= 10
