"""Draw a matplotlib Figure straight onto a reportlab canvas, as vector paths and real text.

A small matplotlib renderer (the backend API in ``matplotlib.backend_bases``): matplotlib's own artists
lay out and draw the figure; this class only turns the resulting paths, text and images into reportlab
canvas calls. The PDF keeps one copy of each font, shared with the rest of the document, and the text
stays searchable. The figure must use 72 dpi, so one matplotlib pixel is one PDF point.

Not supported, because the radar does not use them: hatching, Gouraud shading and sketch filters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
from matplotlib import font_manager
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path as MplPath
from matplotlib.text import Text
from matplotlib.transforms import Affine2DBase, Transform
from numpy.typing import ArrayLike
from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas  # type: ignore[import-untyped]
from reportlab.pdfgen.pathobject import PDFPathObject  # type: ignore[import-untyped]

from ambitieweb.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, font_dir, register_fonts

POINTS_PER_INCH = 72
_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


class FigureDpiError(ValueError):
    """The figure is not at 72 dpi, so its pixels are not PDF points."""


def draw_figure(figure: Figure, canvas: Canvas) -> None:
    """Draw `figure` with its lower left corner at the canvas origin, one point per pixel."""
    if figure.dpi != POINTS_PER_INCH:
        raise FigureDpiError(f"the figure must be at {POINTS_PER_INCH} dpi, not {figure.dpi}")
    width, height = figure.bbox.width, figure.bbox.height
    figure.draw(CanvasRenderer(canvas, width, height))


@cache
def _reportlab_font(font_file: str) -> str | None:
    """The reportlab name for a TrueType file matplotlib picked; None when reportlab cannot read it.

    matplotlib's own DejaVu files map to the faces the documents already use (one embedded subset).
    """
    path = Path(font_file)
    register_fonts()
    if path.parent == font_dir() and path.stem in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        return path.stem
    name = f"figure-{path.stem}"
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (TTFError, OSError):  # e.g. a CFF-based OpenType font or a collection
        return None
    return name


class CanvasRenderer(RendererBase):
    """matplotlib's drawing calls, made on a reportlab canvas (y upwards, units of points)."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        super().__init__()
        self.canvas = canvas
        self.width = width
        self.height = height
        self._clip_paths: dict[tuple[bytes, bytes, bytes], PDFPathObject] = {}

    # --- what matplotlib asks of a renderer ------------------------------------------------------

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points

    def option_image_nocomposite(self) -> bool:
        return True  # each image on its own, never merged into one bitmap

    def option_scale_image(self) -> bool:
        return False

    def new_gc(self) -> GraphicsContextBase:
        return GraphicsContextBase()

    # --- drawing ------------------------------------------------------------------------------------

    def draw_path(
        self,
        gc: GraphicsContextBase,
        path: MplPath,
        transform: Transform,
        rgbFace: Any = None,  # noqa: N803  # matplotlib passes it by this name
    ) -> None:
        stroke_alpha, fill_alpha = _alphas(gc, rgbFace)
        stroke = gc.get_linewidth() > 0 and stroke_alpha > 0
        fill = rgbFace is not None and fill_alpha > 0
        if not (stroke or fill):
            return
        c = self.canvas
        c.saveState()
        self._clip(gc)
        if stroke:
            red, green, blue = gc.get_rgb()[:3]
            c.setStrokeColorRGB(red, green, blue, alpha=stroke_alpha)
            c.setLineWidth(gc.get_linewidth())
            c.setLineCap(_CAPS.get(gc.get_capstyle(), 0))
            c.setLineJoin(_JOINS.get(gc.get_joinstyle(), 0))
            offset, dashes = gc.get_dashes()
            pattern = [] if dashes is None else np.asarray(dashes, dtype=float).tolist()
            if pattern:
                c.setDash(pattern, float(offset or 0))
        if fill:
            red, green, blue = rgbFace[:3]
            c.setFillColorRGB(red, green, blue, alpha=fill_alpha)
        # As matplotlib's PDF backend: clip and simplify outlines only, never filled shapes.
        outline = rgbFace is None
        clip = (0.0, 0.0, self.width, self.height) if outline else None
        simplify = path.should_simplify if outline else False
        c.drawPath(
            self._path(path, transform, clip=clip, simplify=simplify),
            stroke=int(stroke),
            fill=int(fill),
            fillMode=FILL_NON_ZERO,
        )
        c.restoreState()

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: bool | Literal["TeX"] = False,
        mtext: Text | None = None,
    ) -> None:
        font = None if ismath else _reportlab_font(font_manager.findfont(prop))
        if font is None:  # mathtext or a font reportlab cannot embed: outlines look the same
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
            return
        red, green, blue, alpha = gc.get_rgb()
        c = self.canvas
        c.saveState()
        self._clip(gc)
        c.setFillColorRGB(red, green, blue, alpha=alpha)
        c.translate(x, y)  # (x, y) is the start of the baseline
        if angle:
            c.rotate(angle)
        c.setFont(font, prop.get_size_in_points())
        c.drawString(0, 0, s)
        c.restoreState()

    def draw_image(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        im: ArrayLike,
        transform: Affine2DBase | None = None,
    ) -> None:
        rgba = np.asarray(im, dtype=np.uint8)
        height, width = rgba.shape[:2]
        if not (height and width):
            return
        pixels = PILImage.fromarray(np.ascontiguousarray(rgba[::-1]), "RGBA")  # matplotlib: bottom row first
        c = self.canvas
        c.saveState()
        self._clip(gc)
        c.drawImage(ImageReader(pixels), x, y, width, height, mask="auto")
        c.restoreState()

    # --- helpers ------------------------------------------------------------------------------------

    def _clip(self, gc: GraphicsContextBase) -> None:
        rectangle = gc.get_clip_rectangle()
        if rectangle is not None:
            x0, y0, x1, y1 = (float(v) for v in rectangle.extents)
            region = PDFPathObject([f"{x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re"])
            self.canvas.clipPath(region, stroke=0, fill=0)
        clip_path, clip_transform = gc.get_clip_path()
        if clip_path is not None and clip_transform is not None:
            # matplotlib hands over the transformed Path (its type hints say TransformedPath)
            path = cast(MplPath, clip_path)
            codes = b"" if path.codes is None else np.asarray(path.codes).tobytes()
            key = (np.asarray(path.vertices).tobytes(), codes, clip_transform.get_matrix().tobytes())
            if key not in self._clip_paths:  # every artist in the axes clips to the same circle
                self._clip_paths[key] = self._path(path, clip_transform, clip=None, simplify=False)
            self.canvas.clipPath(self._clip_paths[key], stroke=0, fill=0, fillMode=FILL_NON_ZERO)

    def _path(
        self,
        path: MplPath,
        transform: Transform,
        *,
        clip: tuple[float, float, float, float] | None,
        simplify: bool,
    ) -> PDFPathObject:
        """The path in PDF operators, numbers to 0.01 pt.

        Written here from matplotlib's cleaned arrays: reportlab's path methods format each number in
        pure Python (without its optional C accelerator), which cost more than the rest of the radar.
        """
        cleaned = path.cleaned(transform, remove_nans=True, clip=clip, simplify=simplify, curves=True)
        xy: list[list[float]] = np.asarray(cleaned.vertices, dtype=float).tolist()
        kinds: list[int] = np.asarray(cleaned.codes, dtype=int).tolist()
        code: list[str] = []
        start = last = (0.0, 0.0)
        i = 0
        while i < len(kinds) and kinds[i] != MplPath.STOP:
            kind = kinds[i]
            if kind == MplPath.CLOSEPOLY:
                code.append("h")
                last, i = start, i + 1
            elif kind == MplPath.CURVE4:
                (x1, y1), (x2, y2), (x3, y3) = xy[i : i + 3]
                code.append(f"{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f} {x3:.2f} {y3:.2f} c")
                last, i = (x3, y3), i + 3
            elif kind == MplPath.CURVE3:  # quadratic: the same curve as a cubic
                (sx, sy), ((qx, qy), (ex, ey)) = last, xy[i : i + 2]
                x1, y1 = sx + 2 / 3 * (qx - sx), sy + 2 / 3 * (qy - sy)
                x2, y2 = ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey)
                code.append(f"{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f} {ex:.2f} {ey:.2f} c")
                last, i = (ex, ey), i + 2
            else:
                x, y = xy[i]
                code.append(f"{x:.2f} {y:.2f} {'m' if kind == MplPath.MOVETO else 'l'}")
                last, i = (x, y), i + 1
                if kind == MplPath.MOVETO:
                    start = last
        return PDFPathObject(code)


def _alphas(gc: GraphicsContextBase, rgb_face: Any) -> tuple[float, float]:
    """(stroke, fill) opacity, by the rules of matplotlib's PDF backend."""
    if gc.get_forced_alpha():
        alpha = float(gc.get_alpha())
        return alpha, alpha
    stroke = float(gc.get_rgb()[3])
    fill = float(rgb_face[3]) if rgb_face is not None and len(rgb_face) > 3 else 1.0
    return stroke, fill
