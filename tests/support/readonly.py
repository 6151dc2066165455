"""Making a file or folder read-only for the user running the tests, root included.

For an ordinary user the permission bits do it. Root ignores them, so for root the
file is marked immutable (``chattr +i``), which even root cannot write to. Where
neither works (a container without that capability) the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` cannot be written (nor, for a folder, written into) inside the block."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode & 0o777
        path.chmod(mode & ~0o222)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
        pytest.skip("root cannot make a file read-only here (no chattr +i)")
    try:
        yield path
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)
