# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_Workspace(object):
    def setupUi(self, Workspace):
        if not Workspace.objectName():
            Workspace.setObjectName(u"Workspace")
        Workspace.resize(1280, 800)
        self.workspaceLayout = QVBoxLayout(Workspace)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.messageBar = QFrame(Workspace)
        self.messageBar.setObjectName(u"messageBar")
        self.messageBar.setFrameShape(QFrame.StyledPanel)
        self.messageLayout = QHBoxLayout(self.messageBar)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLabel = QLabel(self.messageBar)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.messageLayout.addWidget(self.messageLabel)

        self.retryButton = QPushButton(self.messageBar)
        self.retryButton.setObjectName(u"retryButton")

        self.messageLayout.addWidget(self.retryButton)

        self.saveCopyButton = QPushButton(self.messageBar)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.messageLayout.addWidget(self.saveCopyButton)


        self.workspaceLayout.addWidget(self.messageBar)

        self.sessionTitle = QLabel(Workspace)
        self.sessionTitle.setObjectName(u"sessionTitle")
        self.sessionTitle.setTextFormat(Qt.PlainText)
        self.sessionTitle.setWordWrap(True)

        self.workspaceLayout.addWidget(self.sessionTitle)

        self.mainSplitter = QSplitter(Workspace)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.radarHost = QWidget(self.mainSplitter)
        self.radarHost.setObjectName(u"radarHost")
        self.radarLayout = QVBoxLayout(self.radarHost)
        self.radarLayout.setObjectName(u"radarLayout")
        self.radarLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.radarHost)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.themeTable = QTableView(self.sideSplitter)
        self.themeTable.setObjectName(u"themeTable")
        self.themeTable.setTabKeyNavigation(False)
        self.themeTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.themeTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.themeTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.SelectedClicked|QAbstractItemView.EditKeyPressed)
        self.themeTable.setWordWrap(True)
        self.sideSplitter.addWidget(self.themeTable)
        self.themeTable.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.sideSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.themeName = QLabel(self.detailPanel)
        self.themeName.setObjectName(u"themeName")
        self.themeName.setTextFormat(Qt.PlainText)
        self.themeName.setWordWrap(True)

        self.detailLayout.addWidget(self.themeName)

        self.themeDescription = QLabel(self.detailPanel)
        self.themeDescription.setObjectName(u"themeDescription")
        self.themeDescription.setTextFormat(Qt.PlainText)
        self.themeDescription.setWordWrap(True)

        self.detailLayout.addWidget(self.themeDescription)

        self.detailTabs = QTabWidget(self.detailPanel)
        self.detailTabs.setObjectName(u"detailTabs")
        self.levelsTab = QWidget()
        self.levelsTab.setObjectName(u"levelsTab")
        self.levelsLayout = QFormLayout(self.levelsTab)
        self.levelsLayout.setObjectName(u"levelsLayout")
        self.level1Caption = QLabel(self.levelsTab)
        self.level1Caption.setObjectName(u"level1Caption")

        self.levelsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.level1Caption)

        self.level1Text = QLabel(self.levelsTab)
        self.level1Text.setObjectName(u"level1Text")
        self.level1Text.setTextFormat(Qt.PlainText)
        self.level1Text.setWordWrap(True)

        self.levelsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.level1Text)

        self.level2Caption = QLabel(self.levelsTab)
        self.level2Caption.setObjectName(u"level2Caption")

        self.levelsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.level2Caption)

        self.level2Text = QLabel(self.levelsTab)
        self.level2Text.setObjectName(u"level2Text")
        self.level2Text.setTextFormat(Qt.PlainText)
        self.level2Text.setWordWrap(True)

        self.levelsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level2Text)

        self.level3Caption = QLabel(self.levelsTab)
        self.level3Caption.setObjectName(u"level3Caption")

        self.levelsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.level3Caption)

        self.level3Text = QLabel(self.levelsTab)
        self.level3Text.setObjectName(u"level3Text")
        self.level3Text.setTextFormat(Qt.PlainText)
        self.level3Text.setWordWrap(True)

        self.levelsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level3Text)

        self.detailTabs.addTab(self.levelsTab, "")
        self.rationaleTab = QWidget()
        self.rationaleTab.setObjectName(u"rationaleTab")
        self.rationaleLayout = QVBoxLayout(self.rationaleTab)
        self.rationaleLayout.setObjectName(u"rationaleLayout")
        self.rationaleEdit = QPlainTextEdit(self.rationaleTab)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.rationaleLayout.addWidget(self.rationaleEdit)

        self.focusLayout = QHBoxLayout()
        self.focusLayout.setObjectName(u"focusLayout")
        self.focusCheck = QCheckBox(self.rationaleTab)
        self.focusCheck.setObjectName(u"focusCheck")

        self.focusLayout.addWidget(self.focusCheck)

        self.focusCount = QLabel(self.rationaleTab)
        self.focusCount.setObjectName(u"focusCount")
        self.focusCount.setTextFormat(Qt.PlainText)

        self.focusLayout.addWidget(self.focusCount)

        self.maxFocusSpin = QSpinBox(self.rationaleTab)
        self.maxFocusSpin.setObjectName(u"maxFocusSpin")
        self.maxFocusSpin.setMinimum(1)
        self.maxFocusSpin.setMaximum(16)

        self.focusLayout.addWidget(self.maxFocusSpin)

        self.focusLayout.setStretch(1, 1)

        self.rationaleLayout.addLayout(self.focusLayout)

        self.detailTabs.addTab(self.rationaleTab, "")
        self.goalsTab = QWidget()
        self.goalsTab.setObjectName(u"goalsTab")
        self.goalsLayout = QVBoxLayout(self.goalsTab)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsTable = QTableView(self.goalsTab)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setTabKeyNavigation(False)
        self.goalsTable.horizontalHeader().setStretchLastSection(True)
        self.goalsTable.verticalHeader().setVisible(False)

        self.goalsLayout.addWidget(self.goalsTable)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.addGoalButton = QPushButton(self.goalsTab)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtons.addWidget(self.addGoalButton)

        self.removeGoalButton = QPushButton(self.goalsTab)
        self.removeGoalButton.setObjectName(u"removeGoalButton")

        self.goalButtons.addWidget(self.removeGoalButton)

        self.goalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.goalsLayout.addLayout(self.goalButtons)

        self.detailTabs.addTab(self.goalsTab, "")
        self.measuresTab = QWidget()
        self.measuresTab.setObjectName(u"measuresTab")
        self.measuresLayout = QVBoxLayout(self.measuresTab)
        self.measuresLayout.setObjectName(u"measuresLayout")
        self.measuresTable = QTableView(self.measuresTab)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setTabKeyNavigation(False)
        self.measuresTable.horizontalHeader().setStretchLastSection(True)
        self.measuresTable.verticalHeader().setVisible(False)

        self.measuresLayout.addWidget(self.measuresTable)

        self.measureButtons = QHBoxLayout()
        self.measureButtons.setObjectName(u"measureButtons")
        self.addMeasureButton = QPushButton(self.measuresTab)
        self.addMeasureButton.setObjectName(u"addMeasureButton")

        self.measureButtons.addWidget(self.addMeasureButton)

        self.removeMeasureButton = QPushButton(self.measuresTab)
        self.removeMeasureButton.setObjectName(u"removeMeasureButton")

        self.measureButtons.addWidget(self.removeMeasureButton)

        self.measureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measureButtons.addItem(self.measureSpacer)


        self.measuresLayout.addLayout(self.measureButtons)

        self.detailTabs.addTab(self.measuresTab, "")
        self.criteriaTab = QWidget()
        self.criteriaTab.setObjectName(u"criteriaTab")
        self.criteriaLayout = QVBoxLayout(self.criteriaTab)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTabs.addTab(self.criteriaTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(2, 1)
        self.sideSplitter.addWidget(self.detailPanel)
        self.mainSplitter.addWidget(self.sideSplitter)

        self.workspaceLayout.addWidget(self.mainSplitter)

        self.workspaceLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.themeTable, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.rationaleEdit)
        QWidget.setTabOrder(self.rationaleEdit, self.focusCheck)
        QWidget.setTabOrder(self.focusCheck, self.maxFocusSpin)
        QWidget.setTabOrder(self.maxFocusSpin, self.goalsTable)
        QWidget.setTabOrder(self.goalsTable, self.addGoalButton)
        QWidget.setTabOrder(self.addGoalButton, self.removeGoalButton)
        QWidget.setTabOrder(self.removeGoalButton, self.measuresTable)
        QWidget.setTabOrder(self.measuresTable, self.addMeasureButton)
        QWidget.setTabOrder(self.addMeasureButton, self.removeMeasureButton)
        QWidget.setTabOrder(self.removeMeasureButton, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.saveCopyButton)

        self.retranslateUi(Workspace)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(Workspace)
    # setupUi

    def retranslateUi(self, Workspace):
