"""Importing in the window a session that carries its own framework: stored, opened, and told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ambitieweb.exchange import sessionfile
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.model.framework import check_framework
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session
from ambitieweb.store.frameworks import FrameworkRepository
from tests.unit.test_framework_model import own


def test_a_session_on_an_own_framework_imports_opens_and_says_what_was_added(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    data = own(5)
    data["themes"][4]["name"] = "Leefomgeving"
    framework = check_framework(data)
    session = Session.new(framework, "Buurtcentrum De Linde")
    session.themes[4].ambition = Level.AMBITIOUS
    path = tmp_path / "linde.ambitieweb.json"
    sessionfile.write_file(path, session, frameworks=[framework])

    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.ui.actionImport.trigger()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)
    assert told == ["Kader 'Beleidsweb Zuiderhaven' (versie 1.0) is toegevoegd."]
    assert window.controller is not None
    assert window.controller.framework == framework
    assert window.controller.session.entry("thema-5").ambition is Level.AMBITIOUS
    assert window.repository is not None
    assert FrameworkRepository(window.repository.engine).get(framework.id) == framework
    assert window.catalogue is not None and window.catalogue.framework(framework.id) == framework


@pytest.mark.sqlite_only
def test_the_emergency_copy_of_a_session_on_an_own_framework_carries_the_framework(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    from ambitieweb.catalogue import default_catalogue
    from ambitieweb.exchange import read_file

    assert window.repository is not None
    framework = check_framework(own(3))
    FrameworkRepository(window.repository.engine).save(framework)
    session = window.repository.create(Session.new(framework, "Noodkopie"))
    job = window.own_frameworks_changed()  # read in a worker
    assert job is not None
    with qtbot.waitSignal(job.finished):
        pass
    window.open_session(session.id)
    workspace = window.workspace
    assert workspace is not None and window.repository.path is not None
    window.repository.path.unlink()  # the database is gone: the edit goes into a file instead
    workspace.set_ambition(Level.AMBITIOUS)
    assert workspace.ui.messageBar.isVisible()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "nood"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    workspace.ui.saveCopyButton.click()
    kept = read_file(tmp_path / "nood.ambitieweb.json", default_catalogue())  # a laptop without it
    assert kept.own_frameworks == [framework] and kept.session.themes[0].ambition is Level.AMBITIOUS
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.close()


def test_a_session_file_with_its_contract_follow_up_imports_and_the_reviews_open(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    from ambitieweb.store import Repository, open_database
    from ambitieweb.store.contracts import ContractRepository
    from ambitieweb.transfer import export_file
    from tests.unit.test_store_contracts import stored_web, two_reviews

    elsewhere = open_database(f"sqlite:///{tmp_path / 'elders.sqlite'}")  # the other laptop
    other = Repository(elsewhere.engine)
    snapshot = stored_web(other)
    contract = ContractRepository(other.engine).create(two_reviews(snapshot))
    path = export_file(other, snapshot.session_id, tmp_path / "schoonmaak")
    elsewhere.close()

    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.ui.actionImport.trigger()  # the example is here: "import as a copy?" yes
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)
    assert told == ["De contractopvolging is meegenomen, met 2 voortgangsgesprek(ken)."]

    assert window.controller is not None and window.controller.session.title.endswith("(kopie)")

    window.contracts.start()  # Sessie › Contractopvolging…
    assert window.contracts.controller is not None
    opened = window.contracts.controller.contract
    assert opened.session_id != contract.session_id and opened.supplier == contract.supplier
    assert [r.checks for r in opened.reviews] == [r.checks for r in contract.reviews]
