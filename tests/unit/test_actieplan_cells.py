"""The actieplan's table cells stay inside their columns: long words ("Ketenverantwoordelijkheid",
"inspanningsdoel") are broken rather than run over the cell border (issue 17)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]  # reportlab has no stubs
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from ambitieweb.catalogue import Catalogue
from ambitieweb.examples import import_examples
from ambitieweb.reports.actieplan import CELL_SIZE, build_actieplan, wrapped
from ambitieweb.reports.actieplan_content import Table, actieplan_content
from ambitieweb.reports.cell_wrap import split_lines, wrap_cell
from ambitieweb.reports.fonts import BOLD, REGULAR, register_fonts
from ambitieweb.reports.markup import escape
from ambitieweb.reports.pdf_layout import CELL_SIDE_PADDING, ReportDocument, styles
from ambitieweb.store import Repository
from ambitieweb.store.plans import PlanRepository

TEXT_WIDTH = ReportDocument(io.BytesIO(), title="", author="", subject="", footer="").width


def width_of(line: str) -> float:
    return float(stringWidth(line, REGULAR, CELL_SIZE))


def letters(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ketenverantwoordelijkheid", ["Ketenverant-", "woordelijk-", "heid"]),
        ("inspanningsdoel", ["inspannings-", "doel"]),
        ("Social-returnverplichting", ["Social-", "returnver-", "plichting"]),  # its own hyphen first
    ],
)
def test_a_long_word_breaks_where_a_dutch_syllable_may_start(word: str, expected: list[str]) -> None:
    register_fonts()
    assert wrap_cell(word, REGULAR, CELL_SIZE, 60) == expected


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("aeiouklmnprstWMé -/\n"), max_size=120),
    width=st.floats(min_value=30, max_value=200),
)
def test_every_line_fits_and_no_letter_is_lost(text: str, width: float) -> None:
    register_fonts()
    lines = wrap_cell(text, REGULAR, CELL_SIZE, width)
    assert all(width_of(line) <= width + 0.01 for line in lines), lines
    assert letters("".join(lines)) == letters(text)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("aeiouklmnprstWMé -/\t"), max_size=120),
    width=st.floats(min_value=1, max_value=300),  # 0: reportlab does not split at all
    size=st.sampled_from([CELL_SIZE, 8.5, 10]),
)
def test_lines_are_split_as_reportlab_splits_them(text: str, width: float, size: float) -> None:
    """The words are measured once each (remembered), the lines are reportlab's, to the last point."""
    register_fonts()
    for font in (REGULAR, BOLD):
        assert split_lines(text, font, size, width) == simpleSplit(text, font, size, width)


def test_short_words_are_left_to_reportlab() -> None:
    register_fonts()
    text = "social return, aandeel MVI in de gunning"
    assert wrap_cell(text, REGULAR, CELL_SIZE, 70) == simpleSplit(text, REGULAR, CELL_SIZE, 70)
    assert wrap_cell("", REGULAR, CELL_SIZE, 90) == [""]


def test_no_cell_of_the_example_actieplan_is_wider_than_its_column(
    repository: Repository, catalogue: Catalogue
) -> None:
    import_examples(repository, catalogue)
    plans = PlanRepository(repository.engine)
    [summary] = plans.list_plans()
    plan = plans.get(summary.id)
    webs = plans.web_facts(plan.referenced_webs())
    framework = catalogue.framework(plan.framework_id)
    document = actieplan_content(plan, webs, framework)
    tables = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    assert len(tables) >= 6
    long_words = 0
    for table in tables:
        widths = [TEXT_WIDTH * share for share in table.widths]
        for column, text in enumerate(table.header):  # headers are Paragraphs: reportlab splits them
            head = Paragraph(escape(text), styles().cell_head)
            head.wrap(widths[column] - 2 * CELL_SIDE_PADDING, 10_000)
            assert all(line[0] >= -0.01 for line in head.blPara.lines), text
            for word in text.split():  # and no header word is cut in two ("Wannee" / "r")
                assert stringWidth(word, BOLD, 8.5) <= widths[column] - 2 * CELL_SIDE_PADDING, word
        for row in table.rows:
            for cell, width in zip(row, widths, strict=True):
                lines = wrapped(cell, width).split("\n")
                assert all(width_of(line) <= width - 2 * CELL_SIDE_PADDING + 0.01 for line in lines), cell
                long_words += any(width_of(w) > width - 2 * CELL_SIDE_PADDING for w in cell.split())
    assert long_words >= 5, "the example has words wider than their column (the case that overran)"
    out = io.BytesIO()
    build_actieplan(plan, webs, framework, out)
    assert out.getvalue().startswith(b"%PDF")


def test_the_heat_map_and_timeline_are_drawn_as_vector_and_text(
    repository: Repository, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Drawn on the canvas (not through matplotlib): every category, score, theme and action is there
    as text a reader can search, and the page holds no image."""
    import textwrap

    from ambitieweb.charts.heatmap import HeatmapData
    from ambitieweb.charts.timeline import TimelineData
    from ambitieweb.reports.actieplan_content import Chart
    from tests.unit.test_reports_pdf import image_count, pdf_text

    import_examples(repository, catalogue)
    plans = PlanRepository(repository.engine)
    plan = plans.get(plans.list_plans()[0].id)
    webs = plans.web_facts(plan.referenced_webs())
    framework = catalogue.framework(plan.framework_id)
    charts = [
        b.data
        for s in actieplan_content(plan, webs, framework).sections
        for b in s.blocks
        if isinstance(b, Chart)
    ]
    [heat] = [c for c in charts if isinstance(c, HeatmapData)]
    [timeline] = [c for c in charts if isinstance(c, TimelineData)]
    path = tmp_path / "plan.pdf"
    with path.open("wb") as out:
        build_actieplan(plan, webs, framework, out)
    text = pdf_text(path)
    for name, note in zip(heat.rows, heat.row_notes, strict=True):
        assert name in text and note in text, name
    for theme in heat.columns:  # slanted: pdftotext may take a name apart, its first word stays whole
        assert theme.split()[0] in text, theme
    scores = [str(s) for row in heat.scores for s in row if s is not None]
    assert len(scores) >= 60
    for item in timeline.items:
        assert textwrap.shorten(item.label, 36, placeholder="…") in text, item.label
    assert all(group in text for group in timeline.groups)
    assert image_count(PdfReader(path)) == 0
