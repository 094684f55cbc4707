# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criteria_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
    QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_CriteriaPanel(object):
    def setupUi(self, CriteriaPanel):
        if not CriteriaPanel.objectName():
            CriteriaPanel.setObjectName(u"CriteriaPanel")
        CriteriaPanel.resize(600, 560)
        self.panelLayout = QVBoxLayout(CriteriaPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.listSplitter = QSplitter(CriteriaPanel)
        self.listSplitter.setObjectName(u"listSplitter")
        self.listSplitter.setOrientation(Qt.Vertical)
        self.listSplitter.setChildrenCollapsible(False)
        self.catalogueBox = QWidget(self.listSplitter)
        self.catalogueBox.setObjectName(u"catalogueBox")
        self.catalogueLayout = QVBoxLayout(self.catalogueBox)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.catalogueLayout.setContentsMargins(0, 0, 0, 0)
        self.catalogueHeader = QHBoxLayout()
        self.catalogueHeader.setObjectName(u"catalogueHeader")
        self.catalogueLabel = QLabel(self.catalogueBox)
        self.catalogueLabel.setObjectName(u"catalogueLabel")

        self.catalogueHeader.addWidget(self.catalogueLabel)

        self.catalogueHint = QLabel(self.catalogueBox)
        self.catalogueHint.setObjectName(u"catalogueHint")
        self.catalogueHint.setTextFormat(Qt.PlainText)
        self.catalogueHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.catalogueHint.sizePolicy().hasHeightForWidth())
        self.catalogueHint.setSizePolicy(sizePolicy)

        self.catalogueHeader.addWidget(self.catalogueHint)

        self.chooseButton = QPushButton(self.catalogueBox)
        self.chooseButton.setObjectName(u"chooseButton")

        self.catalogueHeader.addWidget(self.chooseButton)


        self.catalogueLayout.addLayout(self.catalogueHeader)

        self.catalogueTree = QTreeView(self.catalogueBox)
        self.catalogueTree.setObjectName(u"catalogueTree")
        self.catalogueTree.setTabKeyNavigation(False)
        self.catalogueTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.catalogueTree.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.catalogueTree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.catalogueTree.setUniformRowHeights(True)
        self.catalogueTree.setAllColumnsShowFocus(True)
        self.catalogueTree.header().setStretchLastSection(False)

        self.catalogueLayout.addWidget(self.catalogueTree)

        self.listSplitter.addWidget(self.catalogueBox)
        self.chosenBox = QWidget(self.listSplitter)
        self.chosenBox.setObjectName(u"chosenBox")
        self.chosenLayout = QVBoxLayout(self.chosenBox)
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLayout.setContentsMargins(0, 0, 0, 0)
        self.chosenHeader = QHBoxLayout()
        self.chosenHeader.setObjectName(u"chosenHeader")
        self.chosenLabel = QLabel(self.chosenBox)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenHeader.addWidget(self.chosenLabel)

        self.chosenHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenHeader.addItem(self.chosenHeaderSpacer)

        self.thresholdLabel = QLabel(self.chosenBox)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.chosenHeader.addWidget(self.thresholdLabel)

        self.thresholdSpin = QSpinBox(self.chosenBox)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(1)
        self.thresholdSpin.setMaximum(50)
        self.thresholdSpin.setKeyboardTracking(False)

        self.chosenHeader.addWidget(self.thresholdSpin)


        self.chosenLayout.addLayout(self.chosenHeader)

        self.chosenTable = QTableView(self.chosenBox)
        self.chosenTable.setObjectName(u"chosenTable")
        self.chosenTable.setTabKeyNavigation(False)
        self.chosenTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.chosenTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.chosenTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.chosenTable.setWordWrap(False)
        self.chosenTable.horizontalHeader().setStretchLastSection(True)
        self.chosenTable.verticalHeader().setVisible(False)

        self.chosenLayout.addWidget(self.chosenTable)

        self.chosenButtons = QHBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.editButton = QPushButton(self.chosenBox)
        self.editButton.setObjectName(u"editButton")

        self.chosenButtons.addWidget(self.editButton)

        self.ownButton = QPushButton(self.chosenBox)
        self.ownButton.setObjectName(u"ownButton")

        self.chosenButtons.addWidget(self.ownButton)

        self.removeButton = QPushButton(self.chosenBox)
        self.removeButton.setObjectName(u"removeButton")

        self.chosenButtons.addWidget(self.removeButton)

        self.chosenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenButtons.addItem(self.chosenSpacer)

        self.upButton = QPushButton(self.chosenBox)
        self.upButton.setObjectName(u"upButton")

        self.chosenButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.chosenBox)
        self.downButton.setObjectName(u"downButton")

        self.chosenButtons.addWidget(self.downButton)


        self.chosenLayout.addLayout(self.chosenButtons)

        self.listSplitter.addWidget(self.chosenBox)

        self.panelLayout.addWidget(self.listSplitter)

        self.settingsRow = QHBoxLayout()
        self.settingsRow.setObjectName(u"settingsRow")
        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsRow.addItem(self.settingsSpacer)

        self.awardButton = QPushButton(CriteriaPanel)
        self.awardButton.setObjectName(u"awardButton")

        self.settingsRow.addWidget(self.awardButton)

        self.unitLabel = QLabel(CriteriaPanel)
        self.unitLabel.setObjectName(u"unitLabel")

        self.settingsRow.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(CriteriaPanel)
        self.unitCombo.setObjectName(u"unitCombo")

        self.settingsRow.addWidget(self.unitCombo)


        self.panelLayout.addLayout(self.settingsRow)

        self.totalLabel = QLabel(CriteriaPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.PlainText)
        self.totalLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.totalLabel)

        self.warningsArea = QScrollArea(CriteriaPanel)
        self.warningsArea.setObjectName(u"warningsArea")
        self.warningsArea.setFrameShape(QFrame.NoFrame)
        self.warningsArea.setWidgetResizable(True)
        self.warningsArea.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.warningsArea.setFocusPolicy(Qt.NoFocus)
        self.warningsContents = QWidget()
        self.warningsContents.setObjectName(u"warningsContents")
        self.warningsLayout = QVBoxLayout(self.warningsContents)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsLayout.setContentsMargins(0, 0, 0, 0)
        self.warningsLabel = QLabel(self.warningsContents)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setTextFormat(Qt.PlainText)
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.warningsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.warningsLayout.addWidget(self.warningsLabel)

        self.warningsArea.setWidget(self.warningsContents)

        self.panelLayout.addWidget(self.warningsArea)

        self.panelLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.catalogueLabel.setBuddy(self.catalogueTree)
        self.chosenLabel.setBuddy(self.chosenTable)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.catalogueTree, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.chosenTable)
        QWidget.setTabOrder(self.chosenTable, self.editButton)
        QWidget.setTabOrder(self.editButton, self.ownButton)
        QWidget.setTabOrder(self.ownButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.awardButton)
        QWidget.setTabOrder(self.awardButton, self.unitCombo)

        self.retranslateUi(CriteriaPanel)

        QMetaObject.connectSlotsByName(CriteriaPanel)
    # setupUi

    def retranslateUi(self, CriteriaPanel):
