"""The budget table's undoable edits: one amount typed in a cell, and "use the computed totals".

Each command changes the dossier through budget_edits, then has the table show the change and report it
(amount_edited / written_totals_edited), so an undo is checked and autosaved like any edit.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand

from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.gui.widgets.budget_edits import (
    CellState,
    WrittenTotals,
    give_back_written_totals,
    put_cell,
    take_written_totals,
)

class BudgetTable(Protocol):
    """What a command needs of the table it edits (gui/widgets/budget_table.py), named here so that the
    commands do not import the table that imports them."""

    dossier: Dossier
    amount_edited: SignalInstance
    written_totals_edited: SignalInstance

    def show_cell(self, partner: Partner, row_id: str) -> int | None: ...


class AmountCommand(QUndoCommand):
    """An amount typed in a cell. The application's table becomes the source of the budget: the written
    TOTALs of an imported table can no longer agree with amounts typed here, so they go with this edit."""

    def __init__(self, table: BudgetTable, partner: Partner, row_id: str, before: CellState, after: CellState):
        super().__init__(QCoreApplication.translate("BudgetTable", "Modifier un montant"))
        self.table = table
        self.dossier = table.dossier
        self.partner = partner
        self.row_id = row_id
        self.before = before
        self.after = after
        self.taken = WrittenTotals()  # the written TOTALs this edit removed

    def redo(self) -> None:
        put_cell(self.partner, self.row_id, self.after)
        self.taken = take_written_totals(self.dossier)
        self._show()

    def undo(self) -> None:
        put_cell(self.partner, self.row_id, self.before)
        give_back_written_totals(self.dossier, self.taken)
        self._show()

    def _show(self) -> None:
        column = self.table.show_cell(self.partner, self.row_id)
        if column is not None:
            self.table.amount_edited.emit(column, self.row_id)


class UseComputedTotalsCommand(QUndoCommand):
    """"Utiliser les totaux calculés": the imported TOTALs are dropped, the export writes the computed ones."""

    def __init__(self, table: BudgetTable):
        super().__init__(QCoreApplication.translate("BudgetTable", "Utiliser les totaux calculés"))
        self.table = table
        self.dossier = table.dossier
        self.taken = WrittenTotals()

    def redo(self) -> None:
        self.taken = take_written_totals(self.dossier)
        self.table.written_totals_edited.emit()

    def undo(self) -> None:
        give_back_written_totals(self.dossier, self.taken)
        self.table.written_totals_edited.emit()
