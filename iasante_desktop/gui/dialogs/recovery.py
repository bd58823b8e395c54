"""At start-up: the drafts that were open when the application last stopped without closing them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

PATH_ROLE = Qt.ItemDataRole.UserRole


class RecoveryDialog(QDialog):
    """Reopen one of the drafts, or stop offering them (they stay on disk: nothing is deleted)."""

    def __init__(self, drafts: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Récupération après une fermeture inattendue"))
        self.chosen: Path | None = None
        self.dismissed: list[Path] = []
        intro = QLabel(
            self.tr(
                "L'application s'est arrêtée sans fermer ces brouillons. Leur contenu a été enregistré "
                "automatiquement jusqu'à la dernière seconde de saisie. Choisissez celui à rouvrir."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Brouillons à récupérer"))
        locale = QLocale()
        for path in drafts:
            try:
                modified = locale.toString(dt.datetime.fromtimestamp(path.stat().st_mtime), "dd/MM/yyyy HH:mm")
            except OSError:
                modified = "?"
            item = QListWidgetItem(self.tr("{name} — modifié le {when}\n{folder}").format(name=path.name, when=modified, folder=path.parent))
            item.setData(PATH_ROLE, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(self)
        self.reopen_button = self.buttons.addButton(self.tr("&Rouvrir"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.dismiss_button = self.buttons.addButton(self.tr("&Ne plus proposer"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self.buttons.addButton(self.tr("&Plus tard"), QDialogButtonBox.ButtonRole.RejectRole)
        self.dismiss_button.setToolTip(self.tr("Les fichiers restent sur le disque ; seul ce rappel disparaît."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.reopen_button.clicked.connect(self._reopen)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.later_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._reopen())
        self.resize(640, 320)

    def _reopen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(PATH_ROLE))
            self.accept()

    def _dismiss(self) -> None:
        self.dismissed = [Path(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]
        self.accept()
