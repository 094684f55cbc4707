"""The radar's optional layers (votes, earlier version, flags), its geometry for the screen, and exports."""

from __future__ import annotations

import dataclasses
import io
import math
from typing import Any

import numpy as np
import pytest
from matplotlib.colors import to_rgb

from ambitieweb.charts import RadarData, RadarPlot, RadarStyle, build_figure, contrast_ratio
from ambitieweb.charts.radar import LEVELS
from ambitieweb.model.votes import Distribution

NAMES = ("Klimaat", "Milieu", "Circulair", "Ketenverantwoordelijkheid", "Diversiteit", "Social return")


def six(**changes: Any) -> RadarData:
    data = RadarData(NAMES, ambition=(3, 2, 0, 1, 2, 2), current=(1, 1, 0, 1, 2, 1))
    return dataclasses.replace(data, **changes)


def votes(*counts: tuple[int, int, int] | None) -> tuple[Distribution | None, ...]:
    return tuple(None if c is None else Distribution(c) for c in counts)


def drawn(data: RadarData, style: RadarStyle | None = None) -> tuple[RadarPlot, np.ndarray[Any, Any]]:
    """The radar drawn at 100 dpi and its pixels (RGB, first row at the top)."""
    figure, plot = build_figure(data, style or RadarStyle())
    figure.canvas.draw()
    pixels = np.asarray(figure.canvas.buffer_rgba())[..., :3].astype(int)  # type: ignore[attr-defined]
    return plot, pixels


def pixel(
    plot: RadarPlot, pixels: np.ndarray[Any, Any], theme: int, radius: float, aside: float = 0.0
) -> Any:
    """The colour at `radius` on a theme's axis, `aside` pixels to the right of the axis (clockwise)."""
    x, y = plot.point(theme, radius)
    theta = 2 * math.pi * theme / plot.data.size
    x, y = x + aside * math.cos(theta), y - aside * math.sin(theta)
    return pixels[round(pixels.shape[0] - y), round(x)]


