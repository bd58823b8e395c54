"""In the window, with a real draft: what the user types in the budget is never lost nor ignored, and an
imported dossier whose Word TOTALs were wrong can always be exported after an edit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from guikit import draft_on_disk


def type_in_cell(window, qtbot, partner: int, row_id: str, text: str) -> None:
    """Select the cell, open its editor with F2, replace its text on the keyboard, press Enter."""
    window.show_page("budget")
    table = window.pages["budget"].table
    r = [row.id for row in window.ctx.call.budget.rows].index(row_id)
    window.activateWindow()
    qtbot.waitActive(window)
    table.setCurrentCell(r, partner)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)  # ASCII only (NOTES.md)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def unreadable_findings(window) -> list[str]:
    return [f.field for f in window.ctx.findings if f.rule == "budget.unreadable"]


def test_an_ambiguous_amount_survives_reopening_the_draft_and_blocks_until_fixed(make_window, qtbot, tmp_path):
    window = make_window()
    assert window.new_dossier()
    type_in_cell(window, qtbot, 0, "mission", "2,000")
    assert unreadable_findings(window) == ["partners[0].budget.mission"]
    window.session.save_now()
    on_disk = draft_on_disk(window.ctx.draft.path, tmp_path)
    assert on_disk.partners[0].unreadable_amounts == {"mission": "2,000"}
    path = window.ctx.draft.path
    window.close()  # releases the draft

    reopened = make_window()
    assert reopened.open_path(path)
    reopened.show_page("budget")
    page = reopened.pages["budget"]
    r = [row.id for row in reopened.ctx.call.budget.rows].index("mission")
    assert page.table.item(r, 0).text() == "2,000"
    assert page.table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) == "error"
    assert unreadable_findings(reopened) == ["partners[0].budget.mission"]

    type_in_cell(reopened, qtbot, 0, "mission", "2 000")
    assert unreadable_findings(reopened) == []
    assert reopened.ctx.dossier.partners[0].budget["mission"] == Decimal("2000")
    reopened.session.save_now()
    on_disk = draft_on_disk(reopened.ctx.draft.path, tmp_path)
    assert (on_disk.partners[0].unreadable_amounts, on_disk.partners[0].budget) == ({}, {"mission": Decimal("2000")})


def test_the_review_lists_an_unreadable_amount_and_goes_to_its_cell(window, qtbot):
    type_in_cell(window, qtbot, 1, "fonctionnement", "12.5.3")
    window.show_page("review")
    row = next(row for row in window.pages["review"].rows if row.finding.rule == "budget.unreadable")
    assert "« 12.5.3 » n'est pas un montant lisible" in row.message.text()
    assert row.finding.is_error
    row.go_button.click()
    table = window.pages["budget"].table
    assert window.current_page_id() == "budget"
    r = [row.id for row in window.ctx.call.budget.rows].index("fonctionnement")
    assert (table.currentRow(), table.currentColumn()) == (r, 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_an_imported_dossier_with_wrong_totals_is_freed_by_an_amount_edit_and_saved_so(
    make_window, qtbot, tmp_path, complete_dossier
):
    from iasante_desktop.drafts import Draft

    complete_dossier.partners[0].written_total = Decimal("4400")  # its amounts make 4 500 €
    complete_dossier.written_grand_total = Decimal("12400")
    window = make_window()
    window.session.attach(Draft.create(None, complete_dossier), complete_dossier)
    assert [f.field for f in window.ctx.findings if f.rule == "budget.total_mismatch"] == ["partners[0].budget", "budget"]

    type_in_cell(window, qtbot, 0, "mission", "1600")
    assert [f for f in window.ctx.findings if f.rule == "budget.total_mismatch"] == []
    window.session.save_now()
    on_disk = draft_on_disk(window.ctx.draft.path, tmp_path)
    assert (on_disk.partners[0].written_total, on_disk.written_grand_total) == (None, None)
    assert on_disk.partners[0].budget["mission"] == Decimal("1600")

    table = window.pages["budget"].table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()  # Edit > Undo, the table having the focus
    assert window.ctx.dossier.partners[0].budget["mission"] == Decimal("1500")
    assert window.ctx.dossier.written_grand_total == Decimal("12400")
    window.pages["budget"].written_totals.use_computed.click()
    assert [f for f in window.ctx.findings if f.rule == "budget.total_mismatch"] == []
    window.session.save_now()
    on_disk = draft_on_disk(window.ctx.draft.path, tmp_path)
    assert (on_disk.partners[0].written_total, on_disk.written_grand_total) == (None, None)
    assert on_disk.partners[0].budget["mission"] == Decimal("1500")
