"""The session's radar as last drawn, kept in the user's cache folder for the next start.

A full matplotlib draw needs matplotlib (~0.3 s to import) and ~0.15 s of drawing: at start-up that was
most of the wait for the reopened session. The workspace's radar keeps its last full draw here (the
static image, the ring labels and the geometry) and, at the next start, paints it at once when it was
drawn for the same look, size and static part of the data (themes, level names, title, legend) by the
same version of the program. The levels are painted over it as always. The worker's own draw follows
after the first paint and replaces it. Anything wrong with the file (missing, old, damaged, another
size) only means no image: the radar is drawn as without it.

The file: a line `AMBITIEWEB-RADAR`, a JSON header, then the static image and the ring labels as PNG.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from ambitieweb import APP_NAME, __version__
from ambitieweb.charts.radar_data import RadarData
from ambitieweb.charts.radar_shapes import RadarGeometry
from ambitieweb.charts.radar_style import RadarStyle
from ambitieweb.files import write_atomically
from ambitieweb.gui.widgets.radar_paint_layers import Overlay

FORMAT = 1  # of the file; another format is no image (a cache: nothing to upgrade)
MAGIC = b"AMBITIEWEB-RADAR\n"
LARGEST = 64 * 1024 * 1024  # bytes; a bigger file is not read
HEADER_MOST = 64 * 1024  # bytes: the header is a few hundred (the geometry)

Size = tuple[int, int, float]  # device pixels wide and high, dpi


@dataclass(frozen=True)
class CachedRadar:
    key: str  # `key_of` the data and style it was drawn for
    size: Size
    geometry: RadarGeometry
    static: QImage
    overlay: Overlay | None


def default_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "radar.bin"


def key_of(data: RadarData, style: RadarStyle) -> str:
    """What the static image depends on besides its size: the program, the look and the static part."""
    drawn = repr((FORMAT, __version__, dataclasses.astuple(style), data.static_part()))
    return hashlib.sha256(drawn.encode()).hexdigest()


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(90)  # light compression: quick to write and read
    if not writer.write(image):
        raise OSError(writer.errorString())
    return bytes(data.data())


def save(path: Path, cached: CachedRadar) -> None:
    """Write atomically (another window may read it meanwhile); a failure leaves the old file."""
    try:
        static = _png(cached.static)
        overlay = _png(cached.overlay.image) if cached.overlay is not None else b""
    except OSError:
        return
    where = [cached.overlay.left, cached.overlay.top] if cached.overlay is not None else None
    header = {
        "format": FORMAT,
        "program": __version__,
        "key": cached.key,
        "size": list(cached.size),
        "geometry": dataclasses.asdict(cached.geometry),
        "static": len(static),
        "overlay": len(overlay),
        "overlay_at": where,
    }
    content = MAGIC + json.dumps(header).encode() + b"\n" + static + overlay
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content, durable=False)


def _header(content: bytes) -> tuple[dict[str, Any], bytes] | None:
    """The file's header and what follows it, if it is a kept radar of this format."""
    if not content.startswith(MAGIC):
        return None
    line, _, images = content[len(MAGIC) :].partition(b"\n")
    header = json.loads(line)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    return header, images


def drawn_by_this_program(path: Path) -> bool:
    """Whether `path` holds a radar kept by this version of the program (read from its header only):
    at start-up, without one the radar's drawing modules load at once, while the first screen is read."""
    try:
        with path.open("rb") as file:
            found = _header(file.read(HEADER_MOST))
    except (OSError, ValueError):
        return False
    return found is not None and found[0].get("program") == __version__


def load(path: Path, key: str) -> CachedRadar | None:
    """The radar kept in `path` if it was drawn for `key`, else None (whatever is wrong with the file)."""
    try:
        if path.stat().st_size > LARGEST:
            return None
        found = _header(path.read_bytes())
        if found is None or found[0]["key"] != key:
            return None
        header, images = found
        width, height, dpi = header["size"]
        geometry = _geometry(header["geometry"])
        static_length, overlay_length = int(header["static"]), int(header["overlay"])
        if static_length + overlay_length != len(images):
            return None
        static = QImage.fromData(images[:static_length])
        if static.isNull() or (static.width(), static.height()) != (width, height):
            return None
        overlay = None
        if overlay_length:
            image = QImage.fromData(images[static_length:])
            left, top = header["overlay_at"]
            if image.isNull():
                return None
            overlay = Overlay(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), left, top)
        static = static.convertToFormat(QImage.Format.Format_RGB32)
        return CachedRadar(key, (int(width), int(height), float(dpi)), geometry, static, overlay)
    except (OSError, ValueError, KeyError, TypeError, IndexError):  # json's errors are ValueErrors
        return None


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(value)
    return float(value)


def _geometry(fields: dict[str, object]) -> RadarGeometry:
    def numbers(value: object) -> tuple[float, ...]:
        if not isinstance(value, list):
            raise TypeError(value)
        return tuple(_number(item) for item in value)

    boxes = fields["label_boxes"]
    if not isinstance(boxes, list):
        raise TypeError(boxes)
    centre = numbers(fields["centre"])
    if len(centre) != 2:
        raise ValueError(centre)
    return RadarGeometry(
        width=_number(fields["width"]),
        height=_number(fields["height"]),
        dpi=_number(fields["dpi"]),
        centre=(centre[0], centre[1]),
        unit=_number(fields["unit"]),
        thetas=numbers(fields["thetas"]),
        label_boxes=tuple(_box(numbers(box)) for box in boxes),
        label_sizes=numbers(fields["label_sizes"]),
        flag_radius=_number(fields["flag_radius"]),
    )


def _box(values: tuple[float, ...]) -> tuple[float, float, float, float]:
    if len(values) != 4:
        raise ValueError(values)
    return values[0], values[1], values[2], values[3]
