# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(760, 240)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.documentLabel = QLabel(ExportDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentCombo = QComboBox(ExportDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentCombo)

        self.versionLabel = QLabel(ExportDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionCombo = QComboBox(ExportDialog)
        self.versionCombo.setObjectName(u"versionCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionCombo)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.pathLabel = QLabel(ExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathRow.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.notesCheck = QCheckBox(ExportDialog)
        self.notesCheck.setObjectName(u"notesCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.missingBox = QGroupBox(ExportDialog)
        self.missingBox.setObjectName(u"missingBox")
        self.missingLayout = QVBoxLayout(self.missingBox)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingHint = QLabel(self.missingBox)
        self.missingHint.setObjectName(u"missingHint")
        self.missingHint.setTextFormat(Qt.PlainText)
        self.missingHint.setWordWrap(True)

        self.missingLayout.addWidget(self.missingHint)

        self.missingTable = QTableView(self.missingBox)
        self.missingTable.setObjectName(u"missingTable")
        self.missingTable.setTabKeyNavigation(False)
        self.missingTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.SelectedClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.missingTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.missingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.missingTable.setWordWrap(True)
        self.missingTable.horizontalHeader().setStretchLastSection(True)
        self.missingTable.verticalHeader().setVisible(False)

        self.missingLayout.addWidget(self.missingTable)


        self.dialogLayout.addWidget(self.missingBox)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(100)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.progressRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.progressRow)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.PlainText)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(ExportDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.versionLabel.setBuddy(self.versionCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.versionCombo)
        QWidget.setTabOrder(self.versionCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.notesCheck)
        QWidget.setTabOrder(self.notesCheck, self.missingTable)
        QWidget.setTabOrder(self.missingTable, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.closeButton)

        self.retranslateUi(ExportDialog)
        self.closeButton.clicked.connect(ExportDialog.reject)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Documenten exporteren", None))
        self.documentLabel.setText(QCoreApplication.translate("ExportDialog", u"&Document", None))
#if QT_CONFIG(accessibility)
        self.documentCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Document", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("ExportDialog", u"&Versie", None))
#if QT_CONFIG(accessibility)
        self.versionCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Versie", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Formaat", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Formaat", None))
#endif // QT_CONFIG(accessibility)
        self.pathLabel.setText(QCoreApplication.translate("ExportDialog", u"&Opslaan als", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Opslaan als", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Bladeren\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Bladeren", None))
#endif // QT_CONFIG(accessibility)
        self.notesCheck.setText(QCoreApplication.translate("ExportDialog", u"Me&t bijlage \u2018Toelichting voor de inkoper\u2019", None))
#if QT_CONFIG(tooltip)
        self.notesCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Per criterium de toelichting en het advies over proportionaliteit uit de catalogus; voor de inkoper, niet voor de aanbestedingsstukken", None))
#endif // QT_CONFIG(tooltip)
        self.missingBox.setTitle(QCoreApplication.translate("ExportDialog", u"&Nog in te vullen", None))
#if QT_CONFIG(accessibility)
        self.missingBox.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Nog in te vullen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingHint.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Uitleg bij de invulwaarden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingTable.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Invulwaarden die nog leeg zijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Voortgang van het exporteren", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"&Afbreken", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Exporteren afbreken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Resultaat", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("ExportDialog", u"Bestekteksten &kopi\u00ebren", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Bestekteksten kopi\u00ebren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ExportDialog", u"De bestekteksten van de gekozen versie als opgemaakte tekst op het klembord zetten, om in een aanbestedingsdocument te plakken", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Exporteren", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Exporteren", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Sluiten", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

