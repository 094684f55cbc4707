"""The session search folds case and diacritics (README, "Searching"): checked over generated text
against a real database."""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ambitieweb.catalogue import Catalogue, default_catalogue
from ambitieweb.model.session import Session
from ambitieweb.store import Repository, open_database
from ambitieweb.store.search import fold, search_text, terms, words

MVI = default_catalogue().framework("mvi-nationaal-plan")
# Letters of Latin script: ASCII, Latin-1, Latin Extended-A and -B (Dutch ë, ï, é, ĳ; German ß, ü;
# Polish ł; Scandinavian å, ø; Turkish ı, ş; ...).
latin_letter = st.characters(min_codepoint=0x41, max_codepoint=0x24F, categories=("Lu", "Ll", "Lt"))
latin_word = st.text(latin_letter, min_size=1, max_size=12)
any_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


VARIANTS: tuple[Callable[[str], str], ...] = (
    str.upper,
    str.lower,
    str.title,
    str.casefold,
    strip_accents,
    lambda w: strip_accents(w).upper(),
)


@pytest.fixture(scope="module")
def store() -> Iterator[Repository]:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'search.sqlite'}")
        yield Repository(database.engine)
        database.engine.dispose()


def found(repository: Repository, search: str, session: Session) -> bool:
    return session.id in {s.id for s in repository.list_sessions(search)}


def test_dutch_and_other_accents_fold_both_ways() -> None:
    assert fold("Ë") == fold("ë") == fold("e") == "e"
    assert fold("ÜBER") == fold("über") == "uber"
    assert fold("É") == fold("é") and fold("Straße") == fold("STRASSE") == "strasse"
    assert fold("Iğdır") == fold("IĞDIR") == "igdir" and fold("İzmir") == "izmir"
    assert words("Reünie in 't Gooi, 2027-2031 (ĲSSEL)") == [
        "reunie",
        "in",
        "t",
        "gooi",
        "2027",
        "2031",
        "ijssel",
    ]
    assert search_text("Café", "", "Zuid") == " cafe zuid"
    assert terms("  a  bcd bc ") == ["bcd", "bc", "a"]


@given(any_text)
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert words(" ".join(words(text))) == words(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(latin_word, min_size=1, max_size=5),
    st.integers(0, 4),
    st.sampled_from(VARIANTS),
    st.integers(1, 30),
)
@example(["Iğdır"], 0, str.upper, 5)
@example(["Reünie", "Ĳssel"], 1, strip_accents, 2)
def test_any_case_or_accent_variant_of_the_start_of_a_word_finds_the_session(
    store: Repository, title_words: list[str], which: int, variant: Callable[[str], str], length: int
) -> None:
    session = store.create(Session.new(MVI, " ".join(title_words)))
    typed = variant(title_words[which % len(title_words)])[:length]
    if words(typed):  # a start that is a letter of its own (e.g. a lone combining mark has none)
        assert found(store, typed, session), (title_words, typed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_text.filter(lambda t: t.strip() and not t.startswith(" ")), st.sampled_from(VARIANTS))
def test_any_title_finds_itself_in_any_case(
    store: Repository, title: str, variant: Callable[[str], str]
) -> None:
    session = store.create(Session.new(MVI, title.strip()))
    typed = variant(title)
    assert found(store, typed, session) == bool(words(typed)) or not words(title)


def test_the_words_of_a_title_are_searchable_as_typed(store: Repository, catalogue: Catalogue) -> None:
    session = store.create(Session.new(catalogue.framework("duurzaam-gww"), "Ĳsselbrug Zwolle–Kampen"))
    for typed in ("ijssel", "IJSSELBRUG", "zwolle kampen", "kamp zwol"):
        assert found(store, typed, session), typed
    assert not found(store, "brug", session)  # the start of a word, not any part of it
