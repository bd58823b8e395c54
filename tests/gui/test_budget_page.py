"""The budget page: French amounts, live totals, unreadable input kept, the cap and its explanation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from iasante_desktop.gui.pages.budget import BudgetPage
from iasante_desktop.gui.pages.partners import PartnersPage
from iasante_desktop.gui.widgets.budget_table import STATE_ROLE
from pagekit import checked_context

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.fixture
def pages(qtbot, call, complete_dossier):
    """The partners and budget pages on one context, as the window has them."""
    ctx = checked_context(call, complete_dossier)
    partners, budget = PartnersPage(ctx), BudgetPage(ctx)
    qtbot.addWidget(partners)
    qtbot.addWidget(budget)
    return partners, budget


@pytest.fixture
def page(pages):
    return pages[1]


def row_of(page, row_id: str) -> int:
    return [r.id for r in page.ctx.call.budget.rows].index(row_id)


def enter(page, partner: int, row_id: str, text: str) -> None:
    """What the cell's editor commits when the user presses Enter."""
    page.table.item(row_of(page, row_id), partner).setText(text)


def cell(page, r: int, c: int) -> str:
    return page.table.item(r, c).text()


def euros(text: str) -> str:
    return text.replace(" ", NBSP)


def gauge(page) -> str:
    return page.gauge.text().replace(NBSP, " ")


def test_table_has_the_calls_rows_a_column_per_partner_and_totals(page):
    table = page.table
    assert table.rowCount() == len(page.ctx.call.budget.rows) + 1
    assert table.columnCount() == 3
    assert table.verticalHeaderItem(table.total_row).text() == "TOTAL"
    assert table.horizontalHeaderItem(0).text() == "Partenaire 1\nClaire Dupont / IRIT UMR 5505, Toulouse"
    assert cell(page, row_of(page, "fonctionnement"), 0) == euros("3 000 €")
    assert cell(page, table.total_row, 0) == euros("4 500 €")
    assert cell(page, table.total_row, 2) == euros("12 500 €")


def test_typing_a_french_amount_updates_partner_row_and_overall_totals(page):
    paths = []
    page.ctx.events.edited.connect(paths.append)
    enter(page, 0, "prestations_internes", "2 000,50")
    r = row_of(page, "prestations_internes")
    assert page.ctx.dossier.partners[0].budget["prestations_internes"] == Decimal("2000.50")
    assert cell(page, r, 0) == euros("2 000,50 €")
    assert cell(page, page.table.total_row, 0) == euros("6 500,50 €")
    assert cell(page, r, page.table.total_column) == euros("2 000,50 €")
    assert cell(page, page.table.total_row, page.table.total_column) == euros("14 500,50 €")
    assert paths == ["partners[0].budget.prestations_internes"]
    assert gauge(page) == "14 500,50 € / 20 000 €"


def test_amount_with_narrow_no_break_space_and_euro_sign_is_read(page):
    enter(page, 1, "fonctionnement", f"2{NNBSP}000,00{NNBSP}€")
    assert page.ctx.dossier.partners[1].budget["fonctionnement"] == Decimal("2000.00")
    assert cell(page, row_of(page, "fonctionnement"), 1) == euros("2 000 €")


def test_amount_typed_on_the_keyboard_in_the_cell_editor(page, qtbot):
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    r = row_of(page, "mission")
    page.table.setCurrentCell(r, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    for ch in "2 500 €":  # the euro sign is not ASCII: sent as a key event carrying the text
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: page.ctx.dossier.partners[0].budget["mission"] == Decimal("2500"))
    assert cell(page, page.table.total_row, 0) == euros("5 500 €")


def test_garbage_keeps_the_typed_text_shows_why_and_drops_the_amount_from_totals(page):
    r = row_of(page, "mission")
    enter(page, 0, "mission", "deux mille")
    item = page.table.item(r, 0)
    assert item.text() == "deux mille"
    assert "n'est pas un montant" in item.toolTip()
    assert item.data(STATE_ROLE) == "error"
    assert "Partenaire 1, Mission" in page.amount_message.text()
    assert "« deux mille » n'est pas un montant" in page.amount_message.text()
    assert "mission" not in page.ctx.dossier.partners[0].budget
    assert page.ctx.dossier.partners[0].unreadable_amounts == {"mission": "deux mille"}
    assert cell(page, page.table.total_row, 0) == euros("3 000 €")
    assert page.table.item(page.table.total_row, 0).toolTip()
    # A refresh (any edit elsewhere) keeps what the user typed.
    page.ctx.edited("resume")
    assert page.table.item(r, 0).text() == "deux mille"
    enter(page, 0, "mission", "1 800")
    assert page.amount_message.isHidden()
    assert page.ctx.dossier.partners[0].budget["mission"] == Decimal("1800")
    assert page.ctx.dossier.partners[0].unreadable_amounts == {}
    assert page.table.item(r, 0).toolTip() == ""
    assert page.table.item(r, 0).data(STATE_ROLE) == ""


