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

import hashlib
import json
import os
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from tabletop.core import paths

Validate = Callable[[Any], Any]


@lru_cache(maxsize=1)
def fast_validator() -> Validate | None:
    """The compiled validator (raises on invalid data), or None if it cannot be built."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    schema_bytes = paths.resource("deck.schema.json").read_bytes()
    digest = hashlib.sha256(schema_bytes).hexdigest()[:16]
    try:
        return _cached(digest)
    except Exception:  # a cache folder we cannot use only costs speed
        pass
    try:
        validate: Validate = fastjsonschema.compile(json.loads(schema_bytes))
    except Exception:
        return None
    return validate


def _cached(digest: str) -> Validate:
    """The validator from the cache folder, generating and compiling it on first use.

    The compiled code object is kept with :mod:`marshal` (per Python version), so a
    later start neither generates nor compiles the ~300 KB of validator source.
    """
    import marshal
    import sys

    import fastjsonschema

    folder = paths.user_cache_dir() / "schema"
    tag = f"{sys.implementation.cache_tag}_{fastjsonschema.VERSION}".replace(".", "_")
    cached = folder / f"deck_{digest}_{tag}.bin"
    try:
        code = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        source = fastjsonschema.compile_to_code(
            json.loads(paths.resource("deck.schema.json").read_text(encoding="utf-8"))
        )
        # the first function generated is the schema's own; name it for the lookup below
        root = re.search(r"^def (\w+)\(", source, re.MULTILINE)
        if root is None:
            raise ValueError("no validator in the generated code") from None
        source += f"\n\nvalidate = {root.group(1)}\n"
        code = compile(source, str(cached), "exec")
        folder.mkdir(parents=True, exist_ok=True)
        temp = cached.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(marshal.dumps(code))
        os.replace(temp, cached)
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
