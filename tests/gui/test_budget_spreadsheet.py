"""The budget table behaves like a spreadsheet (issue 12, item 9): Delete/Backspace clear, Enter moves down,
Ctrl+C / Ctrl+V copy and paste cells and blocks, a block from Excel or LibreOffice Calc pastes across cells
through the same amount parser, unreadable amounts kept and flagged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetSelectionRange

from iasante_desktop.gui.pages.budget import BudgetPage
from iasante_desktop.gui.widgets.budget_table import STATE_ROLE
from pagekit import checked_context


@pytest.fixture
def table(qtbot, call, complete_dossier):
    page = BudgetPage(checked_context(call, complete_dossier))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.table.setFocus()
    return page.table


def row_of(table, row_id: str) -> int:
    return [r.id for r in table.rows].index(row_id)


def select(table, top: int, left: int, bottom: int, right: int) -> None:
    table.clearSelection()
    table.setCurrentCell(top, left)
    table.setRangeSelected(QTableWidgetSelectionRange(top, left, bottom, right), True)


def test_delete_and_backspace_clear_the_selected_cells(table, qtbot):
    partner = table.dossier.partners[0]
    first, second = table.rows[0].id, table.rows[1].id
    partner.budget[first], partner.budget[second] = Decimal("1000"), Decimal("2000")
    table.sync(force=True)
    select(table, 0, 0, 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert first not in partner.budget and second not in partner.budget
    assert table.item(0, 0).text() == "" and table.item(1, 0).text() == ""
    table.undo()  # one undo gives both back
    assert partner.budget[first] == Decimal("1000") and partner.budget[second] == Decimal("2000")
    select(table, 1, 0, 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Backspace)
    assert second not in partner.budget and partner.budget[first] == Decimal("1000")


def test_enter_moves_down_after_typing_and_without_editing(table, qtbot):
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert (table.currentRow(), table.currentColumn()) == (1, 1)
    qtbot.keyClick(table, Qt.Key.Key_1)  # starts editing the cell (AnyKeyPressed)
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert table.dossier.partners[1].budget[table.rows[1].id] == Decimal("1500")
    assert (table.currentRow(), table.currentColumn()) == (2, 1)


def test_ctrl_c_copies_a_block_as_tab_separated_rows(table, qtbot):
    partner = table.dossier.partners[0]
    partner.budget.clear()
    partner.budget[table.rows[0].id] = Decimal("1200")
    partner.budget[table.rows[1].id] = Decimal("300.5")
    table.sync(force=True)
    select(table, 0, 0, 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().split("\n")
    assert copied == [table.item(0, 0).text(), table.item(1, 0).text()]
    assert "1" in copied[0] and "200" in copied[0]


def test_a_block_from_a_spreadsheet_pastes_across_cells_through_the_amount_parser(table, qtbot):
    dossier = table.dossier
    for partner in dossier.partners:
        partner.budget.clear()
    table.sync(force=True)
    # As Excel or LibreOffice Calc put it on the clipboard: tab-separated, CRLF, a final line break.
    QApplication.clipboard().setText("1 500,50 €\t2000\r\n2,000 €\t\r\n300\t45\r\n")
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = [r.id for r in table.rows]
    first, second = dossier.partners
    assert first.budget[rows[0]] == Decimal("1500.50") and second.budget[rows[0]] == Decimal("2000")
    assert rows[1] not in first.budget and first.unreadable_amounts[rows[1]] == "2,000 €"  # kept, flagged
    assert table.item(1, 0).data(STATE_ROLE) == "error"
    assert first.budget[rows[2]] == Decimal("300") and second.budget[rows[2]] == Decimal("45")
    table.undo()  # the whole paste is one edit
    assert not first.budget and not second.budget and not first.unreadable_amounts


def test_a_paste_never_writes_into_the_totals_and_a_single_value_fills_a_selection(table, qtbot):
    dossier = table.dossier
    last = len(table.rows) - 1
    QApplication.clipboard().setText("10\t20\t30\n")
    table.setCurrentCell(last, 1)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dossier.partners[1].budget[table.rows[last].id] == Decimal("10")  # column 1, then the Total column
    QApplication.clipboard().setText("750")
    select(table, 0, 0, 1, 1)
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [p.budget[table.rows[r].id] for p in dossier.partners for r in (0, 1)] == [Decimal("750")] * 4
