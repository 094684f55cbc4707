"""The radar's own hex colour reader gives what matplotlib's does (the screen paints with one, the
exports draw with the other)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib import colors as mpl

from ambitieweb.charts.colours import to_hex, to_rgb, to_rgba

HEX = st.text(alphabet="0123456789abcdefABCDEF", min_size=6, max_size=6)


@given(HEX, st.none() | st.floats(0, 1))
def test_six_digits_as_matplotlib(digits: str, alpha: float | None) -> None:
    assert to_rgba("#" + digits, alpha) == mpl.to_rgba("#" + digits, alpha)
    assert to_rgb("#" + digits) == mpl.to_rgb("#" + digits)


@pytest.mark.parametrize("colour", ["#0072B280", "#fff", "#FFF0", "#00000000", "#12345678"])
def test_short_and_alpha_forms_as_matplotlib(colour: str) -> None:
    assert to_rgba(colour) == mpl.to_rgba(colour)


@given(st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)))
def test_hex_as_matplotlib(rgb: tuple[float, float, float]) -> None:
    assert to_hex(rgb) == mpl.to_hex(rgb)


@pytest.mark.parametrize(
    "colour", ["", "#", "white", "#12345", "#GGGGGG", "0072B2", "#0072B2 ", "#00 0FF", "#+10000"]
)
def test_anything_else_is_refused(colour: str) -> None:
    with pytest.raises(ValueError, match="not a hex colour"):
        to_rgba(colour)
