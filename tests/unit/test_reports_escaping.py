"""User text prints literally: markup in a title, rationale or criterion adds no link, image or style."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import ChosenCriterion, Goal, Measure, Participant, Session
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.export import write_pdf
from ambitieweb.reports.markup import escape, filled
from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_markdown, bestekteksten_text
from tests.unit.test_reports_pdf import image_count, in_order, link_annotations, pdf_text

LINK = '<a href="javascript:alert(1)">x</a>'
IMAGE = '<img src="/etc/passwd"/>'
BIG = "<font size=40>BIG</font>"
UNCLOSED = "<b>vet zonder einde"
PAYLOADS = [LINK, IMAGE, BIG, UNCLOSED, "R&D", "waarde<hoog", "Jan <jan@x.nl>"]
ALL = " ".join(PAYLOADS)


def hostile_session(catalogue: Catalogue) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), f"Titel {LINK} R&D")
    session.organisation = f"Gemeente {BIG}"
    session.facilitator = "Jan <jan@x.nl>"
    session.participants = [Participant(name=f"Jan <jan@x.nl> {IMAGE}", organisation=UNCLOSED)]
    entry = session.themes[0]
    entry.ambition, entry.current = Level.SIGNIFICANT, Level.BASIS
    entry.rationale = f"Onderbouwing: {ALL}\nnieuwe regel ë €"
    entry.goals = [
        Goal(indicator=f"Indicator waarde<hoog {LINK}", baseline=1, target=2, unit="<b>", year=2030)
    ]
    entry.measures = [Measure(what=f"Maatregel {IMAGE}", owner="R&D", when=BIG)]
    for kind in (CriterionKind.REQUIREMENT, CriterionKind.AWARD, CriterionKind.CONTRACT_CLAUSE):
        session.criteria.append(
            ChosenCriterion(
                theme_id="klimaat",
                kind=kind,
                title=f"Criterium {kind.value} {LINK}",
                text=f"Tekst {ALL} met {{{{waarde}}}} en {{{{leeg}}}}.",
                verification=f"Bewijs {IMAGE}",
                scoring=f"Score {BIG}" if kind is CriterionKind.AWARD else "",
                weight=100 if kind is CriterionKind.AWARD else None,
                values={"waarde": f"{UNCLOSED} <i>"},
            )
        )
    return session


def test_markup_escapes_everything_and_keeps_line_breaks() -> None:
    assert escape(ALL) == (
        '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt; &lt;img src="/etc/passwd"/&gt; '
        "&lt;font size=40&gt;BIG&lt;/font&gt; &lt;b&gt;vet zonder einde R&amp;D waarde&lt;hoog "
        "Jan &lt;jan@x.nl&gt;"
    )
    assert escape("een\ntwee\r\ndrie") == "een<br/>twee<br/>drie"
    assert filled("{{a}} & {{b}}", {"a": "<x>"}) == ('&lt;x&gt; &amp; <font backColor="#ffe08a">[b]</font>')


@pytest.mark.parametrize("document", DOCUMENTS)
def test_payloads_print_literally_and_add_no_link_or_image(
    catalogue: Catalogue, tmp_path: Path, document: str
) -> None:
    session = hostile_session(catalogue)
    path = write_pdf(document, session, catalogue.framework(session.framework_id), tmp_path / "x.pdf")
    reader = PdfReader(path)
    assert link_annotations(reader) == []
    assert image_count(reader) == 0, "no picture: the radar is vector"
    text = pdf_text(path)
    assert f"Titel {LINK} R&D" in text
    assert reader.metadata is not None and reader.metadata.author == "Jan <jan@x.nl>"
    if document == "ambitiedocument":
        for payload in PAYLOADS:
            assert f"{payload} " in text.split("Onderbouwing:", 1)[1]
        assert "nieuwe regel ë €" in text
        assert in_order(text, f"Jan <jan@x.nl> {IMAGE}")
        assert in_order(text, UNCLOSED) and in_order(text, "R&D") and in_order(text, BIG)
        assert in_order(text, f"Indicator waarde<hoog {LINK}")
    if document == "bestekteksten":
        assert f"Tekst {ALL} met {UNCLOSED} <i> en [leeg]." in text
        assert f"Bewijsmiddel: Bewijs {IMAGE}" in text and f"Beoordeling: Score {BIG}" in text
        assert "Controleer vóór publicatie" in text and "vul nog in: leeg" in text
    if document == "ambitiekaart":
        assert in_order(text, f"W1 Criterium award {LINK}") and in_order(
            text, f"C1 Criterium contract_clause {LINK}"
        )
        assert in_order(text, f"Indicator waarde<hoog {LINK}")


def test_text_exports_escape_for_their_format(catalogue: Catalogue) -> None:
    session = hostile_session(catalogue)
    framework = catalogue.framework(session.framework_id)
    html = bestekteksten_html(session, framework)
    for tag in ("<a ", "<img", "<font", "<b>vet", "<jan@"):
        assert tag not in html
    assert "&lt;i&gt;" in html
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;" in html and "R&amp;D" in html
    markdown = bestekteksten_markdown(session, framework)
    assert "<" not in markdown.replace("\\<", "")
    assert r"\<img src=\"/etc/passwd\"/\>".replace('\\"', '"') in markdown
    text = bestekteksten_text(session, framework)
    assert f"Tekst {ALL} met {UNCLOSED} <i> en [leeg]." in text, "plain text stays as typed"