# -- data ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"votes": votes((1, 0, 0), None)}, "votes has 2 entries for 6 themes"),
        ({"votes": (1, 2, 3, 1, 2, 3)}, "Distribution or None"),
        ({"earlier": (1, 2, 3)}, "earlier has 3 levels for 6 themes"),
        ({"earlier": (1, 2, 3, 1, 2, 5)}, "earlier levels must be"),
        ({"flagged": (True, False)}, "flagged has 2 entries for 6 themes"),
    ],
)
def test_wrong_layers_are_refused_with_a_clear_message(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        six(**changes)


def test_layers_are_optional_and_normalised() -> None:
    data = six(earlier=[1, 2, 3, 1, 2, 3], flagged=[1, 0, 0, 0, 0, 0], votes=[None] * 6)
    assert data.earlier == (1, 2, 3, 1, 2, 3) and data.flagged == (True, False, False, False, False, False)
    assert data.votes == (None,) * 6
    assert six().votes is None and six().earlier is None and six().flagged is None


def test_the_legend_lists_the_layers_given() -> None:
    assert six().legend_entries() == ("Ambitie", "Huidige situatie")
    # Given but empty for now (no votes yet, nothing lowered): the legend already explains them, so it
    # need not change (a new layout) when the first vote or flag comes.
    waiting = six(votes=(None,) * 6, flagged=(False,) * 6)
    assert waiting.legend_entries() == (
        "Ambitie",
        "Huidige situatie",
        "Stemmen: mediaan en spreiding",
        "Ambitie verlaagd",
    )
    everything = six(
        reference=(2,) * 6,
        earlier=(3,) * 6,
        votes=votes((1, 2, 0), None, None, None, None, None),
        flagged=(True, False, False, False, False, False),
    )
    expected = [
        "Ambitie",
        "Huidige situatie",
        "Generiek ambitieweb",
        "Eerdere versie",
        "Stemmen: mediaan en spreiding",
        "Ambitie verlaagd",
    ]
    assert list(everything.legend_entries()) == expected
    plot, _pixels = drawn(everything)
    assert [text.get_text() for text in plot.legend.get_texts()] == expected
    english = dataclasses.replace(everything, legend_earlier="Earlier version", legend_votes="Votes")
    assert "Earlier version" in english.legend_entries() and "Votes" in english.legend_entries()


# -- drawing ------------------------------------------------------------------------------------------


def test_votes_are_a_band_from_lowest_to_highest_with_the_median_across() -> None:
    # Theme 2 (not set, so no fill around) has votes 1 and 3: a band over the whole range, median 2.
    # Theme 4 has an even count, 2 and 3: the median lies halfway, at 2.5.
    data = six(ambition=(0,) * 6, current=(0,) * 6, votes=votes(None, None, (1, 0, 1), None, (0, 1, 1), None))
    plot, pixels = drawn(data)
    segments = [np.asarray(s) for s in plot.vote_bands.get_segments()]
    assert [s[:, 1].tolist() for s in segments] == [[1.0, 3.0], [2.0, 3.0]]
    assert np.asarray(plot.median_bars.get_offsets())[:, 1].tolist() == [2.0, 2.5]
    assert np.asarray(plot.vote_dots.get_offsets())[:, 1].tolist() == [1.0, 3.0, 2.0, 3.0]

    style = plot.style
    band = pixel(plot, pixels, 2, 1.5, aside=3)  # on the band, beside the grid line
    red, green, blue = band
    assert red > green + 20 and blue > green + 10  # reddish purple, at 3:1 on white (WCAG graphics)
    assert contrast_ratio("#{:02x}{:02x}{:02x}".format(*band.tolist()), style.background) >= 3
    assert pixel(plot, pixels, 2, 1.5, aside=20).tolist() == [255, 255, 255]  # beside the band: nothing
    assert pixel(plot, pixels, 1, 1.5, aside=3).tolist() == [255, 255, 255]  # no votes, no band
    median = pixel(plot, pixels, 4, 2.5, aside=4)  # the bar across the band at 2.5
    assert median.max() < 80, median
    assert contrast_ratio(style.median, style.background) >= 4.5


def test_votes_are_drawn_in_the_export_files(tmp_path: Any) -> None:
    from ambitieweb.charts import save_radar

    data = six(votes=votes((2, 1, 0), None, None, None, None, None))
    svg = save_radar(data, tmp_path / "radar.svg").read_text(encoding="utf-8")
    assert "Stemmen: mediaan en spreiding" in svg
    assert "Stemmen" not in save_radar(six(), tmp_path / "plain.svg").read_text(encoding="utf-8")


def test_the_earlier_version_is_a_dotted_outline_apart_from_the_grey_reference() -> None:
    plot, _pixels = drawn(six(reference=(2,) * 6, earlier=(3, 3, 3, 1, 1, 1)))
    assert np.asarray(plot.earlier_line.get_ydata()).tolist() == [3, 3, 3, 1, 1, 1, 3]
    assert (
        plot.earlier_line.get_linestyle() not in ("-", "solid") and plot.reference_line.get_linestyle() == "-"
    )
    assert to_rgb(plot.earlier_line.get_color()) != to_rgb(plot.reference_line.get_color())
    assert plot.earlier_line.get_dash_capstyle() == "round"  # dots
    plain, _pixels = drawn(six())
    assert not plain.earlier_line.get_visible()


def test_flags_mark_the_lowered_themes_outside_the_outer_ring() -> None:
    plot, pixels = drawn(six(flagged=(False, True, False, False, True, False)))
    ydata = np.asarray(plot.flag_markers.get_ydata(), dtype=float)
    assert [not math.isnan(v) for v in ydata] == [False, True, False, False, True, False]
    assert plot.flag_markers.get_marker() == "v"  # a shape of its own, not only a colour
    assert plot.flag_markers.get_markeredgecolor() == plot.style.flag_edge
    geometry = plot.geometry()
    half = plot.style.flag_size / 2 * geometry.points
    assert geometry.flag_radius * geometry.unit - half > LEVELS[-1] * geometry.unit  # clear of the ring
    assert pixel(plot, pixels, 1, geometry.flag_radius).tolist() == [230, 159, 0]  # orange
    assert pixel(plot, pixels, 2, geometry.flag_radius).tolist() == [255, 255, 255]
    assert not drawn(six())[0].flag_markers.get_visible()


def test_updates_of_the_layers_change_only_dynamic_artists() -> None:
    start = six(
        reference=(2,) * 6,
        earlier=(3,) * 6,
        votes=votes((1, 0, 0), None, None, None, None, None),
        flagged=(True,) + (False,) * 5,
        highlight=0,
    )
    plot, _pixels = drawn(start)
    dynamic = set(plot.dynamic_artists())
    for changes in (
        {"ambition": (1,) * 6},
        {"current": (3,) * 6},
        {"highlight": 4},
        {"votes": votes((1, 0, 0), (0, 2, 2), None, None, None, None)},
        {"earlier": (2,) * 6},
        {"reference": (1,) * 6},
        {"flagged": (False, True) + (False,) * 4},
    ):
        changed = plot.update(dataclasses.replace(plot.data, **changes))
        assert changed and set(changed) <= dynamic, changes
    # A new legend entry or new names need a new layout: not dynamic.
    assert not set(plot.update(dataclasses.replace(plot.data, earlier=None))) <= dynamic
    assert not set(plot.update(dataclasses.replace(plot.data, labels=tuple("ABCDEF")))) <= dynamic


def test_the_geometry_locates_the_axes_and_labels_as_drawn() -> None:
    plot, _pixels = drawn(six(highlight=2))
    geometry = plot.geometry()
    for theme in range(6):
        for radius in (0.0, 1.0, 2.5, 3.0):
            assert geometry.point(theme, radius) == pytest.approx(plot.point(theme, radius))
    for box, label in zip(geometry.label_boxes, plot.label_artists(), strict=True):
        assert box == pytest.approx(tuple(label.get_window_extent().extents))
    assert (geometry.width, geometry.height, geometry.dpi) == (600, 600, 100)


def test_an_export_at_another_dpi_lays_out_at_that_dpi() -> None:
    """A text measures itself with the renderer of its last draw: the layout must not use an old one."""
    data = six(title="Reconstructie", reference=(2,) * 6, highlight=3)
    shares = []
    for dpi in (100, 300):
        figure, plot = build_figure(data)  # built at 100 dpi
        figure.savefig(io.BytesIO(), format="png", dpi=dpi)
        geometry = plot.geometry()
        for x0, y0, x1, y1 in geometry.label_boxes:
            assert x0 >= 0 and x1 <= geometry.width and y0 >= 0 and y1 <= geometry.height, dpi
        shares.append(geometry.unit / geometry.width)
    assert shares[0] == pytest.approx(shares[1], rel=0.03)  # the same picture, only sharper


def test_projector_style_makes_the_new_layers_bigger_too() -> None:
    screen, projector = RadarStyle(), RadarStyle.projector()
    for name in ("earlier_width", "vote_band_width", "median_length", "median_width", "flag_size"):
        assert getattr(projector, name) > getattr(screen, name), name


@pytest.mark.parametrize("style", [RadarStyle(), RadarStyle.projector()], ids=["screen", "projector"])
def test_the_new_layers_are_legible(style: RadarStyle) -> None:
    assert contrast_ratio(style.earlier, style.background) >= 3.0
    assert contrast_ratio(style.votes, style.background) >= 3.0  # the vote dots
    for dark in (style.median, style.flag_edge):
        assert contrast_ratio(dark, style.background) >= 4.5
    colours = {style.ambition, style.current, style.reference, style.earlier, style.votes, style.flag}
    assert len(colours) == 6


def test_animated_artists_catch_up_when_animation_ends() -> None:
    """On screen the dynamic artists are painted by the widget, so updates leave them alone until then."""
    plot, _pixels = drawn(six())
    plot.set_animated(True)
    plot.update(dataclasses.replace(plot.data, ambition=(1,) * 6, highlight=2, flagged=(True,) * 6))
    assert plot.data.ambition == (1,) * 6
    assert not plot.highlight_axis.get_visible()  # not brought up to date while animated
    plot.set_animated(False)
    assert np.allclose(plot.ambition_fill.get_xy()[:6, 1], 1)
    assert plot.highlight_axis.get_visible() and plot.flag_markers.get_visible()
