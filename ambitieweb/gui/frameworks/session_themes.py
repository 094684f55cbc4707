"""Changing an open session's themes: a check list of its framework's themes (the optional ones too),
an own theme to add, and what would be dropped said before anything changes; and the move to a newer
version of the session's framework, with the differences listed first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session
from ambitieweb.model.theme_change import differences, dropped, moved_themes
from ambitieweb.text.fill import fill


def _bulleted(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class SessionThemesDialog(QDialog):
    """Which of the framework's themes the session has; `keep()` and `own_theme()` after OK."""

    def __init__(self, session: Session, framework: Framework, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.framework = framework
        self.language = language
        self.setWindowTitle(self.tr("Thema's van de sessie"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Vink de thema's aan die deze sessie bespreekt. Wat een thema al heeft (niveaus, "
                "onderbouwing, doelen, maatregelen, stemmen, criteria) blijft bewaard zolang het thema "
                "aangevinkt blijft."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Thema's van het kader:"), self)
        self.themeList = QListWidget(self)
        self.themeList.setAccessibleName(self.tr("Thema's van het kader"))
        label.setBuddy(self.themeList)
        layout.addWidget(label)
        layout.addWidget(self.themeList, 1)
        have = {e.theme_id for e in session.themes}
        for theme in framework.themes:
            optional = self.tr(" (optioneel)") if theme.optional else ""
            item = QListWidgetItem(theme.name + optional, self.themeList)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if theme.id in have else Qt.CheckState.Unchecked)
        self.themeList.itemChanged.connect(lambda _item: self._update())
        own_row = QHBoxLayout()
        own_label = QLabel(self.tr("&Eigen thema:"), self)
        self.ownEdit = QLineEdit(self)
        self.ownEdit.setAccessibleName(self.tr("Naam van een eigen thema"))
        self.ownEdit.setPlaceholderText(self.tr("bijvoorbeeld Welzijn"))
        own_label.setBuddy(self.ownEdit)
        own_row.addWidget(own_label)
        own_row.addWidget(self.ownEdit, 1)
        layout.addLayout(own_row)
        self.ownNote = QLabel(
            self.tr("Een eigen thema komt in een eigen kader (een kopie van dit kader met het thema erbij)."),
            self,
        )
        self.ownNote.setWordWrap(True)
        layout.addWidget(self.ownNote)
        self.dropLabel = QLabel(self)
        self.dropLabel.setWordWrap(True)
        self.dropLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.dropLabel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thema's &wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Thema's wijzigen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ownEdit.textChanged.connect(lambda _t: self._update())
        layout.addWidget(self.buttons)
        self.resize(560, 560)
        self._update()

    def keep(self) -> list[str]:
        items = [self.themeList.item(i) for i in range(self.themeList.count())]
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def own_theme(self) -> str:
        return " ".join(self.ownEdit.text().split())

    def _update(self) -> None:
        keep = self.keep()
        gone = dropped(self.session, self.framework, keep)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(keep) or bool(self.own_theme()))
        if gone:
            self.dropLabel.setText(
                self.tr("Wordt weggehaald (terug te halen met Ongedaan maken):")
                + "\n"
                + _bulleted([d.text(self.language) for d in gone])
            )
        else:
            self.dropLabel.setText(self.tr("Er wordt niets weggehaald."))


class MoveVersionDialog(QDialog):
    """What moving the session to a newer version of its framework changes, before it does."""

    def __init__(
        self,
        session: Session,
        current: Framework,
        newer: Framework,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        en = language == "en"
        self.setWindowTitle(self.tr("Naar de nieuwere versie van het kader"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        notes = [en_text if en else nl for nl, en_text in differences(current, newer)]
        gone = dropped(session, newer, moved_themes(session, newer))
        text = fill(
            self.tr("Kader '%1': van versie %2 naar versie %3."), newer.title, current.version, newer.version
        )
        text += "\n\n" + self.tr("Verschillen:") + "\n" + _bulleted(notes or [self.tr("geen")])
        if gone:
            text += "\n\n" + self.tr("Wordt weggehaald (terug te halen met Ongedaan maken):") + "\n"
            text += _bulleted([d.text(language) for d in gone])
        text += "\n\n" + self.tr("Thema's met hetzelfde id houden al hun gegevens.")
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Overstappen"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Overstappen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NewerVersionBar(QWidget):
    """Above the workspace: 'een nieuwere versie van dit kader bestaat' and a button to move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Ove&rstappen…"), self)
        self.button.setAccessibleName(self.tr("Overstappen op de nieuwere versie"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setAutoFillBackground(True)
        self.hide()

    def show_newer(self, newer: Framework | None) -> None:
        if newer is None:
            self.hide()
            return
        self.label.setText(
            fill(
                self.tr("Een nieuwere versie van dit kader bestaat (versie %1, %2)."),
                newer.version,
                newer.date.isoformat(),
            )
        )
        self.show()
