"""The event-stream half of :mod:`tabletop.core.deck.yaml_reader`: PyYAML's parser
events turned into located plain data with an explicit stack (see that module)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
import yaml.reader
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from tabletop.core.deck.yaml_reader import (
    MAX_DEPTH,
    MAX_EXPANDED,
    MAX_VALUES,
    NOT_TEXT,
    FieldPath,
    RawScalar,
    YamlDocument,
    YamlReadError,
    _fatal,
    _loc,
    _show,
    character_problem,
)
from tabletop.core.problems import Location, Problem

try:
    from yaml import CSafeLoader as _FastLoader

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _FastLoader = yaml.SafeLoader  # type: ignore[misc, assignment]
    HAVE_LIBYAML = False

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP = (
    _TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")
)
_SEQ, _MAP = _TAG + "seq", _TAG + "map"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP}
_KIND_NAMES = {
    _INT: "a whole number",
    _FLOAT: "a number",
    _BOOL: "a boolean",
    _NULL: "null (nothing)",
    _TIMESTAMP: "a date",
}

_constructor = SafeConstructor()
_CONVERT: dict[str, Callable[[ScalarNode], Any]] = {
    _INT: _constructor.construct_yaml_int,
    _FLOAT: _constructor.construct_yaml_float,
    _BOOL: _constructor.construct_yaml_bool,
    _NULL: _constructor.construct_yaml_null,
    _TIMESTAMP: _constructor.construct_yaml_timestamp,
}
_IMPLICIT = Resolver.yaml_implicit_resolvers
# what PyYAML's constructors raise for a value they cannot take (``!!bool maybe``: KeyError)
_NOT_CONVERTIBLE = (ValueError, TypeError, KeyError, OverflowError, yaml.YAMLError)


class _Frame:
    __slots__ = ("anchor", "container", "count", "key", "key_loc", "path", "seen", "size")

    def __init__(self, container: Any, path: FieldPath, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.anchor = anchor
        self.key: str | None = None
        self.key_loc: Location | None = None
        self.seen: dict[str, Location] = {}
        self.count = 0
        self.size = 0


def parse(text: str, *, fast: bool = True) -> YamlDocument:
    """Parse one YAML document (already checked for size and emptiness)."""
    loader = None
    try:
        loader = (_FastLoader if fast else yaml.SafeLoader)(text)
        return _Reader(loader).run()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text) from None
    except yaml.reader.ReaderError as exc:
        raise _fatal(
            character_problem("the file", _offending(exc, text)),
            _position(text, exc.position),
            code="control-character",
        ) from None
    except yaml.YAMLError as exc:
        raise _fatal(f"YAML syntax error: {exc}", Location(1, 1)) from None
    finally:
        if loader is not None:
            loader.dispose()


def _offending(exc: yaml.reader.ReaderError, text: str) -> str:
    """The character a reader error is about (PyYAML and libyaml give its code point)."""
    if isinstance(exc.character, int):
        return chr(exc.character)
    if isinstance(exc.character, str) and exc.character:
        return exc.character[0]
    found = NOT_TEXT.search(text)
    return found.group() if found else "\x00"


def _position(text: str, index: int) -> Location:
    before = text[:index]
    return Location(before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> YamlReadError:
    mark = exc.problem_mark or exc.context_mark
    location = _loc(mark) if mark is not None else Location(1, 1)
    problem = (exc.problem or "").strip()
    lines = text.splitlines()
    char = ""
    if mark is not None and mark.line < len(lines) and mark.column < len(lines[mark.line]):
        char = lines[mark.line][mark.column]
    if char == "\t" or "'\\t'" in problem:
        return _fatal(
            "a tab character is used for indentation; YAML allows only spaces there "
            "(set your editor to insert spaces)",
            location,
            code="tab",
        )
    context = f" {exc.context}" if exc.context else ""
    hint = next((h for start, h in _SYNTAX_HINTS if problem.startswith(start)), "")
    return _fatal(f"YAML syntax error: {problem}{context}{hint}", location, code="syntax")


_INDENTATION_HINT = (
    "; check that this line has the same indentation as the keys above it of the same "
    "entry (spaces only), and that every quote opened above is closed"
)
# what PyYAML says about the mistakes authors make most, and what to do about each
_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "; a value holding ': ' needs quotes around it (title: \"Cable cut: a drill\"), "
        "and a key needs the same indentation as the keys above it",
    ),
    ("did not find expected key", _INDENTATION_HINT),
    ("did not find expected '-' indicator", _INDENTATION_HINT),
    ("expected <block end>", _INDENTATION_HINT),
)


class _Reader:
    """Turns an event stream into plain data, one event at a time."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.doc = YamlDocument(data=None)
        self.stack: list[_Frame] = []
        # anchor -> (value, how many values it holds, how many characters of text)
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.open_anchors: set[str] = set()
        self.values = 0
        self.chars = 0
        self.documents = 0

    def run(self) -> YamlDocument:
        loader = self.loader
        get_event = loader.get_event
        check_event = loader.check_event
        while check_event():
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                self.scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self.start(event, kind is MappingStartEvent)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self.end()
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _fatal(
                        "the file holds more than one YAML document ('---'); "
                        "a deck is a single document",
                        _loc(event.start_mark),
                        code="documents",
                    )
            elif kind is StreamEndEvent:
                break
        if self.doc.data is None:
            raise _fatal(
                "the file holds no data; a deck is a YAML mapping that starts with "
                "'format: tabletop-deck/1'",
                Location(1, 1),
                code="empty",
            )
        return self.doc

    # -- placing values -------------------------------------------------------------

    def _count(self, n: int, mark: Any, chars: int = 0) -> None:
        self.values += n
        self.chars += chars
        if self.values > MAX_VALUES:
            raise _fatal(
                f"the file expands to more than {MAX_VALUES:,} values (through "
                "aliases '*name'); a deck never needs that many. Is it an alias bomb?",
                _loc(mark),
                code="alias-bomb",
            )
        if self.chars > MAX_EXPANDED:
            raise _fatal(
                f"the file expands to more than {MAX_EXPANDED // 1048576} MiB of text (through "
                "aliases '*name'); a deck never needs that much. Is it an alias bomb?",
                _loc(mark),
                code="alias-bomb",
            )

    def _place(self, value: Any, mark: Any, anchor: str | None = None) -> FieldPath | None:
        """Put a finished value into its parent; returns its path, or None for a key."""
        location = _loc(mark)
        if not self.stack:
            self.doc.data = value
            self.doc.positions[()] = location
            return ()
        frame = self.stack[-1]
        container = frame.container
        if isinstance(container, list):
            path = (*frame.path, len(container))
            container.append(value)
            self.doc.positions[path] = location
            return path
        if frame.key is None:
            self._take_key(frame, value, location)
            return None
        key, frame.key = frame.key, None
        if key == "<<":
            return (*frame.path, "\x00merge")
        path = (*frame.path, key)
        if key in frame.seen:
            first = frame.seen[key]
            self.doc.problems.append(
                Problem(
                    f"duplicate key '{key}': it is already set on line {first.line}; "
                    "remove one of them",
                    frame.key_loc or location,
                    path=path,
                    code="duplicate-key",
                )
            )
            # keep the first value; the repeated one is read into a detached place
            detached = (*frame.path, f"{key}\x00{location.line}")
            return detached
        assert frame.key_loc is not None
        frame.seen[key] = frame.key_loc
        container[key] = value
        self.doc.positions[path] = location
        self.doc.key_positions[path] = frame.key_loc
        return path

    def _take_key(self, frame: _Frame, value: Any, location: Location) -> None:
        if isinstance(value, (dict, list)):
            raise _fatal(
                "a key must be plain text, not a list or mapping", location, code="complex-key"
            )
        key = _show(value) if not isinstance(value, str) else value
        if key == "<<":
            self.doc.problems.append(
                Problem(
                    "merge keys ('<<: *name') are not supported; write the keys out",
                    location,
                    path=frame.path,
                    code="merge-key",
                )
            )
        frame.key = key
        frame.key_loc = location

    def _expecting_key(self) -> bool:
        return bool(
            self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None
        )

    # -- events -----------------------------------------------------------------

    def scalar(self, event: ScalarEvent) -> None:
        self._count(1, event.start_mark, len(event.value))
        tag = event.tag
        text = event.value
        value: Any = text
        raw_kind = ""
        bad_tag = ""
        in_key_position = self._expecting_key()
        if tag is None or tag == "!":
            if not event.style and event.implicit[0]:
                tag = self._resolve(text)
                if tag != _STR:
                    try:
                        value = _CONVERT[tag](ScalarNode(tag, text))
                        raw_kind = _KIND_NAMES[tag]
                    except _NOT_CONVERTIBLE:
                        # looks like a date but is none (2026-02-30): the text, as written
                        value = text
        elif tag in _SCALAR_TAGS:
            if tag != _STR:
                try:
                    value = _CONVERT[tag](ScalarNode(tag, text))
                except _NOT_CONVERTIBLE:
                    self._bad_value(event, f"'{text}' is not a valid {tag[len(_TAG) :]}")
                    value = text
        else:
            bad_tag = tag
        if in_key_position:
            # keys are names: take them as written, whatever YAML 1.1 would make of them
            value = text
        path = self._place(value, event.start_mark)
        if bad_tag:
            self._bad_tag(event, bad_tag, path)
        if path is not None and raw_kind:
            self.doc.raw_scalars[path] = RawScalar(text, raw_kind)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1, len(text))

    @staticmethod
    def _resolve(text: str) -> str:
        for tag, regexp in _IMPLICIT.get(text[:1] if text else "", ()):
            if regexp.match(text):
                # "=" (value) and "<<" (merge) are YAML 1.1 oddities: plain text here
                return str(tag) if tag in _CONVERT else _STR
        return _STR

    def _bad_value(self, event: Any, message: str) -> None:
        self.doc.problems.append(Problem(message, _loc(event.start_mark), code="bad-scalar"))

    def _bad_tag(self, event: Any, tag: str, path: FieldPath | None) -> None:
        if path is not None:
            # the value under a refused tag is not what the author meant: do not judge it
            self.doc.tainted.add(path)
        shown = tag.replace(_TAG, "!!")
        self.doc.problems.append(
            Problem(
                f"the tag '{shown}' is not allowed: a deck holds plain data only "
                "(text, numbers, lists, mappings); remove the tag",
                _loc(event.start_mark),
                path=path or (),
                code="tag",
            )
        )

    def start(self, event: Any, is_mapping: bool) -> None:
        self._count(1, event.start_mark)
        if len(self.stack) >= MAX_DEPTH:
            raise _fatal(
                f"the data is nested more than {MAX_DEPTH} levels deep; a deck never is",
                _loc(event.start_mark),
                code="depth",
            )
        expected = _MAP if is_mapping else _SEQ
        container: Any = {} if is_mapping else []
        parent_path = self.stack[-1].path if self.stack else ()
        if self._expecting_key():
            raise _fatal(
                "a key must be plain text, not a list or mapping",
                _loc(event.start_mark),
                code="complex-key",
            )
        path = self._place(container, event.start_mark)
        if event.tag not in (None, "!", expected):
            self._bad_tag(event, event.tag, path)
        frame = _Frame(container, path if path is not None else parent_path, event.anchor)
        frame.count = self.values
        frame.size = self.chars
        self.stack.append(frame)
        if event.anchor:
            self.open_anchors.add(event.anchor)

    def end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (
                frame.container,
                self.values - frame.count + 1,
                self.chars - frame.size,
            )

    def alias(self, event: AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise _fatal(
                f"the alias '*{name}' refers to a value that contains it; "
                "recursive data is not allowed",
                _loc(event.start_mark),
                code="recursive-alias",
            )
        if name not in self.anchors:  # the parser already rejects this; keep a clear message
            raise _fatal(f"unknown alias '*{name}'", _loc(event.start_mark), code="alias")
        value, size, chars = self.anchors[name]
        self._count(size, event.start_mark, chars)
        if self._expecting_key() and isinstance(value, (dict, list)):
            raise _fatal(
                "a key must be plain text, not a list or mapping",
                _loc(event.start_mark),
                code="complex-key",
            )
        self._place(value, event.start_mark)
