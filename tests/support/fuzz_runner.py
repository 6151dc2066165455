"""Runs ``tabletop`` commands for the fuzz harness, each in a forked child under caps.

One process imports tabletop once, then reads runs as JSON lines on stdin and answers
each with a JSON line on stdout. Every run is a fork: the child sets its address-space
and CPU limits with ``resource.setrlimit``, sends its output to files, changes to the
run's folder and calls the command line's ``main`` exactly as ``python -m tabletop``
does (an uncaught exception prints a traceback and exits 1, as the interpreter would).
The parent kills a child that outlives its wall-clock limit. Forking saves the start-up
of an interpreter per run, so a few hundred runs fit in a test's time.

Two extra commands, only here, play a deck or resume a session the way the console
would, without a window:

* ``@play DECK``: a deck that validates starts a session, every inject is delivered,
  decisions and a message are recorded, and the report model is built;
* ``@resume FILE``: the session opens for recording, its state folds, and it closes.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import tabletop.cli

# everything the commands import lazily, loaded once before any fork
import tabletop.cli.authoring
import tabletop.core.cards
import tabletop.core.deck.lint
import tabletop.core.msel
import tabletop.core.report.export
import tabletop.core.salvage
from tabletop.cli import main as tabletop_main
from tabletop.core.deck.loader import load_deck
from tabletop.core.engine import OperationError, Session
from tabletop.core.report.build import build_report
from tabletop.core.store import SessionFileError


def _play(deck_path: str) -> int:
    result = load_deck(deck_path)
    if result.deck is None:
        return 1
    with Session.start(result.text or "", path=Path("play.tabletop")) as session:
        for step in range(len(result.deck.injects) + 2):
            if session.state.ended:
                break
            try:
                session.deliver_next()
            except OperationError:
                break
            team = session.state.teams[step % len(session.state.teams)].id
            moves = [{"kind": "action"}] + [
                {"kind": "message", "channel": c.id} for c in session.deck.channels[:2]
            ]
            for move in moves:
                try:  # a refusal is the engine saying no in plain words: fine
                    session.record_decision(team, f"Decision {step}", **move)
                except OperationError:
                    continue
        build_report(session.deck, session.state, dict(session.file.meta))
    return 0


def _resume(file: str) -> int:
    try:
        with Session.resume(Path(file)) as session:
            build_report(session.deck, session.state, dict(session.file.meta))
    except (SessionFileError, OperationError) as exc:
        sys.stderr.write(f"tabletop: {exc}\n")
        return 2
    return 0


def _child(run: dict[str, Any]) -> None:
    memory = int(run["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    seconds = int(run["seconds"])
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    os.chdir(run["cwd"])
    os.environ["TABLETOP_HOME"] = run["home"]
    out = os.open("stdout.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open("stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out, 1)
    os.dup2(err, 2)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    tabletop.cli.start_gui = lambda argv: 0  # `run` and `resume` would open a window
    argv = list(run["argv"])
    code = 1
    try:
        if argv[0] == "@play":
            code = _play(argv[1])
        elif argv[0] == "@resume":
            code = _resume(argv[1])
        else:
            code = tabletop_main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # what the interpreter would do with it
        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _wait(pid: int, seconds: float) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return {"code": None, "timed_out": True, "signal": signal.SIGKILL}
        time.sleep(0.005)
    if os.WIFSIGNALED(status):
        return {"code": None, "timed_out": False, "signal": os.WTERMSIG(status)}
    return {"code": os.WEXITSTATUS(status), "timed_out": False, "signal": 0}


def _warm_up() -> None:
    """Import and build once what every run would otherwise make again (schema, fonts)."""
    import jsonschema  # noqa: F401
    import openpyxl  # noqa: F401

    from tabletop.core.cards import render_cards

    deck = load_deck(Path(__file__).resolve().parent.parent / "data" / "decks" / "minimal.yaml")
    assert deck.deck is not None
    render_cards(deck.deck, "a4")


def main() -> None:
    _warm_up()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        run = json.loads(line)
        sys.stdout.flush()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(run)
        answer = _wait(pid, float(run["seconds"]) * 1.5 + 5)
        answer["elapsed"] = round(time.monotonic() - started, 3)
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
