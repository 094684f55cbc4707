# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'presenter_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_PresenterView(object):
    def setupUi(self, PresenterView):
        if not PresenterView.objectName():
            PresenterView.setObjectName(u"PresenterView")
        PresenterView.resize(1400, 860)
        self.presenterLayout = QVBoxLayout(PresenterView)
        self.presenterLayout.setObjectName(u"presenterLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.sessionTitle = QLabel(PresenterView)
        self.sessionTitle.setObjectName(u"sessionTitle")
        self.sessionTitle.setTextFormat(Qt.PlainText)
        self.sessionTitle.setWordWrap(True)

        self.headerLayout.addWidget(self.sessionTitle)

        self.themeClock = QLabel(PresenterView)
        self.themeClock.setObjectName(u"themeClock")
        self.themeClock.setTextFormat(Qt.PlainText)

        self.headerLayout.addWidget(self.themeClock)

        self.sessionClock = QLabel(PresenterView)
        self.sessionClock.setObjectName(u"sessionClock")
        self.sessionClock.setTextFormat(Qt.PlainText)

        self.headerLayout.addWidget(self.sessionClock)

        self.clockButton = QPushButton(PresenterView)
        self.clockButton.setObjectName(u"clockButton")

        self.headerLayout.addWidget(self.clockButton)

        self.stopButton = QPushButton(PresenterView)
        self.stopButton.setObjectName(u"stopButton")

        self.headerLayout.addWidget(self.stopButton)

        self.headerLayout.setStretch(0, 1)

        self.presenterLayout.addLayout(self.headerLayout)

        self.mainSplitter = QSplitter(PresenterView)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.radarHost = QWidget(self.mainSplitter)
        self.radarHost.setObjectName(u"radarHost")
        self.radarLayout = QVBoxLayout(self.radarHost)
        self.radarLayout.setObjectName(u"radarLayout")
        self.radarLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.radarHost)
        self.sideScroll = QScrollArea(self.mainSplitter)
        self.sideScroll.setObjectName(u"sideScroll")
        self.sideScroll.setMinimumSize(QSize(440, 0))
        self.sideScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sideScroll.setWidgetResizable(True)
        self.sideScroll.setFrameShape(QFrame.NoFrame)
        self.sidePanel = QWidget()
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.walkLayout = QHBoxLayout()
        self.walkLayout.setObjectName(u"walkLayout")
        self.previousButton = QPushButton(self.sidePanel)
        self.previousButton.setObjectName(u"previousButton")

        self.walkLayout.addWidget(self.previousButton)

        self.themeName = QLabel(self.sidePanel)
        self.themeName.setObjectName(u"themeName")
        self.themeName.setTextFormat(Qt.PlainText)
        self.themeName.setWordWrap(True)
        self.themeName.setAlignment(Qt.AlignCenter)

        self.walkLayout.addWidget(self.themeName)

        self.nextButton = QPushButton(self.sidePanel)
        self.nextButton.setObjectName(u"nextButton")

        self.walkLayout.addWidget(self.nextButton)

        self.walkLayout.setStretch(1, 1)

        self.sideLayout.addLayout(self.walkLayout)

        self.themeCounter = QLabel(self.sidePanel)
        self.themeCounter.setObjectName(u"themeCounter")
        self.themeCounter.setTextFormat(Qt.PlainText)
        self.themeCounter.setAlignment(Qt.AlignCenter)

        self.sideLayout.addWidget(self.themeCounter)

        self.levelTexts = QPlainTextEdit(self.sidePanel)
        self.levelTexts.setObjectName(u"levelTexts")
        self.levelTexts.setReadOnly(True)
        self.levelTexts.setFocusPolicy(Qt.NoFocus)
        self.levelTexts.setFrameShape(QFrame.NoFrame)

        self.sideLayout.addWidget(self.levelTexts)

        self.warningLabel = QLabel(self.sidePanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setTextFormat(Qt.PlainText)
        self.warningLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.warningLabel)

        self.showLayout = QFormLayout()
        self.showLayout.setObjectName(u"showLayout")
        self.compareLabel = QLabel(self.sidePanel)
        self.compareLabel.setObjectName(u"compareLabel")

        self.showLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compareLabel)

        self.earlierCombo = QComboBox(self.sidePanel)
        self.earlierCombo.setObjectName(u"earlierCombo")

        self.showLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.earlierCombo)

        self.genericCheck = QCheckBox(self.sidePanel)
        self.genericCheck.setObjectName(u"genericCheck")

        self.showLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.genericCheck)

        self.focusCheck = QCheckBox(self.sidePanel)
        self.focusCheck.setObjectName(u"focusCheck")

        self.showLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.focusCheck)

        self.revealCheck = QCheckBox(self.sidePanel)
        self.revealCheck.setObjectName(u"revealCheck")

        self.showLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.revealCheck)


        self.sideLayout.addLayout(self.showLayout)

        self.votesGroup = QGroupBox(self.sidePanel)
        self.votesGroup.setObjectName(u"votesGroup")
        self.votesLayout = QVBoxLayout(self.votesGroup)
        self.votesLayout.setObjectName(u"votesLayout")
        self.votesTable = QTableView(self.votesGroup)
        self.votesTable.setObjectName(u"votesTable")
        self.votesTable.setTabKeyNavigation(False)
        self.votesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.votesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.votesTable.setMinimumSize(QSize(0, 160))

        self.votesLayout.addWidget(self.votesTable)

        self.tallyLayout = QHBoxLayout()
        self.tallyLayout.setObjectName(u"tallyLayout")
        self.tallyLabel = QLabel(self.votesGroup)
        self.tallyLabel.setObjectName(u"tallyLabel")

        self.tallyLayout.addWidget(self.tallyLabel)

        self.tally1Spin = QSpinBox(self.votesGroup)
        self.tally1Spin.setObjectName(u"tally1Spin")
        self.tally1Spin.setMaximum(1000)

        self.tallyLayout.addWidget(self.tally1Spin)

        self.tally2Spin = QSpinBox(self.votesGroup)
        self.tally2Spin.setObjectName(u"tally2Spin")
        self.tally2Spin.setMaximum(1000)

        self.tallyLayout.addWidget(self.tally2Spin)

        self.tally3Spin = QSpinBox(self.votesGroup)
        self.tally3Spin.setObjectName(u"tally3Spin")
        self.tally3Spin.setMaximum(1000)

        self.tallyLayout.addWidget(self.tally3Spin)


        self.votesLayout.addLayout(self.tallyLayout)

        self.distributionLabel = QLabel(self.votesGroup)
        self.distributionLabel.setObjectName(u"distributionLabel")
        self.distributionLabel.setTextFormat(Qt.PlainText)
        self.distributionLabel.setWordWrap(True)

        self.votesLayout.addWidget(self.distributionLabel)


        self.sideLayout.addWidget(self.votesGroup)

        self.decisionLayout = QFormLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.ambitionLabel = QLabel(self.sidePanel)
        self.ambitionLabel.setObjectName(u"ambitionLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ambitionLabel)

        self.ambitionCombo = QComboBox(self.sidePanel)
        self.ambitionCombo.setObjectName(u"ambitionCombo")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ambitionCombo)

        self.minutesLabel = QLabel(self.sidePanel)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(self.sidePanel)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(600)

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutesSpin)


        self.sideLayout.addLayout(self.decisionLayout)

        self.notesLabel = QLabel(self.sidePanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.sideLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.sidePanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 100))

        self.sideLayout.addWidget(self.notesEdit)

        self.sideScroll.setWidget(self.sidePanel)
        self.mainSplitter.addWidget(self.sideScroll)

        self.presenterLayout.addWidget(self.mainSplitter)

        self.presenterLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.compareLabel.setBuddy(self.earlierCombo)
        self.ambitionLabel.setBuddy(self.ambitionCombo)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.earlierCombo)
        QWidget.setTabOrder(self.earlierCombo, self.genericCheck)
        QWidget.setTabOrder(self.genericCheck, self.focusCheck)
        QWidget.setTabOrder(self.focusCheck, self.revealCheck)
        QWidget.setTabOrder(self.revealCheck, self.votesTable)
        QWidget.setTabOrder(self.votesTable, self.tally1Spin)
        QWidget.setTabOrder(self.tally1Spin, self.tally2Spin)
        QWidget.setTabOrder(self.tally2Spin, self.tally3Spin)
        QWidget.setTabOrder(self.tally3Spin, self.ambitionCombo)
        QWidget.setTabOrder(self.ambitionCombo, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.clockButton)
        QWidget.setTabOrder(self.clockButton, self.stopButton)

        self.retranslateUi(PresenterView)

        QMetaObject.connectSlotsByName(PresenterView)
    # setupUi

    def retranslateUi(self, PresenterView):
