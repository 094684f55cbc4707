"""Hex colours ("#RGB", "#RGBA", "#RRGGBB", "#RRGGBBAA") as fractions, as matplotlib.colors reads them.

The radar's style names its colours in hex only. The screen's painter and the contrast checks read them
here, so that painting a radar from a kept image needs no matplotlib (its import costs ~0.27 s).
"""

from __future__ import annotations

RGB = tuple[float, float, float]
RGBA = tuple[float, float, float, float]
_HEX_DIGITS = set("0123456789abcdefABCDEF")


def to_rgba(colour: str, alpha: float | None = None) -> RGBA:
    """`colour` as (red, green, blue, alpha), each 0..1; `alpha`, when given, replaces the colour's."""
    digits = colour[1:] if colour.startswith("#") else ""
    if len(digits) in (3, 4):
        digits = "".join(digit * 2 for digit in digits)
    if len(digits) not in (6, 8) or not set(digits) <= _HEX_DIGITS:
        raise ValueError(f"not a hex colour: {colour!r}")
    channels = [int(digits[at : at + 2], 16) / 255 for at in range(0, len(digits), 2)]
    red, green, blue, *rest = channels
    return red, green, blue, alpha if alpha is not None else (rest[0] if rest else 1.0)


def to_rgb(colour: str) -> RGB:
    red, green, blue, _alpha = to_rgba(colour)
    return red, green, blue


def to_hex(rgb: RGB) -> str:
    """ "#rrggbb" for fractions 0..1 (lower case, rounded, as matplotlib writes it)."""
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in rgb)
