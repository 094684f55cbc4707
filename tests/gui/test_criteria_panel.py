"""The Criteria tab, driven in the real window as a tender writer would: pick, edit, write, weigh, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.criteria.criterion_dialog import CriterionDialog
from ambitieweb.gui.criteria.models import CatalogueCriteriaModel, ChosenCriteriaModel
from ambitieweb.gui.criteria.panel import CriteriaPanel
from ambitieweb.gui.documents.missing_values import MissingValue, MissingValuesModel
from ambitieweb.gui.main_window import MainWindow
from ambitieweb.gui.sessions.session_dialog import SessionDialog
from ambitieweb.gui.workspace.workspace import Workspace
from ambitieweb.model.criteria import CriterionKind
from ambitieweb.model.levels import Level
from ambitieweb.model.session import Session, WeightUnit
from ambitieweb.model.tender import choose
from tests.gui.accessibility import accessible_name
from tests.gui.sessions import stored

AWARD = "klimaat-2-gunning-co2-uitstoot-uitvoering"  # placeholders: punten, frequentie
CLAUSE = "klimaat-2-clausule-co2-rapportage-sanctie"  # placeholders: frequentie, boete
ALREADY_CHOSEN = "klimaat-2-eis-zero-emissie-vervoer"  # in the example session


def open_cleaning(window: MainWindow, qtbot: QtBot) -> tuple[Workspace, CriteriaPanel]:
    assert window.repository is not None
    [summary] = [s for s in window.repository.list_sessions() if "Schoonmaak" in s.title]
    window.open_session(summary.id)
    workspace = window.workspace
    assert workspace is not None
    workspace.select_theme(0)  # Klimaat, ambition 2
    tabs = workspace.ui.detailTabs
    bar = tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(workspace.ui.criteriaTab)).center()
    )
    assert tabs.currentWidget() is workspace.ui.criteriaTab
    return workspace, workspace.criteria


def klimaat(session: Session) -> list[str]:
    return [c.catalogue_id or c.title for c in session.criteria if c.theme_id == "klimaat"]


def click_offer(qtbot: QtBot, panel: CriteriaPanel, criterion_id: str) -> None:
    tree = panel.ui.catalogueTree
    index = panel.offered.index_of(criterion_id)
    assert index.isValid(), criterion_id
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    offer = panel.selected_offer()
    assert offer is not None and offer.id == criterion_id


def click_chosen(qtbot: QtBot, panel: CriteriaPanel, title: str) -> None:
    table = panel.ui.chosenTable
    [row] = [r for r in range(panel.chosen.rowCount()) if panel.chosen.chosen(r).title == title]
    index = panel.chosen.index(row, ChosenCriteriaModel.TITLE)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    chosen = panel.selected_chosen()
    assert chosen is not None and chosen.title == title


def open_dialog(qtbot: QtBot, panel: CriteriaPanel, button: QAbstractButton) -> CriterionDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(qtbot: QtBot, dialog: CriterionDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type (ASCII, as QTest does) at the end of a line or text edit."""
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        widget.setTextCursor(cursor)
    elif isinstance(widget, QLineEdit):
        widget.end(False)
    qtbot.keyClicks(widget, text)


def test_the_catalogue_offers_the_theme_up_to_its_ambition(window: MainWindow, qtbot: QtBot) -> None:
    workspace, panel = open_cleaning(window, qtbot)
    model = panel.offered
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == [  # the example is a schoonmaak session: its group's criteria come with them
        "Geschiktheidseisen (1)",
        "Minimumeisen (3)",
        "Gunningscriteria (3)",
        "Contractbepalingen (3)",  # zero-emissievervoer is a contractbepaling since issue 15
    ]
    offered = [
        model.index(r, 0, model.index(g, 0)).data(0x0100 + 1)
        for g in range(4)
        for r in range(model.rowCount(model.index(g, 0)))
    ]
    assert all("-3-" not in cid for cid in offered) and len(offered) == 10
    chosen = model.index_of(ALREADY_CHOSEN)
    assert chosen.siblingAtColumn(CatalogueCriteriaModel.CHOSEN).data() == "✓ gekozen"
    assert "niveau 1 t/m 2" in panel.ui.catalogueHint.text()
    guidance = model.index_of(AWARD).data(Qt.ItemDataRole.ToolTipRole)
    assert guidance and guidance.startswith("<p")
    click_offer(qtbot, panel, ALREADY_CHOSEN)
    assert not panel.ui.chooseButton.isEnabled()  # chosen once only
    # Without an ambition the catalogue offers every level.
    workspace.ui.themeTable.setFocus()
    qtbot.keyClick(workspace.ui.themeTable, Qt.Key.Key_0)
    assert stored(window).themes[0].ambition is Level.UNSET
    assert sum(model.rowCount(model.index(g, 0)) for g in range(model.rowCount())) == 13
    assert panel.ui.catalogueHint.text().startswith("alle niveaus")
    window.undo_action.trigger()
    assert sum(model.rowCount(model.index(g, 0)) for g in range(model.rowCount())) == 10


