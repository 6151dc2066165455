"""Check deck data against the JSON Schema and explain each violation in plain words."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tabletop.core.deck.catalog import deck_schema
from tabletop.core.deck.schema_fast import is_valid
from tabletop.core.deck.yaml_reader import NOT_TEXT, YamlDocument, character_problem
from tabletop.core.problems import Problem, did_you_mean, format_path

_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "nothing",
}

if TYPE_CHECKING:
    import jsonschema
    from jsonschema.exceptions import ValidationError

_validator: jsonschema.Draft202012Validator | None = None


def _get_validator() -> jsonschema.Draft202012Validator:
    # imported on first use: the library takes a noticeable time to load
    import jsonschema

    global _validator
    if _validator is None:
        _validator = jsonschema.Draft202012Validator(deck_schema())
    return _validator


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    """The most specific errors: jsonschema nests them under allOf/if/then."""
    if error.context:
        for inner in error.context:
            yield from _leaves(inner)
    else:
        yield error


def value_problems(doc: YamlDocument) -> list[Problem]:
    """Values no field can use, wherever they are: numbers that are not finite, and text
    holding control characters (the rule of :data:`~tabletop.core.deck.yaml_reader.NOT_TEXT`).

    Each such value's path is marked so the schema does not judge it a second time.
    """
    if not _has_bad_value(doc.data):
        return []  # the usual case, found without building a path for every value
    problems: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), doc.data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in value.items())
            for key in value:
                if isinstance(key, str) and (bad := NOT_TEXT.search(key)):
                    shown = NOT_TEXT.sub("?", key)
                    where = f"the key '{shown}' in {format_path(path) or 'the deck'}"
                    problems.append(_text_problem(doc, (*path, key), where, bad.group()))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
        elif isinstance(value, str) and (bad := NOT_TEXT.search(value)):
            where = format_path(path) or "the deck"
            problems.append(_text_problem(doc, path, where, bad.group()))
        elif isinstance(value, float) and not math.isfinite(value):
            shown = ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
            kind = "not a number" if math.isnan(value) else "infinite"
            doc.tainted.add(path)
            problems.append(
                Problem(
                    f"{format_path(path) or 'the deck'} is {shown} ({kind}); "
                    "write a finite number such as 1 or 60",
                    doc.where(path),
                    path=path,
                    code="not-finite",
                )
            )
    return sorted(problems, key=lambda p: (p.location.line, p.location.column))


def _has_bad_value(data: Any) -> bool:
    """Whether any key or value is text with a control character or a number not finite.

    The texts (keys and values) are gathered on the way and searched at once, joined by
    line feeds (which text may hold); a value of another type than the plain ones is
    looked at by :func:`_has_bad_value_in`.
    """
    texts: list[Any] = []
    stack = [data]
    pop, push_all = stack.pop, stack.extend
    add, add_all = texts.append, texts.extend
    while stack:
        value = pop()
        kind = type(value)
        if kind is str:
            add(value)
        elif kind is dict:
            add_all(value)  # the keys
            push_all(value.values())
        elif kind is list:
            push_all(value)
        elif kind is float:
            if not math.isfinite(value):
                return True
        elif kind not in _PLAIN_KINDS and _has_bad_value_in(value):
            return True
    try:
        joined = "\n".join(texts)
    except TypeError:  # a key that is not text
        joined = "\n".join([text for text in texts if isinstance(text, str)])
    return NOT_TEXT.search(joined) is not None


_PLAIN_KINDS = frozenset({int, bool, type(None)})


def _has_bad_value_in(data: Any) -> bool:
    """:func:`_has_bad_value` for values of any type (subclasses of str, dict, list …)."""
    search = NOT_TEXT.search
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if search(value):
                return True
        elif isinstance(value, dict):
            for key in value:
                if isinstance(key, str) and search(key):
                    return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float) and not math.isfinite(value):
            return True
    return False


def _text_problem(doc: YamlDocument, path: tuple[str | int, ...], where: str, char: str) -> Problem:
    doc.tainted.add(path)
    return Problem(
        character_problem(where, char), doc.where(path), path=path, code="control-character"
    )


def schema_problems(doc: YamlDocument) -> list[Problem]:
    """Every schema violation in the document, located and explained."""
    if is_valid(doc.data):
        return []  # the compiled check is enough to know there is nothing to explain
    problems: list[Problem] = []
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    for top in _get_validator().iter_errors(doc.data):
        for error in _leaves(top):
            path = tuple(error.absolute_path)
            if any(path[: len(t)] == t for t in doc.tainted):
                continue
            for problem in _explain(error, doc):
                key = (problem.path, problem.message)
                if key not in seen:
                    seen.add(key)
                    problems.append(problem)
    return problems


def _explain(error: ValidationError, doc: YamlDocument) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    where = format_path(path) or "the deck"
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    validator = error.validator

    def problem(message: str, at: tuple[str | int, ...] = path, key: bool = False) -> Problem:
        location = doc.where_key(at) if key else doc.where(at)
        return Problem(message, location, path=at, code=f"schema-{validator}")

    if validator == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(schema.get("properties", {}))
        for name in instance:
            if name not in allowed:
                hint = did_you_mean(str(name), allowed)
                if not hint:
                    hint = f"; the keys allowed here are: {', '.join(allowed)}"
                yield problem(f"unknown key '{name}' in {where}{hint}", (*path, name), key=True)
        return
    if validator == "required" and isinstance(instance, dict):
        for name in error.validator_value:
            if name not in instance:
                yield problem(f"{where} is missing the required key '{name}'", key=True)
        return
    if validator == "type":
        expected = error.validator_value
        expected_list = expected if isinstance(expected, list) else [expected]
        raw = doc.raw_scalars.get(path)
        if raw is not None and "string" in expected_list and not raw.text.strip():
            # ``title:`` with nothing after it: quoting nothing gives nothing either
            yield problem(f"{where} is empty; write something or remove the key")
            return
        if raw is not None and "string" in expected_list:
            yield problem(
                f"{where}: {raw.describe(instance)}, not as text; "
                f"put it in quotes ('{raw.text}') if you mean the text"
            )
            return
        names = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in expected_list)
        yield problem(f"{where} must be {names}, not {_describe(instance)}")
        return
    if validator in ("enum", "const"):
        options = error.validator_value if validator == "enum" else [error.validator_value]
        shown = ", ".join(str(o) for o in options)
        hint = did_you_mean(str(instance), [str(o) for o in options])
        if validator == "const":
            yield problem(f"{where} must be '{shown}', not '{_short(instance)}'{hint}")
        else:
            yield problem(f"{where}: '{_short(instance)}' is not one of: {shown}{hint}")
        return
    if validator == "pattern":
        hint = schema.get("x-hint", f"it must match {error.validator_value}")
        yield problem(f"{where}: '{_short(instance)}' is not valid: {hint}")
        return
    if validator in ("minLength",) and error.validator_value == 1:
        yield problem(f"{where} is empty; write something or remove the key")
        return
    if validator == "maxLength" and isinstance(instance, str):
        yield problem(
            f"{where} is {len(instance)} characters long; it may be at most "
            f"{error.validator_value} (a title is a headline: put the rest in the summary "
            "or the narrative)"
        )
        return
    if validator == "minItems":
        n = error.validator_value
        yield problem(f"{where} needs at least {n} entr{'y' if n == 1 else 'ies'}")
        return
    if validator == "minProperties":
        hint = schema.get("x-hint", "it needs at least one key")
        yield problem(f"{where} is empty: {hint}")
        return
    if validator in ("minimum", "exclusiveMinimum"):
        yield problem(f"{where} is {instance}; it must be at least {error.validator_value}")
        return
    if validator in ("maximum", "exclusiveMaximum"):
        yield problem(f"{where} is {instance}; it must be at most {error.validator_value}")
        return
    yield problem(f"{where}: {error.message}")
