"""The drop targets of the attachments page: one CV slot per partner, and a list per kind of annex."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMenu, QPushButton, QVBoxLayout, QWidget

from iasante_desktop.gui.widgets.attachments_drop import PdfDropFrame


class CvSlot(PdfDropFrame):
    """Where partner N's CV goes: its name, what was attached, and Choose / Open / Remove."""

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choisir…"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.move_button = QPushButton(self.tr("Déplacer vers…"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        # What happened to this partner's CV (refused, converted, named another partner, attached twice):
        # beside the box it concerns, not at the top of the page.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.number = number
        self.choose_button.setAccessibleName(self.tr("Choisir le CV du partenaire %1").replace("%1", str(number)))
        self.open_button.setAccessibleName(self.tr("Ouvrir le CV du partenaire %1").replace("%1", str(number)))
        self.remove_button.setAccessibleName(self.tr("Retirer le CV du partenaire %1").replace("%1", str(number)))
        self.move_button.setAccessibleName(self.tr("Déplacer le CV du partenaire %1 vers un autre partenaire").replace("%1", str(number)))
        self.note.setAccessibleName(self.tr("Message sur le CV du partenaire %1").replace("%1", str(number)))
        self.info.setAccessibleName(self.tr("CV joint du partenaire %1").replace("%1", str(number)))
        self.setAccessibleName(self.tr("Dépôt du CV du partenaire %1").replace("%1", str(number)))

    def show_file(self, heading: str, description: str | None) -> None:
        self.heading.setText(heading)
        attached = description is not None
        self.info.setText(description if attached else self.tr("Déposez ici le CV en PDF, ou cliquez sur « Choisir… »."))
        self.open_button.setEnabled(attached)
        self.remove_button.setEnabled(attached)
        self.move_button.setEnabled(attached and not self.move_menu.isEmpty())
        self.choose_button.setText(self.tr("Remplacer…") if attached else self.tr("Choisir…"))


class AttachmentList(PdfDropFrame):
    """Letters of interest, or other annexes: any number of PDFs, listed with pages and size."""

    def __init__(self, kind: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.heading = QLabel(title)  # may carry a mnemonic: "&Lettres d'intérêt"
        title = title.replace("&", "")
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 8)
        self.heading.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.add_button.setAccessibleName(self.tr("Ajouter : %1").replace("%1", title))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.setAccessibleName(self.tr("Ouvrir le fichier choisi : %1").replace("%1", title))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setAccessibleName(self.tr("Retirer le fichier choisi : %1").replace("%1", title))
        self.hint = QLabel(self.tr("Déposez ici des fichiers PDF, ou cliquez sur « Ajouter… »."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
