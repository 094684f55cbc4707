"""The radar chart core: the figure's data, in-place updates, hit testing, layout and export."""

from __future__ import annotations

import ast
import dataclasses
import itertools
import math
from pathlib import Path

import matplotlib
import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.image import imread

from ambitieweb.catalogue import Catalogue
from ambitieweb.charts import (
    RadarData,
    RadarPlot,
    RadarStyle,
    build_figure,
    contrast_ratio,
    render_png_bytes,
    save_radar,
)
from ambitieweb.charts import radar as radar_module

LONG = "Ketenverantwoordelijkheid (Internationale Sociale Voorwaarden)"


def levels(count: int, offset: int = 0) -> tuple[int, ...]:
    """A repeatable mix of every level 0..3."""
    return tuple((i + offset) % 4 for i in range(count))


def make_data(count: int, **changes: object) -> RadarData:
    data = RadarData(
        labels=tuple(f"Thema {i + 1}" for i in range(count)),
        ambition=levels(count, 1),
        current=levels(count, 2),
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def drawn(data: RadarData, style: RadarStyle | None = None) -> RadarPlot:
    figure, plot = build_figure(data, style or RadarStyle())
    figure.canvas.draw()
    return plot


def theme_names(catalogue: Catalogue, framework_id: str) -> tuple[str, ...]:
    return tuple(theme.name for theme in catalogue.framework(framework_id).themes)


@pytest.mark.parametrize("count", [3, 7, 12, 16])
def test_the_polygons_follow_the_levels_clockwise_from_twelve_o_clock(count: int) -> None:
    data = make_data(count, reference=levels(count, 3))
    plot = drawn(data)
    thetas = np.arange(count) * 2 * np.pi / count

    xy = plot.ambition_fill.get_xy()
    assert np.allclose(xy[:count, 0], thetas)
    assert np.allclose(xy[:count, 1], data.ambition)
    reference = data.reference or ()
    assert np.allclose(np.asarray(plot.current_line.get_ydata()), [*data.current, data.current[0]])
    assert np.allclose(np.asarray(plot.reference_line.get_ydata()), [*reference, reference[0]])
    # Markers only where a level is set; the unset ones get their own marker.
    marked = np.asarray(plot.ambition_markers.get_ydata(), dtype=float)
    assert [int(v) if not math.isnan(v) else 0 for v in marked] == list(data.ambition)
    unset = np.asarray(plot.unset_markers.get_ydata(), dtype=float)
    assert [not math.isnan(v) for v in unset] == [a == 0 for a in data.ambition]

    # On screen: theme 0 straight above the centre, theme 1 clockwise (to the right).
    cx, cy = plot.point(0, 0)
    x0, y0 = plot.point(0, 3)
    x1, _ = plot.point(1, 3)
    assert abs(x0 - cx) < 0.5 and y0 > cy
    assert x1 > cx


def test_current_is_dashed_and_the_reference_faint_and_thin() -> None:
    plot = drawn(make_data(6, reference=(2,) * 6))
    style = plot.style
    assert plot.current_line.get_linestyle() not in ("-", "solid")
    assert plot.reference_line.get_linewidth() < plot.current_line.get_linewidth()
    assert contrast_ratio(style.reference, style.background) < contrast_ratio(style.text, style.background)


def test_the_reference_outline_and_its_legend_entry_come_and_go() -> None:
    plot = drawn(make_data(6))
    assert not plot.reference_line.get_visible()
    assert [t.get_text() for t in plot.legend.get_texts()] == ["Ambitie", "Huidige situatie"]

    changed = plot.update(dataclasses.replace(plot.data, reference=(1, 2, 3, 1, 2, 3)))
    assert plot.reference_line.get_visible()
    assert plot.reference_line in changed
    assert [t.get_text() for t in plot.legend.get_texts()] == [
        "Ambitie",
        "Huidige situatie",
        "Generiek ambitieweb",
    ]
    plot.update(dataclasses.replace(plot.data, reference=None))
    assert not plot.reference_line.get_visible()


def test_legend_texts_come_from_the_data_so_the_gui_can_translate() -> None:
    data = make_data(
        5,
        reference=(1,) * 5,
        legend_ambition="Ambition",
        legend_current="Current situation",
        legend_reference="Generic web",
        level_names=("basic", "significant", "ambitious"),
    )
    plot = drawn(data)
    assert [t.get_text() for t in plot.legend.get_texts()] == ["Ambition", "Current situation", "Generic web"]
    assert [t.get_text() for t in plot.overlay_artists()] == ["1 basic", "2 significant", "3 ambitious"]


def test_the_highlighted_theme_has_a_boxed_label_a_sector_and_a_thicker_axis() -> None:
    plot = drawn(make_data(8, highlight=5))
    assert plot.highlight_axis.get_visible() and plot.highlight_sector.get_visible()
    assert np.allclose(np.asarray(plot.highlight_axis.get_xdata()), [5 * 2 * np.pi / 8] * 2)
    assert plot.highlight_axis.get_linewidth() > plot.style.grid_width
    # A framed box behind the label (not colour alone); the label keeps its weight, so its size and
    # the layout stay the same whichever theme is highlighted.
    box = plot.highlight_box.get_window_extent()
    label = plot.label_artists()[5].get_window_extent()
    assert box.x0 < label.x0 and box.y0 < label.y0 and box.x1 > label.x1 and box.y1 > label.y1
    assert plot.highlight_box.get_edgecolor()[:3] == pytest.approx(to_rgb(plot.style.text))
    assert plot.highlight_box.get_zorder() < plot.label_artists()[5].get_zorder()
    assert {label.get_fontweight() for label in plot.label_artists()} == {"normal"}

    plot.update(dataclasses.replace(plot.data, highlight=None))
    assert not any(artist.get_visible() for artist in plot.highlight_artists())


def test_moving_the_highlight_needs_no_new_layout() -> None:
    plot = drawn(make_data(12, highlight=0))
    positions = [list(label.get_window_extent().extents) for label in plot.label_artists()]
    changed = plot.update(dataclasses.replace(plot.data, highlight=7))
    assert set(changed) == set(plot.highlight_artists())
    plot.figure.canvas.draw()
    assert [list(label.get_window_extent().extents) for label in plot.label_artists()] == positions
    box, label = plot.highlight_box.get_window_extent(), plot.label_artists()[7].get_window_extent()
    assert box.x0 < label.x0 < label.x1 < box.x1


def test_update_changes_the_same_artists_in_place() -> None:
    plot = drawn(make_data(12))
    axes, artists, builds = plot.axes, plot.data_artists(), plot.builds
    new = dataclasses.replace(plot.data, ambition=(3,) * 12, current=(1,) * 12)

    changed = plot.update(new)

    assert plot.axes is axes and plot.data_artists() == artists and plot.builds == builds
    assert set(changed) <= set(artists)
    assert plot.ambition_fill in changed and plot.current_line in changed
    assert np.allclose(plot.ambition_fill.get_xy()[:12, 1], 3)
    assert plot.update(new) == []  # nothing changed, nothing to draw


def test_new_names_for_the_same_themes_change_the_labels_in_place() -> None:
    plot = drawn(make_data(6))
    axes, labels, builds = plot.axes, plot.label_artists(), plot.builds
    changed = plot.update(dataclasses.replace(plot.data, labels=tuple("ABCDEF")))
    assert plot.axes is axes and plot.label_artists() == labels and plot.builds == builds
    assert [label.get_text() for label in labels] == list("ABCDEF")
    assert set(labels) <= set(changed)


def test_a_different_number_of_themes_rebuilds_the_axes() -> None:
    plot = drawn(make_data(6))
    axes, builds = plot.axes, plot.builds
    plot.update(make_data(9))
    assert plot.axes is not axes and plot.builds == builds + 1
    assert plot.figure.axes == [plot.axes]
    assert len(plot.label_artists()) == 9
    assert plot.ambition_fill.get_xy().shape[0] in (9, 10)
    plot.figure.canvas.draw()  # the layout engine survives the rebuild
    assert plot.axes.get_position().bounds != pytest.approx((0.1, 0.1, 0.8, 0.8))


@pytest.mark.parametrize("count", [3, 5, 7, 12, 16])
def test_hit_test_maps_a_ring_on_an_axis_back_to_theme_and_level(count: int) -> None:
    plot = drawn(make_data(count))
    theme = 4 % count
    assert plot.hit_test(*plot.point(theme, 2)) == (theme, 2)
    for level in (1, 2, 3):
        assert plot.hit_test(*plot.point(count - 1, level)) == (count - 1, level)
    assert plot.hit_test(*plot.point(theme, 2.4)) == (theme, 2)
    assert plot.hit_test(*plot.point(theme, 2.6)) == (theme, 3)
    assert plot.hit_test(*plot.point(theme, 0.2)) == (theme, 0)  # the centre: not set
    assert plot.hit_test(*plot.point(theme, 4.5)) is None  # out on the labels


@pytest.mark.parametrize("count", [3, 12])
def test_hit_test_ignores_points_between_axes(count: int) -> None:
    plot = drawn(make_data(count))
    step = 2 * np.pi / count
    x, y = plot.axes.transData.transform((step / 2, 2.0))
    assert plot.hit_test(x, y) is None
    x, y = plot.axes.transData.transform((step * 0.2, 2.0))  # close enough to axis 0
    assert plot.hit_test(x, y) == (0, 2)


def test_level_at_reads_the_nearest_ring_whatever_the_angle() -> None:
    plot = drawn(make_data(6))
    assert plot.level_at(*plot.point(2, 0.1)) == 0
    assert plot.level_at(*plot.point(3, 1.2)) == 1
    assert plot.level_at(*plot.point(3, 9.0)) == 3


def test_hit_test_works_at_another_size_and_dpi() -> None:
    figure, plot = build_figure(make_data(7), size_inches=(4, 3), dpi=200)
    figure.canvas.draw()
    assert plot.hit_test(*plot.point(4, 2)) == (4, 2)


def test_long_labels_are_wrapped() -> None:
    names = ("Klimaat", LONG, "Social return", "Diversiteit en inclusie")
    plot = drawn(RadarData(names, (1, 2, 3, 0), (1, 1, 1, 1)))
    texts = [label.get_text() for label in plot.label_artists()]
    assert texts[0] == "Klimaat"
    assert "\n" in texts[1] and texts[1].replace("\n", " ") == LONG
    assert all(len(line) <= 25 for line in texts[1].splitlines())  # one long word may stay whole


def label_boxes(plot: RadarPlot) -> list[tuple[float, float, float, float]]:
    boxes = []
    for label in plot.label_artists():
        x0, y0, x1, y1 = label.get_window_extent().extents
        boxes.append((float(x0), float(y0), float(x1), float(y1)))
    return boxes


@pytest.mark.parametrize(
    "framework_id, extra",
    [("mvi-nationaal-plan", 0), ("duurzaam-gww", 0), ("duurzaam-gww", 4)],
    ids=["mvi-7", "gww-12", "gww-plus-mvi-16"],
)
@pytest.mark.parametrize("size", [(6, 6), (4, 4), (8, 5)], ids=lambda s: f"{s[0]}x{s[1]}in")
def test_labels_stay_inside_the_figure_and_apart(
    catalogue: Catalogue, framework_id: str, extra: int, size: tuple[float, float]
) -> None:
    names = theme_names(catalogue, framework_id) + theme_names(catalogue, "mvi-nationaal-plan")[2 : 2 + extra]
    count = len(names)
    data = RadarData(
        names, levels(count, 1), levels(count, 2), reference=(2,) * count, highlight=1, title="T"
    )
    figure, plot = build_figure(data, size_inches=size)
    figure.canvas.draw()
    width, height = figure.bbox.width, figure.bbox.height
    boxes = label_boxes(plot)
    for x0, y0, x1, y1 in boxes:
        assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height
    for a, b in itertools.combinations(boxes, 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # The web itself stays big enough; long names in a small figure take their share.
    share = 0.45 if min(size) >= 5 else 0.25 if count == 16 else 0.35
    assert plot.axes.bbox.width >= share * min(width, height)
    assert plot.label_scale >= plot.style.min_label_scale


@pytest.mark.parametrize("size", [(6, 6), (3.2, 3.2), (12.8, 8)], ids=lambda s: f"{s[0]}x{s[1]}in")
def test_the_legend_on_show_fits_and_leaves_the_labels_alone(
    catalogue: Catalogue, size: tuple[float, float]
) -> None:
    names = theme_names(catalogue, "mvi-nationaal-plan")[:6]
    data = RadarData(names, (3, 2, 2, 1, 0, 2), (1, 1, 2, 0, 1, 1), reference=(2,) * 6, highlight=3)
    figure, plot = build_figure(data, size_inches=size)
    figure.canvas.draw()
    shown = [legend for legend in figure.legends if legend.get_visible()]
    assert shown == [plot.legend]
    box = plot.legend.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width and box.y0 >= 0
    for x0, y0, x1, _y1 in label_boxes(plot):
        assert y0 >= box.y1 or x1 <= box.x0 or x0 >= box.x1


def test_a_draw_after_a_resize_only_moves_artists(catalogue: Catalogue) -> None:
    """The layout runs inside the draw, after the figure has listed what to draw: it must not add any."""
    names = theme_names(catalogue, "duurzaam-gww")
    figure, plot = build_figure(RadarData(names, (2,) * 12, (1,) * 12, reference=(1,) * 12, title="T"))
    figure.canvas.draw()
    before = figure.get_children()
    figure.set_size_inches(3.2, 3.2)
    figure.canvas.draw()
    assert figure.get_children() == before
    assert plot.legend.get_window_extent().x1 <= figure.bbox.width


def test_a_long_title_and_a_big_legend_are_fitted_to_the_width(catalogue: Catalogue) -> None:
    names = theme_names(catalogue, "duurzaam-gww")
    data = RadarData(names, (2,) * 12, (1,) * 12, reference=(1,) * 12, title="Reconstructie N123 " * 3)
    figure, plot = build_figure(data, RadarStyle.projector())
    figure.canvas.draw()
    for artist in (plot.title_text, plot.legend):
        box = artist.get_window_extent()
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width
    assert "\n" in plot.title_text.get_text()


def test_save_radar_writes_png_svg_and_pdf(tmp_path: Path, catalogue: Catalogue) -> None:
    names = theme_names(catalogue, "mvi-nationaal-plan")[:6]
    data = RadarData(
        names, (3, 2, 2, 1, 0, 2), (1, 1, 2, 0, 1, 1), reference=(2,) * 6, highlight=3, title="Wébsite €"
    )

    png = save_radar(data, tmp_path / "radar.png", dpi=50)
    assert imread(png).shape[:2] == (300, 300)  # 6 inch at 50 dpi
    svg = save_radar(data, tmp_path / "radar.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Klimaat" in svg and "Wébsite €" in svg  # real, searchable text
    assert (save_radar(data, tmp_path / "radar.pdf")).read_bytes().startswith(b"%PDF")
    other = save_radar(data, tmp_path / "radar.bin", format="PNG", dpi=20)
    assert other.read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="unknown radar format"):
        save_radar(data, tmp_path / "radar.gif")


def test_render_png_bytes_for_the_reports() -> None:
    data = make_data(5)
    png = render_png_bytes(data, dpi=40)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) < len(render_png_bytes(data, dpi=120))


def test_drawing_and_saving_leave_global_matplotlib_settings_alone(tmp_path: Path) -> None:
    before = dict(matplotlib.rcParams)
    save_radar(make_data(6), tmp_path / "radar.svg")
    drawn(make_data(6, title="x"))
    assert dict(matplotlib.rcParams) == before


def test_the_chart_core_uses_neither_pyplot_nor_qt() -> None:
    for path in Path(radar_module.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        imported = [
            alias.name if isinstance(node, ast.Import) else node.module or ""
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        forbidden = [name for name in imported if "pyplot" in name or name.startswith(("PySide6", "PyQt"))]
        assert not forbidden, path


@pytest.mark.parametrize("style", [RadarStyle(), RadarStyle.projector()], ids=["screen", "projector"])
def test_colours_are_legible(style: RadarStyle) -> None:
    for text in (style.text, style.ring_text):
        assert contrast_ratio(text, style.background) >= 4.5
    for graphic in (style.ambition, style.current, style.reference):
        assert contrast_ratio(graphic, style.background) >= 3.0
    assert contrast_ratio(style.ambition, style.current) > 1.0


def test_projector_style_is_bigger_and_bolder() -> None:
    screen, projector = RadarStyle(), RadarStyle.projector()
    assert projector.label_size > screen.label_size
    assert projector.line_width > screen.line_width
    assert projector.marker_size > screen.marker_size


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"labels": ("a", "b"), "ambition": (1, 1), "current": (1, 1)}, "3 to 16 themes"),
        ({"ambition": (1, 2, 4)}, "levels must be"),
        ({"current": (1, 2)}, "2 levels for 3 themes"),
        ({"reference": (1, 2, 3, 0)}, "4 levels for 3 themes"),
        ({"highlight": 3}, "not a theme index"),
    ],
)
def test_radar_data_refuses_what_it_cannot_draw(changes: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"labels": ("a", "b", "c"), "ambition": (1, 2, 3), "current": (0, 0, 0)}
    with pytest.raises(ValueError, match=message):
        RadarData(**{**base, **changes})  # type: ignore[arg-type]


def test_radar_data_accepts_lists_and_level_enums() -> None:
    from ambitieweb.model.levels import Level

    data = RadarData(["a", "b", "c"], [Level.BASIS, 2, 3], [0, 0, 0])  # type: ignore[arg-type]
    assert data.ambition == (1, 2, 3) and type(data.ambition[0]) is int
    assert data.labels == ("a", "b", "c")


def test_dollar_signs_in_user_text_are_not_read_as_formulas() -> None:
    from matplotlib.figure import Figure

    data = RadarData(("Kosten $5 tot $10", "Water", "Lucht"), (1, 2, 3), (0, 1, 2), title="Budget $1 - $2")
    plot = RadarPlot(Figure(), data)
    texts = [t for t in [*plot.label_artists(), plot.title_text] if "$" in t.get_text()]
    assert len(texts) == 2 and not any(t.get_parse_math() for t in texts)
    assert render_png_bytes(data, 50).startswith(b"\x89PNG")
