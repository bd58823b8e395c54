"""An imported Word table's written TOTALs: shown, dropped by a button or by any amount edit, and undoable,
so an imported dossier whose table did not add up can always be brought to export."""

from __future__ import annotations

from decimal import Decimal

import pytest

from iasante_desktop.gui.pages.budget import BudgetPage
from iasante_desktop.gui.pages.partners import PartnersPage
from pagekit import checked_context

NBSP = "\u00a0"


@pytest.fixture
def imported(complete_dossier):
    """The complete dossier as if imported from a Word table whose TOTALs were miscounted: partner 1 wrote
    4 400 € (its amounts make 4 500 €), partner 2 wrote 8 000 € (right), the grand total 12 400 €."""
    complete_dossier.partners[0].written_total = Decimal("4400")
    complete_dossier.partners[1].written_total = Decimal("8000")
    complete_dossier.written_grand_total = Decimal("12400")
    return complete_dossier


@pytest.fixture
def page(qtbot, call, imported):
    page = BudgetPage(checked_context(call, imported))
    qtbot.addWidget(page)
    return page


def mismatches(page) -> list[str]:
    return [f.field for f in page.ctx.findings if f.rule == "budget.total_mismatch"]


def written(dossier) -> tuple:
    return tuple(p.written_total for p in dossier.partners) + (dossier.written_grand_total,)


def enter(page, partner: int, row_id: str, text: str) -> None:
    r = [row.id for row in page.ctx.call.budget.rows].index(row_id)
    page.table.item(r, partner).setText(text)


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def test_the_notice_says_what_the_imported_table_stated_and_what_the_export_writes(page):
    notice = page.written_totals
    assert notice.text.isVisibleTo(page) and notice.use_computed.isVisibleTo(page)
    text = plain(notice.text.text())
    assert "Le tableau importé indiquait TOTAL 4 400 € (partenaire 1), 8 000 € (partenaire 2), 12 400 € (total général)" in text
    assert "l'export écrira les totaux calculés : 4 500 € (partenaire 1), 8 000 € (partenaire 2), 12 500 € (total général)" in text
    assert "l'export est bloqué" in text
    assert mismatches(page) == ["partners[0].budget", "budget"]


def test_using_the_computed_totals_unblocks_the_export_and_is_an_edit(page):
    paths = []
    page.ctx.events.edited.connect(paths.append)
    page.written_totals.use_computed.click()
    assert written(page.ctx.dossier) == (None, None, None)
    assert mismatches(page) == []
    assert paths == ["budget"]  # checked and autosaved like any edit
    assert not page.written_totals.text.isVisibleTo(page)
    assert not page.written_totals.use_computed.isVisibleTo(page)
    assert page.written_totals.undo_button.isVisibleTo(page)
    assert "4 400 €, 8 000 €, 12 400 €" in plain(page.written_totals.dropped.text())


def test_using_the_computed_totals_can_be_undone(page):
    page.written_totals.use_computed.click()
    page.written_totals.undo_button.click()
    assert written(page.ctx.dossier) == (Decimal("4400"), Decimal("8000"), Decimal("12400"))
    assert mismatches(page) == ["partners[0].budget", "budget"]
    assert page.written_totals.use_computed.isVisibleTo(page)
    assert not page.written_totals.undo_button.isVisibleTo(page)
    page.table.redo()  # Edit > Redo with the table focused
    assert written(page.ctx.dossier) == (None, None, None)


def test_editing_any_amount_drops_the_written_totals(page):
    enter(page, 1, "mission", "2 100")  # partner 2, whose own TOTAL was right
    assert page.ctx.dossier.partners[1].budget["mission"] == Decimal("2100")
    assert written(page.ctx.dossier) == (None, None, None)
    assert mismatches(page) == []
    assert not page.written_totals.use_computed.isVisibleTo(page)
    assert "Montant modifié" in page.written_totals.dropped.text()


def test_undoing_the_amount_edit_gives_back_the_amount_and_the_written_totals(page):
    enter(page, 1, "mission", "2 100")
    page.table.undo()  # Edit > Undo with the table focused
    r = [row.id for row in page.ctx.call.budget.rows].index("mission")
    assert page.ctx.dossier.partners[1].budget["mission"] == Decimal("2000")
    assert page.table.item(r, 1).text() == f"2{NBSP}000{NBSP}€"
    assert written(page.ctx.dossier) == (Decimal("4400"), Decimal("8000"), Decimal("12400"))
    assert mismatches(page) == ["partners[0].budget", "budget"]


def test_retyping_the_same_amount_is_no_edit_and_keeps_the_written_totals(page):
    paths = []
    page.ctx.events.edited.connect(paths.append)
    enter(page, 0, "fonctionnement", "3000")
    assert page.table.item(0, 0).text() == f"3{NBSP}000{NBSP}€"
    assert paths == []
    assert written(page.ctx.dossier) == (Decimal("4400"), Decimal("8000"), Decimal("12400"))


def test_a_dossier_without_written_totals_shows_no_notice(qtbot, call, complete_dossier):
    page = BudgetPage(checked_context(call, complete_dossier))
    qtbot.addWidget(page)
    assert not page.written_totals.text.isVisibleTo(page)
    assert not page.written_totals.use_computed.isVisibleTo(page)
    assert not page.written_totals.undo_button.isVisibleTo(page)
    assert not page.table.use_computed_totals()


def test_totals_that_add_up_are_shown_without_saying_the_export_is_blocked(page):
    page.ctx.dossier.partners[0].written_total = Decimal("4500")
    page.ctx.dossier.written_grand_total = Decimal("12500")
    page.ctx.edited("resume")
    assert mismatches(page) == []
    assert page.written_totals.use_computed.isVisibleTo(page)
    assert "bloqué" not in page.written_totals.text.text()


def test_removing_a_partner_with_amounts_drops_the_grand_total_it_was_counted_in(qtbot, call, imported):
    ctx = checked_context(call, imported)
    partners, page = PartnersPage(ctx), BudgetPage(ctx)
    qtbot.addWidget(partners)
    qtbot.addWidget(page)
    partners.remove(1, confirm=False)
    assert ctx.dossier.written_grand_total is None
    assert ctx.dossier.partners[0].written_total == Decimal("4400")  # its own column did not change
    assert mismatches(page) == ["partners[0].budget"]
    assert "4 400 € (partenaire 1)" in plain(page.written_totals.text.text())
