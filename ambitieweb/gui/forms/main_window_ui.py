# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionBackToList = QAction(MainWindow)
        self.actionBackToList.setObjectName(u"actionBackToList")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExportDocuments = QAction(MainWindow)
        self.actionExportDocuments.setObjectName(u"actionExportDocuments")
        self.actionExportPng = QAction(MainWindow)
        self.actionExportPng.setObjectName(u"actionExportPng")
        self.actionExportSvg = QAction(MainWindow)
        self.actionExportSvg.setObjectName(u"actionExportSvg")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionDetails = QAction(MainWindow)
        self.actionDetails.setObjectName(u"actionDetails")
        self.actionParticipants = QAction(MainWindow)
        self.actionParticipants.setObjectName(u"actionParticipants")
        self.actionDuplicate = QAction(MainWindow)
        self.actionDuplicate.setObjectName(u"actionDuplicate")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionAgree = QAction(MainWindow)
        self.actionAgree.setObjectName(u"actionAgree")
        self.actionSnapshots = QAction(MainWindow)
        self.actionSnapshots.setObjectName(u"actionSnapshots")
        self.actionDutch = QAction(MainWindow)
        self.actionDutch.setObjectName(u"actionDutch")
        self.actionDutch.setCheckable(True)
        self.actionDutch.setText(u"Nederlands")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.listPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.listLayout.addLayout(self.searchLayout)

        self.sessionTable = QTableView(self.listPage)
        self.sessionTable.setObjectName(u"sessionTable")
        self.sessionTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessionTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessionTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessionTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.sessionTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPage)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.openButton = QPushButton(self.listPage)
        self.openButton.setObjectName(u"openButton")

        self.listButtons.addWidget(self.openButton)

        self.importButton = QPushButton(self.listPage)
        self.importButton.setObjectName(u"importButton")

        self.listButtons.addWidget(self.importButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.pages.addWidget(self.listPage)
        self.workspacePage = QWidget()
        self.workspacePage.setObjectName(u"workspacePage")
        self.workspacePageLayout = QVBoxLayout(self.workspacePage)
        self.workspacePageLayout.setObjectName(u"workspacePageLayout")
        self.workspacePageLayout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.workspacePage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.editMenu = QMenu(self.menubar)
        self.editMenu.setObjectName(u"editMenu")
        self.sessionMenu = QMenu(self.menubar)
        self.sessionMenu.setObjectName(u"sessionMenu")
        self.presentationMenu = QMenu(self.menubar)
        self.presentationMenu.setObjectName(u"presentationMenu")
        self.languageMenu = QMenu(self.menubar)
        self.languageMenu.setObjectName(u"languageMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.sessionTable)
        QWidget.setTabOrder(self.sessionTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.importButton)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.editMenu.menuAction())
        self.menubar.addAction(self.sessionMenu.menuAction())
        self.menubar.addAction(self.presentationMenu.menuAction())
        self.menubar.addAction(self.languageMenu.menuAction())
        self.fileMenu.addAction(self.actionNew)
        self.fileMenu.addAction(self.actionOpen)
        self.fileMenu.addAction(self.actionBackToList)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionImport)
        self.fileMenu.addAction(self.actionExport)
        self.fileMenu.addAction(self.actionExportDocuments)
        self.fileMenu.addAction(self.actionExportPng)
        self.fileMenu.addAction(self.actionExportSvg)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.editMenu.addAction(self.actionDetails)
        self.editMenu.addAction(self.actionParticipants)
        self.editMenu.addSeparator()
        self.editMenu.addAction(self.actionDuplicate)
        self.editMenu.addAction(self.actionDelete)
        self.sessionMenu.addAction(self.actionAgree)
        self.sessionMenu.addAction(self.actionSnapshots)
        self.languageMenu.addAction(self.actionDutch)
        self.languageMenu.addAction(self.actionEnglish)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Ambitieweb", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe sessie\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Openen", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackToList.setText(QCoreApplication.translate("MainWindow", u"&Terug naar overzicht", None))
#if QT_CONFIG(shortcut)
        self.actionBackToList.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Importeren\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Exporteren als sessiebestand\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportDocuments.setText(QCoreApplication.translate("MainWindow", u"&Documenten exporteren (PDF, bestekteksten)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportDocuments.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPng.setText(QCoreApplication.translate("MainWindow", u"Diagram exporteren als &PNG\u2026", None))
        self.actionExportSvg.setText(QCoreApplication.translate("MainWindow", u"Diagram exporteren als &SVG\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionDetails.setText(QCoreApplication.translate("MainWindow", u"&Sessiegegevens\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionDetails.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionParticipants.setText(QCoreApplication.translate("MainWindow", u"&Deelnemers\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionParticipants.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionDuplicate.setText(QCoreApplication.translate("MainWindow", u"D&upliceren", None))
#if QT_CONFIG(shortcut)
        self.actionDuplicate.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Verwijderen\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionDelete.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionAgree.setText(QCoreApplication.translate("MainWindow", u"&Vaststellen\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionAgree.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+V", None))
#endif // QT_CONFIG(shortcut)
        self.actionSnapshots.setText(QCoreApplication.translate("MainWindow", u"Vastgestelde &versies\u2026", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Zoeken:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Zoek sessies", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"titel, organisatie of onderwerp", None))
#if QT_CONFIG(accessibility)
        self.sessionTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sessies", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe sessie\u2026", None))
        self.openButton.setText(QCoreApplication.translate("MainWindow", u"&Openen", None))
        self.importButton.setText(QCoreApplication.translate("MainWindow", u"&Importeren\u2026", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.editMenu.setTitle(QCoreApplication.translate("MainWindow", u"Be&werken", None))
        self.sessionMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Sessie", None))
        self.presentationMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Presentatie", None))
        self.languageMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Taal", None))
    # retranslateUi

