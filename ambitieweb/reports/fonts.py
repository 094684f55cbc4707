"""DejaVu Sans for every PDF: embedded as a subset, prints ë, é, € and ł (built-in Helvetica does not)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"


def font_dir() -> Path:
    """matplotlib ships DejaVu Sans, so the fonts travel with every install and frozen build."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def register_fonts() -> str:
    """Register the four faces and the family once per process; returns the family name."""
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(font_dir() / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # registerFontFamily maps the family name; map the face names too, so <b> inside a bold style works
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        addMapping(name, 0, 0, REGULAR)
        addMapping(name, 1, 0, BOLD)
        addMapping(name, 0, 1, ITALIC)
        addMapping(name, 1, 1, BOLD_ITALIC)
    return FAMILY
