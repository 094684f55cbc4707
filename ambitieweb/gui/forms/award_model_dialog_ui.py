# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_model_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_AwardModelDialog(object):
    def setupUi(self, AwardModelDialog):
        if not AwardModelDialog.objectName():
            AwardModelDialog.setObjectName(u"AwardModelDialog")
        AwardModelDialog.resize(760, 480)
        self.dialogLayout = QVBoxLayout(AwardModelDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AwardModelDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.schemeTable = QTableWidget(AwardModelDialog)
        self.schemeTable.setObjectName(u"schemeTable")
        self.schemeTable.setTabKeyNavigation(False)
        self.schemeTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.schemeTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.schemeTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.schemeTable)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addButton = QPushButton(AwardModelDialog)
        self.addButton.setObjectName(u"addButton")

        self.rowButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(AwardModelDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.rowButtons.addWidget(self.removeButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)

        self.totalLabel = QLabel(AwardModelDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.PlainText)

        self.rowButtons.addWidget(self.totalLabel)


        self.dialogLayout.addLayout(self.rowButtons)

        self.messageLabel = QLabel(AwardModelDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AwardModelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.schemeTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(AwardModelDialog)
        self.buttonBox.rejected.connect(AwardModelDialog.reject)

        QMetaObject.connectSlotsByName(AwardModelDialog)
    # setupUi

    def retranslateUi(self, AwardModelDialog):
        AwardModelDialog.setWindowTitle(QCoreApplication.translate("AwardModelDialog", u"Gunningsmodel", None))
        self.introLabel.setText(QCoreApplication.translate("AwardModelDialog", u"Beste prijs-kwaliteitverhouding: de prijs, de overige kwaliteitscriteria en de MVI-gunningscriteria tellen samen op tot 100%. Een MVI-criterium kan ook als fictieve korting meetellen: een bedrag in euro dat van de inschrijvingsprijs wordt afgetrokken, zonder percentage. Laat de weging van de prijs leeg zolang die nog niet bekend is; vul 0 in bij een vaste prijs.", None))
#if QT_CONFIG(accessibility)
        self.schemeTable.setAccessibleName(QCoreApplication.translate("AwardModelDialog", u"Gunningsmodel", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AwardModelDialog", u"Kwaliteitscriterium &toevoegen", None))
        self.removeButton.setText(QCoreApplication.translate("AwardModelDialog", u"Kwaliteitscriterium &verwijderen", None))
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleDescription(QCoreApplication.translate("AwardModelDialog", u"Totaal van het gunningsmodel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("AwardModelDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