#if QT_CONFIG(accessibility)
        CriteriaPanel.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Criteria", None))
#endif // QT_CONFIG(accessibility)
        self.catalogueLabel.setText(QCoreApplication.translate("CriteriaPanel", u"C&atalogus", None))
#if QT_CONFIG(accessibility)
        self.catalogueHint.setAccessibleDescription(QCoreApplication.translate("CriteriaPanel", u"Welke niveaus de catalogus toont", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("CriteriaPanel", u"&Kiezen", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Kiezen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Het geselecteerde catalogus-criterium toevoegen aan dit thema (Enter of dubbelklik)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.catalogueTree.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Catalogus-criteria voor dit thema", None))
#endif // QT_CONFIG(accessibility)
        self.chosenLabel.setText(QCoreApplication.translate("CriteriaPanel", u"Gekozen &voor dit thema", None))
        self.thresholdLabel.setText(QCoreApplication.translate("CriteriaPanel", u"Ma&ximaal per thema", None))
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Drempel per thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Bij meer criteria per thema waarschuwt het programma: meer criteria maken een aanbesteding zwaarder, niet beter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chosenTable.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Gekozen criteria voor dit thema", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("CriteriaPanel", u"Bewe&rken\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Bewerken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Tekst, bewijsmiddel, weging en invulwaarden van het gekozen criterium bewerken (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.ownButton.setText(QCoreApplication.translate("CriteriaPanel", u"&Eigen criterium\u2026", None))
#if QT_CONFIG(accessibility)
        self.ownButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Eigen criterium", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ownButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Een eigen criterium schrijven voor dit thema", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("CriteriaPanel", u"Verw&ijderen", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Verwijderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Het gekozen criterium weghalen (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("CriteriaPanel", u"Omhoo&g", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Omhoog", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Eerder zetten binnen zijn soort: de nummering in de documenten volgt deze volgorde (Ctrl+Omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("CriteriaPanel", u"Om&laag", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Omlaag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Later zetten binnen zijn soort (Ctrl+Omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.awardButton.setText(QCoreApplication.translate("CriteriaPanel", u"Gunningsmodel en pri&js\u2026", None))
#if QT_CONFIG(tooltip)
        self.awardButton.setToolTip(QCoreApplication.translate("CriteriaPanel", u"Prijs, overige kwaliteitscriteria en MVI-criteria samen: wegingen en fictieve kortingen", None))
#endif // QT_CONFIG(tooltip)
        self.unitLabel.setText(QCoreApplication.translate("CriteriaPanel", u"Weging &uitgedrukt in", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("CriteriaPanel", u"Weging uitgedrukt in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleDescription(QCoreApplication.translate("CriteriaPanel", u"Totaal weging", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleDescription(QCoreApplication.translate("CriteriaPanel", u"Waarschuwingen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

