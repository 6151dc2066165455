"""A compiled yes/no check of deck data against the JSON Schema, for the common case.

Most decks that are checked are valid. For them, a validator generated from
the schema by fastjsonschema answers in a fraction of the time jsonschema
takes (and without loading jsonschema at all); only when it finds a violation
does :mod:`tabletop.core.deck.schema_check` ask jsonschema for every problem,
located and explained. The generated code is kept in the user cache folder
under the schema's digest, compiled, so later starts only load it; without a cache
folder it is compiled in memory.

The schema uses only keywords that mean the same in draft 7 and 2020-12
(a test checks that both libraries agree on broken and mutated decks).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tabletop.core import paths

Validate = Callable[[Any], Any]


# the generated code's only use of the library at run time: the exception it raises;
# defined in the code itself, loading the cached validator needs no import of the library
_LIBRARY_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException"
_OWN_EXCEPTIONS = """
class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException
"""


@lru_cache(maxsize=1)
def fast_validator() -> Validate | None:
    """The compiled validator (raises on invalid data), or None if it cannot be built."""
    library = _library_stamp()
    if library is None:
        return None
    schema_bytes = paths.resource("deck.schema.json").read_bytes()
    digest = f"{zlib.crc32(schema_bytes):08x}{len(schema_bytes):x}"
    try:
        return _cached(digest, library)
    except Exception:  # a cache folder we cannot use only costs speed
        pass
    try:
        import fastjsonschema

        validate: Validate = fastjsonschema.compile(json.loads(schema_bytes))
    except Exception:
        return None
    return validate


def _library_stamp() -> str | None:
    """Which installation of fastjsonschema is there (None if none), found without importing
    it: the size and time of its package file change whenever it is installed again."""
    try:
        spec = importlib.util.find_spec("fastjsonschema")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    try:
        found = os.stat(spec.origin)
    except OSError:
        return None
    return f"{found.st_size:x}_{found.st_mtime_ns:x}"


def _cached(digest: str, library: str) -> Validate:
    """The validator from the cache folder, generating and compiling it on first use.

    The compiled code object is kept with :mod:`marshal` (per Python version and
    installation of the library), so a later start neither imports the library, nor
    generates or compiles the ~300 KB of validator source.
    """
    import marshal
    import sys

    folder = paths.user_cache_dir() / "schema"
    tag = f"{sys.implementation.cache_tag}_{library}".replace(".", "_")
    cached = folder / f"deck_{digest}_{tag}.bin"
    try:
        code = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        import fastjsonschema

        source = fastjsonschema.compile_to_code(
            json.loads(paths.resource("deck.schema.json").read_text(encoding="utf-8"))
        )
        # the first function generated is the schema's own; name it for the lookup below
        root = re.search(r"^def (\w+)\(", source, re.MULTILINE)
        if root is None:
            raise ValueError("no validator in the generated code") from None
        source = source.replace(_LIBRARY_IMPORT, _OWN_EXCEPTIONS, 1)
        source += f"\n\nvalidate = {root.group(1)}\n"
        code = compile(source, str(cached), "exec")
        folder.mkdir(parents=True, exist_ok=True)
        temp = cached.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(marshal.dumps(code))
        os.replace(temp, cached)
        for stale in folder.glob("deck_*.bin"):  # another schema, Python or library
            if stale != cached:
                stale.unlink(missing_ok=True)
    namespace: dict[str, Any] = {"__name__": f"_tabletop_deck_schema_{digest}"}
    exec(code, namespace)
    validate: Validate = namespace["validate"]
    return validate


def is_valid(data: Any) -> bool | None:
    """True or False by the compiled validator; None when it is not available."""
    validate = fast_validator()
    if validate is None:
        return None
    try:
        validate(data)
    except Exception:
        # JsonSchemaValueException for a violation; anything else (data the generated
        # code does not expect) is left to jsonschema, which explains it
        return False
    return True
