"""What a grabbed widget shows, measured in its pixels: tests that look at a screen say what they see."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QWidget


def lightness(image: QImage | QPixmap) -> np.ndarray:
    """The image as a grey-scale array (0 black … 255 white), rows by columns."""
    grey = (image.toImage() if isinstance(image, QPixmap) else image).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].copy()


def ink(image: QImage | QPixmap, area: QRect | None = None) -> float:
    """The share of the pixels in `area` (default: all) that stand out from its background (its most
    common shade) by more than 80 of 255: text, lines and fills a person sees, not an empty box."""
    grey = lightness(image)
    if area is not None:
        grey = grey[area.top() : area.bottom() + 1, area.left() : area.right() + 1]
    if grey.size == 0:
        return 0.0
    background = int(np.bincount(grey.ravel(), minlength=256).argmax())
    return float(np.mean(np.abs(grey.astype(np.int16) - background) > 80))


def area_of(widget: QWidget, within: QWidget) -> QRect:
    """Where `widget` is in a grab of `within`, in the grab's pixels (the grab may be at a higher
    device-pixel ratio)."""
    ratio = within.devicePixelRatioF()
    corner = widget.mapTo(within, QPoint(0, 0))
    return QRect(
        round(corner.x() * ratio),
        round(corner.y() * ratio),
        round(widget.width() * ratio),
        round(widget.height() * ratio),
    )
