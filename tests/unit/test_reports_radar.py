"""The radar in the PDFs is vector: matplotlib draws it onto the reportlab page, and it looks as on screen."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Circle
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]  # reportlab has no stubs

from ambitieweb.catalogue import Catalogue
from ambitieweb.charts.radar import RadarData, RadarStyle, build_figure
from ambitieweb.exchange import read_file
from ambitieweb.reports.canvas_renderer import FigureDpiError, draw_figure
from ambitieweb.reports.export import write_pdf
from ambitieweb.reports.fonts import REGULAR, register_fonts
from tests.unit.test_reports_pdf import image_count, pdf_fonts, pdf_text, qpdf_check, tool

SIZE = 432  # points: a 6-inch figure at 72 dpi
BLOCK = 8  # compare 8x8 pixel blocks: anti-aliasing and hinting differ between the two rasterisers


def figure_pdf(figure: Figure, path: Path) -> Path:
    width, height = figure.bbox.width, figure.bbox.height
    register_fonts()  # and name DejaVu as the page's first font, as the documents do, not Helvetica
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=REGULAR)
    draw_figure(figure, canvas)
    canvas.showPage()
    canvas.save()
    return path


def rendered_page(path: Path, dpi: int = 72) -> np.ndarray:
    """Page 1 as RGB pixels, rasterised by poppler."""
    stem = path.with_suffix("")
    subprocess.run(
        [tool("pdftoppm"), "-r", str(dpi), "-png", "-singlefile", str(path), str(stem)], check=True
    )
    return np.asarray(Image.open(stem.with_suffix(".png")).convert("RGB")).astype(int)


def agg_pixels(figure: Figure) -> np.ndarray:
    """The same figure as the screen draws it (Agg), as RGB pixels."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="rgba", dpi=figure.dpi)
    width, height = (int(v) for v in figure.canvas.get_width_height())
    return np.frombuffer(buffer.getvalue(), np.uint8).reshape(height, width, 4)[..., :3].astype(int)


def differing_share(a: np.ndarray, b: np.ndarray) -> float:
    """The share of 8x8 blocks whose average colour differs by more than 30 in some channel."""
    rows, cols = a.shape[0] // BLOCK, a.shape[1] // BLOCK

    def blocks(pixels: np.ndarray) -> np.ndarray:
        cropped = pixels[: rows * BLOCK, : cols * BLOCK]
        averaged: np.ndarray = cropped.reshape(rows, BLOCK, cols, BLOCK, 3).mean(axis=(1, 3))
        return averaged

    return float((np.abs(blocks(a) - blocks(b)).max(axis=2) > 30).mean())


def test_the_vector_radar_looks_like_the_screen_radar(gww: RadarData, tmp_path: Path) -> None:
    figure, _plot = build_figure(gww, RadarStyle(), size_inches=(6, 6), dpi=72)
    page = rendered_page(figure_pdf(figure, tmp_path / "radar.pdf"))
    screen, plot = build_figure(gww, RadarStyle(), size_inches=(6, 6), dpi=72)
    assert page.shape == (SIZE, SIZE, 3)
    assert differing_share(page, agg_pixels(screen)) < 0.03
    # the comparison can fail: without the ambition's fill the pictures differ clearly
    plot.ambition_fill.set_visible(False)
    assert differing_share(page, agg_pixels(screen)) > 0.08
    text = pdf_text(tmp_path / "radar.pdf")
    for name in gww.labels:
        assert " ".join(name.split()) in text, "theme labels are text, not outlines"
    assert "Reconstructie N123" in text


def test_the_renderer_draws_what_matplotlib_can_put_in_a_figure(tmp_path: Path) -> None:
    """Images, clipping, transparency, dashes, markers, rotated and mathtext labels, another font."""
    figure = Figure(figsize=(4, 3), dpi=72)
    axes = figure.add_axes((0.12, 0.12, 0.8, 0.8))
    axes.imshow(np.arange(48, dtype=float).reshape(6, 8), extent=(0, 4, 0, 3), cmap="viridis")
    axes.plot([0, 4], [0, 3], ls="--", lw=2, color="#d55e00", marker="o")
    axes.add_patch(Circle((2, 1.5), 1.2, facecolor=(0, 0.45, 0.7, 0.4), edgecolor="k", clip_on=True))
    patch = Circle((4, 3), 1.0, facecolor="#f0e442", transform=axes.transData)
    axes.add_patch(patch)
    patch.set_clip_path(axes.patch)
    axes.set_title("Gedraaide tekst ë € ≥ ł")
    axes.set_ylabel("Schuin omhoog")
    axes.text(0.2, 2.5, r"$x^2$ wiskunde")
    axes.text(0.2, 0.3, "Schreef", family="DejaVu Serif")
    path = figure_pdf(figure, tmp_path / "mixed.pdf")
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = pdf_fonts(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    assert any("DejaVuSerif" in name for name, _ in fonts)
    text = pdf_text(path)
    for words in ("Gedraaide tekst ë € ≥ ł", "Schuin omhoog", "Schreef"):
        assert words in text
    assert image_count(PdfReader(path)) == 1, "the imshow picture"
    page = rendered_page(path)
    assert differing_share(page, agg_pixels(figure)) < 0.03


def test_a_figure_must_be_at_72_dpi(gww: RadarData) -> None:
    figure, _plot = build_figure(gww, RadarStyle(), size_inches=(6, 6), dpi=100)
    with pytest.raises(FigureDpiError, match="72 dpi"):
        draw_figure(figure, Canvas(io.BytesIO()))


def ambition_blue_pixels(path: Path, page: int = 1) -> int:
    """How many pixels of a page (at 100 dpi) have the radar's ambition colour."""
    stem = path.with_name(f"{path.stem}-page")
    args = ["-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
    subprocess.run([tool("pdftoppm"), *args, str(path), str(stem)], check=True)
    pixels = np.asarray(Image.open(stem.with_suffix(".png")).convert("RGB")).astype(int)
    blue = np.array([int(RadarStyle().ambition[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - blue).max(axis=2) < 20).sum())


@pytest.mark.parametrize("document", ["ambitiedocument", "ambitiekaart"])
def test_the_documents_carry_the_radar_as_paths_and_text(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path, document: str
) -> None:
    session = read_file(example_path["road"], catalogue).session
    framework = catalogue.framework(session.framework_id)
    path = write_pdf(document, session, framework, tmp_path / f"{document}.pdf")
    reader = PdfReader(path)
    assert image_count(reader) == 0, "no bitmap: the radar is vector"
    assert ambition_blue_pixels(path) > 300, "the ambition outline is drawn"
    first_page = " ".join(reader.pages[0].extract_text().split())
    for entry in session.themes:
        assert framework.theme(entry.theme_id).name in first_page
    if document == "ambitiedocument":  # the cover has no other place where theme names could come from
        assert "Ambitie Huidige situatie" in pdf_text(path).replace("\n", " "), "the legend"
    assert all(
        name.endswith(("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")) for name, _ in pdf_fonts(path)
    )
