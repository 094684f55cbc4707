# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criterion_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(720, 700)
        self.dialogLayout = QVBoxLayout(CriterionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.originLabel = QLabel(CriterionDialog)
        self.originLabel.setObjectName(u"originLabel")
        self.originLabel.setTextFormat(Qt.PlainText)
        self.originLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.originLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(CriterionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CriterionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(CriterionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CriterionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.textLabel = QLabel(CriterionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(CriterionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.verificationLabel = QLabel(CriterionDialog)
        self.verificationLabel.setObjectName(u"verificationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.verificationLabel)

        self.verificationEdit = QPlainTextEdit(CriterionDialog)
        self.verificationEdit.setObjectName(u"verificationEdit")
        self.verificationEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.verificationEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.verificationEdit)

        self.scoringLabel = QLabel(CriterionDialog)
        self.scoringLabel.setObjectName(u"scoringLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scoringLabel)

        self.scoringEdit = QPlainTextEdit(CriterionDialog)
        self.scoringEdit.setObjectName(u"scoringEdit")
        self.scoringEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scoringEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scoringEdit)

        self.weightLabel = QLabel(CriterionDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightSpin = QDoubleSpinBox(CriterionDialog)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setDecimals(1)
        self.weightSpin.setMaximum(100.000000000000000)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.weightSpin.sizePolicy().hasHeightForWidth())
        self.weightSpin.setSizePolicy(sizePolicy)
        self.weightSpin.setMinimumWidth(140)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.weightSpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.valuesBox = QGroupBox(CriterionDialog)
        self.valuesBox.setObjectName(u"valuesBox")
        self.valuesBoxLayout = QVBoxLayout(self.valuesBox)
        self.valuesBoxLayout.setObjectName(u"valuesBoxLayout")
        self.valuesHint = QLabel(self.valuesBox)
        self.valuesHint.setObjectName(u"valuesHint")
        self.valuesHint.setTextFormat(Qt.PlainText)
        self.valuesHint.setWordWrap(True)

        self.valuesBoxLayout.addWidget(self.valuesHint)

        self.valuesLayout = QFormLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)

        self.valuesBoxLayout.addLayout(self.valuesLayout)


        self.dialogLayout.addWidget(self.valuesBox)

        self.messageLabel = QLabel(CriterionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(CriterionDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(CriterionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.verificationLabel.setBuddy(self.verificationEdit)
        self.scoringLabel.setBuddy(self.scoringEdit)
        self.weightLabel.setBuddy(self.weightSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.verificationEdit)
        QWidget.setTabOrder(self.verificationEdit, self.scoringEdit)
        QWidget.setTabOrder(self.scoringEdit, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.restoreButton)

        self.retranslateUi(CriterionDialog)
        self.buttonBox.accepted.connect(CriterionDialog.accept)
        self.buttonBox.rejected.connect(CriterionDialog.reject)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"Criterium bewerken", None))
#if QT_CONFIG(accessibility)
        self.originLabel.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"Herkomst van de tekst", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Soort", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Soort", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Titel", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Titel", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("CriterionDialog", u"Te&kst", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Tekst", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"De tekst voor het bestek; {{naam}} voor een waarde die per aanbesteding wordt ingevuld", None))
        self.verificationLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Bewijsmiddel", None))
#if QT_CONFIG(accessibility)
        self.verificationEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Bewijsmiddel", None))
#endif // QT_CONFIG(accessibility)
        self.verificationEdit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"Hoe wordt gecontroleerd dat aan het criterium is voldaan?", None))
        self.scoringLabel.setText(QCoreApplication.translate("CriterionDialog", u"Beoor&deling", None))
#if QT_CONFIG(accessibility)
        self.scoringEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Beoordeling", None))
#endif // QT_CONFIG(accessibility)
        self.scoringEdit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"Hoe worden de inschrijvingen op dit criterium gescoord?", None))
        self.weightLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Weging", None))
#if QT_CONFIG(accessibility)
        self.weightSpin.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Weging", None))
#endif // QT_CONFIG(accessibility)
        self.weightSpin.setSpecialValueText(QCoreApplication.translate("CriterionDialog", u"nog geen", None))
        self.valuesBox.setTitle(QCoreApplication.translate("CriterionDialog", u"&Invulwaarden", None))
#if QT_CONFIG(accessibility)
        self.valuesBox.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Invulwaarden", None))
#endif // QT_CONFIG(accessibility)
        self.valuesHint.setText(QCoreApplication.translate("CriterionDialog", u"Deze waarden komen op de plaats van {{naam}} in de tekst. Wat leeg blijft, staat in de documenten als [naam].", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("CriterionDialog", u"Catalogustekst &overnemen", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Catalogustekst overnemen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

