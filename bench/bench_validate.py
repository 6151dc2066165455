"""Validating generated decks at three sizes, against a bare CSafeLoader load of each.

    python bench/bench_validate.py [--sizes 1250,5000,12500] [--runs 3]

In process, the baseline is ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the
same file; tabletop reads, checks (schema, references, flow) and builds the deck
model. Target: at most 1.5× at every size (12,500 injects is about 15 MiB, near
the 16 MiB limit), and a growth exponent of at most 1.2. The command ``tabletop validate`` on a
100-inject deck is timed against a fresh ``python -c 'import yaml; yaml.load(…)'``
of the same file; target: at most 2×.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import check_growth, finish, spread, verdict

from tabletop.core.deck.loader import load_deck


def generate(injects: int) -> str:
    """A large, valid deck with every inject field filled in."""
    teams = [
        {"id": "nato", "name": "North Atlantic Council", "side": "west", "parties": ["nato"]},
        {"id": "us", "name": "US National Security Council", "side": "west", "parties": ["us"]},
        {"id": "russia", "name": "Russian Security Council", "side": "east", "parties": ["russia"]},
    ]
    items = []
    for i in range(injects):
        nxt = f"i{i + 2}" if i + 2 < injects else "end"
        items.append(
            {
                "id": f"i{i}",
                "title": f"Inject {i}: a cable fault off the coast",
                "at": {"day": 1 + i // 48, "time": f"{(i % 48) // 2:02d}:{(i % 2) * 30:02d}"},
                "phase": f"Move {1 + i // 500}",
                "type": "standard",
                "from": "Coast guard",
                "to": ["nato", "russia"],
                "narrative": "A data cable stops carrying traffic and a tanker lingers nearby. "
                * 6,
                "facilitator_notes": "Watch who calls whom first, and over which channel. " * 4,
                "questions": ["Who do you call first?", "Over which channel?"],
                "expected_actions": ["Seek attribution before enforcement", "Use the hotline"],
                "objectives": ["obj-talk"],
                "duration": 1,
                "effects": {"escalation": 1 if i % 10 == 0 else 0, "channels": {"hotline": "open"}},
                "branches": [
                    {"when": {"decision": {"by": "us", "channel": "hotline"}}, "goto": nxt},
                    {"when": {"escalation_at_least": 9}, "goto": "end"},
                ],
                "sources": [{"ref": "charap-2026", "section": "On the brink"}],
            }
        )
    deck = {
        "format": "tabletop-deck/1",
        "id": "bench-large",
        "title": "A very large deck",
        "summary": "Generated for the validation benchmark.",
        "duration": min(injects, 1440),
        "objectives": [{"id": "obj-talk", "text": "Teams talk across the divide."}],
        "teams": teams,
        "channels": ["hotline", "mil-to-mil", "public"],
        "injects": items,
    }
    return yaml.safe_dump(deck, sort_keys=False, allow_unicode=True, width=100)


def _in_process(sizes: list[int], runs: int) -> None:
    print("In process: tabletop's load_deck vs yaml.load(text, Loader=CSafeLoader) (target ≤ 1.5×)")
    ours_best: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for injects in sizes:
            path = Path(folder) / f"deck-{injects}.yaml"
            path.write_text(generate(injects), encoding="utf-8")
            size = path.stat().st_size / 1048576
            result = load_deck(path)
            assert result.ok, [p.format() for p in result.problems[:5]]
            ours: list[float] = []
            bare: list[float] = []
            for run in range(runs):
                steps = [(ours, _load_ours), (bare, _load_bare)]
                for times, load in steps if run % 2 else reversed(steps):
                    times.append(timed_load(load, path))
            ratio = min(ours) / min(bare)
            print(f"  {injects:>6,} injects, {size:5.1f} MiB: tabletop {spread(ours)}")
            print(f"  {'':>27}floor    {spread(bare)}")
            print(f"  {'':>27}ratio {ratio:.2f}×: {verdict(ratio, 1.5)}")
            ours_best.append(min(ours))
    check_growth("validate in process", sizes, ours_best, per_item=False)


def _command(runs: int, injects: int) -> None:
    print(
        f"\nThe command: `tabletop validate` on a {injects}-inject deck vs "
        "`python -c 'import yaml; yaml.load(…, CSafeLoader)'` (target ≤ 2×)"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "small.yaml"
        path.write_text(generate(injects), encoding="utf-8")
        python = sys.executable
        ours_cmd = [python, "-m", "tabletop", "validate", str(path)]
        bare_cmd = [
            python,
            "-c",
            f"import yaml; yaml.load(open({str(path)!r}).read(), Loader=yaml.CSafeLoader)",
        ]
        subprocess.run(ours_cmd, check=True, capture_output=True)  # warm caches
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            ours.append(timed(lambda: subprocess.run(ours_cmd, check=True, capture_output=True)))
            bare.append(timed(lambda: subprocess.run(bare_cmd, check=True, capture_output=True)))
    ratio = min(ours) / min(bare)
    print(f"  tabletop validate {spread(ours)}")
    print(f"  floor             {spread(bare)}")
    print(f"  ratio {ratio:.2f}×: {verdict(ratio, 2.0)}")


def _load_ours(path: Path) -> object:
    return load_deck(path)


def _load_bare(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def timed_load(load: Callable[[Path], object], path: Path) -> float:
    start = time.perf_counter()
    load(path)
    return time.perf_counter() - start


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1250,5000,12500")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--command-runs", type=int, default=11)
    args = parser.parse_args()
    _in_process([int(s) for s in args.sizes.split(",")], args.runs)
    _command(args.command_runs, 100)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
