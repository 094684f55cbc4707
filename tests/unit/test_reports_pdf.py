"""The three PDFs for the example sessions, checked with the tools a user's printer shop would use."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SessionFile, read_file
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, SessionStatus
from ambitieweb.reports import DOCUMENTS
from ambitieweb.reports.export import build_pdf, write_pdf
from ambitieweb.reports.options import DocumentOptions

A4_POINTS = (595.28, 841.89)


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: install poppler-utils and qpdf (see README, System packages)"
    return path


def pdf_text(path: Path, pages: tuple[int, int] | None = None) -> str:
    """The extracted text (of `pages`, first and last, when given) with all whitespace runs as one space
    (line breaks fall anywhere)."""
    only = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    result = subprocess.run(
        [tool("pdftotext"), *only, str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def in_order(text: str, phrase: str) -> bool:
    """The phrase's words appear in this order; other words may come between them.

    pdftotext reads a table row by row, so a wrapped cell's lines can be interleaved with its neighbours.
    """
    return re.search(".*?".join(re.escape(word) for word in phrase.split()), text) is not None


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb) for every font `pdffonts` lists."""
    result = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]  # two header lines
    fonts = []
    for row in rows:
        parts = row.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th field from the end
        fonts.append((parts[0], parts[-5]))
    return fonts


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)


