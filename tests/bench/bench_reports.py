"""Export time of each document for a 12-theme session with 40 criteria (goal: under 0.5 s each).

Run with `make bench`; numbers to watch, not pass/fail tests. Fonts are registered and modules imported
before timing starts, as in a running program; the radar is drawn anew in every round (as vector paths
and text, see reports.canvas_renderer).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.model.tender import choose, placeholders
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.export import build_pdf
from ambitieweb.reports.fonts import register_fonts
from ambitieweb.reports.tender_text import bestekteksten_markdown
from ambitieweb.resources import sessions_dir

CRITERIA = 40


def road_with_criteria() -> tuple[Session, Framework]:
    """The N123 example (12 themes, goals, measures) plus 40 catalogue criteria with values and weights."""
    catalogue = default_catalogue()
    session = read_file(sessions_dir() / "provincie-n123-reconstructie.ambitieweb.json", catalogue).session
    [criteria_set] = [s for s in catalogue.criteria_sets if "duurzaam-gww" in s.frameworks]
    for criterion in criteria_set.criteria[:CRITERIA]:
        chosen = choose(criterion, criteria_set)
        chosen.values = {name: "12" for name in placeholders(chosen)}
        session.criteria.append(chosen)
    awards = [c for c in session.criteria if c.kind is CriterionKind.AWARD]
    for chosen in awards:
        chosen.weight = 100 / len(awards)
    return session, catalogue.framework(session.framework_id)


@pytest.fixture(scope="module")
def session_and_framework() -> tuple[Session, Framework]:
    session, framework = road_with_criteria()
    assert len(session.themes) == 12 and len(session.criteria) == CRITERIA
    register_fonts()
    build_pdf("ambitiekaart", session, framework, io.BytesIO())  # warm up imports and caches
    return session, framework


@pytest.mark.parametrize("document", DOCUMENTS)
def test_export_pdf(
    benchmark: BenchmarkFixture, session_and_framework: tuple[Session, Framework], document: str
) -> None:
    session, framework = session_and_framework

    def export() -> int:
        out = io.BytesIO()
        build_pdf(document, session, framework, out)
        return len(out.getvalue())

    assert benchmark(export) > 10_000


def test_export_markdown(
    benchmark: BenchmarkFixture, session_and_framework: tuple[Session, Framework]
) -> None:
    session, framework = session_and_framework
    assert "W1." in benchmark(bestekteksten_markdown, session, framework)


def test_write_all_three_to_files(
    benchmark: BenchmarkFixture, session_and_framework: tuple[Session, Framework], tmp_path: Path
) -> None:
    """What the GUI's 'export everything' would cost, files written included."""
    from ambitieweb.reports.export import write_pdf

    session, framework = session_and_framework

    def export_all() -> None:
        for document in DOCUMENTS:
            write_pdf(document, session, framework, tmp_path / f"{document}.pdf")

    benchmark.pedantic(export_all, rounds=3, iterations=1)


def test_radar_on_a_page(
    benchmark: BenchmarkFixture, session_and_framework: tuple[Session, Framework]
) -> None:
    """The cover's radar alone: charts builds the figure, matplotlib draws it onto a reportlab canvas."""
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]  # reportlab has no stubs

    from ambitieweb.reports.ambitiedocument import COVER_RADAR_FIGURE, COVER_RADAR_WIDTH
    from ambitieweb.reports.radar_flowable import session_radar_flowable

    session, framework = session_and_framework

    def draw() -> int:
        radar = session_radar_flowable(session, framework, None, "nl", COVER_RADAR_WIDTH, COVER_RADAR_FIGURE)
        assert radar is not None
        canvas = Canvas(io.BytesIO())
        radar.drawOn(canvas, 0, 0)
        return len(canvas.getpdfdata())

    assert benchmark(draw) > 5_000
