"""The partners board: per partner, pack sent on, received on, what is still missing; and the actions that
go with it (write the pack and its e-mail, a reminder e-mail for what is missing, merge a returned pack)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.partner_board import board
from iasante_desktop.gui.style import ERROR, OK, status_icon


class PartnersBoard(QGroupBox):
    """`merge_requested(path)`: the user picked a returned pack to merge (the window runs the merge)."""

    merge_requested = Signal(object)
    COLUMNS = 5

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Suivi des partenaires"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Suivi des partenaires : packs envoyés, reçus, pièces manquantes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Partenaire"), self.tr("Courriel"), self.tr("Pack envoyé le"), self.tr("Reçu le"), self.tr("Manque encore")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Tout sélectionner"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)

        self.pack_button = QPushButton(self.tr("Écrire le pack et son courriel…"))
        self.pack_button.setAccessibleName(self.tr("Écrire le pack du partenaire choisi et son courriel"))
        self.reminder_button = QPushButton(self.tr("Courriel de relance…"))
        self.reminder_button.setAccessibleName(self.tr("Écrire un courriel de relance pour ce qui manque"))
        self.merge_button = QPushButton(self.tr("Fusionner un pack reçu…"))
        self.merge_button.setAccessibleName(self.tr("Ouvrir un pack partenaire rempli et le fusionner"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.pack_button, self.reminder_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.pack_button.clicked.connect(lambda: self.write_pack(self.current_index()))
        self.reminder_button.clicked.connect(lambda: self.write_reminder(self.current_index()))
        self.merge_button.clicked.connect(self._choose_pack)
        self.table.itemSelectionChanged.connect(self._enable)
        self.refresh()

    # ---- showing ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = self.ctx.lang
        rows = board(self.ctx.dossier, self.ctx.call)
        current = self.current_index()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = self.tr("Partenaire %1").replace("%1", str(r + 1)) + (f" — {row.name}" if row.name else "")
            sent = row.sent_at.astimezone().strftime("%d/%m/%Y") if row.sent_at else "—"
            received = row.received_at.astimezone().strftime("%d/%m/%Y") if row.received_at else "—"
            missing = row.missing_text(lang) or self.tr("rien")
            for column, text in enumerate((name, row.email or "—", sent, received, missing)):
                item = self.table.item(r, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, column, item)
                if item.text() != text:
                    item.setText(text)
            self.table.item(r, self.COLUMNS - 1).setIcon(status_icon(ERROR if row.missing else OK))
        if rows:
            self.table.selectRow(min(max(current, 0), len(rows) - 1))
        self._enable()

    def current_index(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _enable(self) -> None:
        chosen = 0 <= self.current_index() < len(self.ctx.dossier.partners)
        self.pack_button.setEnabled(chosen)
        self.reminder_button.setEnabled(chosen and bool(board(self.ctx.dossier, self.ctx.call)[self.current_index()].missing))

    # ---- actions ---------------------------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        """Where to write the files (a dialog; tests replace it)."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier où écrire le pack et son courriel"))
        return Path(folder) if folder else None

    def choose_pack(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pack partenaire rempli"), "", self.tr("Fichiers Word (*.docx)"))
        return Path(path) if path else None

    def _choose_pack(self) -> None:
        path = self.choose_pack()
        if path is not None:
            self.merge_requested.emit(path)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def write_pack(self, index: int) -> tuple[Path, Path] | None:
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.partner_packs import make_pack

        if not 0 <= index < len(self.ctx.dossier.partners):
            return None
        folder = self.choose_folder()
        if folder is None:
            return None
        try:
            pack, eml = make_pack(self.ctx.dossier, self.ctx.call, index, folder)
        except (DocumentError, OSError) as exc:
            self._say(exc.message(self.ctx.lang) if isinstance(exc, DocumentError) else str(exc))
            return None
        self.ctx.edited("packs")
        text = self.tr("Pack écrit : %1 ; courriel à envoyer : %2").replace("%1", str(pack)).replace("%2", str(eml))
        if not self.ctx.dossier.partners[index].email.strip():
            text += "\n" + self.tr("Le partenaire n'a pas d'adresse courriel : ajoutez-la dans sa fiche, ou au message.")
        self._say(text)
        self.refresh()
        return pack, eml

    def write_reminder(self, index: int) -> Path | None:
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.documents.partner_pack import write_reminder

        rows = board(self.ctx.dossier, self.ctx.call)
        if not 0 <= index < len(rows) or not rows[index].missing:
            return None
        folder = self.choose_folder()
        if folder is None:
            return None
        try:
            path = write_reminder(
                self.ctx.dossier, self.ctx.call, index, rows[index].missing_text("fr"), rows[index].missing_text("en"), folder
            )
        except (DocumentError, OSError) as exc:
            self._say(exc.message(self.ctx.lang) if isinstance(exc, DocumentError) else str(exc))
            return None
        self._say(self.tr("Courriel de relance écrit : %1").replace("%1", str(path)))
        return path
