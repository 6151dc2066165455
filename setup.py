"""Build step: the guides Help opens (pages of docs/ and their pictures) ship in the package.

They are copied to ``tabletop/guide`` in the wheel, where ``tabletop.gui.help``
finds them; everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import re
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DOCS = Path(__file__).resolve().parent / "docs"
GUIDES = ("facilitator-guide.md", "deck-editor.md", "msel.md", "deck-format.md")


def guide_files() -> list[str]:
    """The guides and every local file (a picture, another page) they link to."""
    files = list(GUIDES)
    for name in GUIDES:
        text = (DOCS / name).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)", text):
            if ":" not in target and (DOCS / target).is_file() and target not in files:
                files.append(target)
    return files


class BuildWithGuides(build_py):
    def run(self) -> None:
        super().run()
        for name in guide_files():
            target = Path(self.build_lib, "tabletop", "guide", name)
            self.mkpath(str(target.parent))
            self.copy_file(str(DOCS / name), str(target))


setup(cmdclass={"build_py": BuildWithGuides})
