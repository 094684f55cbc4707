from __future__ import annotations

import pytest
from pydantic import ValidationError

from ambitieweb.catalogue import Catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.rules import check_session
from ambitieweb.model.session import Goal, Session, SessionKind, SessionStatus, ThemeEntry


def test_level_labels_in_both_languages() -> None:
    assert [lv.label() for lv in Level] == ["niet bepaald", "basis", "significant", "ambitieus"]
    assert Level.AMBITIOUS.label("en") == "ambitious"


def test_new_session_takes_the_default_themes_of_the_framework(catalogue: Catalogue) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    session = Session.new(mvi, "Inkoopplan 2027", organisation="Gemeente Test")
    assert [e.theme_id for e in session.themes] == [t.id for t in mvi.themes if not t.optional]
    assert "innovatie" not in [e.theme_id for e in session.themes]
    assert session.framework_version == mvi.version
    assert session.status is SessionStatus.DRAFT
    assert all(e.ambition is Level.UNSET for e in session.themes)


def status_of(session: Session) -> SessionStatus:
    """The status now (read through a call, so mypy does not keep an earlier assert's narrowing)."""
    return session.status


def test_agree_freezes_a_copy_and_later_edits_start_a_draft(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("inkopen-met-impact"), "Kantoorartikelen")
    session.themes[0].ambition = Level.SIGNIFICANT
    snapshot = session.agree(1)
    assert session.status is SessionStatus.AGREED
    session.themes[0].ambition = Level.AMBITIOUS
    session.mark_edited()
    assert status_of(session) is SessionStatus.DRAFT
    assert snapshot.session.themes[0].ambition is Level.SIGNIFICANT
    with pytest.raises(ValidationError):
        snapshot.number = 2  # type: ignore[misc]  # frozen: the assignment this test expects refused


def test_duplicate_gets_a_new_id_and_is_a_draft(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("duurzaam-gww"), "N123", status=SessionStatus.AGREED)
    copy = session.duplicate("N123 variant")
    assert copy.id != session.id and copy.title == "N123 variant"
    assert copy.status is SessionStatus.DRAFT and copy.revision == 0
    copy.themes[0].rationale = "changed"
    assert session.themes[0].rationale == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", ""), ("title", "x" * 501), ("organisation", "bell\x07"), ("kind", "department")],
)
def test_bad_session_fields_are_refused(catalogue: Catalogue, field: str, value: str) -> None:
    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Titel")
    with pytest.raises(ValidationError):
        setattr(session, field, value)


def test_levels_outside_zero_to_three_are_refused() -> None:
    with pytest.raises(ValidationError):
        ThemeEntry(theme_id="klimaat", ambition=4)
    with pytest.raises(ValidationError):
        Goal(indicator="CO2", year=99999)


def test_long_texts_markup_and_emoji_are_kept_as_typed() -> None:
    text = "<b>R&D</b> 🌍 " + "x" * 100_000
    assert ThemeEntry(theme_id="klimaat", rationale=text).rationale == text


def test_rule_warns_for_ambition_below_the_generic_web_without_rationale(catalogue: Catalogue) -> None:
    mvi = catalogue.framework("mvi-nationaal-plan")
    generic = Session.new(mvi, "Generiek", kind=SessionKind.ORGANISATION)
    generic.entry("klimaat").ambition = Level.AMBITIOUS
    project = Session.new(mvi, "Project", generic_session_id=generic.id)
    project.entry("klimaat").ambition = Level.BASIS
    findings = check_session(project, generic)
    assert [(f.code, f.theme_id) for f in findings] == [("below-generic", "klimaat")]
    assert "onder het generieke ambitieweb" in findings[0].text("nl")
    project.entry("klimaat").rationale = "Markt is nog niet zover; herzien bij verlenging."
    assert check_session(project, generic) == []


def test_rules_flag_ambition_below_current_and_too_many_focus_themes(catalogue: Catalogue) -> None:
    session = Session.new(catalogue.framework("duurzaam-gww"), "Weg")
    session.themes[0].current = Level.SIGNIFICANT
    session.themes[0].ambition = Level.BASIS
    for entry in session.themes[:6]:
        entry.focus = True
    codes = [f.code for f in check_session(session)]
    assert codes == ["below-current", "too-many-focus"]
    assert [f.code for f in check_session(session, max_focus=6)] == ["below-current"]
