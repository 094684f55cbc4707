"""The heat map and the timeline as matplotlib draws them (the plan's steps on screen, the Word file):
every cell and bar is there, in its colour, inside the axes; the limits stay the ones set (the cells
are added without widening them); the names are where tick labels would be, as plain texts."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from ambitieweb.charts.heatmap import SCALE, HeatmapData, cell_colours, draw_heatmap, heatmap_size
from ambitieweb.charts.timeline import GROUP_COLOURS, TimelineData, TimelineItem, draw_timeline, timeline_size


def texts(figure: Figure) -> dict[str, Text]:
    [axes] = figure.axes
    return {t.get_text(): t for t in axes.texts}


def rectangles(figure: Figure) -> list[Rectangle]:
    [axes] = figure.axes
    return [a for a in axes.get_children() if type(a) is Rectangle and a is not axes.patch]


def test_every_heat_map_cell_is_drawn_in_its_colour_within_the_limits() -> None:
    data = HeatmapData(
        rows=("Energie", "ICT", "Catering"),
        columns=("Klimaat", "Circulair"),
        scores=((1, 5), (None, 3), (2, 4)),
        row_notes=("€ 2 mln", "", "€ 0,4 mln"),
        marked_columns=(1,),
    )
    figure = Figure(figsize=heatmap_size(data), dpi=72)
    draw_heatmap(figure, data)
    [axes] = figure.axes
    assert axes.get_xlim() == (0, 2) and axes.get_ylim() == (3, 0)
    cells = {(r.get_x(), r.get_y()): r for r in rectangles(figure)}
    assert len(cells) == 6
    for row, scores in enumerate(data.scores):
        for column, score in enumerate(scores):
            cell = cells[column, row]
            assert (
                cell.get_facecolor()
                == Rectangle((0, 0), 1, 1, facecolor=cell_colours(score)[0]).get_facecolor()
            )
            assert cell.get_clip_box() is not None  # clipped to the axes, as add_patch did
    figure.canvas.draw()  # and it draws
    assert axes.get_xlim() == (0, 2) and axes.get_ylim() == (3, 0)
    assert len(SCALE) == 5
    assert not axes.get_xticks().size and not axes.get_yticks().size  # no ticks: plain texts
    labels = texts(figure)
    assert labels["Circulair"].get_fontweight() == "bold" and labels["Klimaat"].get_fontweight() == "normal"
    assert (
        labels["Circulair"].get_rotation() == 40 and labels["Circulair"].get_horizontalalignment() == "left"
    )
    assert (
        labels["ICT"].get_horizontalalignment() == "right"
        and labels["Energie\n€ 2 mln"].get_verticalalignment() == "center_baseline"
    )
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    box, top_name = axes.get_window_extent(renderer), labels["Klimaat"].get_window_extent(renderer)
    left_name = labels["ICT"].get_window_extent(renderer)
    assert top_name.y0 > box.y1 and left_name.x1 < box.x0  # above and left of the cells
    assert box.y0 < (left_name.y0 + left_name.y1) / 2 < box.y1


def test_every_timeline_bar_is_drawn_within_the_limits() -> None:
    data = TimelineData(
        quarters=("K1", "K2", "K3", "K4"),
        years=(("2027", 4),),
        items=(TimelineItem("Inkoop energie", 0, 2, 0), TimelineItem("Nieuwe ICT", 3, 5, 1)),
        groups=("gepland", "bezig"),
    )
    figure = Figure(figsize=timeline_size(data), dpi=72)
    draw_timeline(figure, data)
    [axes] = figure.axes
    bars = sorted(rectangles(figure), key=lambda r: r.get_y())
    assert [round(b.get_x(), 2) for b in bars] == [0.08, 3.08]
    assert round(bars[1].get_width(), 2) == 0.84  # cut at the last quarter
    assert bars[1].get_facecolor() == Rectangle((0, 0), 1, 1, facecolor=GROUP_COLOURS[1]).get_facecolor()
    figure.canvas.draw()
    assert axes.get_xlim() == (0, 4) and axes.get_ylim() == (2, 0)
    labels = texts(figure)
    assert {"K1", "K4", "Inkoop energie", "Nieuwe ICT", "2027"} <= set(labels)
    assert labels["K1"].get_fontsize() == 7.5 and labels["Nieuwe ICT"].get_fontsize() == 8