def outline_pages(reader: PdfReader) -> dict[str, int]:
    """Bookmark title -> page number (0-based), nested entries included."""
    found: dict[str, int] = {}

    def walk(entries: list[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            elif isinstance(entry, Destination):
                page = reader.get_destination_page_number(entry)
                assert page is not None
                found[str(entry.title)] = page

    walk(list(reader.outline))
    return found


def image_count(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def link_annotations(reader: PdfReader) -> list[str]:
    """Any annotation that could open a URL or run JavaScript."""
    found = []
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            action = annotation.get("/A")
            action = action.get_object() if action is not None else {}
            if annotation.get("/Subtype") == "/Link" or "/URI" in action or "/JS" in action:
                found.append(str(annotation))
    return found


@dataclass(frozen=True)
class Example:
    document: SessionFile
    generic: Session | None

    @property
    def session(self) -> Session:
        return self.document.session


def load_examples(catalogue: Catalogue, example_path: dict[str, Path]) -> dict[str, Example]:
    files = {key: read_file(path, catalogue) for key, path in example_path.items()}
    generic = files["generic"].session
    return {
        key: Example(document, generic if document.session.generic_session_id == generic.id else None)
        for key, document in files.items()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every document for every example, built once for this module (via the file-writing entry point)."""
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.resources import sessions_dir
    from tests.conftest import EXAMPLES

    catalogue = default_catalogue()
    examples = load_examples(catalogue, {k: sessions_dir() / name for k, name in EXAMPLES.items()})
    folder = tmp_path_factory.mktemp("pdfs")
    paths: dict[tuple[str, str], Path] = {}
    for key, example in examples.items():
        framework = catalogue.framework(example.session.framework_id)
        for document in DOCUMENTS:
            path = folder / f"{key}-{document}.pdf"
            write_pdf(
                document,
                example.session,
                framework,
                path,
                DocumentOptions(generic=example.generic, newer=catalogue.revisions()),
            )
            paths[key, document] = path
    return paths


CASES = [(key, document) for key in ("generic", "cleaning", "road") for document in DOCUMENTS]


@pytest.mark.parametrize(("key", "document"), CASES)
def test_every_pdf_is_valid_a4_with_embedded_dejavu_and_metadata(
    built: dict[tuple[str, str], Path],
    catalogue: Catalogue,
    example_path: dict[str, Path],
    key: str,
    document: str,
) -> None:
    path = built[key, document]
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors found" in check.stdout
    fonts = pdf_fonts(path)
    assert fonts, "the text uses fonts"
    assert all("DejaVuSans" in name and emb == "yes" for name, emb in fonts), fonts
    reader = PdfReader(path)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4_POINTS, abs=0.01)
    session = read_file(example_path[key], catalogue).session
    title = {
        "ambitiedocument": "Ambitiedocument",
        "bestekteksten": "Bestekteksten",
        "ambitiekaart": "Ambitiekaart",
    }
    assert reader.metadata is not None
    assert reader.metadata.title == f"{title[document]} — {session.title}"
    assert reader.metadata.author == session.facilitator
    assert outline_pages(reader), "bookmarks are present"
    text = pdf_text(path)
    pages = len(reader.pages)
    assert f"pagina {pages} van {pages}" in text
    assert link_annotations(reader) == []


@pytest.mark.parametrize("key", ["generic", "cleaning", "road"])
def test_the_ambitiedocument_shows_every_theme_level_goal_and_participant(
    built: dict[tuple[str, str], Path], catalogue: Catalogue, example_path: dict[str, Path], key: str
) -> None:
    path = built[key, "ambitiedocument"]
    session = read_file(example_path[key], catalogue).session
    framework = catalogue.framework(session.framework_id)
    text = pdf_text(path)
    for entry in session.themes:
        theme = framework.theme(entry.theme_id)
        assert theme.name in text
        levels = f"Huidige situatie: {int(entry.current)} {entry.current.label()} → Ambitie: "
        assert levels + f"{int(entry.ambition)} {entry.ambition.label()}" in text
        for goal in entry.goals:
            assert in_order(text, goal.indicator)
        for measure in entry.measures:
            assert in_order(text, measure.what)
    for participant in session.participants:
        assert in_order(text, f"{participant.name} {participant.role.value}")
    assert "significant" in text and "ambitieus" in text
    assert session.organisation in text
    status = "vastgesteld" if session.status is SessionStatus.AGREED else "concept, nog niet vastgesteld"
    assert f"Status {status}" in text
    reader = PdfReader(path)
    assert image_count(reader) == 0, "the radar is vector, and nothing else is a picture"
    cover = " ".join(reader.pages[0].extract_text().split())
    for entry in session.themes:
        assert framework.theme(entry.theme_id).name in cover, "the radar's labels are text"
    bookmarks = outline_pages(reader)
    assert {"Overzicht", "Thema's", "Deelnemers"} <= set(bookmarks)
    # a bookmark leads to the page where its section starts
    assert "Deelnemers" in reader.pages[bookmarks["Deelnemers"]].extract_text()
    last_theme = framework.theme(session.themes[-1].theme_id).name
    assert last_theme in reader.pages[bookmarks[last_theme]].extract_text()


def test_special_characters_survive(built: dict[tuple[str, str], Path]) -> None:
    road = pdf_text(built["road", "ambitiedocument"])
    assert "€/ton" in road and "agrariërs" in road
    assert "€/ton" in pdf_text(built["road", "ambitiekaart"])
    assert "creëert" in pdf_text(built["cleaning", "bestekteksten"])
    assert "coördinerend inkoper" in pdf_text(built["cleaning", "ambitiedocument"])


def test_bestekteksten_number_group_and_weigh_the_chosen_criteria(
    built: dict[tuple[str, str], Path], catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    session = read_file(example_path["cleaning"], catalogue).session
    text = pdf_text(built["cleaning", "bestekteksten"])
    headings = ["Geschiktheidseisen", "Minimumeisen", "Gunningscriteria", "Contractbepalingen"]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions), "kinds in tender order"
    counts = {kind: sum(1 for c in session.criteria if c.kind is kind) for kind in CriterionKind}
    for kind, prefix in zip(CriterionKind, "GEWC", strict=True):
        for n in range(1, counts[kind] + 1):
            assert f"{prefix}{n}." in text
        assert f"{prefix}{counts[kind] + 1}." not in text
    for chosen in session.criteria:
        assert chosen.title in text
        for value in chosen.values.values():
            assert value in text
    assert "{{" not in text and "[punten]" not in text, "placeholders are filled"
    # the award overview: each weight with %, and the total
    assert in_order(text, "W1 Hoger aandeel hergebruikt 30%")
    assert in_order(text, "W4 Kwaliteit van het plan voor maatschappelijke waarde 30%")
    assert in_order(text, "Totaal 100%")
    assert "Bewijsmiddel:" in text and "Beoordeling:" in text and "Weging: 25%" in text
    assert "Controleer vóór publicatie" not in text, "the example is complete"
    reader = PdfReader(built["cleaning", "bestekteksten"])
    assert image_count(reader) == 0
    assert {"Geschiktheidseisen", "Gunningscriteria", "Social return"} <= set(outline_pages(reader))


def test_bestekteksten_without_criteria_say_so(built: dict[tuple[str, str], Path]) -> None:
    assert "nog geen criteria gekozen" in pdf_text(built["road", "bestekteksten"])


@pytest.mark.parametrize("key", ["generic", "cleaning", "road"])
def test_the_ambitiekaart_is_one_card_page_with_levels_key_criteria_and_goals(
    built: dict[tuple[str, str], Path], catalogue: Catalogue, example_path: dict[str, Path], key: str
) -> None:
    path = built[key, "ambitiekaart"]
    reader = PdfReader(path)
    assert len(reader.pages) >= 2, "the card, then the checklist on pages of its own"
    assert image_count(reader) == 0, "the radar is vector"
    session = read_file(example_path[key], catalogue).session
    framework = catalogue.framework(session.framework_id)
    text = pdf_text(path, (1, 1))
    assert "Checklist voor de contractmanager" in pdf_text(path, (2, 2))
    assert "Contract: geen contractgegevens vastgelegd" in text, "no contract passed: the card says so"
    for entry in session.themes:
        assert framework.theme(entry.theme_id).name.split()[0] in text
        assert f"{int(entry.ambition)} {entry.ambition.label()}" in text
    for goal in (g for e in session.themes for g in e.goals):
        assert in_order(text, goal.indicator)
    assert "Afgesproken niveaus" in text and "Belangrijkste criteria" in text
    if key == "cleaning":
        for number in ("W1", "W5", "C1", "C2"):  # the awards first, then as many clauses as fit
            assert number in text
        assert "… en 5 meer" in text  # seven clauses since issue 15 (zero emission, social return)
        assert "E1" not in text and "G1" not in text, "only award criteria and contract clauses"
        assert "30%" in text


def test_an_agreed_snapshot_is_printed_with_its_number_and_date(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    document = read_file(example_path["generic"], catalogue)
    [snapshot] = document.snapshots
    framework = catalogue.framework(document.session.framework_id)
    draft = document.session.model_copy(deep=True)
    draft.themes[0].ambition = Level.BASIS  # edited after agreement: the snapshot still says 3
    draft.mark_edited()
    for name in ("ambitiedocument", "ambitiekaart"):
        path = tmp_path / f"{name}.pdf"
        with path.open("wb") as out:
            build_pdf(name, draft, framework, out, DocumentOptions(snapshot=snapshot))
        text = pdf_text(path)
        date = f"{snapshot.agreed_at.day} april {snapshot.agreed_at.year}"
        assert f"astgesteld op {date} (versie {snapshot.number})" in text
        expected = snapshot.session.themes[0].ambition
        assert f"{int(expected)} {expected.label()}" in text


def test_english_documents_use_english_labels(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    session = read_file(example_path["cleaning"], catalogue).session
    path = tmp_path / "card.pdf"
    write_pdf(
        "ambitiekaart",
        session,
        catalogue.framework(session.framework_id),
        path,
        DocumentOptions(language="en"),
    )
    text = pdf_text(path)
    assert "Ambition card" in text and "Agreed levels" in text and "page 1 of " in text
    assert "Checklist for the contract manager" in text and "Promised in the bid" in text
    assert "2 significant" in text and "3 ambitious" in text
