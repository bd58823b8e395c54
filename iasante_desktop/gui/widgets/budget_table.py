"""The annex's budget table: the call's expense rows, one column per partner, totals by row and column.

Amounts are typed the French way and read with core.money.parse_amount. An amount that cannot be read
stays in its cell exactly as typed (red, with the reason in its tooltip) and in the dossier as
Partner.unreadable_amounts, so the draft keeps it and the rules block the export until it is corrected;
the dossier holds no amount for that cell meanwhile, and every total is the sum of the amounts the user
can read on screen. Every edit goes through an undo stack (budget_commands), the table's Ctrl+Z.

It behaves like a spreadsheet: Delete and Backspace clear the selected cells, Enter moves down, Ctrl+C copies
the selected block as tab-separated rows and Ctrl+V pastes such a block (from Excel or LibreOffice Calc)
across the cells, each amount read by the same parser as a typed one, an unreadable one kept and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iasante_desktop.core.budget import BudgetSummary, summarize
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.money import AmountError, format_amount
from iasante_desktop.gui.style import ERROR, WARNING, status_color
from iasante_desktop.gui.widgets.budget_commands import AmountCommand, UseComputedTotalsCommand
from iasante_desktop.gui.widgets.budget_edits import cell_state, has_written_totals, read_cell, why_unreadable

# Item data role holding a cell's state ("error", "warning" or ""), for assistive tools and tests alike.
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class UnreadableAmount:
    partner: int  # 0-based
    row_id: str
    text: str
    error: AmountError


class _CommitEveryEntry(QStyledItemDelegate):
    """A cell whose kept text is unreadable only for an older reader ("1 500" saved as unreadable) must be
    accepted when the user confirms it unchanged; an item reports no change for the same text, so say it."""

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        before = index.data()
        super().setModelData(editor, model, index)
        table = self.parent()
        if isinstance(editor, QLineEdit) and editor.text() == before and isinstance(table, BudgetTable):
            item = table.item(index.row(), index.column())
            if item is not None:
                table._item_changed(item)


class BudgetTable(QTableWidget):
    """Rows: the call's budget rows then TOTAL. Columns: the partners then Total."""

    amount_edited = Signal(int, str)  # partner index, row id: the model changed (or lost) that amount
    unreadable_changed = Signal()  # the set of cells holding unreadable text changed
    written_totals_edited = Signal()  # the imported table's written TOTALs were dropped or given back

    def __init__(self, call: CallSpec, dossier: Dossier, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.call = call
        self.dossier = dossier
        self.lang = lang
        self._updating = False
        self._partners: list[Partner] = []
        self.undo_stack = QUndoStack(self)
        self.setAccessibleName(self.tr("Tableau du budget"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setItemDelegate(_CommitEveryEntry(self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # As tall as its rows: the page scrolls, not the table.
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._item_changed)

    # ---- geometry ----------------------------------------------------------------------------------

    @property
    def rows(self):
        return self.call.budget.rows

    @property
    def total_row(self) -> int:
        return len(self.rows)

    @property
    def total_column(self) -> int:
        return len(self._partners)

    def set_dossier(self, dossier: Dossier) -> None:
        """A new dossier (open, import, restore): nothing typed in the old one applies."""
        self.dossier = dossier
        self.undo_stack.clear()
        self._partners = []
        self.sync(force=True)

    def sync(self, force: bool = False, summary: BudgetSummary | None = None) -> None:
        """Follow the partners: rebuild the columns when partners were added, removed or reordered,
        otherwise only the headers (names change as the user types) and the totals. `summary` is the
        dossier's budget summary when the caller already has it."""
        partners = self.dossier.partners
        same = len(partners) == len(self._partners) and all(a is b for a, b in zip(partners, self._partners))
        if force or not same:
            self._rebuild()
        else:
            self._headers()
            self._totals(summary)

    def _rebuild(self) -> None:
        alive = {id(p) for p in self.dossier.partners}
        if any(id(p) not in alive for p in self._partners):
            # An undo would write into a partner that is no longer in the dossier: it would change nothing
            # the user can see, so the history of amount edits ends with the partner's removal.
            self.undo_stack.clear()
        self._partners = list(self.dossier.partners)
        self._updating = True
        try:
            self.clear()
            self.setRowCount(len(self.rows) + 1)
            self.setColumnCount(len(self._partners) + 1)
            for r, row in enumerate(self.rows):
                for c, partner in enumerate(self._partners):
                    item = QTableWidgetItem(self._cell_text(partner, row.id))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(r, c, item)
                    self._paint_cell(r, c)
            for r in range(len(self.rows) + 1):
                for c in range(len(self._partners) + 1):
                    if r == self.total_row or c == self.total_column:
                        item = QTableWidgetItem()
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        item.setBackground(self.palette().brush(QPalette.ColorRole.AlternateBase))
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                        self.setItem(r, c, item)
        finally:
            self._updating = False
        self._headers()
        self._totals()
        self.unreadable_changed.emit()

    def _headers(self) -> None:
        # Called after every edit: items are created once and then changed only where the text changed
        # (re-creating them resized and repainted the whole table on each keystroke).
        budget = self.call.budget
        warning = QBrush(status_color(WARNING, self.palette()))
        for r, row in enumerate(self.rows):
            label = row.label.get(self.lang)
            note = row.note.get(self.lang) if not row.eligible and row.note is not None else ""
            header = self._header(self.verticalHeaderItem, self.setVerticalHeaderItem, r, label if row.eligible else f"{label} ⚠", note)
            if note and header.foreground() != warning:
                header.setForeground(warning)
        self._header(self.verticalHeaderItem, self.setVerticalHeaderItem, self.total_row, budget.total_label.get(self.lang))
        for c, partner in enumerate(self._partners):
            first = budget.partner_header.get(self.lang).split("\n", 1)[0].replace("{n}", str(c + 1))
            who = " / ".join(part for part in (partner.carrier_name.strip(), partner.unit.strip()) if part)
            text = f"{first.capitalize()}\n{who}" if who else first.capitalize()
            self._header(self.horizontalHeaderItem, self.setHorizontalHeaderItem, c, text, text)
        self._header(self.horizontalHeaderItem, self.setHorizontalHeaderItem, self.total_column, budget.total_label.get(self.lang))

    @staticmethod
    def _header(get, put, index: int, text: str, tip: str = "") -> QTableWidgetItem:
        item = get(index)
        if item is None:
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            put(index, item)
            return item
        if item.text() != text:
            item.setText(text)
        if item.toolTip() != tip:
            item.setToolTip(tip)
        return item

    # ---- editing -----------------------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        r, c = item.row(), item.column()
        if r >= self.total_row or c >= self.total_column:
            return
        partner = self._partners[c]
        row_id = self.rows[r].id
        before, after = cell_state(partner, row_id), read_cell(item.text())
        if after == before:
            # "3000" typed over "3 000 €": the same amount, no edit (the imported TOTALs stay), only rewritten.
            self.show_cell(partner, row_id)
            return
        self.undo_stack.push(AmountCommand(self, partner, row_id, before, after))

    def show_cell(self, partner: Partner, row_id: str) -> int | None:
        """Show what the dossier now holds for one cell, and the totals; the cell's column, None when the
        partner is not in the table."""
        c = next((i for i, p in enumerate(self._partners) if p is partner), None)
        r = next((i for i, row in enumerate(self.rows) if row.id == row_id), None)
        if c is None or r is None:
            return None
        item = self.item(r, c)
        text = self._cell_text(partner, row_id)
        if item is not None and item.text() != text:
            self._updating = True
            try:
                item.setText(text)
            finally:
                self._updating = False
        self._paint_cell(r, c)
        self._totals()
        self.unreadable_changed.emit()
        return c

    def use_computed_totals(self) -> bool:
        """Drop the imported table's written TOTALs (an undoable edit); False when there are none."""
        if not has_written_totals(self.dossier):
            return False
        self.undo_stack.push(UseComputedTotalsCommand(self))
        return True

    # ---- the spreadsheet keys ----------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API (not called while a cell is being edited)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QApplication.clipboard().text())
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.clear_selection()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # Also after Enter in a cell's editor: the delegate commits the cell and the key comes on here.
            self._move_down()
        else:
            super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.rowCount():
            self.setCurrentCell(current.row() + 1, current.column())

    def _selected_block(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) of the selection, or of the current cell when nothing is selected."""
        ranges = self.selectedRanges()
        if ranges:
            block = ranges[0]
            return block.topRow(), block.leftColumn(), block.bottomRow(), block.rightColumn()
        current = self.currentIndex()
        if not current.isValid():
            return None
        return current.row(), current.column(), current.row(), current.column()

    def copy_selection(self) -> str:
        """The selected cells as tab-separated rows (what Excel and LibreOffice Calc paste), on the clipboard."""
        block = self._selected_block()
        if block is None:
            return ""
        top, left, bottom, right = block
        lines = []
        for r in range(top, bottom + 1):
            cells = []
            for c in range(left, right + 1):
                item = self.item(r, c)
                cells.append(item.text() if item is not None else "")
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text

    def _editable(self, r: int, c: int) -> bool:
        return 0 <= r < self.total_row and 0 <= c < self.total_column

    def _edit_cells(self, changes: list[tuple[int, int, str]], label: str) -> int:
        """Put texts into cells as one undoable edit; each text is read like a typed amount. Returns how
        many cells changed."""
        commands = []
        for r, c, text in changes:
            if not self._editable(r, c):
                continue
            partner, row_id = self._partners[c], self.rows[r].id
            before, after = cell_state(partner, row_id), read_cell(text)
            if before != after:
                commands.append((partner, row_id, before, after))
        if not commands:
            return 0
        self.undo_stack.beginMacro(label)
        try:
            for partner, row_id, before, after in commands:
                self.undo_stack.push(AmountCommand(self, partner, row_id, before, after))
        finally:
            self.undo_stack.endMacro()
        return len(commands)

    def clear_selection(self) -> int:
        """Delete / Backspace: empty the selected amount cells (totals are computed, never cleared)."""
        block = self._selected_block()
        if block is None:
            return 0
        top, left, bottom, right = block
        cells = [(r, c, "") for r in range(top, bottom + 1) for c in range(left, right + 1)]
        return self._edit_cells(cells, self.tr("Effacer des montants"))

    def paste_text(self, text: str) -> int:
        """Paste a cell or a block of tab-separated rows from the current cell on; a single value pasted
        over a selection fills it. What falls outside the amount cells is left out. Returns the count of
        cells changed."""
        block = self._selected_block()
        if block is None or not text:
            return 0
        top, left, bottom, right = block
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()  # a copied block ends with a line break
        grid = [line.split("\t") for line in lines]
        if len(grid) == 1 and len(grid[0]) == 1:
            value = grid[0][0]
            cells = [(r, c, value) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        else:
            cells = [(top + i, left + j, value) for i, row in enumerate(grid) for j, value in enumerate(row)]
        return self._edit_cells(cells, self.tr("Coller des montants"))

    def undo(self) -> None:
        """Edit > Undo while the table has the focus (the window calls the focused widget's undo)."""
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def unreadable(self) -> list[UnreadableAmount]:
        out = []
        for c, partner in enumerate(self._partners):
            for row in self.rows:
                text = self._pending(partner, row.id)
                if text is not None:
                    out.append(UnreadableAmount(c, row.id, text, why_unreadable(text)))
        return out

    @staticmethod
    def _pending(partner: Partner, row_id: str) -> str | None:
        """The unreadable text the dossier keeps for a cell (blank text is no text, as the rules judge it)."""
        text = partner.unreadable_amounts.get(row_id)
        return text if text is not None and text.strip() else None

    def _cell_text(self, partner: Partner, row_id: str) -> str:
        pending = self._pending(partner, row_id)
        return pending if pending is not None else format_amount(partner.budget.get(row_id))

    # ---- showing -----------------------------------------------------------------------------------

    def _totals(self, summary: BudgetSummary | None = None) -> BudgetSummary:
        summary = summary or summarize(self.dossier, self.call)
        self._updating = True
        try:
            for c, total in enumerate(summary.partner_totals[: len(self._partners)]):
                self._set_total(self.total_row, c, total, self._column_unreadable(c))
            for r, row in enumerate(self.rows):
                self._set_total(r, self.total_column, summary.row_totals.get(row.id, Decimal(0)), self._row_unreadable(row.id))
            anywhere = any(self._column_unreadable(c) for c in range(len(self._partners)))
            self._set_total(self.total_row, self.total_column, summary.total, anywhere)
        finally:
            self._updating = False
        return summary

    def _set_total(self, r: int, c: int, value: Decimal, incomplete: bool) -> None:
        item = self.item(r, c)
        if item is None:
            return
        text = format_amount(value)
        state = ERROR if incomplete else ""
        if item.text() == text and item.data(STATE_ROLE) == state:
            return  # each change of an item repaints the table
        item.setText(text)
        item.setToolTip(self.tr("Ce total ne compte pas le montant illisible.") if incomplete else "")
        if incomplete:
            item.setForeground(QBrush(status_color(ERROR, self.palette())))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        item.setData(STATE_ROLE, state)

    def _column_unreadable(self, c: int) -> bool:
        partner = self._partners[c]
        return any(self._pending(partner, row.id) is not None for row in self.rows)

    def _row_unreadable(self, row_id: str) -> bool:
        return any(self._pending(p, row_id) is not None for p in self._partners)

    def _paint_cell(self, r: int, c: int, findings: list[Finding] | None = None) -> None:
        item = self.item(r, c)
        if item is None:
            return
        pending = self._pending(self._partners[c], self.rows[r].id)
        was = self._updating
        self._updating = True
        try:
            if pending is not None:
                state, tip = ERROR, why_unreadable(pending).message(self.lang)
            elif findings:
                state = ERROR if any(f.is_error for f in findings) else WARNING
                tip = "\n".join(f.message(self.lang) for f in findings)
            else:
                state, tip = "", ""
            if item.data(STATE_ROLE) == state and item.toolTip() == tip:
                return  # unchanged since the last keystroke: changing an item repaints the table
            item.setData(STATE_ROLE, state)
            item.setToolTip(tip)
            if state:
                item.setBackground(QBrush(self._tint(state)))
            else:
                item.setData(Qt.ItemDataRole.BackgroundRole, None)
        finally:
            self._updating = was

    def _tint(self, state: str) -> QColor:
        # Translucent, so the cell stays readable over a light or a dark base.
        color = QColor(status_color(state, self.palette()))
        color.setAlpha(70)
        return color

    def show_findings(self, findings: list[Finding]) -> None:
        """Mark cells that a rule points at (negative amount, ineligible row)."""
        for r, row in enumerate(self.rows):
            for c in range(len(self._partners)):
                path = f"partners[{c}].budget.{row.id}"
                self._paint_cell(r, c, [f for f in findings if f.field == path])
        for c in range(len(self._partners)):
            own = [f for f in findings if f.field == f"partners[{c}].budget"]
            item = self.item(self.total_row, c)
            if item is None:
                continue
            if own:
                tip = "\n".join(f.message(self.lang) for f in own)
            else:
                tip = self.tr("Ce total ne compte pas le montant illisible.") if self._column_unreadable(c) else ""
            if item.toolTip() != tip:
                item.setToolTip(tip)

    def cell_of(self, partner: int, row_id: str) -> tuple[int, int] | None:
        for r, row in enumerate(self.rows):
            if row.id == row_id and 0 <= partner < len(self._partners):
                return r, partner
        return None
