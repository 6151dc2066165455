"""The Unicode font every printed document uses (DejaVu Sans, bundled with its licence).

DejaVu Sans covers Latin (Vietnamese included), Cyrillic and Greek, so any
name or decision a class types prints as written. reportlab embeds the subset
of glyphs used, so the text stays extractable.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tabletop.core import paths


@dataclass(frozen=True)
class FontNames:
    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


@lru_cache(maxsize=1)
def register_fonts() -> FontNames:
    """Register the bundled fonts with reportlab once per process; returns their names."""
    names = FontNames()
    folder = paths.resources_dir() / "fonts"
    for name in (names.regular, names.bold, names.italic, names.bold_italic):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        names.regular,
        normal=names.regular,
        bold=names.bold,
        italic=names.italic,
        boldItalic=names.bold_italic,
    )
    return names
