# generated from ui/start_page.ui by pyside6-uic, do not edit: change the .ui in Qt Designer, then run
# `python ui/build_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        StartPage.resize(820, 640)
        self.mainLayout = QVBoxLayout(StartPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(StartPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.callNameLabel = QLabel(StartPage)
        self.callNameLabel.setObjectName(u"callNameLabel")
        self.callNameLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.callNameLabel)

        self.currentLabel = QLabel(StartPage)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentLabel)

        self.callsGroup = QGroupBox(StartPage)
        self.callsGroup.setObjectName(u"callsGroup")
        self.callsLayout = QVBoxLayout(self.callsGroup)
        self.callsLayout.setObjectName(u"callsLayout")
        self.callsHint = QLabel(self.callsGroup)
        self.callsHint.setObjectName(u"callsHint")
        self.callsHint.setWordWrap(True)

        self.callsLayout.addWidget(self.callsHint)

        self.callsList = QListWidget(self.callsGroup)
        self.callsList.setObjectName(u"callsList")

        self.callsLayout.addWidget(self.callsList)

        self.callsButtons = QHBoxLayout()
        self.callsButtons.setObjectName(u"callsButtons")
        self.installCallButton = QPushButton(self.callsGroup)
        self.installCallButton.setObjectName(u"installCallButton")

        self.callsButtons.addWidget(self.installCallButton)

        self.deriveCallButton = QPushButton(self.callsGroup)
        self.deriveCallButton.setObjectName(u"deriveCallButton")

        self.callsButtons.addWidget(self.deriveCallButton)

        self.callsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callsButtons.addItem(self.callsSpacer)


        self.callsLayout.addLayout(self.callsButtons)


        self.mainLayout.addWidget(self.callsGroup)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.actionsGroup = QGroupBox(StartPage)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(self.actionsGroup)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(self.actionsGroup)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.importButton = QPushButton(self.actionsGroup)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.columnsLayout.addWidget(self.actionsGroup)

        self.recentGroup = QGroupBox(StartPage)
        self.recentGroup.setObjectName(u"recentGroup")
        self.recentLayout = QVBoxLayout(self.recentGroup)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentList = QListWidget(self.recentGroup)
        self.recentList.setObjectName(u"recentList")

        self.recentLayout.addWidget(self.recentList)

        self.openRecentButton = QPushButton(self.recentGroup)
        self.openRecentButton.setObjectName(u"openRecentButton")

        self.recentLayout.addWidget(self.openRecentButton)


        self.columnsLayout.addWidget(self.recentGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.calendarGroup = QGroupBox(StartPage)
        self.calendarGroup.setObjectName(u"calendarGroup")
        self.calendarLayout = QFormLayout(self.calendarGroup)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.deadlineCaption = QLabel(self.calendarGroup)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.calendarLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineValue = QLabel(self.calendarGroup)
        self.deadlineValue.setObjectName(u"deadlineValue")

        self.calendarLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deadlineValue)

        self.resultsCaption = QLabel(self.calendarGroup)
        self.resultsCaption.setObjectName(u"resultsCaption")

        self.calendarLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultsCaption)

        self.resultsValue = QLabel(self.calendarGroup)
        self.resultsValue.setObjectName(u"resultsValue")

        self.calendarLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultsValue)

        self.projectCaption = QLabel(self.calendarGroup)
        self.projectCaption.setObjectName(u"projectCaption")

        self.calendarLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.projectCaption)

        self.projectValue = QLabel(self.calendarGroup)
        self.projectValue.setObjectName(u"projectValue")

        self.calendarLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.projectValue)

        self.countdownLabel = QLabel(self.calendarGroup)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setWordWrap(True)

        self.calendarLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.countdownLabel)

        self.noticeLabel = QLabel(self.calendarGroup)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.calendarLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.noticeLabel)


        self.mainLayout.addWidget(self.calendarGroup)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.recentList)
        QWidget.setTabOrder(self.recentList, self.openRecentButton)

        self.retranslateUi(StartPage)

        QMetaObject.connectSlotsByName(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
#if QT_CONFIG(accessibility)
        StartPage.setAccessibleName(QCoreApplication.translate("StartPage", u"Accueil", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("StartPage", u"<h1>Pr\u00e9parer un dossier de candidature</h1>", None))
#if QT_CONFIG(accessibility)
        self.callNameLabel.setAccessibleName(QCoreApplication.translate("StartPage", u"Appel \u00e0 projets", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentLabel.setAccessibleName(QCoreApplication.translate("StartPage", u"Dossier ouvert", None))
#endif // QT_CONFIG(accessibility)
        self.callsGroup.setTitle(QCoreApplication.translate("StartPage", u"Appels \u00e0 projets", None))
        self.callsHint.setText(QCoreApplication.translate("StartPage", u"Les appels ouverts d'abord. L'appel choisi est celui du prochain nouveau dossier.", None))
#if QT_CONFIG(accessibility)
        self.callsList.setAccessibleName(QCoreApplication.translate("StartPage", u"Appels connus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callsList.setAccessibleDescription(QCoreApplication.translate("StartPage", u"L'appel s\u00e9lectionn\u00e9 est celui du prochain nouveau dossier", None))
#endif // QT_CONFIG(accessibility)
        self.installCallButton.setText(QCoreApplication.translate("StartPage", u"Ins&taller un fichier d'appel\u2026", None))
#if QT_CONFIG(accessibility)
        self.installCallButton.setAccessibleName(QCoreApplication.translate("StartPage", u"Installer un fichier d'appel", None))
#endif // QT_CONFIG(accessibility)
        self.deriveCallButton.setText(QCoreApplication.translate("StartPage", u"&D\u00e9river l'appel suivant\u2026", None))
#if QT_CONFIG(accessibility)
        self.deriveCallButton.setAccessibleName(QCoreApplication.translate("StartPage", u"D\u00e9river l'appel suivant", None))
#endif // QT_CONFIG(accessibility)
        self.actionsGroup.setTitle(QCoreApplication.translate("StartPage", u"Commencer", None))
        self.newButton.setText(QCoreApplication.translate("StartPage", u"&Nouveau dossier", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("StartPage", u"Nouveau dossier", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleDescription(QCoreApplication.translate("StartPage", u"Cr\u00e9e un dossier vide, enregistr\u00e9 automatiquement", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("StartPage", u"&Ouvrir un brouillon\u2026", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("StartPage", u"Ouvrir un brouillon", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("StartPage", u"&Importer un fichier Word\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("StartPage", u"Importer un fichier Word", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleDescription(QCoreApplication.translate("StartPage", u"Lit un dossier rempli dans le mod\u00e8le Word de l'appel", None))
#endif // QT_CONFIG(accessibility)
        self.recentGroup.setTitle(QCoreApplication.translate("StartPage", u"Brouillons r\u00e9cents", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("StartPage", u"Brouillons r\u00e9cents", None))
#endif // QT_CONFIG(accessibility)
        self.openRecentButton.setText(QCoreApplication.translate("StartPage", u"Ouvrir le &brouillon s\u00e9lectionn\u00e9", None))
#if QT_CONFIG(accessibility)
        self.openRecentButton.setAccessibleName(QCoreApplication.translate("StartPage", u"Ouvrir le brouillon s\u00e9lectionn\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.calendarGroup.setTitle(QCoreApplication.translate("StartPage", u"Calendrier de l'appel", None))
        self.deadlineCaption.setText(QCoreApplication.translate("StartPage", u"Date limite de soumission :", None))
#if QT_CONFIG(accessibility)
        self.deadlineValue.setAccessibleName(QCoreApplication.translate("StartPage", u"Date limite de soumission", None))
#endif // QT_CONFIG(accessibility)
        self.resultsCaption.setText(QCoreApplication.translate("StartPage", u"R\u00e9sultats :", None))
#if QT_CONFIG(accessibility)
        self.resultsValue.setAccessibleName(QCoreApplication.translate("StartPage", u"R\u00e9sultats", None))
#endif // QT_CONFIG(accessibility)
        self.projectCaption.setText(QCoreApplication.translate("StartPage", u"Dur\u00e9e du projet :", None))
#if QT_CONFIG(accessibility)
        self.projectValue.setAccessibleName(QCoreApplication.translate("StartPage", u"Dur\u00e9e du projet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countdownLabel.setAccessibleName(QCoreApplication.translate("StartPage", u"Temps restant avant la date limite", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("StartPage", u"Avis sur la date limite", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
