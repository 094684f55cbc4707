# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'snapshot_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QListWidget,
    QSplitter, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_SnapshotDialog(object):
    def setupUi(self, SnapshotDialog):
        if not SnapshotDialog.objectName():
            SnapshotDialog.setObjectName(u"SnapshotDialog")
        SnapshotDialog.resize(1100, 720)
        self.dialogLayout = QVBoxLayout(SnapshotDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.splitter = QSplitter(SnapshotDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versionList = QListWidget(self.splitter)
        self.versionList.setObjectName(u"versionList")
        self.versionList.setTabKeyNavigation(False)
        self.splitter.addWidget(self.versionList)
        self.versionPanel = QWidget(self.splitter)
        self.versionPanel.setObjectName(u"versionPanel")
        self.versionLayout = QVBoxLayout(self.versionPanel)
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLayout.setContentsMargins(0, 0, 0, 0)
        self.versionInfo = QLabel(self.versionPanel)
        self.versionInfo.setObjectName(u"versionInfo")
        self.versionInfo.setTextFormat(Qt.PlainText)
        self.versionInfo.setWordWrap(True)

        self.versionLayout.addWidget(self.versionInfo)

        self.radarHost = QWidget(self.versionPanel)
        self.radarHost.setObjectName(u"radarHost")
        self.radarLayout = QVBoxLayout(self.radarHost)
        self.radarLayout.setObjectName(u"radarLayout")
        self.radarLayout.setContentsMargins(0, 0, 0, 0)

        self.versionLayout.addWidget(self.radarHost)

        self.themeTable = QTableWidget(self.versionPanel)
        self.themeTable.setObjectName(u"themeTable")
        self.themeTable.setTabKeyNavigation(False)
        self.themeTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.themeTable.setWordWrap(True)
        self.themeTable.horizontalHeader().setStretchLastSection(True)
        self.themeTable.verticalHeader().setVisible(False)

        self.versionLayout.addWidget(self.themeTable)

        self.splitter.addWidget(self.versionPanel)

        self.dialogLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(SnapshotDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.versionList, self.themeTable)

        self.retranslateUi(SnapshotDialog)
        self.buttons.rejected.connect(SnapshotDialog.reject)

        QMetaObject.connectSlotsByName(SnapshotDialog)
    # setupUi

    def retranslateUi(self, SnapshotDialog):
        SnapshotDialog.setWindowTitle(QCoreApplication.translate("SnapshotDialog", u"Vastgestelde versies", None))
#if QT_CONFIG(accessibility)
        self.versionList.setAccessibleName(QCoreApplication.translate("SnapshotDialog", u"Vastgestelde versies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionInfo.setAccessibleDescription(QCoreApplication.translate("SnapshotDialog", u"Over deze versie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeTable.setAccessibleName(QCoreApplication.translate("SnapshotDialog", u"Vastgestelde niveaus", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

