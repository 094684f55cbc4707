"""Fitting the circle and its theme labels into a figure: pure geometry in display pixels."""

from __future__ import annotations


def fit_circle(
    directions: list[tuple[float, float]],
    boxes: list[tuple[float, float, float, float]],
    pads: list[float],
    area: tuple[float, float, float, float],
) -> tuple[float, float, float, list[tuple[float, float, float, float]]]:
    """The largest circle whose labels fit in `area` (left, right, bottom, top), all in pixels.

    Label i's box (x0, x1, y0, y1) is given relative to its anchor at (radius + pads[i]) along its
    direction (sin, cos). The centre moves so that the whole drawing, not just the circle, is centred.
    Returns the centre, the radius and the labels' boxes where they land.
    """
    left, right, bottom, top = area
    labels = list(zip(directions, boxes, pads, strict=True))

    def largest(cx: float, cy: float) -> float:
        limits = [cx - left, right - cx, cy - bottom, top - cy]
        for (ux, uy), (x0, x1, y0, y1), pad in labels:
            if ux > 1e-6:
                limits.append((right - cx - x1) / ux - pad)
            elif ux < -1e-6:
                limits.append((left - cx - x0) / ux - pad)
            if uy > 1e-6:
                limits.append((top - cy - y1) / uy - pad)
            elif uy < -1e-6:
                limits.append((bottom - cy - y0) / uy - pad)
        return max(min(limits), 0.15 * min(right - left, top - bottom))

    def placed(cx: float, cy: float, radius: float) -> list[tuple[float, float, float, float]]:
        return [
            (
                cx + (radius + pad) * ux + x0,
                cx + (radius + pad) * ux + x1,
                cy + (radius + pad) * uy + y0,
                cy + (radius + pad) * uy + y1,
            )
            for (ux, uy), (x0, x1, y0, y1), pad in labels
        ]

    cx, cy = (left + right) / 2, (bottom + top) / 2
    for _ in range(2):
        radius = largest(cx, cy)
        around = placed(cx, cy, radius)
        xs = [cx - radius, cx + radius, *(b[0] for b in around), *(b[1] for b in around)]
        ys = [cy - radius, cy + radius, *(b[2] for b in around), *(b[3] for b in around)]
        cx += (left + right - min(xs) - max(xs)) / 2
        cy += (bottom + top - min(ys) - max(ys)) / 2
    radius = largest(cx, cy)
    return cx, cy, radius, placed(cx, cy, radius)


def overlaps(boxes: list[tuple[float, float, float, float]], gap: float) -> list[tuple[int, int]]:
    """The pairs (i < j) of boxes (x0, x1, y0, y1) that come closer than `gap`."""
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], start=i + 1)
        if a[0] < b[1] + gap and b[0] < a[1] + gap and a[2] < b[3] + gap and b[2] < a[3] + gap
    ]
