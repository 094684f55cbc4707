"""The session form: a new session from a framework, or the details of an existing one."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from ambitieweb.catalogue import Catalogue
from ambitieweb.gui.forms.session_dialog_ui import Ui_SessionDialog
from ambitieweb.gui.widgets.date_popup import DatePopupKeys
from ambitieweb.model.framework import Framework
from ambitieweb.model.session import Session, SessionKind, ThemeEntry
from ambitieweb.model.summary import SessionSummary
from ambitieweb.text.fill import fill

# The fields of an existing session this dialog edits (framework and themes are changed elsewhere).
DETAIL_FIELDS = (
    "title",
    "organisation",
    "subject",
    "product_group",
    "session_date",
    "facilitator",
    "kind",
    "generic_session_id",
)

# QDateEdit cannot be empty: its minimum stands for "no date" and shows the special value text.
NO_DATE = QDate(1900, 1, 1)


def problem_text(error: ErrorDetails, field: str) -> str:
    """A Dutch (translatable) sentence for one pydantic error on the field labelled ``field``.
    (The context written out in each call: `make translations` files the texts under it.)"""
    if error["type"] == "string_too_long":
        limit = str(error.get("ctx", {}).get("max_length", ""))
        return fill(
            QCoreApplication.translate("Validation", "%1 is te lang: hoogstens %2 tekens."), field, limit
        )
    if error["type"] == "string_too_short":
        return fill(QCoreApplication.translate("Validation", "%1 mag niet leeg zijn."), field)
    if "control characters" in error["msg"]:
        return fill(
            QCoreApplication.translate(
                "Validation",
                "%1 bevat een onzichtbaar stuurteken (bijvoorbeeld uit geplakte tekst); haal het weg.",
            ),
            field,
        )
    return fill(QCoreApplication.translate("Validation", "%1 is ongeldig: %2"), field, error["msg"])


def show_problem(label: QLabel, text: str, error: bool = True) -> None:
    """Show (an empty text hides) a message in a dialog; errors in a red that suits the palette."""
    label.setText(text)
    label.setVisible(bool(text))
    palette = QPalette()  # sets no colour itself: everything not set below comes from the parent
    if error:
        light = label.palette().color(QPalette.ColorRole.Window).lightness() > 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#a4000f" if light else "#ff8a80"))
    label.setPalette(palette)


def to_qdate(value: dt.date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date | None:
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


class SessionDialog(QDialog):
    """New session (``session`` is None) or edit the details of ``session``; read the result after OK."""

    def __init__(
        self,
        catalogue: Catalogue,
        generic_webs: list[SessionSummary],
        session: Session | None = None,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        self._session = session
        self._language = language
        self._created: Session | None = None
        self._details: dict[str, object] | None = None
        # Only generic webs can be referred to, and a web never refers to itself.
        self._generic = {
            web.id: web
            for web in generic_webs
            if web.kind is SessionKind.ORGANISATION and (session is None or web.id != session.id)
        }
        if language != "en":
            self.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self._ok_button().setText(self.tr("OK"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self._ok_button().setAccessibleName(self.tr("OK"))
        # The hint empties rather than hides, keeping its line, so the form does not jump while typing
        # (QFormLayout drops a hidden row's space even with retainSizeWhenHidden).
        self._title_hint = self.ui.titleHint.text()
        self.ui.titleHint.setMinimumHeight(self.ui.titleHint.sizeHint().height())
        show_problem(self.ui.messageLabel, "")

        for kind in SessionKind:
            self.ui.kindCombo.addItem(kind.label(language), kind.value)
        self._fill_frameworks()
        self._fill_product_groups()
        self._fill_generic_webs()
        self.date_keys = DatePopupKeys(self.ui.dateEdit)  # the calendar by keyboard: F4, Alt+Down
        if session is None:
            self.ui.dateEdit.setDate(QDate.currentDate())
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(SessionKind.PROJECT.value))
        else:
            self._show_session(session)

        self.ui.titleEdit.textChanged.connect(self._update_title_state)
        self.ui.kindCombo.currentIndexChanged.connect(self._update_generic_state)
        self.ui.frameworkCombo.currentIndexChanged.connect(self._update_optional_themes)
        self.ui.frameworkCombo.currentIndexChanged.connect(self._fill_product_groups)
        self.ui.frameworkCombo.currentIndexChanged.connect(self._update_generic_state)
        self.ui.genericCombo.currentIndexChanged.connect(self._update_generic_state)
        self._update_title_state()
        self._update_optional_themes()
        self._update_generic_state()
        self.ui.titleEdit.setFocus()

    # --- results ------------------------------------------------------------------------------------

    def new_session(self) -> Session:
        """The session to create (raises ValidationError only if called with invalid fields before OK)."""
        if self._session is not None:
            raise RuntimeError("new_session() is for a new session; use detail_fields() when editing")
        return self._created if self._created is not None else self._build_session()

    def detail_fields(self) -> dict[str, object]:
        """The edited details as model values, e.g. for a controller command that sets them."""
        return self._details if self._details is not None else self._validated_details()

    def accept(self) -> None:
        try:
            if self._session is None:
                self._created = self._build_session()
            else:
                self._details = self._validated_details()
        except ValidationError as exc:
            self._show_validation_error(exc)
            return
        super().accept()

    # --- filling the form ---------------------------------------------------------------------------

    def _fill_frameworks(self) -> None:
        combo = self.ui.frameworkCombo
        if self._session is None:
            for framework in self._catalogue.frameworks.values():
                combo.addItem(self._framework_text(framework.title, framework.version), framework.id)
                combo.setItemData(combo.count() - 1, framework.description, Qt.ItemDataRole.ToolTipRole)
            return
        # An existing session keeps its framework and the version it was made with.
        known = self._catalogue.frameworks.get(self._session.framework_id)
        title = known.title if known else self._session.framework_id
        combo.addItem(
            self._framework_text(title, self._session.framework_version), self._session.framework_id
        )
        combo.setEnabled(False)
        self.ui.optionalCheck.setEnabled(False)

    def _framework_text(self, title: str, version: str) -> str:
        return fill(self.tr("%1 (versie %2)"), title, version)

    def _fill_product_groups(self) -> None:
        """The groups that fit the framework, after "anders"; a stored choice is never dropped."""
        combo = self.ui.productGroupCombo
        stored = self._session.product_group if self._session else None
        wanted = combo.currentData() if combo.count() else stored
        combo.clear()
        combo.addItem(self.tr("Anders (geen productgroep uit de catalogus)"), None)
        for group in self._catalogue.groups_for(str(self.ui.frameworkCombo.currentData())):
            combo.addItem(group.label(self._language), group.id)
            combo.setItemData(combo.count() - 1, group.description, Qt.ItemDataRole.ToolTipRole)
        if wanted is not None and wanted == stored and combo.findData(wanted) < 0:
            # e.g. from a newer catalogue, or made for another framework: shown, kept unless changed
            known = self._catalogue.product_groups.get(wanted)
            text = (
                fill(self.tr("%1 (hoort niet bij dit kader)"), known.label(self._language))
                if known
                else fill(self.tr("onbekende productgroep (%1)"), wanted)
            )
            combo.addItem(text, wanted)
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)

    def _fill_generic_webs(self) -> None:
        combo = self.ui.genericCombo
        combo.addItem(self.tr("(geen)"), None)
        for web in self._generic.values():
            text = f"{web.title} — {web.organisation}" if web.organisation else web.title
            combo.addItem(text, web.id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        referred = self._session.generic_session_id if self._session else None
        if referred and referred not in self._generic:
            # Keep a reference this list cannot show (e.g. deleted web) rather than dropping it silently.
            combo.addItem(fill(self.tr("onbekend generiek ambitieweb (%1)"), referred[:8]), referred)

    def _show_session(self, session: Session) -> None:
        self.setWindowTitle(self.tr("Sessiegegevens"))
        self.ui.titleEdit.setText(session.title)
        self.ui.organisationEdit.setText(session.organisation)
        self.ui.subjectEdit.setText(session.subject)
        self.ui.facilitatorEdit.setText(session.facilitator)
        self.ui.dateEdit.setDate(to_qdate(session.session_date))
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(session.kind.value))
        self.ui.genericCombo.setCurrentIndex(
            max(0, self.ui.genericCombo.findData(session.generic_session_id))
        )
        for widget in (
            self.ui.titleEdit,
            self.ui.organisationEdit,
            self.ui.subjectEdit,
            self.ui.facilitatorEdit,
        ):
            widget.setCursorPosition(0)  # show the start of long texts

    # --- keeping the form consistent ----------------------------------------------------------------

    def _ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_title_state(self) -> None:
        has_title = bool(self.ui.titleEdit.text().strip())
        self._ok_button().setEnabled(has_title)
        if self._session is None:
            self.ui.titleHint.setText("" if has_title else self._title_hint)
        else:  # a filled-in title is the rule here: no empty line reserved for the hint
            self.ui.formLayout.setRowVisible(self.ui.titleHint, not has_title)
            self._fit_height()

    def _framework(self) -> Framework | None:
        return self._catalogue.frameworks.get(str(self.ui.frameworkCombo.currentData()))

    def _kind(self) -> SessionKind:
        return SessionKind(self.ui.kindCombo.currentData())

    def _update_optional_themes(self) -> None:
        framework = self._framework()
        optional = [t for t in framework.themes if t.optional] if framework else []
        check = self.ui.optionalCheck
        if optional:
            names = ", ".join(t.name for t in optional)
            check.setText(fill(self.tr("Optionele thema's &meenemen: %1"), names.replace("&", "&&")))
        else:
            check.setText(self.tr("Optionele thema's &meenemen (dit kader heeft er geen)"))
        if self._session is None:
            check.setEnabled(bool(optional))
            if not optional:
                check.setChecked(False)
        else:
            used = {entry.theme_id for entry in self._session.themes}
            check.setChecked(any(t.id in used for t in optional))

    def _update_generic_state(self) -> None:
        is_project = self._kind() is SessionKind.PROJECT
        self.ui.genericCombo.setEnabled(is_project)
        self.ui.genericLabel.setEnabled(is_project)
        # A web drawn over a generic web of another framework only compares the themes they share.
        web = self._generic.get(str(self.ui.genericCombo.currentData()))
        framework_id = self.ui.frameworkCombo.currentData()
        mismatch = is_project and web is not None and web.framework_id != framework_id
        if mismatch and web is not None:
            other = self._catalogue.frameworks.get(web.framework_id)
            self.ui.genericHint.setText(
                fill(
                    self.tr(
                        "Let op: dit generieke ambitieweb gebruikt een ander kader (%1); "
                        "alleen de gedeelde thema's zijn te vergelijken."
                    ),
                    other.title if other else web.framework_id,
                )
            )
        self.ui.formLayout.setRowVisible(self.ui.genericHint, mismatch)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to fit wrapped text that just appeared (Qt sizes a window without word wrap in mind)."""
        layout = self.ui.dialogLayout
        layout.activate()
        needed = self.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- reading and checking the form --------------------------------------------------------------

    def _raw_fields(self) -> dict[str, object]:
        kind = self._kind()
        return {
            "title": self.ui.titleEdit.text(),
            "organisation": self.ui.organisationEdit.text(),
            "subject": self.ui.subjectEdit.text(),
            "product_group": self.ui.productGroupCombo.currentData(),
            "session_date": from_qdate(self.ui.dateEdit.date()),
            "facilitator": self.ui.facilitatorEdit.text(),
            "kind": kind,
            "generic_session_id": self.ui.genericCombo.currentData() if kind is SessionKind.PROJECT else None,
        }

    def _build_session(self) -> Session:
        framework = self._framework()
        if framework is None:
            raise RuntimeError("no framework in the catalogue")
        fields = self._raw_fields()
        title = str(fields.pop("title"))
        themes = framework.themes if self.ui.optionalCheck.isChecked() else framework.default_themes
        fields["themes"] = [ThemeEntry(theme_id=t.id) for t in themes]
        return Session.new(framework, title, **fields)

    def _validated_details(self) -> dict[str, object]:
        if self._session is None:
            raise RuntimeError("detail_fields() is for editing a session; use new_session() for a new one")
        checked = Session.model_validate({**self._session.model_dump(), **self._raw_fields()})
        return {name: getattr(checked, name) for name in DETAIL_FIELDS}

    def _show_validation_error(self, exc: ValidationError) -> None:
        editors: dict[str, tuple[str, QLineEdit | None]] = {
            "title": (self.tr("Titel"), self.ui.titleEdit),
            "organisation": (self.tr("Organisatie"), self.ui.organisationEdit),
            "subject": (self.tr("Onderwerp"), self.ui.subjectEdit),
            "product_group": (self.tr("Productgroep"), None),
            "facilitator": (self.tr("Facilitator"), self.ui.facilitatorEdit),
        }
        lines: list[str] = []
        focus: QLineEdit | None = None
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else ""
            label, editor = editors.get(name, (name, None))
            lines.append(problem_text(error, label))
            focus = focus or editor
        show_problem(self.ui.messageLabel, "\n".join(lines))
        self._fit_height()
        if focus is not None:
            focus.setFocus()
