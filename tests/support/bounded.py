"""Run ``tabletop`` in a child process under a time and memory cap, as a careless user would.

The cap is set with ``resource.setrlimit`` in the child (address space and CPU
time) and a wall-clock timeout in the parent, so a hang or a runaway allocation
shows up as a failed run instead of a stuck test or an exhausted machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
MEMORY_MB = 1024
SECONDS = 60


@dataclass(frozen=True)
class Run:
    argv: list[str]
    code: int | None  # None when it had to be killed at the time limit
    out: str
    err: str

    @property
    def timed_out(self) -> bool:
        return self.code is None

    def describe(self) -> str:
        return f"tabletop {' '.join(self.argv)} -> {self.code}\n{self.err[-2000:]}"


def _limits(memory_mb: int, seconds: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def run_tabletop(
    argv: list[str],
    *,
    home: Path,
    memory_mb: int = MEMORY_MB,
    seconds: int = SECONDS,
    cwd: Path | None = None,
) -> Run:
    """``python -m tabletop ARGV`` with its own TABLETOP_HOME, capped."""
    env = dict(
        os.environ,
        TABLETOP_HOME=str(home),
        PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]),
        QT_QPA_PLATFORM="offscreen",
    )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tabletop", *argv],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=seconds,
            env=env,
            cwd=cwd,
            preexec_fn=lambda: _limits(memory_mb, seconds),
        )
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        return Run(argv, None, "", err or "")
    return Run(argv, done.returncode, done.stdout, done.stderr)
