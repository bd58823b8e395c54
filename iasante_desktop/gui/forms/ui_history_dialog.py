# generated from ui/history_dialog.ui by pyside6-uic, do not edit: change the .ui in Qt Designer, then run
# `python ui/build_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(760, 460)
        self.mainLayout = QVBoxLayout(HistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(HistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.introLabel.sizePolicy().hasHeightForWidth())
        self.introLabel.setSizePolicy(sizePolicy)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(HistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.versionTable = QTableWidget(self.splitter)
        if (self.versionTable.columnCount() < 3):
            self.versionTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.versionTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versionTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versionTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.versionTable.setObjectName(u"versionTable")
        self.versionTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versionTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versionTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versionTable.setTabKeyNavigation(False)
        self.splitter.addWidget(self.versionTable)
        self.versionTable.horizontalHeader().setStretchLastSection(True)
        self.versionTable.verticalHeader().setVisible(False)
        self.previewText = QPlainTextEdit(self.splitter)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setReadOnly(True)
        self.splitter.addWidget(self.previewText)

        self.mainLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.restoreButton = QPushButton(HistoryDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.versionTable, self.previewText)
        QWidget.setTabOrder(self.previewText, self.restoreButton)

        self.retranslateUi(HistoryDialog)
        self.buttonBox.rejected.connect(HistoryDialog.reject)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"Historique des versions", None))
        self.introLabel.setText(QCoreApplication.translate("HistoryDialog", u"Une version est gard\u00e9e \u00e0 chaque enregistrement (Ctrl+S), \u00e0 chaque restauration, \u00e0 chaque fermeture et toutes les cinq minutes pendant la saisie. Restaurer une version garde d'abord l'\u00e9tat actuel comme version : rien n'est perdu.", None))
        ___qtablewidgetitem = self.versionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HistoryDialog", u"Date", None))
        ___qtablewidgetitem1 = self.versionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HistoryDialog", u"Occasion", None))
        ___qtablewidgetitem2 = self.versionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HistoryDialog", u"Libell\u00e9", None))
#if QT_CONFIG(accessibility)
        self.versionTable.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Versions enregistr\u00e9es", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewText.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Aper\u00e7u de la version", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("HistoryDialog", u"&Restaurer cette version", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Restaurer cette version", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
