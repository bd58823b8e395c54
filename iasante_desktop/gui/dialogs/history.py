"""The version history of the open draft: pick a version, preview it, restore it (the current state is kept)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from iasante_desktop.gui.forms.ui_history_dialog import Ui_HistoryDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    restored = Signal(object)  # the restored Dossier

    def __init__(self, draft, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.draft = draft
        self.lang = lang
        self.error: str | None = None
        header = self.ui.versionTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.versionTable.itemSelectionChanged.connect(self._preview)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.fill()

    def reason_text(self, reason: str) -> str:
        return {
            "save": self.tr("Enregistrement"),
            "autosave": self.tr("Enregistrement automatique"),
            "restore": self.tr("Avant restauration"),
            "close": self.tr("Fermeture"),
            "import": self.tr("Import"),
        }.get(reason, reason)

    def fill(self) -> None:
        from iasante_desktop.drafts import DraftError

        table = self.ui.versionTable
        table.setRowCount(0)
        try:
            versions = sorted(self.draft.versions(), key=lambda v: v.saved_at, reverse=True)
        except DraftError as exc:
            self._fail(exc.message(self.lang))
            versions = []
        locale = QLocale()
        for row, version in enumerate(versions):
            table.insertRow(row)
            when = QTableWidgetItem(locale.toString(version.saved_at.astimezone().replace(tzinfo=None), "dd/MM/yyyy HH:mm:ss"))
            when.setData(ID_ROLE, version.id)
            table.setItem(row, 0, when)
            table.setItem(row, 1, QTableWidgetItem(self.reason_text(version.reason)))
            table.setItem(row, 2, QTableWidgetItem(version.label))
        if versions:
            table.selectRow(0)
        else:
            self.ui.previewText.setPlainText(self.tr("Aucune version enregistrée pour l'instant."))
        self.ui.restoreButton.setEnabled(bool(versions))

    def selected_id(self) -> int | None:
        items = self.ui.versionTable.selectedItems()
        rows = {item.row() for item in items}
        if not rows:
            return None
        return self.ui.versionTable.item(min(rows), 0).data(ID_ROLE)

    def _preview(self) -> None:
        from iasante_desktop.drafts import DraftError

        version_id = self.selected_id()
        if version_id is None:
            return
        try:
            dossier = self.draft.load_version(version_id)
        except DraftError as exc:
            self.ui.previewText.setPlainText(exc.message(self.lang))
            return
        parts = [
            self.tr("Acronyme : {value}").format(value=dossier.acronym),
            self.tr("Titre : {value}").format(value=dossier.title),
            self.tr("Partenaires : {count}").format(count=len(dossier.partners)),
            "",
            self.tr("Résumé :"),
            dossier.resume.plain(),
        ]
        self.ui.previewText.setPlainText("\n".join(parts))

    def restore_selected(self) -> None:
        from iasante_desktop.drafts import DraftError

        version_id = self.selected_id()
        if version_id is None:
            return
        try:
            dossier = self.draft.restore(version_id)
        except DraftError as exc:
            self._fail(exc.message(self.lang))
            return
        self.restored.emit(dossier)
        self.accept()

    def _fail(self, message: str) -> None:
        self.error = message
        self.ui.previewText.setPlainText(message)
