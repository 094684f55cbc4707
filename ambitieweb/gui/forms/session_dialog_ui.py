# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(680, 300)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignVCenter)
        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SessionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleHint = QLabel(SessionDialog)
        self.titleHint.setObjectName(u"titleHint")
        self.titleHint.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.titleHint.setTextFormat(Qt.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleHint)

        self.organisationLabel = QLabel(SessionDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(SessionDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(500)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.subjectLabel = QLabel(SessionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(SessionDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.productGroupLabel = QLabel(SessionDialog)
        self.productGroupLabel.setObjectName(u"productGroupLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.productGroupLabel)

        self.productGroupCombo = QComboBox(SessionDialog)
        self.productGroupCombo.setObjectName(u"productGroupCombo")
        self.productGroupCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.productGroupCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.productGroupCombo)

        self.dateLabel = QLabel(SessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumDate(QDate(1900, 1, 1))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.facilitatorLabel = QLabel(SessionDialog)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(SessionDialog)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")
        self.facilitatorEdit.setMaxLength(500)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)

        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.frameworkLabel = QLabel(SessionDialog)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.frameworkLabel)

        self.frameworkCombo = QComboBox(SessionDialog)
        self.frameworkCombo.setObjectName(u"frameworkCombo")
        self.frameworkCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.frameworkCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.frameworkCombo)

        self.optionalCheck = QCheckBox(SessionDialog)
        self.optionalCheck.setObjectName(u"optionalCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.optionalCheck)

        self.genericLabel = QLabel(SessionDialog)
        self.genericLabel.setObjectName(u"genericLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.genericLabel)

        self.genericCombo = QComboBox(SessionDialog)
        self.genericCombo.setObjectName(u"genericCombo")
        self.genericCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.genericCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.genericCombo)

        self.genericHint = QLabel(SessionDialog)
        self.genericHint.setObjectName(u"genericHint")
        self.genericHint.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.genericHint.setTextFormat(Qt.PlainText)
        self.genericHint.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.genericHint)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.messageLabel = QLabel(SessionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.productGroupLabel.setBuddy(self.productGroupCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.frameworkLabel.setBuddy(self.frameworkCombo)
        self.genericLabel.setBuddy(self.genericCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.productGroupCombo)
        QWidget.setTabOrder(self.productGroupCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.facilitatorEdit)
        QWidget.setTabOrder(self.facilitatorEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.frameworkCombo)
        QWidget.setTabOrder(self.frameworkCombo, self.optionalCheck)
        QWidget.setTabOrder(self.optionalCheck, self.genericCombo)

        self.retranslateUi(SessionDialog)
        self.buttonBox.accepted.connect(SessionDialog.accept)
        self.buttonBox.rejected.connect(SessionDialog.reject)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Nieuwe sessie", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"&Titel:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Titel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("SessionDialog", u"Verplicht", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"bijvoorbeeld Schoonmaakdiensten 2027", None))
        self.titleHint.setText(QCoreApplication.translate("SessionDialog", u"Een titel is verplicht.", None))
        self.organisationLabel.setText(QCoreApplication.translate("SessionDialog", u"&Organisatie:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("SessionDialog", u"Onder&werp:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Onderwerp", None))
#endif // QT_CONFIG(accessibility)
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"contract, dienst of afdeling", None))
        self.productGroupLabel.setText(QCoreApplication.translate("SessionDialog", u"&Productgroep:", None))
#if QT_CONFIG(accessibility)
        self.productGroupCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Productgroep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productGroupCombo.setAccessibleDescription(QCoreApplication.translate("SessionDialog", u"Bepaalt welke criteria het criteriapaneel eerst aanbiedt", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("SessionDialog", u"&Datum:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Datum van de sessie", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"dd-MM-yyyy", None))
        self.dateEdit.setSpecialValueText(QCoreApplication.translate("SessionDialog", u"geen datum", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("SessionDialog", u"&Facilitator:", None))
#if QT_CONFIG(accessibility)
        self.facilitatorEdit.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"&Soort:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Soort ambitieweb", None))
#endif // QT_CONFIG(accessibility)
        self.frameworkLabel.setText(QCoreApplication.translate("SessionDialog", u"&Kader:", None))
#if QT_CONFIG(accessibility)
        self.frameworkCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Kader (themaset)", None))
#endif // QT_CONFIG(accessibility)
        self.optionalCheck.setText(QCoreApplication.translate("SessionDialog", u"Optionele thema's &meenemen", None))
#if QT_CONFIG(accessibility)
        self.optionalCheck.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Optionele thema's meenemen", None))
#endif // QT_CONFIG(accessibility)
        self.genericLabel.setText(QCoreApplication.translate("SessionDialog", u"&Generiek ambitieweb:", None))
#if QT_CONFIG(accessibility)
        self.genericCombo.setAccessibleName(QCoreApplication.translate("SessionDialog", u"Generiek ambitieweb om naar te verwijzen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleDescription(QCoreApplication.translate("SessionDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

