# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'framework_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from ambitieweb.gui.frameworks.fields import TextField

class Ui_FrameworkEditor(object):
    def setupUi(self, FrameworkEditor):
        if not FrameworkEditor.objectName():
            FrameworkEditor.setObjectName(u"FrameworkEditor")
        FrameworkEditor.resize(1100, 760)
        self.dialogLayout = QVBoxLayout(FrameworkEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.frameworkLabel = QLabel(FrameworkEditor)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.topLayout.addWidget(self.frameworkLabel)

        self.frameworkCombo = QComboBox(FrameworkEditor)
        self.frameworkCombo.setObjectName(u"frameworkCombo")
        self.frameworkCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.frameworkCombo.setMinimumContentsLength(20)

        self.topLayout.addWidget(self.frameworkCombo)

        self.templateLabel = QLabel(FrameworkEditor)
        self.templateLabel.setObjectName(u"templateLabel")

        self.topLayout.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(FrameworkEditor)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.templateCombo.setMinimumContentsLength(20)

        self.topLayout.addWidget(self.templateCombo)

        self.newButton = QPushButton(FrameworkEditor)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.topLayout.addWidget(self.newButton)

        self.deleteButton = QPushButton(FrameworkEditor)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.topLayout.addWidget(self.deleteButton)

        self.exportButton = QPushButton(FrameworkEditor)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.topLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(FrameworkEditor)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.topLayout.addWidget(self.importButton)

        self.topLayout.setStretch(1, 1)
        self.topLayout.setStretch(3, 1)

        self.dialogLayout.addLayout(self.topLayout)

        self.headLayout = QFormLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.titleLabel = QLabel(FrameworkEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(FrameworkEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.headLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.versionLabel = QLabel(FrameworkEditor)
        self.versionLabel.setObjectName(u"versionLabel")

        self.headLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionEdit = QLineEdit(FrameworkEditor)
        self.versionEdit.setObjectName(u"versionEdit")

        self.headLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionEdit)

        self.dateLabel = QLabel(FrameworkEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(FrameworkEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.headLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.descriptionLabel = QLabel(FrameworkEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.headLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = TextField(FrameworkEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.headLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.headLayout)

        self.bodyLayout = QGridLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.themesLabel = QLabel(FrameworkEditor)
        self.themesLabel.setObjectName(u"themesLabel")

        self.bodyLayout.addWidget(self.themesLabel, 0, 0, 1, 1)

        self.themeList = QListWidget(FrameworkEditor)
        self.themeList.setObjectName(u"themeList")
        self.themeList.setMinimumSize(QSize(300, 0))

        self.bodyLayout.addWidget(self.themeList, 1, 0, 1, 1)

        self.themeButtons = QVBoxLayout()
        self.themeButtons.setObjectName(u"themeButtons")
        self.addButton = QPushButton(FrameworkEditor)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.addButton)

        self.upButton = QPushButton(FrameworkEditor)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.upButton)

        self.downButton = QPushButton(FrameworkEditor)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.downButton)

        self.splitButton = QPushButton(FrameworkEditor)
        self.splitButton.setObjectName(u"splitButton")
        self.splitButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.splitButton)

        self.mergeButton = QPushButton(FrameworkEditor)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.mergeButton)

        self.removeButton = QPushButton(FrameworkEditor)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.themeButtons.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.themeButtons.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.themeButtons, 1, 1, 1, 1)

        self.themeForm = QFormLayout()
        self.themeForm.setObjectName(u"themeForm")
        self.nameLabel = QLabel(FrameworkEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.themeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FrameworkEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.themeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.themeDescriptionLabel = QLabel(FrameworkEditor)
        self.themeDescriptionLabel.setObjectName(u"themeDescriptionLabel")

        self.themeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeDescriptionLabel)

        self.themeDescription = TextField(FrameworkEditor)
        self.themeDescription.setObjectName(u"themeDescription")

        self.themeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeDescription)

        self.basisLabel = QLabel(FrameworkEditor)
        self.basisLabel.setObjectName(u"basisLabel")

        self.themeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = TextField(FrameworkEditor)
        self.basisEdit.setObjectName(u"basisEdit")

        self.themeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.significantLabel = QLabel(FrameworkEditor)
        self.significantLabel.setObjectName(u"significantLabel")

        self.themeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.significantLabel)

        self.significantEdit = TextField(FrameworkEditor)
        self.significantEdit.setObjectName(u"significantEdit")

        self.themeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.significantEdit)

        self.ambitiousLabel = QLabel(FrameworkEditor)
        self.ambitiousLabel.setObjectName(u"ambitiousLabel")

        self.themeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ambitiousLabel)

        self.ambitiousEdit = TextField(FrameworkEditor)
        self.ambitiousEdit.setObjectName(u"ambitiousEdit")

        self.themeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ambitiousEdit)


        self.bodyLayout.addLayout(self.themeForm, 1, 2, 1, 1)

        self.bodyLayout.setColumnStretch(2, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.messageLabel = QLabel(FrameworkEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.retryButton = QPushButton(FrameworkEditor)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.retryButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(FrameworkEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.frameworkLabel.setBuddy(self.frameworkCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.versionLabel.setBuddy(self.versionEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.themesLabel.setBuddy(self.themeList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.themeDescriptionLabel.setBuddy(self.themeDescription)
        self.basisLabel.setBuddy(self.basisEdit)
        self.significantLabel.setBuddy(self.significantEdit)
        self.ambitiousLabel.setBuddy(self.ambitiousEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.frameworkCombo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.versionEdit)
        QWidget.setTabOrder(self.versionEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.themeList)
        QWidget.setTabOrder(self.themeList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.splitButton)
        QWidget.setTabOrder(self.splitButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.themeDescription)
        QWidget.setTabOrder(self.themeDescription, self.basisEdit)
        QWidget.setTabOrder(self.basisEdit, self.significantEdit)
        QWidget.setTabOrder(self.significantEdit, self.ambitiousEdit)
        QWidget.setTabOrder(self.ambitiousEdit, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.closeButton)

        self.retranslateUi(FrameworkEditor)

        QMetaObject.connectSlotsByName(FrameworkEditor)
    # setupUi

    def retranslateUi(self, FrameworkEditor):
        FrameworkEditor.setWindowTitle(QCoreApplication.translate("FrameworkEditor", u"Kaders (themasets)", None))
#if QT_CONFIG(accessibility)
        FrameworkEditor.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Kaders (themasets)", None))
#endif // QT_CONFIG(accessibility)
        self.frameworkLabel.setText(QCoreApplication.translate("FrameworkEditor", u"&Kader:", None))
#if QT_CONFIG(accessibility)
        self.frameworkCombo.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Eigen kader", None))
#endif // QT_CONFIG(accessibility)
        self.templateLabel.setText(QCoreApplication.translate("FrameworkEditor", u"&Begin met:", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Begin met", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("FrameworkEditor", u"&Nieuw kader", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Nieuw kader", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("FrameworkEditor", u"Kader ver&wijderen", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Kader verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("FrameworkEditor", u"Ex&porteren\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Kader exporteren als TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("FrameworkEditor", u"Impo&rteren\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Kader importeren uit een TOML-bestand", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FrameworkEditor", u"T&itel:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Titel van het kader", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("FrameworkEditor", u"V&ersie:", None))
#if QT_CONFIG(accessibility)
        self.versionEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Versie", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("FrameworkEditor", u"&Datum:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Besc&hrijving:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Beschrijving van het kader", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("FrameworkEditor", u"&Thema's:", None))
#if QT_CONFIG(accessibility)
        self.themeList.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema's", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("FrameworkEditor", u"Thema toe&voegen", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("FrameworkEditor", u"&Omhoog", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema omhoog", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("FrameworkEditor", u"Omlaa&g", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema omlaag", None))
#endif // QT_CONFIG(accessibility)
        self.splitButton.setText(QCoreApplication.translate("FrameworkEditor", u"&Splitsen", None))
#if QT_CONFIG(accessibility)
        self.splitButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema splitsen", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("FrameworkEditor", u"Sa&menvoegen met volgende", None))
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema samenvoegen met volgende", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("FrameworkEditor", u"Thema &uit kader halen", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Thema uit kader halen", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Them&anaam:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Themanaam", None))
#endif // QT_CONFIG(accessibility)
        self.themeDescriptionLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Omschri&jving:", None))
#if QT_CONFIG(accessibility)
        self.themeDescription.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Omschrijving van het thema", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Niveau &1 basis:", None))
#if QT_CONFIG(accessibility)
        self.basisEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Niveau 1, basis", None))
#endif // QT_CONFIG(accessibility)
        self.significantLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Niveau &2 significant:", None))
#if QT_CONFIG(accessibility)
        self.significantEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Niveau 2, significant", None))
#endif // QT_CONFIG(accessibility)
        self.ambitiousLabel.setText(QCoreApplication.translate("FrameworkEditor", u"Niveau &3 ambitieus:", None))
#if QT_CONFIG(accessibility)
        self.ambitiousEdit.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Niveau 3, ambitieus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("FrameworkEditor", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("FrameworkEditor", u"Opnieuw opslaan", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Opnieuw opslaan", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("FrameworkEditor", u"S&luiten", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("FrameworkEditor", u"Sluiten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

