"""Validating a generated 5,000-inject deck, against a bare CSafeLoader load of it.

    python bench/bench_validate.py [--injects 5000] [--runs 3]

The baseline is ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the same file
in the same process; tabletop reads, checks (schema, references, flow) and
builds the deck model. Target: at most 2x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import best_of, report

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--injects", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.yaml"
        path.write_text(generate(args.injects), encoding="utf-8")
        size = path.stat().st_size / 1048576
        result = load_deck(path)
        assert result.ok, [p.format() for p in result.problems[:5]]

        def baseline() -> object:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        ours = best_of(args.runs, lambda: load_deck(path))
        base = best_of(args.runs, baseline)
    print(f"deck: {args.injects} injects, {size:.1f} MiB")
    report("validate (read + check + build) vs yaml.load(CSafeLoader)", ours, base, 2.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
