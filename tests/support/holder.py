"""A session held open for recording by another process, as a second tabletop window would."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HOLD = textwrap.dedent(
    """
    import sys
    from tabletop.core.engine import Session
    s = Session.resume(sys.argv[1])
    print("READY", flush=True)
    sys.stdin.read()
    s.close()
    """
)


@contextmanager
def held_elsewhere(path: Path) -> Iterator[Path]:
    """Keep ``path`` open (and locked) in another process until the block ends."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    ready = holder.stdout.readline().strip()
    if ready != "READY":
        holder.kill()
        _out, err = holder.communicate(timeout=30)
        raise AssertionError(f"the session could not be held open: {err}")
    try:
        yield path
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
