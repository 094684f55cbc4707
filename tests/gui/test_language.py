"""Dutch by default, English on request; the .ts covers every string and the .qm is compiled from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic_core import ErrorDetails
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.app import install_translators
from ambitieweb.gui.main_window import LANGUAGE_KEY, MainWindow
from ambitieweb.model.session import Session
from ambitieweb.resources import PACKAGE_DIR, resource, ui_dir

TS = resource("translations", "ambitieweb_en.ts")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found
    return found


def test_every_gui_string_has_an_english_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = [  # every room, as `make translations` reads them (not the generated forms)
        str(p)
        for p in sorted((PACKAGE_DIR / "gui").rglob("*.py"))
        if p.name != "__init__.py" and "forms" not in p.parts
    ]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            *map(str, sorted(ui_dir().glob("*.ui"))),
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(fresh).iter("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
    ]
    assert unfinished == [], "run `make translations` and translate the new strings"


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == resource("translations", "ambitieweb_en.qm").read_bytes()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "nl")


def test_the_window_speaks_dutch_by_default(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.ui.fileMenu.title() == "&Bestand"


def test_the_window_speaks_english_on_request(qtbot: QtBot, english: None) -> None:
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    assert window.ui.fileMenu.title() == "&File"
    assert window.ui.editMenu.title() == "&Edit"


def test_the_language_choice_is_remembered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.ui.actionEnglish.trigger()
    assert settings.value(LANGUAGE_KEY) == "en"
    assert window.ui.actionEnglish.isChecked() and not window.ui.actionDutch.isChecked()
    assert "after Ambitieweb restarts" in told[0]


def test_the_radar_speaks_english_in_english_mode(qtbot: QtBot, database_url: str, english: None) -> None:
    from ambitieweb.gui.store_opener import open_store
    from tests.gui.sessions import drawn, open_titled

    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    assert open_store(window, database_url, "en")
    workspace = open_titled(window, "N123")
    data = drawn(qtbot, workspace.radar).plot().data
    assert data.level_names == ("basic", "significant", "ambitious")
    assert data.legend_entries()[:2] == ("Ambition", "Current situation")
    ring_labels = [label.get_text() for label in workspace.radar.plot().overlay_artists()]
    assert all(text.split(" ", 1)[-1] in ("1", "2", "3", *data.level_names) for text in ring_labels)
    description = workspace.radar.accessibleDescription()
    assert "Ambition " in description and "Ambitie" not in description
    assert workspace.radar.accessibleName() == "Ambition web chart"


def test_texts_asked_for_by_context_outside_a_widget_speak_english(
    english: None, catalogue: Catalogue
) -> None:
    """The award scheme's summary, its undo text and the validation sentences are asked for with a
    context written out (no widget's tr): `make translations` files them under it, so Qt finds them."""
    from ambitieweb.gui.criteria.award_text import scheme_summary
    from ambitieweb.gui.sessions.session_dialog import problem_text

    session = Session.new(catalogue.framework("mvi-nationaal-plan"), "Schoonmaak")
    assert scheme_summary(session, "en") == "No award criteria or price yet"
    assert QCoreApplication.translate("AwardModelDialog", "Gunningsmodel aanpassen") == "Change award model"
    empty = ErrorDetails(type="string_too_short", loc=("title",), msg="too short", input="")
    assert problem_text(empty, "Title") == "Title must not be empty."
    odd = ErrorDetails(type="value_error", loc=("title",), msg="no", input="x")
    assert problem_text(odd, "Title") == "Title is invalid: no"
