# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ParticipantsDialog(object):
    def setupUi(self, ParticipantsDialog):
        if not ParticipantsDialog.objectName():
            ParticipantsDialog.setObjectName(u"ParticipantsDialog")
        ParticipantsDialog.resize(680, 420)
        self.dialogLayout = QVBoxLayout(ParticipantsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tableLabel = QLabel(ParticipantsDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.dialogLayout.addWidget(self.tableLabel)

        self.participantTable = QTableView(ParticipantsDialog)
        self.participantTable.setObjectName(u"participantTable")
        self.participantTable.setTabKeyNavigation(False)
        self.participantTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.participantTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.participantTable.setTabKeyNavigation(False)
        self.participantTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.participantTable)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addButton = QPushButton(ParticipantsDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.rowButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ParticipantsDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.rowButtons.addWidget(self.removeButton)

        self.rowButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowButtonsSpacer)


        self.dialogLayout.addLayout(self.rowButtons)

        self.messageLabel = QLabel(ParticipantsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ParticipantsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.participantTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.participantTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(ParticipantsDialog)
        self.buttonBox.accepted.connect(ParticipantsDialog.accept)
        self.buttonBox.rejected.connect(ParticipantsDialog.reject)

        QMetaObject.connectSlotsByName(ParticipantsDialog)
    # setupUi

    def retranslateUi(self, ParticipantsDialog):
        ParticipantsDialog.setWindowTitle(QCoreApplication.translate("ParticipantsDialog", u"Deelnemers", None))
        self.tableLabel.setText(QCoreApplication.translate("ParticipantsDialog", u"&Deelnemers (dubbelklik of F2 om een cel te wijzigen):", None))
#if QT_CONFIG(accessibility)
        self.participantTable.setAccessibleName(QCoreApplication.translate("ParticipantsDialog", u"Deelnemers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantTable.setAccessibleDescription(QCoreApplication.translate("ParticipantsDialog", u"Naam, rol en organisatie per deelnemer", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ParticipantsDialog", u"&Toevoegen", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ParticipantsDialog", u"Deelnemer toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ParticipantsDialog", u"&Verwijderen", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ParticipantsDialog", u"Geselecteerde deelnemers verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("ParticipantsDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

