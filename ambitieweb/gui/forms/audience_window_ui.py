# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audience_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AudienceWindow(object):
    def setupUi(self, AudienceWindow):
        if not AudienceWindow.objectName():
            AudienceWindow.setObjectName(u"AudienceWindow")
        AudienceWindow.resize(1920, 1080)
        AudienceWindow.setFocusPolicy(Qt.NoFocus)
        self.audienceLayout = QVBoxLayout(AudienceWindow)
        self.audienceLayout.setObjectName(u"audienceLayout")
        self.titleLabel = QLabel(AudienceWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.PlainText)
        self.titleLabel.setWordWrap(True)

        self.audienceLayout.addWidget(self.titleLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.radarHost = QWidget(AudienceWindow)
        self.radarHost.setObjectName(u"radarHost")
        self.radarLayout = QVBoxLayout(self.radarHost)
        self.radarLayout.setObjectName(u"radarLayout")
        self.radarLayout.setContentsMargins(0, 0, 0, 0)

        self.bodyLayout.addWidget(self.radarHost)

        self.themePanel = QWidget(AudienceWindow)
        self.themePanel.setObjectName(u"themePanel")
        self.themeLayout = QVBoxLayout(self.themePanel)
        self.themeLayout.setObjectName(u"themeLayout")
        self.themeLayout.setContentsMargins(0, 0, 0, 0)
        self.themeCounter = QLabel(self.themePanel)
        self.themeCounter.setObjectName(u"themeCounter")
        self.themeCounter.setTextFormat(Qt.PlainText)

        self.themeLayout.addWidget(self.themeCounter)

        self.themeName = QLabel(self.themePanel)
        self.themeName.setObjectName(u"themeName")
        self.themeName.setTextFormat(Qt.PlainText)
        self.themeName.setWordWrap(True)

        self.themeLayout.addWidget(self.themeName)

        self.level1Text = QLabel(self.themePanel)
        self.level1Text.setObjectName(u"level1Text")
        self.level1Text.setTextFormat(Qt.PlainText)
        self.level1Text.setWordWrap(True)

        self.themeLayout.addWidget(self.level1Text)

        self.level2Text = QLabel(self.themePanel)
        self.level2Text.setObjectName(u"level2Text")
        self.level2Text.setTextFormat(Qt.PlainText)
        self.level2Text.setWordWrap(True)

        self.themeLayout.addWidget(self.level2Text)

        self.level3Text = QLabel(self.themePanel)
        self.level3Text.setObjectName(u"level3Text")
        self.level3Text.setTextFormat(Qt.PlainText)
        self.level3Text.setWordWrap(True)

        self.themeLayout.addWidget(self.level3Text)

        self.votesLabel = QLabel(self.themePanel)
        self.votesLabel.setObjectName(u"votesLabel")
        self.votesLabel.setTextFormat(Qt.PlainText)
        self.votesLabel.setWordWrap(True)

        self.themeLayout.addWidget(self.votesLabel)

        self.themeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.themeLayout.addItem(self.themeSpacer)


        self.bodyLayout.addWidget(self.themePanel)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.audienceLayout.addLayout(self.bodyLayout)

        self.controlBar = QFrame(AudienceWindow)
        self.controlBar.setObjectName(u"controlBar")
        self.controlBar.setFrameShape(QFrame.StyledPanel)
        self.controlLayout = QHBoxLayout(self.controlBar)
        self.controlLayout.setObjectName(u"controlLayout")
        self.previousButton = QPushButton(self.controlBar)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setFocusPolicy(Qt.NoFocus)

        self.controlLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(self.controlBar)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.NoFocus)

        self.controlLayout.addWidget(self.nextButton)

        self.revealButton = QPushButton(self.controlBar)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setCheckable(True)
        self.revealButton.setFocusPolicy(Qt.NoFocus)

        self.controlLayout.addWidget(self.revealButton)

        self.clockLabel = QLabel(self.controlBar)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setTextFormat(Qt.PlainText)

        self.controlLayout.addWidget(self.clockLabel)

        self.controlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlLayout.addItem(self.controlSpacer)

        self.stopButton = QPushButton(self.controlBar)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setFocusPolicy(Qt.NoFocus)

        self.controlLayout.addWidget(self.stopButton)


        self.audienceLayout.addWidget(self.controlBar)

        self.audienceLayout.setStretch(1, 1)

        self.retranslateUi(AudienceWindow)

        QMetaObject.connectSlotsByName(AudienceWindow)
    # setupUi

    def retranslateUi(self, AudienceWindow):
        AudienceWindow.setWindowTitle(QCoreApplication.translate("AudienceWindow", u"Ambitieweb \u2014 publiek", None))
#if QT_CONFIG(accessibility)
        AudienceWindow.setAccessibleName(QCoreApplication.translate("AudienceWindow", u"Publieksweergave", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Sessietitel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.radarHost.setAccessibleName(QCoreApplication.translate("AudienceWindow", u"Ambitieweb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeName.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.level1Text.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Niveau 1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.level2Text.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Niveau 2", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.level3Text.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Niveau 3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.votesLabel.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Stemmen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.controlBar.setAccessibleName(QCoreApplication.translate("AudienceWindow", u"Bediening", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("AudienceWindow", u"\u25c0 Vorige", None))
        self.nextButton.setText(QCoreApplication.translate("AudienceWindow", u"Volgende \u25b6", None))
        self.revealButton.setText(QCoreApplication.translate("AudienceWindow", u"Stemmen tonen (R)", None))
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleDescription(QCoreApplication.translate("AudienceWindow", u"Tijd", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("AudienceWindow", u"Stoppen (Esc)", None))
    # retranslateUi

