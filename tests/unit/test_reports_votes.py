"""The ambitiedocument shows how the room voted per theme: counts, median, spread and who chose what."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ambitieweb.catalogue import Catalogue
from ambitieweb.exchange import read_file
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Participant, Session
from ambitieweb.model.votes import Distribution
from ambitieweb.reports.export import write_pdf
from ambitieweb.reports.options import DocumentOptions
from ambitieweb.text.vote_text import median_text, spread_text, summary, vote_lines
from tests.unit.test_reports_large import large_session
from tests.unit.test_reports_pdf import in_order, pdf_text

HOSTILE = "Jan <jan@x.nl>"


def test_the_summary_names_counts_median_and_spread() -> None:
    votes = Distribution((1, 4, 2))
    assert (
        summary(votes) == "basis 1 · significant 4 · ambitieus 2 — mediaan significant, spreiding 2 niveaus"
    )
    assert summary(votes, "en") == (
        "basic 1 · significant 4 · ambitious 2 — median significant, spread 2 levels"
    )
    assert median_text(Distribution((0, 2, 2)).median) == "mediaan tussen significant en ambitieus"
    assert median_text(2.5, "en") == "median between significant and ambitious"
    assert spread_text(0) == "iedereen koos hetzelfde" and spread_text(1) == "spreiding 1 niveau"
    assert spread_text(1, "en") == "spread 1 level"


def road_without_votes(catalogue: Catalogue, example_path: dict[str, Path]) -> Session:
    session = read_file(example_path["road"], catalogue).session
    for entry in session.themes:
        entry.votes, entry.tally = {}, (0, 0, 0)
    return session


def voted_road(catalogue: Catalogue, example_path: dict[str, Path]) -> Session:
    """The N123 example with named votes on the first theme, hand counts on the second, none after."""
    session = road_without_votes(catalogue, example_path)
    session.participants.append(Participant(name=HOSTILE))
    people = session.participants
    first, second = session.themes[0], session.themes[1]
    levels = [Level.BASIS, Level.SIGNIFICANT, Level.SIGNIFICANT, Level.AMBITIOUS, Level.SIGNIFICANT]
    first.votes = {person.id: level for person, level in zip(people[-5:], levels, strict=True)}
    first.tally = (0, 0, 1)  # one more, counted by hand
    second.tally = (2, 1, 1)
    return session


def test_vote_lines_follow_the_participants_and_skip_people_who_left(
    catalogue: Catalogue, example_path: dict[str, Path]
) -> None:
    session = voted_road(catalogue, example_path)
    lines = vote_lines(session, session.themes[0])
    assert lines is not None
    assert lines.title == "Stemmen (6)" and lines.anonymous == 1
    assert [name for name, _ in lines.named] == [p.name for p in session.participants[-5:]]
    assert lines.named[-1] == (HOSTILE, "significant")
    left = session.participants.pop(-1)  # an orphan vote no longer counts, nor is it named
    lines = vote_lines(session, session.themes[0])
    assert lines is not None and lines.title == "Stemmen (5)"
    assert left.name not in dict(lines.named)
    hand_counts = vote_lines(session, session.themes[1])
    assert hand_counts is not None and hand_counts.named == []
    assert hand_counts.summary.endswith("mediaan tussen basis en significant, spreiding 2 niveaus")
    assert summary(Distribution((2, 0, 2))).endswith("mediaan significant, spreiding 2 niveaus")
    assert vote_lines(session, session.themes[2]) is None


def theme_sections(text: str) -> list[str]:
    """The ambitiedocument's text cut at each theme's levels line: [before, theme 1, theme 2, ...]."""
    return re.split(r"(?=Huidige situatie: )", text.split("Thema's", 2)[-1])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_ambitiedocument_shows_each_themes_votes_under_that_theme(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path, language: str
) -> None:
    session = voted_road(catalogue, example_path)
    framework = catalogue.framework(session.framework_id)
    path = write_pdf(
        "ambitiedocument", session, framework, tmp_path / "votes.pdf", DocumentOptions(language=language)
    )
    text = pdf_text(path)
    if language == "en":
        assert (
            "Votes (6): basic 1 · significant 3 · ambitious 2 — median significant, spread 2 levels" in text
        )
        assert "By participant:" in text and "Votes (4)" in text and "Stemmen" not in text
        return
    sections = theme_sections(text)
    assert len(sections) == len(session.themes) + 1
    first, second = sections[1], sections[2]
    expected = "Stemmen (6): basis 1 · significant 3 · ambitieus 2 — mediaan significant, spreiding 2 niveaus"
    assert expected in first
    named = " · ".join(
        f"{p.name}: {v.label()}"
        for p, v in zip(
            session.participants[-5:],
            [Level.BASIS, Level.SIGNIFICANT, Level.SIGNIFICANT, Level.AMBITIOUS, Level.SIGNIFICANT],
            strict=True,
        )
    )
    assert in_order(first, f"Per deelnemer: {named} · 1 anoniem")
    assert f"{HOSTILE}: significant" in first, "names print literally"
    assert (
        "Stemmen (4): basis 2 · significant 1 · ambitieus 1 — mediaan tussen basis en significant" in second
    )
    assert "Per deelnemer" not in second, "hand counts have no names"
    for later in sections[3:]:
        assert "Stemmen" not in later


def test_a_session_without_votes_has_no_vote_lines(
    catalogue: Catalogue, example_path: dict[str, Path], tmp_path: Path
) -> None:
    session = road_without_votes(catalogue, example_path)
    path = write_pdf(
        "ambitiedocument", session, catalogue.framework(session.framework_id), tmp_path / "x.pdf"
    )
    text = pdf_text(path)
    assert "Stemmen" not in text and "Per deelnemer" not in text


def test_sixteen_themes_with_votes_from_thirty_people_still_lay_out(tmp_path: Path) -> None:
    session, framework = large_session(themes=16, criteria=8)
    people = session.participants
    for i, entry in enumerate(session.themes):
        entry.votes = {person.id: Level(1 + (i + n) % 3) for n, person in enumerate(people)}
        entry.tally = (i % 3, 1, 0)
    path = write_pdf("ambitiedocument", session, framework, tmp_path / "large.pdf")
    text = pdf_text(path)
    sections = theme_sections(text)
    assert len(sections) == 17
    for i, section in enumerate(sections[1:]):
        total = len(people) + i % 3 + 1
        assert f"Stemmen ({total}):" in section
        assert in_order(section, "Per deelnemer: Deelnemer 00") and "Deelnemer 29:" in section
        assert f"slot-{i}" in section, "the rationale follows the votes"
    assert 10 <= len(PdfReader(path).pages) <= 90