#if QT_CONFIG(accessibility)
        PresenterView.setAccessibleName(QCoreApplication.translate("PresenterView", u"Presentatie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionTitle.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Sessietitel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeClock.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Tijd voor dit thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionClock.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Tijd voor de hele sessie", None))
#endif // QT_CONFIG(accessibility)
        self.clockButton.setText(QCoreApplication.translate("PresenterView", u"Klok starten (T)", None))
        self.stopButton.setText(QCoreApplication.translate("PresenterView", u"Presentatie stoppen (Esc)", None))
#if QT_CONFIG(accessibility)
        self.radarHost.setAccessibleName(QCoreApplication.translate("PresenterView", u"Ambitieweb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sideScroll.setAccessibleName(QCoreApplication.translate("PresenterView", u"Bediening van de presentatie", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("PresenterView", u"\u25c0 Vorige", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PresenterView", u"Vorig thema (Links, PageUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.themeName.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Thema", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("PresenterView", u"Volgende \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PresenterView", u"Volgend thema (Rechts, PageDown)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.levelTexts.setAccessibleName(QCoreApplication.translate("PresenterView", u"Niveaus van het thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Waarschuwing", None))
#endif // QT_CONFIG(accessibility)
        self.compareLabel.setText(QCoreApplication.translate("PresenterView", u"&Vergelijken met", None))
#if QT_CONFIG(accessibility)
        self.earlierCombo.setAccessibleName(QCoreApplication.translate("PresenterView", u"Vergelijken met een eerdere versie", None))
#endif // QT_CONFIG(accessibility)
        self.genericCheck.setText(QCoreApplication.translate("PresenterView", u"&Generiek ambitieweb tonen (G)", None))
        self.focusCheck.setText(QCoreApplication.translate("PresenterView", u"Publiek ziet alleen &focusthema's (F)", None))
        self.revealCheck.setText(QCoreApplication.translate("PresenterView", u"Stemmen tonen aan het publiek (&R)", None))
        self.votesGroup.setTitle(QCoreApplication.translate("PresenterView", u"Stemmen", None))
#if QT_CONFIG(accessibility)
        self.votesTable.setAccessibleName(QCoreApplication.translate("PresenterView", u"Stemmen per deelnemer", None))
#endif // QT_CONFIG(accessibility)
        self.tallyLabel.setText(QCoreApplication.translate("PresenterView", u"Anoniem (handen):", None))
#if QT_CONFIG(accessibility)
        self.tally1Spin.setAccessibleName(QCoreApplication.translate("PresenterView", u"Aantal voor basis", None))
#endif // QT_CONFIG(accessibility)
        self.tally1Spin.setPrefix(QCoreApplication.translate("PresenterView", u"1: ", None))
#if QT_CONFIG(accessibility)
        self.tally2Spin.setAccessibleName(QCoreApplication.translate("PresenterView", u"Aantal voor significant", None))
#endif // QT_CONFIG(accessibility)
        self.tally2Spin.setPrefix(QCoreApplication.translate("PresenterView", u"2: ", None))
#if QT_CONFIG(accessibility)
        self.tally3Spin.setAccessibleName(QCoreApplication.translate("PresenterView", u"Aantal voor ambitieus", None))
#endif // QT_CONFIG(accessibility)
        self.tally3Spin.setPrefix(QCoreApplication.translate("PresenterView", u"3: ", None))
#if QT_CONFIG(accessibility)
        self.distributionLabel.setAccessibleDescription(QCoreApplication.translate("PresenterView", u"Verdeling van de stemmen", None))
#endif // QT_CONFIG(accessibility)
        self.ambitionLabel.setText(QCoreApplication.translate("PresenterView", u"Vastgestelde &ambitie", None))
#if QT_CONFIG(accessibility)
        self.ambitionCombo.setAccessibleName(QCoreApplication.translate("PresenterView", u"Ambitie van de groep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ambitionCombo.setToolTip(QCoreApplication.translate("PresenterView", u"Ctrl+0 tot Ctrl+3", None))
#endif // QT_CONFIG(tooltip)
        self.minutesLabel.setText(QCoreApplication.translate("PresenterView", u"Ti&jd voor dit thema", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("PresenterView", u"Geplande minuten voor dit thema", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("PresenterView", u" min", None))
        self.notesLabel.setText(QCoreApplication.translate("PresenterView", u"&Onderbouwing en notities (N)", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PresenterView", u"Onderbouwing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