def test_ambiguous_amount_is_refused_with_the_reason(page):
    enter(page, 0, "mission", "2,000")
    assert "ambigu" in page.amount_message.text()


def test_emptying_a_cell_removes_the_amount(page):
    enter(page, 0, "mission", "")
    assert "mission" not in page.ctx.dossier.partners[0].budget
    assert cell(page, page.table.total_row, 0) == euros("3 000 €")


def test_an_unreadable_amount_is_an_error_finding_that_blocks_the_export_until_fixed(page):
    enter(page, 0, "mission", "2,000")
    unreadable = [f for f in page.ctx.findings if f.rule == "budget.unreadable"]
    assert [(f.field, f.is_error) for f in unreadable] == [("partners[0].budget.mission", True)]
    assert "« 2,000 » n'est pas un montant lisible" in page.findings.text()
    enter(page, 0, "mission", "2 000")
    assert not [f for f in page.ctx.findings if f.rule == "budget.unreadable"]
    assert page.ctx.dossier.partners[0].budget["mission"] == Decimal("2000")


def test_emptying_an_unreadable_cell_forgets_its_text(page):
    enter(page, 0, "mission", "2,000")
    enter(page, 0, "mission", "")
    assert page.ctx.dossier.partners[0].unreadable_amounts == {}
    assert page.amount_message.isHidden()
    assert not [f for f in page.ctx.findings if f.rule == "budget.unreadable"]


def test_unreadable_texts_kept_in_the_dossier_are_shown_in_red_cells_on_load(qtbot, call, complete_dossier):
    complete_dossier.partners[1].budget.pop("mission")
    complete_dossier.partners[1].unreadable_amounts["mission"] = "2.000,5,0"
    page = BudgetPage(checked_context(call, complete_dossier))
    qtbot.addWidget(page)
    item = page.table.item(row_of(page, "mission"), 1)
    assert item.text() == "2.000,5,0"
    assert item.data(STATE_ROLE) == "error"
    assert "ambigu" in item.toolTip()
    assert "Partenaire 2, Mission" in page.amount_message.text()
    assert page.table.item(page.table.total_row, 1).data(STATE_ROLE) == "error"  # a total missing an amount


