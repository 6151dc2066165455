"""The fonts every printed document uses, and text made ready for them.

DejaVu Sans (bundled with its licence in ``resources/fonts``) covers Latin
(Vietnamese included), Cyrillic, Greek, Hebrew and Arabic. For what it lacks
(CJK, emoji …) a fallback font is looked for, the first time such a
character is met: first in ``resources/fonts/fallback`` (a deployment may
bundle Noto fonts there, with their licences), then among the system's
fonts (through fontconfig where it exists, else the usual font folders).
Only TrueType-outlined fonts qualify: reportlab embeds those (as subsets),
so the text stays extractable.

Arabic letters are joined by arabic-reshaper (into the contextual forms of
the same letters, which DejaVu Sans draws) and right-to-left text (Hebrew,
Arabic) is put in visual order by python-bidi. reportlab embeds each glyph
with the character it stands for, so a PDF reader's text extraction gives
back the string that was typed (Arabic as its contextual forms, which
Unicode normalisation, NFKC, turns back into the letters typed).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from tabletop.core import paths

# characters of the right-to-left scripts; Arabic letters are the ones that join
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

# fonts known to cover much of what DejaVu Sans lacks, in order of preference
_KNOWN = (
    "NotoSansCJK",
    "DroidSansFallbackFull",
    "NotoEmoji",
    "Symbola",
    "msyh",
    "simsun",
    "seguiemj",
    "seguisym",
    "Arial Unicode",
)
_FOLDERS = (
    Path("C:/Windows/Fonts"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path.home() / ".fonts",
    Path("/usr/share/fonts"),
)


@dataclass(frozen=True)
class FontNames:
    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


@lru_cache(maxsize=1)
def register_fonts() -> FontNames:
    """Register the bundled fonts with reportlab once per process; returns their names."""
    _unicode_beyond_the_bmp()
    names = FontNames()
    folder = paths.resources_dir() / "fonts"
    for name in (names.regular, names.bold, names.italic, names.bold_italic):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf"), shapable=False))
    pdfmetrics.registerFontFamily(
        names.regular,
        normal=names.regular,
        bold=names.bold,
        italic=names.italic,
        boldItalic=names.bold_italic,
    )
    return names


def _unicode_beyond_the_bmp() -> None:
    """Make reportlab's ToUnicode maps right for characters beyond U+FFFF (emoji).

    reportlab writes each code point as 4 hex digits, so U+1F6A2 comes out as
    5 digits and readers extract the wrong character; PDF wants UTF-16 there
    (a surrogate pair)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "utf16", False):
        return

    def make(fontname: str, subset: list[int]) -> str:
        text = original(fontname, [min(code, 0xFFFF) for code in subset])
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                units = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{index:02X}> <FFFF>", f"<{index:02X}> <{units}>", 1)
        return text

    make.utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    names = register_fonts()
    return frozenset(pdfmetrics.getFont(names.regular).face.charToGlyph)


def _candidates() -> list[Path]:
    """Font files that may hold what DejaVu Sans lacks, most likely first."""
    found: list[Path] = []
    bundled = paths.resources_dir() / "fonts" / "fallback"
    if bundled.is_dir():
        found += sorted(p for p in bundled.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    if shutil.which("fc-list") and sys.platform != "win32":
        try:
            listed = subprocess.run(
                ["fc-list", "--format", "%{file}\\n", ":fontformat=TrueType"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.splitlines()
        except (OSError, subprocess.SubprocessError):
            listed = []
        found += [Path(p) for p in sorted(set(listed)) if p]
    else:
        for folder in _FOLDERS:
            if folder.is_dir():
                found += sorted(
                    p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc")
                )

    def rank(path: Path) -> tuple[int, str]:
        known = next((i for i, k in enumerate(_KNOWN) if k.lower() in path.name.lower()), 99)
        return (known, str(path))

    return sorted(dict.fromkeys(found), key=rank)


class _Fallbacks:
    """Fallback fonts, loaded as characters need them; the same character, the same font."""

    def __init__(self) -> None:
        self.loaded: list[tuple[str, frozenset[int]]] = []
        self.pending: list[Path] | None = None
        self.missing: set[int] = set()

    def font_for(self, code: int) -> str | None:
        for name, cmap in self.loaded:
            if code in cmap:
                return name
        if code in self.missing:
            return None
        if self.pending is None:
            self.pending = _candidates()
        while self.pending:
            loaded = self._load(self.pending.pop(0))
            if loaded is not None and code in self.loaded[-1][1]:
                return loaded
        self.missing.add(code)
        return None

    def _load(self, path: Path) -> str | None:
        if "dejavu" in path.name.lower():
            return None
        name = f"Fallback{len(self.loaded) + 1}"
        try:
            font = TTFont(name, str(path), shapable=False)
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            return None  # PostScript outlines, colour bitmaps or a damaged file
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        self.loaded.append((name, frozenset(font.face.charToGlyph)))
        return name


_fallbacks = _Fallbacks()


def fallback_font(char: str) -> str | None:
    """The registered name of a font that has ``char``, if DejaVu Sans does not."""
    code = ord(char)
    if code in _covered():
        return None
    return _fallbacks.font_for(code)


def printable(char: str) -> bool:
    """Whether DejaVu Sans or a fallback font found on this system has ``char``."""
    return ord(char) in _covered() or fallback_font(char) is not None


def visual_order(text: str) -> str:
    """Text as it is drawn: Arabic letters joined, right-to-left runs in visual order."""
    if not _RTL.search(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    lines = []
    for line in text.split("\n"):
        if _RTL.search(line):
            line = get_display(reshape(line) if _ARABIC.search(line) else line)
        lines.append(line)
    return "\n".join(lines)


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, right-to-left runs in visual
    order, characters DejaVu Sans lacks in a fallback font; newlines become breaks."""
    text = visual_order(text)
    if not text or max(text) < "\u0590":  # nearly all text: DejaVu Sans has it all
        return _xml_escape(text).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    for char in text:
        font = None if char == "\n" else fallback_font(char)
        if font != current:
            out.append(_close(run, current))
            run, current = [], font
        run.append(char)
    out.append(_close(run, current))
    return "".join(out)


def _close(run: list[str], font: str | None) -> str:
    if not run:
        return ""
    text = _xml_escape("".join(run)).replace("\n", "<br/>")
    return f'<font face="{font}">{text}</font>' if font else text


def runs(text: str) -> list[tuple[str | None, str]]:
    """Plain text cut into (fallback font or None, text) runs, in visual order (for labels
    drawn straight on a canvas)."""
    text = visual_order(text)
    out: list[tuple[str | None, str]] = []
    for char in text:
        font = fallback_font(char) if char >= "\u0590" else None
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def reproducible() -> bool:
    """Whether a build asked for fixed dates (SOURCE_DATE_EPOCH is set)."""
    return bool(os.environ.get("SOURCE_DATE_EPOCH"))
