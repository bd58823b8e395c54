"""The annex's budget table: the call's expense rows, one column per partner, totals by row and column.

Amounts are typed the French way and read with core.money.parse_amount. An amount that cannot be read
stays in its cell exactly as typed (red, with the reason in its tooltip) and the model holds no amount for
that cell until it is corrected: every total then is the sum of the amounts the user can read on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from iasante_desktop.core.budget import BudgetSummary, summarize
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.money import AmountError, format_amount, parse_amount
from iasante_desktop.gui.style import ERROR, WARNING, status_color

# Item data role holding a cell's state ("error", "warning" or ""), for assistive tools and tests alike.
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class UnreadableAmount:
    partner: int  # 0-based
    row_id: str
    text: str
    error: AmountError


class BudgetTable(QTableWidget):
    """Rows: the call's budget rows then TOTAL. Columns: the partners then Total."""

    amount_edited = Signal(int, str)  # partner index, row id: the model changed (or lost) that amount
    unreadable_changed = Signal()  # the set of cells holding unreadable text changed

    def __init__(self, call: CallSpec, dossier: Dossier, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.call = call
        self.dossier = dossier
        self.lang = lang
        self._updating = False
        self._partners: list[Partner] = []
        # What the user typed and could not be read, by (Partner identity, row id): survives reordering.
        self._unreadable: dict[tuple[int, str], tuple[str, AmountError]] = {}
        self.setAccessibleName(self.tr("Tableau du budget"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
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
        self._unreadable.clear()
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
        self._partners = list(self.dossier.partners)
        alive = {id(p) for p in self._partners}
        self._unreadable = {k: v for k, v in self._unreadable.items() if k[0] in alive}
        self._updating = True
        try:
            self.clear()
            self.setRowCount(len(self.rows) + 1)
            self.setColumnCount(len(self._partners) + 1)
            for r, row in enumerate(self.rows):
                for c, partner in enumerate(self._partners):
                    pending = self._unreadable.get((id(partner), row.id))
                    text = pending[0] if pending else format_amount(partner.budget.get(row.id))
                    item = QTableWidgetItem(text)
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
        text = item.text()
        try:
            value = parse_amount(text)
        except AmountError as error:
            self._unreadable[(id(partner), row_id)] = (text, error)
            partner.budget.pop(row_id, None)
        else:
            self._unreadable.pop((id(partner), row_id), None)
            if value is None:
                partner.budget.pop(row_id, None)
            else:
                partner.budget[row_id] = value
            self._updating = True
            try:
                item.setText(format_amount(value))
            finally:
                self._updating = False
        self._paint_cell(r, c)
        self._totals()
        self.unreadable_changed.emit()
        self.amount_edited.emit(c, row_id)

    def unreadable(self) -> list[UnreadableAmount]:
        out = []
        for c, partner in enumerate(self._partners):
            for row in self.rows:
                pending = self._unreadable.get((id(partner), row.id))
                if pending:
                    out.append(UnreadableAmount(c, row.id, pending[0], pending[1]))
        return out

    # ---- showing -----------------------------------------------------------------------------------

    def _totals(self, summary: BudgetSummary | None = None) -> BudgetSummary:
        summary = summary or summarize(self.dossier, self.call)
        self._updating = True
        try:
            for c, total in enumerate(summary.partner_totals[: len(self._partners)]):
                self._set_total(self.total_row, c, total, self._column_unreadable(c))
            for r, row in enumerate(self.rows):
                self._set_total(r, self.total_column, summary.row_totals.get(row.id, Decimal(0)), self._row_unreadable(row.id))
            self._set_total(self.total_row, self.total_column, summary.total, bool(self._unreadable))
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
        return any(key[0] == id(self._partners[c]) for key in self._unreadable)

    def _row_unreadable(self, row_id: str) -> bool:
        return any(key[1] == row_id for key in self._unreadable)

    def _paint_cell(self, r: int, c: int, findings: list[Finding] | None = None) -> None:
        item = self.item(r, c)
        if item is None:
            return
        pending = self._unreadable.get((id(self._partners[c]), self.rows[r].id))
        was = self._updating
        self._updating = True
        try:
            if pending:
                state, tip = ERROR, pending[1].message(self.lang)
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