def offered_by_kind(panel: CriteriaPanel) -> dict[str, list[tuple[str, str]]]:
    """Per kind group: (catalogue id, source column) of each offered criterion, top to bottom."""
    model = panel.offered
    result: dict[str, list[tuple[str, str]]] = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        result[str(group.data()).split(" (")[0]] = [
            (
                str(model.index(r, 0, group).data(0x0100 + 1)),
                str(model.index(r, CatalogueCriteriaModel.SOURCE, group).data()),
            )
            for r in range(model.rowCount(group))
        ]
    return result


def test_the_product_groups_criteria_come_first_then_the_generic_ones(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, panel = open_cleaning(window, qtbot)
    workspace.select_theme(1)  # Milieu en biodiversiteit, ambition 2
    assert panel.theme_id == "milieu"
    offered = offered_by_kind(panel)
    assert offered["Minimumeisen"][:2] == [
        ("schoonmaak-milieu-1-eis-middelen-keurmerk-cmr-vrij", "productgroep"),
        ("schoonmaak-milieu-2-eis-doseersystemen", "productgroep"),
    ]
    for kind, items in offered.items():
        sources = [source for _id, source in items]
        own = sources.count("productgroep")
        assert sources == ["productgroep"] * own + ["algemeen"] * (len(sources) - own), kind
        assert all(cid.startswith("schoonmaak-") for cid, _ in items[:own])
        assert all("-3-" not in cid for cid, _ in items), "the theme's ambition is 2"
    assert offered["Gunningscriteria"][0] == (
        "schoonmaak-milieu-2-gunning-minder-middelen",
        "productgroep",
    )
    assert (
        panel.ui.catalogueHint.text()
        == "niveau 1 t/m 2, de ambitie; eerst Schoonmaakdienstverlening, dan algemeen"
    )
    model = panel.offered
    assert model.headerData(CatalogueCriteriaModel.SOURCE, Qt.Orientation.Horizontal) == "Bron"
    first = model.index_of("schoonmaak-milieu-1-eis-middelen-keurmerk-cmr-vrij")
    source = first.siblingAtColumn(CatalogueCriteriaModel.SOURCE)
    assert "Schoonmaakdienstverlening" in source.data(Qt.ItemDataRole.ToolTipRole)
    assert first.siblingAtColumn(CatalogueCriteriaModel.CHOSEN).data() == "✓ gekozen"  # the example picked it
    assert panel.ui.catalogueTree.isColumnHidden(CatalogueCriteriaModel.SOURCE) is False

    # "Anders" in the session details: only the generic criteria stay, in their own order.
    def pick_anders(dialog: SessionDialog) -> int:
        combo = dialog.ui.productGroupCombo
        assert combo.currentText() == "Schoonmaakdienstverlening"
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        assert combo.currentData() is None and combo.currentText().startswith("Anders")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionDialog, "exec", pick_anders)
    window.ui.actionDetails.trigger()
    assert stored(window).product_group is None
    generic = offered_by_kind(panel)
    assert all(source == "algemeen" for items in generic.values() for _id, source in items)
    assert panel.ui.catalogueHint.text() == "niveau 1 t/m 2, de ambitie"
    expected = [c.id for c in panel.catalogue.criteria("mvi-nationaal-plan", "milieu", Level.SIGNIFICANT)]
    assert sorted(cid for items in generic.values() for cid, _ in items) == sorted(expected)
    window.undo_action.trigger()  # the group comes back, and its criteria first
    assert stored(window).product_group == "schoonmaak"
    assert offered_by_kind(panel) == offered


