"""The Word files' charts: PNGs with the pixels matplotlib draws, without the alpha channel when every
pixel is opaque (quicker to compress), with it when not."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

from ambitieweb.reports.docx_export import PNG_DPI, figure_png


def chart(size: tuple[float, float], background: str) -> Figure:
    figure = Figure(figsize=size, dpi=72)
    figure.set_facecolor(background)
    axes = figure.add_axes((0.1, 0.1, 0.8, 0.8))
    axes.plot([0, 1], [1, 0], color="#0072B2")
    axes.text(0.5, 0.5, "Klimaat 3 – ambitieus")
    return figure


def matplotlib_png(figure: Figure) -> Image.Image:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI)
    return Image.open(buffer).convert("RGBA")


@pytest.mark.parametrize("size", [(7.0, 10.9), (7.0, 12.9), (6.5, 6.5), (7.0, 3.3), (1.01, 0.37)])
def test_an_opaque_chart_is_an_rgb_png_with_the_same_pixels(size: tuple[float, float]) -> None:
    figure = chart(size, "#ffffff")
    written = Image.open(io.BytesIO(figure_png(figure)))
    expected = np.asarray(matplotlib_png(figure))
    assert written.mode == "RGB" and written.size == (expected.shape[1], expected.shape[0])
    assert np.array_equal(np.asarray(written), expected[..., :3])
    assert round(written.info["dpi"][0]) == PNG_DPI


def test_a_chart_with_see_through_parts_keeps_its_alpha() -> None:
    figure = chart((3.0, 2.0), "none")
    written = Image.open(io.BytesIO(figure_png(figure)))
    assert written.mode == "RGBA"
    assert np.array_equal(np.asarray(written), np.asarray(matplotlib_png(figure)))