def test_a_kept_text_the_reader_now_accepts_stays_unreadable_until_retyped(qtbot, call, complete_dossier):
    """What was kept as unreadable (by an older version, or an import) is shown as is, never silently read."""
    complete_dossier.partners[0].unreadable_amounts["mission"] = "1 500"
    complete_dossier.partners[0].budget.pop("mission")
    page = BudgetPage(checked_context(call, complete_dossier))
    qtbot.addWidget(page)
    item = page.table.item(row_of(page, "mission"), 0)
    assert (item.text(), item.data(STATE_ROLE)) == ("1 500", "error")
    assert "retapez-le" in item.toolTip()
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.table.setCurrentCell(row_of(page, "mission"), 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor.text() == "1 500"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # confirmed unchanged
    qtbot.waitUntil(lambda: page.ctx.dossier.partners[0].unreadable_amounts == {})
    assert page.ctx.dossier.partners[0].budget["mission"] == Decimal("1500")


def test_undo_of_a_typed_amount_brings_back_the_unreadable_text(page):
    enter(page, 0, "mission", "deux mille")
    enter(page, 0, "mission", "2 000")
    page.table.undo()
    assert page.ctx.dossier.partners[0].unreadable_amounts == {"mission": "deux mille"}
    assert "mission" not in page.ctx.dossier.partners[0].budget
    assert cell(page, row_of(page, "mission"), 0) == "deux mille"
    page.table.undo()
    assert page.ctx.dossier.partners[0].budget["mission"] == Decimal("1500")
    assert page.amount_message.isHidden()


def test_adding_a_partner_adds_a_budget_column(pages):
    partners, page = pages
    partners.add_button.click()
    assert page.table.columnCount() == 4
    assert page.table.horizontalHeaderItem(2).text() == "Partenaire 3"
    enter(page, 2, "mission", "1 000")
    assert page.ctx.dossier.partners[2].budget == {"mission": Decimal("1000")}
    assert cell(page, page.table.total_row, 3) == euros("13 500 €")


def test_partner_name_typed_on_the_partners_page_appears_in_the_header(pages):
    partners, page = pages
    partners.add()
    partners._editors[2].carrier_name.setText("Zoé")
    partners._editors[2].carrier_name.textEdited.emit("Zoé")
    assert page.table.horizontalHeaderItem(2).text() == "Partenaire 3\nZoé"


def test_moving_a_partner_up_moves_its_budget_column_and_its_unreadable_text(pages):
    partners, page = pages
    enter(page, 1, "fonctionnement", "beaucoup")
    partners.list.setCurrentRow(1)
    partners.up_button.click()
    assert page.table.horizontalHeaderItem(0).text().startswith("Partenaire 1\nKarim Benali")
    assert cell(page, row_of(page, "prestations_externes"), 0) == euros("6 000 €")
    assert cell(page, page.table.total_row, 0) == euros("8 000 €")
    assert cell(page, page.table.total_row, 1) == euros("4 500 €")
    assert cell(page, row_of(page, "fonctionnement"), 0) == "beaucoup"
    assert "Partenaire 1, Fonctionnement" in page.amount_message.text()
    assert page.ctx.dossier.partners[0].unreadable_amounts == {"fonctionnement": "beaucoup"}
    assert [f.field for f in page.ctx.findings if f.rule == "budget.unreadable"] == ["partners[0].budget.fonctionnement"]


def test_removing_a_partner_removes_its_unreadable_text(pages):
    partners, page = pages
    enter(page, 1, "fonctionnement", "beaucoup")
    partners.remove(1, confirm=False)
    assert page.amount_message.isHidden()
    assert not [f for f in page.ctx.findings if f.rule == "budget.unreadable"]
    assert page.table.columnCount() == 2


def test_sites_in_two_departements_give_twenty_thousand_and_say_why(pages):
    partners, page = pages
    assert gauge(page) == "12 500 € / 20 000 €"
    assert "15 000 € de base + 5 000 €" in page.gauge.explanation.text().replace(NBSP, " ")
    assert "2 territoires (Haute-Garonne, Hérault)" in page.gauge.explanation.text()
    partners._editors[1].site.setEditText("Blagnac")
    assert gauge(page) == "12 500 € / 15 000 €"
    explanation = page.gauge.explanation.text().replace(NBSP, " ")
    assert "un seul territoire, Haute-Garonne : + 5 000 € si un partenaire est dans un autre territoire" in explanation
    partners._editors[1].site.setEditText("Perpignan")
    assert gauge(page) == "12 500 € / 20 000 €"


def test_going_over_the_cap_is_shown_on_the_gauge_and_as_an_error(page):
    enter(page, 0, "prestations_externes", "10 000")
    assert page.gauge.bar.value() == page.gauge.bar.maximum()
    assert "Dépassement de 2\u00a0500\u00a0€" in page.gauge.explanation.text()
    assert "dépasse le plafond" in page.findings.text()


def test_staff_costs_row_is_flagged_and_an_amount_there_warns_by_the_cell(page):
    r = row_of(page, "personnel")
    header = page.table.verticalHeaderItem(r)
    assert "⚠" in header.text() and "dépenses éligibles" in header.toolTip()
    assert "Coût du personnel" in page.row_notes.text()
    enter(page, 0, "personnel", "1 000")
    assert page.table.item(r, 0).data(STATE_ROLE) == "warning"
    assert "Vérifiez auprès de" in page.table.item(r, 0).toolTip()


def test_negative_amount_is_an_error_on_its_cell(page):
    enter(page, 0, "mission", "-300")
    item = page.table.item(row_of(page, "mission"), 0)
    assert item.data(STATE_ROLE) == "error"
    assert "négatif" in item.toolTip()


def test_totals_are_read_only(page):
    item = page.table.item(page.table.total_row, 0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable


def test_replaced_dossier_forgets_unreadable_text(page, call):
    from iasante_desktop.core.dossier import new_dossier

    enter(page, 0, "mission", "zzz")
    page.ctx.dossier = new_dossier(call, partners=3)
    page.ctx.events.replaced.emit()
    assert page.table.columnCount() == 4
    assert page.amount_message.isHidden()
    assert cell(page, row_of(page, "mission"), 0) == ""


def test_focus_field_selects_the_cell_a_finding_names(page):
    assert page.focus_field("partners[1].budget.mission")
    assert (page.table.currentRow(), page.table.currentColumn()) == (row_of(page, "mission"), 1)
    assert not page.focus_field("partners[7].budget.mission")
    assert not page.focus_field("resume")


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QProgressBar, QTableWidget

    controls = [w for kind in (QAbstractButton, QProgressBar, QTableWidget) for w in page.findChildren(kind)]
    assert controls
    assert [w for w in controls if not w.accessibleName() and w.parent() is not page.table] == []
