"""`tabletop validate` loads only what checking a deck needs: a short command starts fast."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tabletop.core import paths

PROBE = textwrap.dedent(
    """
    import sys
    from tabletop.cli import main
    code = main(["validate", sys.argv[1]])
    heavy = ("jsonschema", "fastjsonschema", "openpyxl", "reportlab", "docx", "PySide6", "aiohttp")
    print(code, sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
    """
)


def _validate(deck: Path, home: Path) -> tuple[int, list[str]]:
    env = {**os.environ, "TABLETOP_HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(deck)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    code, _sep, loaded = out.stdout.strip().splitlines()[-1].partition(" ")
    return int(code), ast.literal_eval(loaded)


def test_checking_a_good_deck_loads_no_heavy_library(tmp_path: Path) -> None:
    deck = paths.bundled_decks_dir() / "intro.yaml"
    first = _validate(deck, tmp_path)  # builds the compiled schema check in the cache
    again = _validate(deck, tmp_path)
    assert first[0] == 0 and again == (0, [])


def test_a_broken_deck_is_still_explained(tmp_path: Path) -> None:
    deck = tmp_path / "broken.yaml"
    good = (paths.bundled_decks_dir() / "intro.yaml").read_text(encoding="utf-8")
    deck.write_text(good.replace("title:", "title: [not, a, title]\nx_title:", 1), encoding="utf-8")
    _validate(paths.bundled_decks_dir() / "intro.yaml", tmp_path)
    code, loaded = _validate(deck, tmp_path)
    assert code == 1 and "jsonschema" in loaded  # asked for every problem, explained
