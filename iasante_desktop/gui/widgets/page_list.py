"""The window's list of pages: one row per page, a status icon, greyed while no dossier is open.

A QListView over a QStandardItemModel rather than a QListWidget: a QStandardItem is enabled or disabled
with a bool, where a QListWidgetItem needs Qt.ItemFlag, and the window builds this list before its first
page is shown without touching PySide6's `Qt` namespace (see gui/qt_values.py). The few calls the window
makes read like QListWidget's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from iasante_desktop.gui.qt_values import USER_ROLE

PAGE_ROLE = USER_ROLE


class PageList(QListView):
    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentRowChanged.emit(current.row())

    def add_page(self, page_id: str, title: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(False)
        item.setData(page_id, PAGE_ROLE)
        self._model.appendRow(item)
        return item

    def clear(self) -> None:
        self._model.removeRows(0, self._model.rowCount())

    def count(self) -> int:
        return self._model.rowCount()

    def item(self, row: int) -> QStandardItem | None:
        return self._model.item(row)

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def currentItem(self) -> QStandardItem | None:
        index = self.currentIndex()
        return self._model.itemFromIndex(index) if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self._model.index(row, 0))
