"""The session model, pinned: every label in Dutch and English (Dutch for any other language), line
ends, control characters (refused when new, made visible when stored), levels, votes, time zones,
and what agreeing and duplicating keep and change."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from ambitieweb.catalogue import default_catalogue
from ambitieweb.model.levels import Level
from ambitieweb.model.session import (
    NAIVE_IS_UTC,
    STORED,
    ChosenCriterion,
    Participant,
    Role,
    ScoringMethod,
    Session,
    SessionKind,
    SessionScope,
    SessionStatus,
    Snapshot,
    ThemeEntry,
    utc_now,
)

MVI = default_catalogue().framework("mvi-nationaal-plan")


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (SessionKind.ORGANISATION, "generiek ambitieweb", "generic web"),
        (SessionKind.PROJECT, "project-ambitieweb", "project web"),
        (SessionScope.ORGANISATION, "hele organisatie", "whole organisation"),
        (SessionScope.DEPARTMENT, "afdeling", "department"),
        (SessionScope.IMPACT_AREA, "impactgebied", "impact area"),
        (SessionStatus.DRAFT, "concept", "draft"),
        (SessionStatus.AGREED, "vastgesteld", "agreed"),
        (ScoringMethod.WEIGHT, "weging", "weight"),
        (ScoringMethod.NOTIONAL_DISCOUNT, "fictieve korting", "notional discount"),
        (Role.OPDRACHTGEVER, "opdrachtgever", "client"),
        (Role.INKOPER, "inkoper", "buyer"),
        (Role.BELEIDSADVISEUR, "beleidsadviseur", "policy adviser"),
        (Role.CONTRACTMANAGER, "contractmanager", "contract manager"),
        (Role.GEBRUIKER, "gebruiker", "user"),
        (Role.MARKT, "markt", "market"),
        (Role.FACILITATOR, "facilitator", "facilitator"),
        (Role.OVERIG, "overig", "other"),
    ],
)
def test_labels_in_dutch_english_and_dutch_by_default(
    value: SessionKind | SessionScope | SessionStatus | ScoringMethod | Role, nl: str, en: str
) -> None:
    assert (value.label(), value.label("nl"), value.label("en"), value.label("de")) == (nl, nl, en, nl)


def session(title: str = "Tender", **fields: object) -> Session:
    return Session.new(MVI, title, **fields)


def test_line_ends_become_one_and_short_texts_are_stripped() -> None:
    s = session(title="  Twee\r\nregels\rhier  ", subject=" a\r\nb ")
    assert (s.title, s.subject) == ("Twee\nregels\nhier", "a\nb")
    entry = ThemeEntry(theme_id="klimaat", rationale="  een\r\ntwee\r  ")
    assert entry.rationale == "  een\ntwee\n  "
    assert ThemeEntry(theme_id="klimaat", rationale="zonder").rationale == "zonder"


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x1f", "\x7f", "\x80", "\x9b", "\x9f"])
def test_new_text_with_a_control_character_is_refused(char: str) -> None:
    with pytest.raises(ValidationError) as caught:
        session(title=f"a{char}b")
    [error] = caught.value.errors()
    assert (error["type"], error["msg"]) == ("control_characters", "Text contains control characters")


def test_tab_newline_and_the_characters_around_the_controls_are_text() -> None:
    entry = ThemeEntry(theme_id="klimaat", rationale="a\tb\nc d\xa0e~")
    assert entry.rationale == "a\tb\nc d\xa0e~"


def test_stored_text_shows_del_and_c1_as_a_visible_mark_but_not_other_controls() -> None:
    data = session().model_dump() | {"title": "a\x7fb\x85c\x9fd"}
    assert Session.model_validate(data, context={STORED: True}).title == "a\ufffdb\ufffdc\ufffdd"
    with pytest.raises(ValidationError):
        Session.model_validate(data, context={STORED: False})
    with pytest.raises(ValidationError):
        Session.model_validate(data, context={"other": True})
    with pytest.raises(ValidationError):
        Session.model_validate(data | {"title": "a\x01b"}, context={STORED: True})


def test_a_level_is_a_whole_number_and_a_vote_is_rated() -> None:
    for wrong in ("2", True, False):
        with pytest.raises(ValidationError) as caught:
            ThemeEntry.model_validate({"theme_id": "klimaat", "ambition": wrong})
        [error] = caught.value.errors()
        assert (error["type"], error["msg"]) == ("level_type", "A level is a whole number from 0 to 3")
    assert ThemeEntry.model_validate({"theme_id": "klimaat", "ambition": 3}).ambition is Level.AMBITIOUS
    person = "a" * 32
    with pytest.raises(ValidationError) as caught:
        ThemeEntry.model_validate({"theme_id": "klimaat", "votes": {person: 0}})
    [error] = caught.value.errors()
    assert (error["type"], error["msg"]) == ("vote_unset", "A vote is a level from 1 to 3")
    assert ThemeEntry.model_validate({"theme_id": "klimaat", "votes": {person: 1}}).votes == {
        person: Level.BASIS
    }


def test_a_time_needs_a_zone_unless_stored_naive_as_utc() -> None:
    naive = dt.datetime(2027, 3, 1, 9, 0)
    data = session().model_dump() | {"created_at": naive}
    with pytest.raises(ValidationError) as caught:
        Session.model_validate(data)
    assert [(e["type"], e["msg"]) for e in caught.value.errors()] == [
        ("timezone_aware", "Input should have timezone info")
    ]
    with pytest.raises(ValidationError):
        Session.model_validate(data, context={NAIVE_IS_UTC: False})
    read = Session.model_validate(data, context={NAIVE_IS_UTC: True})
    assert read.created_at == naive.replace(tzinfo=dt.UTC)
    zoned = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert Session.model_validate(data | {"created_at": zoned}).created_at.utcoffset() == dt.timedelta(
        hours=1
    )


def test_now_is_utc_in_whole_seconds() -> None:
    now = utc_now()
    assert now.tzinfo is dt.UTC and now.microsecond == 0
    assert abs(dt.datetime.now(dt.UTC) - now) < dt.timedelta(seconds=2)


def test_a_new_session_has_the_default_themes_and_takes_other_fields() -> None:
    s = session(organisation="Gemeente")
    assert [e.theme_id for e in s.themes] == [t.id for t in MVI.themes if not t.optional]
    assert (s.title, s.framework_id, s.framework_version, s.organisation) == (
        "Tender",
        MVI.id,
        MVI.version,
        "Gemeente",
    )
    assert (s.kind, s.scope, s.status, s.revision) == (
        SessionKind.PROJECT,
        SessionScope.ORGANISATION,
        SessionStatus.DRAFT,
        0,
    )


def test_an_entry_by_theme_and_an_unknown_theme() -> None:
    s = session()
    assert s.entry(s.themes[1].theme_id) is s.themes[1]
    with pytest.raises(KeyError) as caught:
        s.entry("onbekend")
    assert caught.value.args == ("onbekend",)


def test_orphan_votes_go_and_the_others_stay() -> None:
    s = session()
    ann, bob = Participant(name="Ann"), Participant(name="Bob")
    s.participants = [ann]
    s.themes[0].votes = {ann.id: Level.BASIS, bob.id: Level.AMBITIOUS}
    s.themes[1].votes = {ann.id: Level.SIGNIFICANT}
    kept = s.themes[1].votes
    s.drop_orphan_votes()
    assert s.themes[0].votes == {ann.id: Level.BASIS}
    assert s.themes[1].votes is kept
    assert s.participant_ids() == {ann.id}


def test_agreeing_freezes_a_copy_and_an_edit_makes_a_draft_again() -> None:
    s = session()
    when = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)
    snapshot = s.agree(3, when)
    assert s.status is SessionStatus.AGREED and snapshot.session.status is SessionStatus.AGREED
    assert (snapshot.session_id, snapshot.number, snapshot.agreed_at) == (s.id, 3, when)
    assert snapshot.session == s and snapshot.session is not s
    s.themes[0].ambition = Level.BASIS
    assert snapshot.session.themes[0].ambition is Level.UNSET
    assert snapshot.participants is snapshot.session.participants
    before = utc_now()
    assert s.agree(4).agreed_at >= before
    s.mark_edited()
    assert s.model_dump()["status"] == "draft"
    with pytest.raises(ValidationError):
        Snapshot(session_id=s.id, number=0, agreed_at=when, session=s)


def test_a_duplicate_is_a_fresh_draft_with_everything_else_copied() -> None:
    s = session(organisation="Gemeente")
    s.status = SessionStatus.AGREED
    s.revision = 7
    s.created_at = s.updated_at = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    s.criteria = [ChosenCriterion(theme_id="klimaat", kind="requirement", title="Eis", text="T")]
    copy = s.duplicate("Kopie")
    assert copy.id != s.id and len(copy.id) == 32
    assert (copy.title, copy.status, copy.revision, copy.organisation) == (
        "Kopie",
        SessionStatus.DRAFT,
        0,
        "Gemeente",
    )
    assert copy.created_at == copy.updated_at and copy.created_at > s.created_at
    assert copy.created_at.microsecond == 0
    assert copy.criteria == s.criteria and copy.criteria[0] is not s.criteria[0]
    copy.themes[0].ambition = Level.AMBITIOUS
    assert s.themes[0].ambition is Level.UNSET
