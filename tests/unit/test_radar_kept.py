"""The documents draw their radars on kept figures, updated in place: what a kept figure draws is what a
figure built anew for the same data draws, to the last PDF operator, whatever it showed before."""

from __future__ import annotations

import io
import threading

import pytest
from matplotlib.figure import Figure
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]  # reportlab has no stubs

from ambitieweb.charts import radar_kept
from ambitieweb.charts.radar import RadarData, RadarStyle, build_figure
from ambitieweb.charts.radar_kept import radar_figure
from ambitieweb.model.votes import Distribution
from ambitieweb.reports.canvas_renderer import draw_figure
from ambitieweb.reports.fonts import register_fonts

FIVE = ("Klimaat", "Circulair", "Social return", "Ketenverantwoordelijkheid (ISV)", "Innovatie")
VARIANTS = [
    RadarData(labels=FIVE, ambition=(2, 3, 1, 2, 0), current=(1, 1, 1, 2, 0)),
    RadarData(
        labels=FIVE,
        ambition=(3, 3, 3, 3, 3),
        current=(0, 1, 2, 3, 1),
        reference=(2, 2, 2, 1, 1),
        title="Schoonmaak 2027",
        highlight=3,
    ),
    RadarData(
        labels=tuple(f"{name} en nog wat meer woorden" for name in FIVE),
        ambition=(1, 2, 3, 2, 1),
        current=(1, 1, 1, 1, 1),
        votes=(Distribution(counts=(2, 4, 4)), None, Distribution(counts=(0, 0, 5)), None, None),
        flagged=(True, False, False, True, False),
        legend_votes="Ambities van 10 webs: laagste tot hoogste",
        level_names=("basis", "flink", "koploper"),
    ),
    RadarData(
        labels=FIVE,
        ambition=(2, 2, 2, 2, 2),
        current=(1, 2, 1, 2, 1),
        earlier=(3, 2, 1, 2, 2),
        realised=(2, None, 1, 3, None),
    ),
    RadarData(labels=FIVE[:3], ambition=(1, 2, 3), current=(1, 1, 1)),  # another theme count
]
SIZE = (6.5, 6.5)


def operators(figure: Figure) -> str:
    canvas = Canvas(io.BytesIO())
    draw_figure(figure, canvas)
    return "\n".join(canvas._code)


@pytest.fixture(autouse=True)
def nothing_kept() -> None:
    register_fonts()
    radar_kept.forget()


def test_a_kept_figure_draws_what_a_new_one_draws_after_any_other_radar() -> None:
    for before in VARIANTS:
        for data in VARIANTS:
            with radar_figure(before, RadarStyle(), SIZE, 72) as figure:
                operators(figure)
            with radar_figure(data, RadarStyle(), SIZE, 72) as figure:
                kept = operators(figure)
            assert kept == operators(build_figure(data, RadarStyle(), SIZE, 72)[0]), (before, data)


def test_a_figure_is_kept_per_size_and_theme_count_and_only_a_few() -> None:
    with radar_figure(VARIANTS[0], RadarStyle(), SIZE, 72) as first:
        pass
    with radar_figure(VARIANTS[1], RadarStyle(), SIZE, 72) as again:
        assert again is first
    with radar_figure(VARIANTS[4], RadarStyle(), SIZE, 72) as three_themes:
        assert three_themes is not first
    for inches in range(1, radar_kept.KEPT + 2):
        with radar_figure(VARIANTS[0], RadarStyle(), (inches, inches), 72):
            pass
    assert len(radar_kept._kept) == radar_kept.KEPT


def test_threads_take_turns() -> None:
    inside, overlaps = [0], []

    def draw(data: RadarData) -> None:
        with radar_figure(data, RadarStyle(), SIZE, 72) as figure:
            inside[0] += 1
            overlaps.append(inside[0])
            operators(figure)
            inside[0] -= 1

    threads = [threading.Thread(target=draw, args=(VARIANTS[i % 4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [1, 1, 1, 1]


def test_the_word_files_png_and_the_pdf_after_it_are_those_of_a_new_figure() -> None:
    """Saved at 120 dpi (Word) and then drawn at 72 (PDF): the layout follows the dpi each time."""
    from ambitieweb.reports.docx_export import figure_png, radar_png

    for data in VARIANTS[:3]:
        assert radar_png(data) == figure_png(build_figure(data, RadarStyle(), SIZE, 72)[0])
        with radar_figure(data, RadarStyle(), SIZE, 72) as figure:
            assert operators(figure) == operators(build_figure(data, RadarStyle(), SIZE, 72)[0])
