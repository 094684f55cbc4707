"""`ambitieweb --selftest` from source: the checks the frozen build runs, here cheaply and in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ambitieweb import cli
from ambitieweb.exchange import SUFFIX
from ambitieweb.gui import selftest
from ambitieweb.gui.documents.export_paths import file_stem
from ambitieweb.reports import DOCUMENTS
from ambitieweb.resources import sessions_dir


def example_titles() -> list[str]:
    return [
        json.loads(path.read_text(encoding="utf-8"))["session"]["title"]
        for path in sorted(sessions_dir().glob(f"*{SUFFIX}"))
    ]


def test_the_selftest_passes_and_leaves_every_file_it_made(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--selftest", "--output", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "FAILED" not in out
    assert out.rstrip().endswith("checks passed")
    titles = example_titles()
    assert len(titles) == 5
    for title in titles:
        stem = file_stem(title)
        for document in DOCUMENTS:
            assert (tmp_path / f"{stem}-{document}.pdf").read_bytes().startswith(b"%PDF-")
        for name in ("radar.png", "radar.svg", "radar.pdf", "bestekteksten.md", "bestekteksten.txt"):
            assert (tmp_path / f"{stem}-{name}").stat().st_size > 0
        assert (tmp_path / f"{stem}{SUFFIX}").is_file()
        assert f"radar on screen '{title}'" in out


def test_output_without_selftest_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--output", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "--output hoort bij --selftest" in capsys.readouterr().err


def test_missing_resources_fail_by_name_with_exit_1(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(selftest, "resource", lambda *parts: empty.joinpath(*parts))
    monkeypatch.setattr(selftest, "sessions_dir", lambda: empty)
    monkeypatch.setattr(selftest, "_check_sessions", lambda *args: None)  # the resources are the point
    assert selftest.run_selftest(tmp_path / "out") == 1
    out = capsys.readouterr().out
    assert "FAILED icon: RuntimeError: cannot load" in out
    assert "FAILED translations:" in out
    assert "FAILED example sessions:" in out
    assert "ok     catalogue" in out
    assert "selftest: 3 of" in out


def test_a_dialog_nobody_answers_is_closed_and_counted(qapp: QApplication) -> None:
    test = selftest.SelfTest()
    closer = selftest._DialogCloser(test, qapp)
    dialog = QDialog()
    dialog.setWindowTitle("Vraag")
    QTimer.singleShot(5000, dialog.accept)  # the closer should win by far; never hang the run

    def ask() -> str:
        return "answered" if dialog.exec() == QDialog.DialogCode.Accepted else "closed"

    assert test.check("asks the user", ask)
    assert dialog.result() == QDialog.DialogCode.Rejected  # closed by the closer, not the timer
    assert test.failed == ["unexpected dialog: Vraag"]
    assert test.summary() == 1
    closer.deleteLater()