#if QT_CONFIG(accessibility)
        Workspace.setAccessibleName(QCoreApplication.translate("Workspace", u"Sessie", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("Workspace", u"Opnieuw opslaan", None))
        self.saveCopyButton.setText(QCoreApplication.translate("Workspace", u"Als kopie bewaren", None))
#if QT_CONFIG(accessibility)
        self.sessionTitle.setAccessibleDescription(QCoreApplication.translate("Workspace", u"Sessietitel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.radarHost.setAccessibleName(QCoreApplication.translate("Workspace", u"Ambitieweb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeTable.setAccessibleName(QCoreApplication.translate("Workspace", u"Thema's en niveaus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeName.setAccessibleDescription(QCoreApplication.translate("Workspace", u"Thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeDescription.setAccessibleDescription(QCoreApplication.translate("Workspace", u"Omschrijving van het thema", None))
#endif // QT_CONFIG(accessibility)
        self.level1Caption.setText(QCoreApplication.translate("Workspace", u"1 basis", None))
        self.level2Caption.setText(QCoreApplication.translate("Workspace", u"2 significant", None))
        self.level3Caption.setText(QCoreApplication.translate("Workspace", u"3 ambitieus", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.levelsTab), QCoreApplication.translate("Workspace", u"&Niveaus", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("Workspace", u"Onderbouwing", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("Workspace", u"Waarom dit niveau? (N)", None))
        self.focusCheck.setText(QCoreApplication.translate("Workspace", u"&Focusthema", None))
#if QT_CONFIG(accessibility)
        self.focusCheck.setAccessibleName(QCoreApplication.translate("Workspace", u"Focusthema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.focusCount.setAccessibleDescription(QCoreApplication.translate("Workspace", u"Aantal focusthema's", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.maxFocusSpin.setAccessibleName(QCoreApplication.translate("Workspace", u"Hoogstens zoveel focusthema's", None))
#endif // QT_CONFIG(accessibility)
        self.maxFocusSpin.setPrefix(QCoreApplication.translate("Workspace", u"max. ", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.rationaleTab), QCoreApplication.translate("Workspace", u"&Onderbouwing", None))
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(QCoreApplication.translate("Workspace", u"Doelen", None))
#endif // QT_CONFIG(accessibility)
        self.addGoalButton.setText(QCoreApplication.translate("Workspace", u"Doel toe&voegen", None))
        self.removeGoalButton.setText(QCoreApplication.translate("Workspace", u"Doel ve&rwijderen", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.goalsTab), QCoreApplication.translate("Workspace", u"&Doelen", None))
#if QT_CONFIG(accessibility)
        self.measuresTable.setAccessibleName(QCoreApplication.translate("Workspace", u"Maatregelen", None))
#endif // QT_CONFIG(accessibility)
        self.addMeasureButton.setText(QCoreApplication.translate("Workspace", u"Maatregel toe&voegen", None))
        self.removeMeasureButton.setText(QCoreApplication.translate("Workspace", u"Maatregel ve&rwijderen", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.measuresTab), QCoreApplication.translate("Workspace", u"&Maatregelen", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.criteriaTab), QCoreApplication.translate("Workspace", u"&Criteria", None))
    # retranslateUi

