# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'library_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from ambitieweb.gui.frameworks.fields import TextField

class Ui_LibraryEditor(object):
    def setupUi(self, LibraryEditor):
        if not LibraryEditor.objectName():
            LibraryEditor.setObjectName(u"LibraryEditor")
        LibraryEditor.resize(1000, 720)
        self.dialogLayout = QVBoxLayout(LibraryEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(LibraryEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.listLabel = QLabel(LibraryEditor)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.criteriaList = QListWidget(LibraryEditor)
        self.criteriaList.setObjectName(u"criteriaList")

        self.listLayout.addWidget(self.criteriaList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(LibraryEditor)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(LibraryEditor)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.listButtons.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtons)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.importButton = QPushButton(LibraryEditor)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.importButton)

        self.exportButton = QPushButton(LibraryEditor)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.exportButton)


        self.listLayout.addLayout(self.fileButtons)


        self.mainLayout.addLayout(self.listLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(LibraryEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(LibraryEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.themeLabel = QLabel(LibraryEditor)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(LibraryEditor)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setEditable(True)
        self.themeCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.kindLabel = QLabel(LibraryEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LibraryEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.levelLabel = QLabel(LibraryEditor)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(LibraryEditor)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.textLabel = QLabel(LibraryEditor)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = TextField(LibraryEditor)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.verificationLabel = QLabel(LibraryEditor)
        self.verificationLabel.setObjectName(u"verificationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.verificationLabel)

        self.verificationEdit = TextField(LibraryEditor)
        self.verificationEdit.setObjectName(u"verificationEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.verificationEdit)

        self.scoringLabel = QLabel(LibraryEditor)
        self.scoringLabel.setObjectName(u"scoringLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scoringLabel)

        self.scoringEdit = TextField(LibraryEditor)
        self.scoringEdit.setObjectName(u"scoringEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scoringEdit)

        self.guidanceLabel = QLabel(LibraryEditor)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = TextField(LibraryEditor)
        self.guidanceEdit.setObjectName(u"guidanceEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.placeholdersLabel = QLabel(LibraryEditor)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placeholdersLabel)

        self.placeholdersEdit = TextField(LibraryEditor)
        self.placeholdersEdit.setObjectName(u"placeholdersEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeholdersEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.mainLayout.setStretch(0, 2)
        self.mainLayout.setStretch(1, 3)

        self.dialogLayout.addLayout(self.mainLayout)

        self.messageLabel = QLabel(LibraryEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.retryButton = QPushButton(LibraryEditor)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.retryButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(LibraryEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.criteriaList)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.verificationLabel.setBuddy(self.verificationEdit)
        self.scoringLabel.setBuddy(self.scoringEdit)
        self.guidanceLabel.setBuddy(self.guidanceEdit)
        self.placeholdersLabel.setBuddy(self.placeholdersEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.criteriaList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.verificationEdit)
        QWidget.setTabOrder(self.verificationEdit, self.scoringEdit)
        QWidget.setTabOrder(self.scoringEdit, self.guidanceEdit)
        QWidget.setTabOrder(self.guidanceEdit, self.placeholdersEdit)
        QWidget.setTabOrder(self.placeholdersEdit, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.closeButton)

        self.retranslateUi(LibraryEditor)

        QMetaObject.connectSlotsByName(LibraryEditor)
    # setupUi

    def retranslateUi(self, LibraryEditor):
        LibraryEditor.setWindowTitle(QCoreApplication.translate("LibraryEditor", u"Eigen criteria (bibliotheek)", None))
#if QT_CONFIG(accessibility)
        LibraryEditor.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Eigen criteria (bibliotheek)", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("LibraryEditor", u"De standaard-bestekteksten van de organisatie, per thema. Elke sessie met dat thema biedt ze aan op het tabblad Criteria, naast de catalogus. Elke wijziging wordt meteen bewaard.", None))
        self.listLabel.setText(QCoreApplication.translate("LibraryEditor", u"&Criteria:", None))
#if QT_CONFIG(accessibility)
        self.criteriaList.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Eigen criteria", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("LibraryEditor", u"&Nieuw criterium", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Nieuw criterium toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("LibraryEditor", u"Ver&wijderen", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Criterium verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("LibraryEditor", u"&Importeren\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Criteria importeren uit een TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("LibraryEditor", u"Ex&porteren\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Bibliotheek exporteren als TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("LibraryEditor", u"&Titel:", None))
        self.themeLabel.setText(QCoreApplication.translate("LibraryEditor", u"T&hema:", None))
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("LibraryEditor", u"Een thema uit een kader, of het id van een thema (kleine letters, cijfers en streepjes)", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("LibraryEditor", u"&Soort:", None))
        self.levelLabel.setText(QCoreApplication.translate("LibraryEditor", u"Ni&veau:", None))
        self.textLabel.setText(QCoreApplication.translate("LibraryEditor", u"Bestekte&kst:", None))
#if QT_CONFIG(tooltip)
        self.textEdit.setToolTip(QCoreApplication.translate("LibraryEditor", u"Invulvelden schrijf je als {{naam}}; de aanbesteding vult ze in", None))
#endif // QT_CONFIG(tooltip)
        self.verificationLabel.setText(QCoreApplication.translate("LibraryEditor", u"&Bewijsmiddel:", None))
        self.scoringLabel.setText(QCoreApplication.translate("LibraryEditor", u"Beoo&rdeling:", None))
        self.guidanceLabel.setText(QCoreApplication.translate("LibraryEditor", u"Toe&lichting:", None))
#if QT_CONFIG(tooltip)
        self.guidanceEdit.setToolTip(QCoreApplication.translate("LibraryEditor", u"Voor de inkoper: wanneer past dit criterium, en is het proportioneel", None))
#endif // QT_CONFIG(tooltip)
        self.placeholdersLabel.setText(QCoreApplication.translate("LibraryEditor", u"Invulvel&den:", None))
#if QT_CONFIG(tooltip)
        self.placeholdersEdit.setToolTip(QCoreApplication.translate("LibraryEditor", u"Per regel: naam: wat de aanbesteding invult. Velden die de tekst gebruikt komen er vanzelf bij.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("LibraryEditor", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("LibraryEditor", u"Opnieuw &opslaan", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Opnieuw opslaan", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("LibraryEditor", u"Sl&uiten", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("LibraryEditor", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

