"""SHA-256 fingerprints of texts, for cache keys.

Python's ``hashlib`` loads the OpenSSL library on import, a noticeable part of a
short command's start. SHA-256 is also built into the interpreter itself (the
module ``hashlib`` falls back on when OpenSSL is missing); it is used here when
present. The digests are the same.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # CPython 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,unused-ignore]

__all__ = ["sha256"]