def test_choose_edit_write_weigh_and_undo(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    workspace, panel = open_cleaning(window, qtbot)
    original = stored(window)
    assert klimaat(original) == [ALREADY_CHOSEN]
    assert panel.ui.totalLabel.text() == "Prijs 0% + kwaliteit 0% + MVI 100% = 100%"
    assert panel.ui.warningsLabel.text() == "Geen waarschuwingen voor dit thema."

    # 1. Choose an award criterion with the button, a contract clause with Enter.
    click_offer(qtbot, panel, AWARD)
    qtbot.mouseClick(panel.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert klimaat(stored(window)) == [ALREADY_CHOSEN, AWARD]
    assert panel.offered.index_of(AWARD).siblingAtColumn(CatalogueCriteriaModel.CHOSEN).data() == "✓ gekozen"
    assert not panel.ui.chooseButton.isEnabled()
    click_offer(qtbot, panel, CLAUSE)
    qtbot.keyClick(panel.ui.catalogueTree, Qt.Key.Key_Return)
    assert klimaat(stored(window)) == [ALREADY_CHOSEN, AWARD, CLAUSE]
    assert panel.chosen.rowCount() == 3
    assert [panel.chosen.index(r, 0).data() for r in range(3)] == [
        "W1",
        "C1",
        "C2",
    ]  # as the documents number: the example's zero-emissievervoer is C1
    warnings = panel.ui.warningsLabel.text()
    assert "heeft nog geen weging" in warnings and "vul nog in: frequentie, punten" in warnings

    # 2. Edit the award criterion: text, a placeholder value, a weight; one step to undo.
    award_title = stored(window).criteria[-2].title
    click_chosen(qtbot, panel, award_title)
    dialog = open_dialog(qtbot, panel, panel.ui.editButton)
    assert not dialog.ui.kindCombo.isEnabled() and dialog.ui.weightSpin.isVisible()
    labels = {name: edit.accessibleName() for name, edit in dialog.value_edits.items()}
    assert labels == {
        "punten": "Maximaal te behalen punten op dit criterium",
        "frequentie": "Rapportageperiode, bijv. kwartaal of halfjaar",
    }
    type_into(qtbot, dialog.ui.textEdit, " Ook voor onderaannemers.")
    type_into(qtbot, dialog.value_edits["punten"], "10")
    dialog.ui.weightSpin.setFocus()
    dialog.ui.weightSpin.selectAll()
    qtbot.keyClicks(dialog.ui.weightSpin, "10")
    dialog.grab().save(str(tmp_path / "criterion-dialog.png"))
    press_ok(qtbot, dialog)
    assert panel.dialog is None
    award = next(c for c in stored(window).criteria if c.catalogue_id == AWARD)
    assert award.text.endswith(" Ook voor onderaannemers.") and award.edited
    assert (award.weight, award.values) == (10.0, {"punten": "10"})
    assert panel.ui.totalLabel.text() == "Prijs 0% + kwaliteit 0% + MVI 110% = 110%"
    assert "tellen op tot 110% in plaats van 100%" in panel.ui.warningsLabel.text()
    notes = panel.chosen.index(panel.chosen.row_of(award.id), ChosenCriteriaModel.NOTES)
    assert notes.data() == "⚠"
    assert notes.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "⚠ nog invullen: frequentie; tekst aangepast voor deze aanbesteding"
    )
    assert window.undo_action.text() == f"Ongedaan maken Criterium bewerken: {award.title}"
    window.undo_action.trigger()
    award = next(c for c in stored(window).criteria if c.catalogue_id == AWARD)
    assert (award.weight, award.values, award.edited) == (None, {}, False)
    assert panel.ui.totalLabel.text() == "Prijs 0% + kwaliteit 0% + MVI 100% = 100%"
    window.redo_action.trigger()
    assert next(c for c in stored(window).criteria if c.catalogue_id == AWARD).weight == 10.0

    # 3. Write an own criterion (a requirement) with a placeholder of its own.
    dialog = open_dialog(qtbot, panel, panel.ui.ownButton)
    assert dialog.ui.kindCombo.isEnabled() and dialog.ui.kindCombo.currentText() == "Minimumeis"
    assert not dialog.ui.weightSpin.isVisible()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a title and a text are needed
    type_into(qtbot, dialog.ui.titleEdit, "Elektrisch schoonmaakmateriaal")
    type_into(qtbot, dialog.ui.textEdit, "Minimaal {{aandeel}}% van de machines is elektrisch.")
    assert (
        list(dialog.value_edits) == ["aandeel"]
        and dialog.value_edits["aandeel"].accessibleName() == "aandeel"
    )
    type_into(qtbot, dialog.value_edits["aandeel"], "80")
    type_into(qtbot, dialog.ui.verificationEdit, "Lijst van machines.")
    press_ok(qtbot, dialog)
    own = stored(window).criteria[-1]
    assert (own.title, own.kind, own.catalogue_id, own.values) == (
        "Elektrisch schoonmaakmateriaal",
        CriterionKind.REQUIREMENT,
        None,
        {"aandeel": "80"},
    )
    assert own.level is Level.SIGNIFICANT and own.verification == "Lijst van machines."

    # 4. The own requirement is the theme's only one (E1): nothing to move it past. The clause chosen
    # in step 1 moves before the example's clause and becomes C1.
    chosen = panel.selected_chosen()
    assert chosen is not None and chosen.id == own.id
    assert not panel.ui.upButton.isEnabled() and not panel.ui.downButton.isEnabled()
    assert panel.chosen.index(panel.chosen.row_of(own.id), 0).data() == "E1"
    clause = next(c for c in stored(window).criteria if c.catalogue_id == CLAUSE)
    click_chosen(qtbot, panel, clause.title)
    assert panel.ui.upButton.isEnabled() and not panel.ui.downButton.isEnabled()
    qtbot.mouseClick(panel.ui.upButton, Qt.MouseButton.LeftButton)
    clauses = [
        c.catalogue_id
        for c in stored(window).criteria
        if c.kind is CriterionKind.CONTRACT_CLAUSE and c.theme_id == "klimaat"
    ]
    assert clauses == [CLAUSE, ALREADY_CHOSEN]
    assert panel.chosen.index(panel.chosen.row_of(clause.id), 0).data() == "C1"

    # 5. Four criteria now: the threshold (4) is reached, not passed; lowering it warns.
    assert "drempel" not in panel.ui.warningsLabel.text()
    spin = panel.ui.thresholdSpin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert stored(window).max_criteria_per_theme == 3
    assert "Thema 'Klimaat' heeft 4 criteria (drempel 3)" in panel.ui.warningsLabel.text()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")  # typing a digit sets the threshold, not the ambition (the 0-3 keys)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert stored(window).max_criteria_per_theme == 4
    assert stored(window).themes[0].ambition is Level.SIGNIFICANT
    assert "drempel" not in panel.ui.warningsLabel.text()

    # 6. Points instead of percentages: no 100% rule, the total in points.
    combo = panel.ui.unitCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert stored(window).weight_unit is WeightUnit.POINTS
    assert panel.ui.totalLabel.text() == "Prijs 0 punten + kwaliteit 0 punten + MVI 110 punten = 110 punten"
    assert "tellen op tot" not in panel.ui.warningsLabel.text()
    assert panel.chosen.index(panel.chosen.row_of(award.id), ChosenCriteriaModel.WEIGHT).data() == "10 punten"

    # 7. Delete removes the selected criterion; undo brings everything back, step by step.
    click_chosen(qtbot, panel, "Elektrisch schoonmaakmateriaal")
    qtbot.keyClick(panel.ui.chosenTable, Qt.Key.Key_Delete)
    assert "Elektrisch schoonmaakmateriaal" not in klimaat(stored(window))
    workspace.grab().save(str(tmp_path / "workspace-criteria.png"))
    while window.controller is not None and window.controller.undo_stack.canUndo():
        window.undo_action.trigger()
    back = stored(window)
    assert back.criteria == original.criteria
    assert (back.max_criteria_per_theme, back.weight_unit) == (4, WeightUnit.PERCENT)
    assert panel.chosen.rowCount() == 1 and panel.ui.unitCombo.currentText() == "%"


def test_markup_in_an_own_criterion_shows_literally(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _workspace, panel = open_cleaning(window, qtbot)
    payload = "<b>R&D</b> <img src=x>"
    dialog = open_dialog(qtbot, panel, panel.ui.ownButton)
    type_into(qtbot, dialog.ui.titleEdit, payload)
    type_into(qtbot, dialog.ui.textEdit, payload + " {{waarde}}")
    press_ok(qtbot, dialog)
    own = stored(window).criteria[-1]
    assert own.title == payload and own.text == payload + " {{waarde}}"
    row = panel.chosen.row_of(own.id)
    assert panel.chosen.index(row, ChosenCriteriaModel.TITLE).data() == payload
    tooltip = panel.chosen.index(row, ChosenCriteriaModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; &lt;img src=x&gt;" in tooltip and "<img" not in tooltip
    warnings = panel.ui.warningsLabel
    assert (
        warnings.textFormat() == Qt.TextFormat.PlainText
        and f"'{payload}': vul nog in: waarde" in warnings.text()
    )
    click_chosen(qtbot, panel, payload)
    dialog = open_dialog(qtbot, panel, panel.ui.editButton)
    assert dialog.ui.titleEdit.text() == payload
    assert dialog.ui.originLabel.textFormat() == Qt.TextFormat.PlainText
    value_label = dialog.ui.valuesLayout.labelForField(dialog.value_edits["waarde"])
    assert isinstance(value_label, QLabel) and value_label.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()
    panel.grab().save(str(tmp_path / "markup.png"))


def test_a_pasted_control_character_gets_a_message(window: MainWindow, qtbot: QtBot) -> None:
    _workspace, panel = open_cleaning(window, qtbot)
    dialog = open_dialog(qtbot, panel, panel.ui.ownButton)
    type_into(qtbot, dialog.ui.titleEdit, "Titel")
    dialog.ui.textEdit.setPlainText("Tekst met \x07 bel")  # pasted
    before = len(stored(window).criteria)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and "stuurteken" in dialog.ui.messageLabel.text()
    assert len(stored(window).criteria) == before
    dialog.reject()


def test_the_kind_of_an_own_criterion_decides_weight_and_scoring(window: MainWindow, qtbot: QtBot) -> None:
    _workspace, panel = open_cleaning(window, qtbot)
    dialog = open_dialog(qtbot, panel, panel.ui.ownButton)
    combo: QComboBox = dialog.ui.kindCombo
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Gunningscriterium"))
    assert dialog.ui.weightSpin.isVisible() and dialog.ui.scoringEdit.isVisible()
    assert dialog.ui.weightSpin.suffix() == " %" and dialog.ui.weightSpin.maximum() == 100
    assert dialog.ui.weightSpin.text() == "nog geen"
    assert dialog.ui.valuesHint.text().startswith("Deze tekst heeft geen invulwaarden.")
    type_into(qtbot, dialog.ui.titleEdit, "Innovatieve aanpak")
    type_into(qtbot, dialog.ui.textEdit, "Beschrijf uw aanpak.")
    type_into(qtbot, dialog.ui.scoringEdit, "Maximaal {{punten}} punten.")
    assert list(dialog.value_edits) == ["punten"]
    assert dialog.ui.valuesHint.text().startswith("Deze waarden komen op de plaats van {{naam}}")
    dialog.ui.weightSpin.setValue(12.5)
    press_ok(qtbot, dialog)
    own = stored(window).criteria[-1]
    assert (own.kind, own.weight, own.scoring) == (CriterionKind.AWARD, 12.5, "Maximaal {{punten}} punten.")
    row = panel.chosen.row_of(own.id)
    assert panel.chosen.index(row, ChosenCriteriaModel.WEIGHT).data() == "12,5%"


def test_every_control_is_named_and_mnemonics_do_not_clash(window: MainWindow, qtbot: QtBot) -> None:
    workspace, panel = open_cleaning(window, qtbot)
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.parent() is not None
        and not isinstance(w, QLineEdit)
        and w.objectName()
        and not w.objectName().startswith("qt_")
    ]
    assert controls
    for control in controls:  # the name a screen reader reads (a label's is its text)
        assert accessible_name(control), control.objectName()
    # Alt+letter must reach one visible control: the menus, the tab bar, and this panel.
    letters: list[str] = []
    assert window.menuBar() is not None
    letters += [a.text().split("&")[1][0].lower() for a in window.menuBar().actions() if "&" in a.text()]
    tabs = workspace.ui.detailTabs
    letters += [tabs.tabText(i).split("&")[1][0].lower() for i in range(tabs.count())]
    for widget in panel.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
            assert accessible_name(widget.buddy())
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        if "&" in text:
            letters.append(text.split("&")[1][0].lower())
    assert len(letters) == len(set(letters)), " ".join(sorted(letters))


def test_the_criteria_models_are_well_behaved(qtmodeltester: object, catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    offered = CatalogueCriteriaModel()
    offers = catalogue.criteria("mvi-nationaal-plan", "klimaat")
    offered.set_content(offers, {offers[0].id})
    qtmodeltester.check(offered)  # type: ignore[attr-defined]
    assert offered.criterion(QModelIndex()) is None
    assert offered.parent() is None  # QObject.parent() still works

    session = Session.new(framework, "Modeltest")
    for criterion in offers[:4]:
        found = catalogue.criterion(criterion.id)
        assert found
        session.criteria.append(choose(found[1], found[0]))
    chosen = ChosenCriteriaModel()
    chosen.set_content(session, "klimaat", framework, catalogue.revisions())
    qtmodeltester.check(chosen)  # type: ignore[attr-defined]
    assert chosen.rowCount() == 4

    missing = MissingValuesModel()
    missing.set_rows(
        [MissingValue("a" * 32, "E1 Eis", "jaar", "Jaartal"), MissingValue("b" * 32, "W1 Wens", "x", "x")]
    )
    qtmodeltester.check(missing)  # type: ignore[attr-defined]
    assert missing.setData(missing.index(0, MissingValuesModel.VALUE), "2030")
    assert missing.values() == {"a" * 32: {"jaar": "2030"}} and missing.still_missing() == 1


def test_the_window_with_the_criteria_tab_can_be_grabbed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    workspace, _panel = open_cleaning(window, qtbot)
    QApplication.processEvents()
    image = window.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "criteria-tab.png"))
    # The tab does not crowd out the theme list: all six themes stay visible at this size.
    table = workspace.ui.themeTable
    last = workspace.themes.index(len(workspace.controller.session.themes) - 1, 0)
    assert table.visualRect(last).bottom() <= table.viewport().height()


def test_a_newer_catalogue_text_is_marked_and_can_be_taken_over(qtbot: QtBot, catalogue: Catalogue) -> None:
    framework = catalogue.framework("mvi-nationaal-plan")
    found = catalogue.criterion(AWARD)
    assert found
    criteria_set, criterion = found
    session = Session.new(framework, "Nieuwere tekst")
    session.criteria.append(choose(criterion, criteria_set))
    rewritten = criterion.model_copy(update={"revision": criterion.revision + 1, "title": "Nieuwe titel"})
    newer = {criterion.id: rewritten.revision}
    model = ChosenCriteriaModel()
    model.set_content(session, "klimaat", framework, newer)
    mark = model.index(0, ChosenCriteriaModel.NOTES)
    assert mark.data() == "⚠" and "nieuwere tekst" in mark.data(Qt.ItemDataRole.AccessibleTextRole)

    dialog = CriterionDialog(session.criteria[0], WeightUnit.PERCENT, source=(criteria_set, rewritten))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "nieuwere tekst" in dialog.ui.originLabel.text()
    assert dialog.ui.restoreButton.isEnabled()
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.titleEdit.text() == "Nieuwe titel" and not dialog.ui.restoreButton.isEnabled()
    press_ok(qtbot, dialog)
    adopted = dialog.criterion()
    assert (adopted.title, adopted.catalogue_revision, adopted.edited) == (
        "Nieuwe titel",
        rewritten.revision,
        False,
    )


def test_taking_over_a_text_the_catalogue_moved_to_another_kind(qtbot: QtBot, catalogue: Catalogue) -> None:
    """Issue 15: social return was a minimumeis and is a contractbepaling now (art. 2.80)."""
    found = catalogue.criterion("social-return-2-eis-duurzame-plaatsing")
    assert found
    criteria_set, criterion = found
    assert criterion.kind is CriterionKind.CONTRACT_CLAUSE and criterion.revision == 2
    old = choose(criterion, criteria_set).model_copy(
        update={"kind": CriterionKind.REQUIREMENT, "text": "Oude tekst.", "catalogue_revision": 1}
    )
    dialog = CriterionDialog(old, WeightUnit.PERCENT, source=found)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.kindCombo.currentText() == "Minimumeis" and not dialog.ui.kindCombo.isEnabled()
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.kindCombo.currentText() == "Contractbepaling"
    assert not dialog.ui.weightSpin.isVisible()
    press_ok(qtbot, dialog)
    adopted = dialog.criterion()
    assert (adopted.kind, adopted.catalogue_revision, adopted.edited) == (
        CriterionKind.CONTRACT_CLAUSE,
        2,
        False,
    )
    assert adopted.text == criterion.text


def test_double_click_chooses_and_a_folded_group_stays_folded(window: MainWindow, qtbot: QtBot) -> None:
    _workspace, panel = open_cleaning(window, qtbot)
    tree = panel.ui.catalogueTree
    selection_group = panel.offered.index(0, 0)
    tree.collapse(selection_group)
    index = panel.offered.index_of(CLAUSE)
    tree.scrollTo(index)
    where = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double click: press,
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # release, double-click
    assert CLAUSE in klimaat(stored(window))
    assert not tree.isExpanded(selection_group)
    assert panel.offered.index_of(CLAUSE).siblingAtColumn(CatalogueCriteriaModel.CHOSEN).data() == "✓ gekozen"
