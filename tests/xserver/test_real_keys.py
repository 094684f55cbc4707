"""Real key presses on a real X server, on US and German layouts: the level keys, Shift+digits for the
current situation, cell editors, the rationale and presenter mode."""

from __future__ import annotations

from typing import Any

import pytest

from ambitieweb.model.session import Session
from ambitieweb.store import Repository, open_database

pytestmark = pytest.mark.xserver
LAYOUTS = ["us", "de"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_digits_set_the_ambition_and_shift_digits_the_current_situation(start_app: Any, layout: str) -> None:
    app = start_app(layout)
    before = app.state()
    assert before["focus"] == "themeTable" and before["theme"] == 0
    app.keys("Down", "2", "shift+3", "Down", "shift+1", "3", "Up", "shift+0", "0")
    after = app.state()
    assert [t["ambition"] for t in after["themes"][1:3]] == [0, 3]
    assert [t["current"] for t in after["themes"][1:3]] == [0, 1]
    assert not [w for w in after["warnings"] if "mbiguous" in w], after["warnings"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_digit_in_an_open_cell_editor_is_that_cell_s_level(start_app: Any, layout: str) -> None:
    app = start_app(layout)
    ambition = app.state()["themes"][4]["ambition"]
    app.command("edit 4 1")  # the "Huidig" cell of theme 5, opened as a double click does
    app.keys("2", "Return")
    after = app.state()
    assert after["themes"][4]["current"] == 2
    assert after["themes"][4]["ambition"] == ambition  # the ambition never follows a digit typed there
    assert not [text for text in after["undo"] if text.startswith("Ambitie")], after["undo"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_rationale_keeps_its_keys_and_esc_goes_back_to_the_themes(
    start_app: Any, layout: str, database_url: str
) -> None:
    app = start_app(layout)
    before = app.state()["themes"][0]
    app.keys("n")
    opened = app.state()
    assert opened["focus"] == "rationaleEdit"
    assert opened["cursor"] == len(before["rationale"])  # after what is written, not before it
    app.type(" Nog 2 punten")
    app.keys("Down", "n", "Escape")
    after = app.state()
    assert after["focus"] == "themeTable" and after["theme"] == 0  # Down stayed in the text
    written = before["rationale"] + " Nog 2 puntenn"
    assert after["themes"][0]["rationale"] == written
    assert after["themes"][0]["ambition"] == before["ambition"]  # "2" was text too
    assert stored(database_url).themes[0].rationale == written  # saved, nothing to confirm


def stored(database_url: str) -> Session:
    """The N123 session as the database holds it (read beside the running program)."""
    database = open_database(database_url)
    try:
        repository = Repository(database.engine)
        [summary] = [s for s in repository.list_sessions() if "N123" in s.title]
        return repository.get(summary.id)
    finally:
        database.engine.dispose()


def votes_on(state: dict[str, Any], theme: int) -> list[int]:
    """The votes on a theme in the order of the participants (0: none)."""
    votes = state["themes"][theme]["votes"]
    return [votes.get(person, 0) for person in state["participants"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_presenter_keys_vote_walk_and_keep_out_of_the_notes(start_app: Any, layout: str) -> None:
    app = start_app(layout, "presenter")
    start = app.state()
    assert start["presentation"]["single_screen"] and start["presentation"]["theme"] == 0
    theme = 5  # no votes yet in the example
    assert votes_on(start, theme) == [0] * len(start["participants"])
    app.keys(*["Right"] * theme, "1", "2", "3")
    voted = app.state()
    assert voted["presentation"]["theme"] == theme
    assert votes_on(voted, theme)[:3] == [1, 2, 3]
    app.keys("Right", "3", "ctrl+2")  # the next theme's round starts again with the first person
    walked = app.state()
    assert walked["presentation"]["participant"] == 1
    assert votes_on(walked, theme + 1)[0] == 3 and votes_on(walked, theme)[:3] == [1, 2, 3]
    assert walked["themes"][theme + 1]["ambition"] == 2

    # One screen: N gives a notes editor over the audience view; what is typed there stays text.
    app.keys("n")
    notes = app.state()
    assert notes["dialogs"] == ["NotesDialog"] and notes["focus_class"] == "QPlainTextEdit"
    app.type("Tijd: 1 R")
    app.keys("Escape")
    typed = app.state()
    assert typed["dialogs"] == [] and typed["presenting"]
    assert typed["themes"][theme + 1]["rationale"].endswith("Tijd: 1 R")
    assert not typed["presentation"]["clock"] and typed["presentation"]["revealed"] == []
    assert votes_on(typed, theme + 1) == votes_on(walked, theme + 1)

    # The presenter view's own fields (with a projector they are on the laptop): digits are values.
    app.command("focus minutesSpin")
    app.keys("ctrl+a")
    app.type("12")
    app.command("focus notesEdit")
    app.type("T3")
    fields = app.state()
    assert fields["themes"][theme + 1]["minutes"] == 12
    assert "T3" in fields["themes"][theme + 1]["rationale"]
    assert votes_on(fields, theme + 1) == votes_on(walked, theme + 1)
    assert not fields["presentation"]["clock"]

    app.command("focus votesTable")
    app.keys("t", "r")  # outside text the letters are the presenter's keys
    keys = app.state()
    assert keys["presentation"]["clock"] and keys["presentation"]["revealed"]
    assert not [w for w in keys["warnings"] if "mbiguous" in w], keys["warnings"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_search_field_enter_opens_and_down_goes_into_the_list(start_app: Any, layout: str) -> None:
    app = start_app(layout, "list")
    app.command("focus searchEdit")
    app.type("n123")
    app.keys("Down")
    assert app.state()["focus"] == "sessionTable"
    app.command("focus searchEdit")
    app.keys("Return")
    opened = app.state()
    assert opened["page"] == "workspacePage" and opened["focus"] == "themeTable"
