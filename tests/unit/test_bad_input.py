"""Bad input: Markdown export read by a real CommonMark parser shows user text as text (no headings,
lists, quotes, code blocks or rules from it, no broken table); control characters refused in every text
field with the field named; Windows and old-Mac line ends normalised on import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import SessionFileError, parse
from ambitieweb.model.award import set_award_model
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.session import ChosenCriterion, QualityCriterion, Session
from ambitieweb.reports.tender_text import bestekteksten_html, bestekteksten_markdown

BLOCKS = "===\n---\n- lijstje\n+ plus\n1. een\n2) twee\n    code\n# kop\n> citaat\n```\n~~~\n<div>x</div>"


def rendered_tokens(markdown: str) -> list[str]:
    return [t.type for t in MarkdownIt("commonmark").enable("table").parse(markdown)]


def hostile_tender(catalogue: Catalogue) -> Session:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Titel\n===")
    session.organisation = "- Gemeente"
    session.criteria = [
        ChosenCriterion(
            theme_id="klimaat",
            kind=CriterionKind.AWARD,
            title="Emissieloos\nvervoer | 1. x",
            text=BLOCKS,
            verification=BLOCKS,
            scoring=BLOCKS,
            weight=100,
        )
    ]
    set_award_model(session, None, [QualityCriterion(name="Plan\n- van aanpak", weight=0)])  # a warning
    return session


def test_user_text_makes_no_block_in_the_markdown(catalogue: Catalogue) -> None:
    session = hostile_tender(catalogue)
    markdown = bestekteksten_markdown(session, catalogue.framework(session.framework_id))
    tokens = rendered_tokens(markdown)
    # The document's own structure only: one h1, h2 per kind, h3 per theme, h4 per criterion; one
    # list (the facts), one quote (the warnings), one table (the award scheme); no code, rule or html.
    md = MarkdownIt("commonmark").enable("table")
    headings = [t.markup for t in md.parse(markdown) if t.type == "heading_open"]
    assert headings == ["#", "##", "###", "####"]
    assert tokens.count("bullet_list_open") == 2  # the facts, and the warnings inside the quote
    assert "ordered_list_open" not in tokens
    assert tokens.count("blockquote_open") == 1
    assert not {"code_block", "fence", "hr", "html_block"} & set(tokens)
    assert tokens.count("table_open") == 1
    rows = [t for t in md.parse(markdown) if t.type == "tr_open"]
    assert len(rows) == 1 + 3 + 1  # header, price, quality, W1, total: no row broken by a newline
    html = md.render(markdown)
    assert "Emissieloos vervoer | 1. x" in html.replace("&amp;", "&")  # as text, on one line
    assert "- lijstje" in html and "1. een" in html and "===" in html


def test_user_text_stays_text_in_the_html(catalogue: Catalogue) -> None:
    session = hostile_tender(catalogue)
    session.criteria[0].text = '<img src="/etc/passwd"> & <a href="javascript:x">y</a>'
    html = bestekteksten_html(session, catalogue.framework(session.framework_id))
    assert "<img" not in html and "<a href" not in html
    assert "&lt;img src=&quot;/etc/passwd&quot;&gt; &amp; &lt;a href=" in html


def file_with(catalogue: Catalogue, edit: Any) -> bytes:
    from ambitieweb.exchange.sessionfile import dumps

    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Schoon")
    session.criteria = [
        ChosenCriterion(theme_id="klimaat", kind=CriterionKind.REQUIREMENT, title="Eis", text="Tekst")
    ]
    data = json.loads(dumps(session))
    edit(data["session"])
    return json.dumps(data).encode()


FIELDS = [
    ("session.title", lambda s, v: s.__setitem__("title", v)),
    ("session.organisation", lambda s, v: s.__setitem__("organisation", v)),
    ("session.subject", lambda s, v: s.__setitem__("subject", v)),
    ("session.facilitator", lambda s, v: s.__setitem__("facilitator", v)),
    ("session.themes[0].rationale", lambda s, v: s["themes"][0].__setitem__("rationale", v)),
    ("session.criteria[0].title", lambda s, v: s["criteria"][0].__setitem__("title", v)),
    ("session.criteria[0].text", lambda s, v: s["criteria"][0].__setitem__("text", v)),
    (
        "session.award_model.quality[0].name",
        lambda s, v: s["award_model"].__setitem__("quality", [{"name": v, "weight": 10}]),
    ),
]
CONTROLS = ["\x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\", "rood\x9b31m", "del\x7f", "nul\x00"]


@pytest.mark.parametrize(("path", "edit"), FIELDS, ids=[f[0] for f in FIELDS])
@pytest.mark.parametrize("control", CONTROLS, ids=["osc8", "c1-csi", "del", "nul"])
def test_control_characters_are_refused_naming_the_field(
    catalogue: Catalogue, path: str, edit: Any, control: str
) -> None:
    raw = file_with(catalogue, lambda s: edit(s, f"Tekst {control}"))
    with pytest.raises(SessionFileError) as caught:
        parse(raw, catalogue, "test.ambitieweb.json")
    assert f"{path}: bevat een onzichtbaar stuurteken" in caught.value.text("nl")
    assert f"{path}: contains an invisible control character" in caught.value.text("en")


def test_tabs_newlines_and_ordinary_unicode_are_accepted(catalogue: Catalogue) -> None:
    text = "Regel 1\n\tRegel 2 — ë € مرحبا 🌍 \u00a0\u200d"
    raw = file_with(catalogue, lambda s: s["themes"][0].__setitem__("rationale", text))
    assert parse(raw, catalogue).session.themes[0].rationale == text


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_line_ends_are_normalised_on_import(catalogue: Catalogue, ending: str) -> None:
    def edit(session: dict[str, Any]) -> None:
        session["themes"][0]["rationale"] = f"Eerste{ending}Tweede{ending}"
        session["criteria"][0]["text"] = f"Tekst{ending}meer"

    document = parse(file_with(catalogue, edit), catalogue)
    assert document.session.themes[0].rationale == "Eerste\nTweede\n"
    assert document.session.criteria[0].text == "Tekst\nmeer"


def test_the_cli_never_prints_a_control_character_from_a_file(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, catalogue: Catalogue
) -> None:
    from ambitieweb.cli import main

    path = tmp_path / "boos.ambitieweb.json"
    path.write_bytes(file_with(catalogue, lambda s: s.__setitem__("title", "Boos\x9b2J\x1b[2J")))
    assert main(["--database", database_url, "import", str(path)]) != 0
    out, err = capsys.readouterr()
    assert "session.title" in err and "\x1b" not in out + err and "\x9b" not in out + err


def test_a_stored_session_with_a_character_refused_since_format_4_still_opens(
    catalogue: Catalogue, repository: Any
) -> None:
    from sqlalchemy import text

    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Oud")
    session.themes[0].rationale = "Eerder opgeslagen"
    repository.create(session)
    with repository.engine.begin() as conn:  # as an older program could have stored it
        conn.execute(text("UPDATE sessions SET title = :t"), {"t": "Oud\x85stuk\x7f"})
        conn.execute(text("UPDATE theme_entries SET rationale = :r"), {"r": "Tekst\x9b31m"})
    stored = repository.get(session.id)
    assert stored.title == "Oud\ufffdstuk\ufffd" and stored.themes[0].rationale == "Tekst\ufffd31m"
    with pytest.raises(ValueError, match="control"):
        stored.title = "Nie\x85uw"  # new input is refused
