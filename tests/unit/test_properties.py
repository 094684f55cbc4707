"""Round trips are identities: model -> store -> model, and model -> file -> model."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ambitieweb.catalogue import default_catalogue
from ambitieweb.exchange import parse
from ambitieweb.exchange.sessionfile import dumps
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import (
    ChosenCriterion,
    Goal,
    Measure,
    Participant,
    Role,
    Session,
    SessionKind,
    ThemeEntry,
    WeightUnit,
)
from ambitieweb.store import Repository, open_database

CATALOGUE = default_catalogue()
# Any text a person can type: markup, quotes, emoji, accents; no control characters but newline and tab.
typed = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
    | st.sampled_from("\n\t<>&\"'"),
    max_size=40,
)
line = typed.map(str.strip)
levels = st.sampled_from(list(Level))
numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    framework = draw(st.sampled_from(sorted(CATALOGUE.frameworks.values(), key=lambda f: f.id)))
    themes = draw(st.lists(st.sampled_from(framework.themes), min_size=1, unique_by=lambda t: t.id))
    people = draw(
        st.lists(
            st.builds(
                Participant,
                id=st.uuids().map(lambda u: u.hex),
                name=line,
                role=st.sampled_from(list(Role)),
                organisation=line,
            ),
            max_size=3,
            unique_by=lambda p: p.id,
        )
    )
    rated = st.sampled_from([Level.BASIS, Level.SIGNIFICANT, Level.AMBITIOUS])
    counts = st.integers(0, 1000)
    entries = [
        ThemeEntry(
            theme_id=t.id,
            current=draw(levels),
            ambition=draw(levels),
            rationale=draw(typed),
            focus=draw(st.booleans()),
            goals=draw(
                st.lists(
                    st.builds(
                        Goal,
                        indicator=line,
                        baseline=numbers,
                        target=numbers,
                        unit=line,
                        year=st.none() | st.integers(1900, 2200),
                    ),
                    max_size=2,
                )
            ),
            measures=draw(st.lists(st.builds(Measure, what=line, owner=line, when=line), max_size=2)),
            votes=draw(st.dictionaries(st.sampled_from([p.id for p in people]), rated)) if people else {},
            tally=draw(st.tuples(counts, counts, counts)),
            minutes=draw(st.integers(0, 600)),
        )
        for t in themes
    ]
    chosen = draw(
        st.lists(
            st.builds(
                ChosenCriterion,
                theme_id=st.sampled_from([t.id for t in themes]),
                kind=st.sampled_from(list(CriterionKind)),
                level=levels,
                title=line,
                text=typed,
                verification=typed,
                scoring=typed,
                weight=st.none() | st.floats(0, 100_000, allow_nan=False),
                values=st.dictionaries(
                    st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True), line, max_size=2
                ),
                catalogue_id=st.none() | st.just("klimaat-1-x"),
                catalogue_revision=st.none() | st.integers(1, 5),
                edited=st.booleans(),
            ),
            max_size=3,
        )
    )
    moment = draw(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)))
    return Session(
        kind=draw(st.sampled_from(list(SessionKind))),
        title=draw(line.filter(bool)),
        organisation=draw(line),
        subject=draw(line),
        session_date=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        facilitator=draw(line),
        participants=people,
        framework_id=framework.id,
        framework_version=framework.version,
        themes=entries,
        criteria=chosen,
        weight_unit=draw(st.sampled_from(list(WeightUnit))),
        max_criteria_per_theme=draw(st.integers(1, 50)),
        max_focus=draw(st.integers(1, 64)),
        created_at=moment.replace(microsecond=0, tzinfo=dt.UTC),
        updated_at=moment.replace(microsecond=0, tzinfo=dt.UTC),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_store_round_trip(session: Session) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'p.sqlite'}")
        repository = Repository(database.engine)
        repository.create(session)
        assert repository.get(session.id) == session
        session.themes[0].ambition = Level.BASIS
        repository.save(session)
        assert repository.get(session.id) == session
        database.engine.dispose()


@settings(max_examples=100, deadline=None)
@given(sessions())
def test_file_round_trip(session: Session) -> None:
    snapshot = session.agree(1)
    document = parse(dumps(session, [snapshot]).encode(), CATALOGUE)
    assert document.session == session
    assert document.snapshots == [snapshot]
