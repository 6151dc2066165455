"""Fuzzing: a few hundred broken decks, session files and spreadsheets through the command line.

The corpus (``support/fuzz_corpus.py``) is generated from a seed at test time. Each
command runs in a forked child capped at 1 GiB of address space and 30 s of CPU
(``support/fuzz_runner.py``). For every run:

* the exit code is 0, 1 or 2, and nothing is printed as a traceback;
* it ends within its time and memory (a hang or a runaway allocation fails it);
* a reader (validate, lint, cards, exports, sessions, report, recover) leaves its input
  exactly as it was: same bytes, same kind of file, its journal too.

And across commands, what one says the others agree with: a deck that validates can be
printed, exported and played; a session a resume can open is not called damaged by the
listing, gets a report, and is recovered with at least the events the resume has.

``TABLETOP_FUZZ=full`` runs ten times as many cases (marked slow); ``TABLETOP_FUZZ_SEED``
replays another corpus. Spreadsheet import and MSEL export are judged as black boxes
through the command line; ``TABLETOP_FUZZ_MSEL=lenient`` lists their failures as a
warning instead of failing the test.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from support.fuzz_corpus import Case, deck_cases, session_cases, sheet_cases

TESTS = Path(__file__).resolve().parent.parent
RUNNER = TESTS / "support" / "fuzz_runner.py"
SPILLER = TESTS / "support" / "spiller.py"
SEED = int(os.environ.get("TABLETOP_FUZZ_SEED", "20261122"))
FULL = os.environ.get("TABLETOP_FUZZ") == "full"
SCALE = 10 if FULL else 1
MEMORY_MB = 1024
SECONDS = 30
MSEL_STRICT = os.environ.get("TABLETOP_FUZZ_MSEL") != "lenient"

# the runner forks and caps each child with resource.setrlimit: POSIX only
pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork and setrlimit")


@dataclass
class Result:
    case: str
    argv: list[str]
    code: int | None
    out: str
    err: str
    timed_out: bool
    signal: int

    def describe(self) -> str:
        what = "timed out" if self.timed_out else f"exit {self.code} signal {self.signal}"
        return f"{self.case}: tabletop {' '.join(self.argv)} -> {what}\n{self.err[-1500:]}"


class Runner:
    """One fork-server process (see support/fuzz_runner.py)."""

    def __init__(self, home: Path) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
        env["TABLETOP_HOME"] = str(home)
        self.process = subprocess.Popen(
            [sys.executable, str(RUNNER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        assert json.loads(self.process.stdout.readline()) == {"ready": True}

    def run(self, case: Case, argv: list[str], home: Path) -> Result:
        assert self.process.stdin is not None and self.process.stdout is not None
        request = {
            "argv": argv,
            "cwd": str(case.folder),
            "home": str(home),
            "seconds": SECONDS,
            "memory_mb": MEMORY_MB,
        }
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        out = (case.folder / "stdout.txt").read_text(encoding="utf-8", errors="replace")
        err = (case.folder / "stderr.txt").read_text(encoding="utf-8", errors="replace")
        (case.folder / "stdout.txt").unlink()
        (case.folder / "stderr.txt").unlink()
        return Result(
            case.name, argv, answer["code"], out, err, answer["timed_out"], answer["signal"]
        )

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def _fingerprint(folder: Path) -> dict[str, tuple[Any, ...]]:
    """What each input in a case folder is: kind of file, link target, size and bytes."""
    prints: dict[str, tuple[Any, ...]] = {}
    for entry in os.scandir(folder):
        st = entry.stat(follow_symlinks=False)
        kind = stat.S_IFMT(st.st_mode)
        if stat.S_ISLNK(st.st_mode):
            prints[entry.name] = (kind, os.readlink(entry.path))
        elif stat.S_ISREG(st.st_mode):
            digest = hashlib.sha256()
            with open(entry.path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            prints[entry.name] = (kind, st.st_size, digest.hexdigest())
        else:
            prints[entry.name] = (kind,)
    return prints


@dataclass
class Findings:
    failures: list[str] = field(default_factory=list)
    msel: list[str] = field(default_factory=list)
    runs: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(
        self, result: Result, *, msel: bool = False, expect: tuple[int, ...] = (0, 1, 2)
    ) -> bool:
        """Record a run; False when it broke a rule (so later checks can be skipped)."""
        problem = ""
        if result.timed_out or result.signal:
            problem = "did not finish within its time and memory"
        elif "Traceback" in result.err or "Traceback" in result.out:
            problem = "printed a traceback"
        elif result.code not in expect:
            problem = f"exit code {result.code}, expected one of {expect}"
        with self.lock:
            self.runs += 1
            if problem:
                (self.msel if msel else self.failures).append(f"{problem}: {result.describe()}")
        return not problem

    def fail(self, message: str, *, msel: bool = False) -> None:
        with self.lock:
            (self.msel if msel else self.failures).append(message)


def _readers_leave_inputs_alone(
    case: Case, before: dict[str, tuple[Any, ...]], findings: Findings
) -> None:
    after = _fingerprint(case.folder)
    changed = [name for name, value in before.items() if after.get(name) != value]
    if changed:
        findings.fail(f"{case.name}: a reader changed {changed}")


def _deck(runner: Runner, case: Case, home: Path, rng: random.Random, findings: Findings) -> None:
    before = _fingerprint(case.folder)
    deck = case.input
    validated = runner.run(case, ["validate", deck], home)
    if not findings.check(validated):
        return
    findings.check(runner.run(case, ["validate", deck, "--format", "json"], home))
    code = validated.code
    if code == 0:
        findings.check(runner.run(case, ["cards", deck, "-o", "cards.pdf"], home), expect=(0,))
        findings.check(runner.run(case, ["lint", deck], home), expect=(0, 1))
        findings.check(runner.run(case, ["@play", deck], home), expect=(0,))
        for out in ("msel.xlsx", "msel.csv"):
            run = runner.run(case, ["msel", "export", deck, "-o", out], home)
            findings.check(run, msel=True, expect=(0,))
    else:
        command = rng.choice([["cards", deck, "-o", "c.pdf"], ["lint", deck], ["@play", deck]])
        findings.check(
            runner.run(case, command, home), expect=(code,) if command[0] == "cards" else (0, 1, 2)
        )
    _readers_leave_inputs_alone(case, before, findings)


def _session(runner: Runner, case: Case, home: Path, findings: Findings) -> None:
    before = _fingerprint(case.folder)
    path = case.input
    listing = runner.run(case, ["sessions", "--folder", ".", "--format", "json"], home)
    findings.check(listing, expect=(0,))
    findings.check(runner.run(case, ["sessions", "--folder", "."], home), expect=(0,))
    report = runner.run(case, ["report", path, "-o", "report.pdf"], home)
    findings.check(report)
    recovered = runner.run(case, ["recover", path, "-o", "recovered.tabletop"], home)
    findings.check(recovered)
    _readers_leave_inputs_alone(case, before, findings)
    resumed = runner.run(case, ["@resume", path], home)
    if not findings.check(resumed):
        return
    findings.check(runner.run(case, ["resume", path], home))
    if resumed.code != 0:
        return
    # the session opens for recording: nobody may call it damaged
    try:
        statuses = {Path(s["file"]).name: s for s in json.loads(listing.out)}
    except ValueError:
        findings.fail(f"{case.name}: the listing's JSON cannot be read: {listing.out[:300]}")
        return
    summary = statuses.get(path)
    if summary is None or summary["status"] not in ("running", "ended"):
        findings.fail(f"{case.name}: a resume opens it, the listing says {summary}")
    if report.code not in (0, 1):
        findings.fail(f"{case.name}: a resume opens it, the report fails: {report.err[-500:]}")
    if recovered.code != 0:
        findings.fail(f"{case.name}: a resume opens it, recover fails: {recovered.err[-500:]}")


def _sheet(runner: Runner, case: Case, home: Path, findings: Findings) -> None:
    before = _fingerprint(case.folder)
    imported = runner.run(case, ["msel", "import", case.input, "-o", "deck.yaml"], home)
    if findings.check(imported, msel=True) and imported.code == 0:
        findings.check(runner.run(case, ["validate", "deck.yaml"], home), expect=(0,))
        findings.check(runner.run(case, ["@play", "deck.yaml"], home), expect=(0,))
    _readers_leave_inputs_alone(case, before, findings)


def _hot_journals(folder: Path, count: int) -> list[Path]:
    """Sessions left by a process killed inside a multi-page commit (a hot journal)."""
    made = []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
    for n in range(count):
        path = folder / f"hot-{n}.tabletop"
        child = subprocess.Popen(
            [sys.executable, str(SPILLER), str(path), str(5 + 10 * n)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() in ("SPILLED", "NO SPILL"):
                break
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        if Path(f"{path}-journal").is_file():
            made.append(path)
    return made


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Case]]:
    folder = tmp_path_factory.mktemp("fuzz")
    rng = random.Random(SEED)
    hot_folder = folder / "hot"
    hot_folder.mkdir()
    cases = deck_cases(folder, rng, 130 * SCALE)
    cases += session_cases(folder, rng, 70 * SCALE, _hot_journals(hot_folder, 2))
    cases += sheet_cases(folder, rng, 24 * SCALE)
    yield cases


def _fuzz(corpus: list[Case], home: Path) -> Findings:
    findings = Findings()
    jobs = list(enumerate(corpus))
    workers = max(1, min(2, os.cpu_count() or 1))

    def work(part: list[tuple[int, Case]]) -> None:
        runner = Runner(home)
        try:
            for index, case in part:
                rng = random.Random(SEED + index)
                if case.kind == "deck":
                    _deck(runner, case, home, rng, findings)
                elif case.kind == "session":
                    _session(runner, case, home, findings)
                else:
                    _sheet(runner, case, home, findings)
        finally:
            runner.close()

    errors: list[BaseException] = []

    def guarded(part: list[tuple[int, Case]]) -> None:
        try:
            work(part)
        except BaseException as exc:  # the harness itself broke: fail the test with it
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(jobs[w::workers],)) for w in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return findings


def _judge(findings: Findings, cases: int) -> None:
    if findings.msel:
        message = f"{len(findings.msel)} MSEL run(s) broke a rule:\n" + "\n".join(findings.msel)
        if MSEL_STRICT:
            findings.failures.append(message)
        else:
            warnings.warn(message, stacklevel=2)
    assert findings.runs > 2 * cases
    assert not findings.failures, (
        f"{len(findings.failures)} of {findings.runs} runs:\n" + "\n\n".join(findings.failures)
    )


@pytest.mark.skipif(FULL, reason="the full corpus runs in test_fuzz_full")
def test_fuzz(corpus: list[Case], tabletop_home: Path) -> None:
    started = time.monotonic()
    findings = _fuzz(corpus, tabletop_home)
    print(f"{findings.runs} runs over {len(corpus)} inputs in {time.monotonic() - started:.0f} s")
    _judge(findings, len(corpus))


@pytest.mark.slow
@pytest.mark.skipif(not FULL, reason="set TABLETOP_FUZZ=full for ten times as many cases")
def test_fuzz_full(corpus: list[Case], tabletop_home: Path) -> None:
    findings = _fuzz(corpus, tabletop_home)
    _judge(findings, len(corpus))
