"""Word (.docx) export time for a 12-theme session with 40 criteria (goal: under 0.5 s a document),
next to a floor measured in the same run: saving an empty python-docx document (loading its template,
zipping the package). Run: `python -m tests.bench.docx_export`; numbers to watch, not a pass/fail test.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

from docx import Document

from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.docx_export import build_docx
from ambitieweb.reports.export import build_pdf
from ambitieweb.reports.fonts import register_fonts
from ambitieweb.reports.options import DocumentOptions
from tests.bench.bench_reports import road_with_criteria

ROUNDS = 7
GOAL_S = 0.5


def median_seconds(work: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def empty_document() -> int:
    out = io.BytesIO()
    Document().save(out)
    return len(out.getvalue())


def main() -> None:
    session, framework = road_with_criteria()
    assert len(session.themes) == 12 and len(session.criteria) == 40
    build_docx("ambitiekaart", session, framework, io.BytesIO())  # imports, fonts, caches warm
    register_fonts()
    build_pdf("ambitiekaart", session, framework, io.BytesIO())
    floor = median_seconds(empty_document)
    print(f"floor (empty python-docx document saved): {floor * 1000:7.1f} ms")
    for document in DOCUMENTS:

        def export(name: str = document) -> int:
            out = io.BytesIO()
            build_docx(name, session, framework, out, DocumentOptions(notes=True))
            return len(out.getvalue())

        def pdf(name: str = document) -> None:
            build_pdf(name, session, framework, io.BytesIO())

        seconds = median_seconds(export)
        verdict = "ok" if seconds < GOAL_S else "OVER GOAL"
        as_pdf = median_seconds(pdf, 3)
        print(
            f"{document:<16} {seconds * 1000:7.1f} ms  ({seconds / floor:4.1f}x floor)  {verdict}"
            f"   (the PDF, same run: {as_pdf * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    main()
