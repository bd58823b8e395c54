"""The partners page: adding, removing and reordering partners, the site suggestion and the live checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.gui.pages.partners import PartnersPage
from guikit import type_text
from pagekit import checked_context


@pytest.fixture
def page(qtbot, call, complete_dossier):
    ctx = checked_context(call, complete_dossier)
    widget = PartnersPage(ctx)
    qtbot.addWidget(widget)
    return widget


def edited_paths(ctx) -> list[str]:
    paths: list[str] = []
    ctx.events.edited.connect(paths.append)
    return paths


def test_page_shows_one_form_per_partner_filled_from_the_dossier(page):
    assert page.list.count() == 2
    assert "Claire Dupont" in page.list.item(0).text()
    assert page._editors[1].carrier_name.text() == "Karim Benali"
    assert page._editors[1].site.currentText() == "Montpellier"


def test_typing_a_name_with_accents_updates_the_partner_and_names_the_field(page):
    paths = edited_paths(page.ctx)
    editor = page._editors[0]
    editor.carrier_name.clear()
    editor.carrier_name.setFocus()
    type_text(editor.carrier_name, "Hélène Żuk")
    assert page.ctx.dossier.partners[0].carrier_name == "Hélène Żuk"
    assert paths[-1] == "partners[0].carrier_name"
    assert "Hélène Żuk" in page.list.item(0).text()


def test_add_partner_appends_an_empty_partner_and_reports_a_structural_edit(page):
    paths = edited_paths(page.ctx)
    page.add_button.click()
    assert len(page.ctx.dossier.partners) == 3
    assert page.list.count() == 3
    assert page.list.currentRow() == 2
    assert paths == ["partners"]
    # The new partner lacks everything: the checker asks for it on the new form.
    assert "Partenaire 3" in page._editors[2].findings.text()


def test_moving_a_partner_up_carries_its_budget_and_its_cv(page):
    dossier = page.ctx.dossier
    dossier.attachments.append(Attachment(kind="cv", filename="benali.pdf", data=b"%PDF-", partner=1))
    dossier.attachments.append(Attachment(kind="cv", filename="dupont.pdf", data=b"%PDF-", partner=0))
    page.list.setCurrentRow(1)
    page.up_button.click()
    assert [p.carrier_name for p in dossier.partners] == ["Karim Benali", "Claire Dupont"]
    assert dossier.partners[0].budget["prestations_externes"] == Decimal("6000")
    by_name = {a.filename: a.partner for a in dossier.attachments}
    assert by_name == {"benali.pdf": 0, "dupont.pdf": 1}
    assert page.list.currentRow() == 0
    assert page.stack.currentWidget().carrier_name.text() == "Karim Benali"
    assert not page.up_button.isEnabled()


def test_removing_a_partner_asks_first_and_keeps_everything_when_refused(page, monkeypatch):
    asked = []

    def refuse(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    page.ctx.dossier.attachments.append(Attachment(kind="cv", filename="dupont.pdf", data=b"%PDF-", partner=0))
    page.list.setCurrentRow(0)
    page.remove_button.click()
    assert asked and "CV" in asked[0]
    assert len(page.ctx.dossier.partners) == 2
    assert len(page.ctx.dossier.attachments) == 1


def test_removing_a_partner_drops_its_cv_and_renumbers_the_following_ones(page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dossier = page.ctx.dossier
    page.add()
    dossier.attachments[:] = [
        Attachment(kind="cv", filename="dupont.pdf", data=b"%PDF-", partner=0),
        Attachment(kind="cv", filename="third.pdf", data=b"%PDF-", partner=2),
        Attachment(kind="letter", filename="letter.pdf", data=b"%PDF-"),
    ]
    page.list.setCurrentRow(0)
    page.remove_button.click()
    assert [p.carrier_name for p in dossier.partners] == ["Karim Benali", ""]
    assert [(a.filename, a.partner) for a in dossier.attachments] == [("third.pdf", 1), ("letter.pdf", None)]
    assert page.list.count() == 2
    # Fewer partners than the call requires is allowed in a draft, and said.
    page.remove(0, confirm=False)
    assert "au moins 2" in page.general.text()


def test_contract_end_is_asked_only_for_post_docs(page):
    editor = page._editors[0]
    assert editor.contract_end.isHidden()
    editor.status.setCurrentIndex(editor.status.findData("postdoc"))
    assert not editor.contract_end.isHidden()
    assert page.ctx.dossier.partners[0].contract_end is None
    editor.contract_end.setDate(QDate(2026, 12, 31))
    assert page.ctx.dossier.partners[0].contract_end == dt.date(2026, 12, 31)
    assert "se termine le 31 décembre 2026" in editor.findings.text()


def test_doctoral_status_shows_the_error_on_the_form_and_in_the_list(page):
    editor = page._editors[1]
    editor.status.setCurrentIndex(editor.status.findData("doctoral"))
    assert page.ctx.dossier.partners[1].status == "doctoral"
    assert any(f.rule == "partners.status" and f.field == "partners[1].status" for f in page.ctx.findings)
    assert "le statut « Doctorant » n'est pas éligible" in editor.findings.text()
    assert "Doctorant" in editor.labels["status"].toolTip()
    assert "erreurs" in page.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)


def test_coportage_status_follows_the_domains(page):
    assert "IA ✓" in page.coportage.text() and "Santé ✓" in page.coportage.text()
    page._editors[1].domain_buttons["ai"].click()
    assert page.ctx.dossier.partners[1].domain == "ai"
    assert "Santé ✗" in page.coportage.text()
    assert "co-porté" in page.general.text()


def test_sites_in_two_departements_raise_the_cap_to_twenty_thousand(page):
    assert "Haute-Garonne, Hérault" in page.territories.text()
    assert "20\u00a0000\u00a0€" in page.territories.text()
    page._editors[1].site.setEditText("Labège")
    assert page.ctx.dossier.partners[1].site == "Labège"
    assert "15\u00a0000\u00a0€" in page.territories.text()
    assert "Haute-Garonne" in page._editors[1].territory.text()


def test_typing_the_unit_suggests_the_site_and_the_user_confirms_it(page):
    page.add()
    editor = page._editors[2]
    editor.unit.setFocus()
    type_text(editor.unit, "CHU de Nîmes, Caremeau")
    partner = page.ctx.dossier.partners[2]
    assert partner.unit == "CHU de Nîmes, Caremeau"
    assert partner.site == ""  # a suggestion, not a decision
    assert not editor.suggestion_row.isHidden()
    assert "Nîmes (Gard)" in editor.suggestion.text()
    paths = edited_paths(page.ctx)
    editor.use_suggestion.click()
    assert (partner.site, partner.site_confirmed) == ("Nîmes", True)
    assert paths == ["partners[2].site"]
    assert editor.site.currentText() == "Nîmes"
    assert editor.suggestion_row.isHidden()
    assert "Gard" in page.territories.text()


def test_an_inferred_site_from_an_import_waits_for_confirmation(qtbot, call, complete_dossier):
    complete_dossier.partners[0].site_confirmed = False
    ctx = checked_context(call, complete_dossier)
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    editor = page._editors[0]
    assert not editor.suggestion_row.isHidden()
    assert "Toulouse" in editor.suggestion.text()
    editor.use_suggestion.click()
    assert complete_dossier.partners[0].site_confirmed is True


def test_refresh_keeps_the_users_text_and_undo_history(page):
    editor = page._editors[0]
    editor.cv.setFocus()
    editor.cv.moveCursor(editor.cv.textCursor().MoveOperation.End)
    type_text(editor.cv, " Xy")
    page.refresh()
    assert page.ctx.dossier.partners[0].cv.plain().endswith(" Xy")
    editor.cv.undo()
    assert not editor.cv.toPlainText().endswith(" Xy")
    assert not page.ctx.dossier.partners[0].cv.plain().endswith(" Xy")


def test_replaced_dossier_reloads_every_form(page, call):
    from iasante_desktop.core.dossier import new_dossier

    page.ctx.dossier = new_dossier(call, partners=3)
    page.ctx.events.replaced.emit()
    assert page.list.count() == 3
    assert all(e.carrier_name.text() == "" for e in page._editors)


def test_focus_field_opens_the_partner_and_focuses_the_widget(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    assert page.focus_field("partners[1].status")
    assert page.stack.currentWidget() is page._editors[1]
    assert page.focusWidget() is page._editors[1].status
    assert not page.focus_field("resume")
    assert not page.focus_field("partners[0].budget.mission")  # the budget page's business


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListWidget, QPlainTextEdit

    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListWidget, QPlainTextEdit)
    controls = [w for kind in kinds for w in page.findChildren(kind)]
    # Line edits inside combo boxes and date edits are parts of a named control.
    unnamed = [w for w in controls if not w.accessibleName() and not isinstance(w.parent(), (QComboBox, QDateEdit))]
    assert len(controls) > 20
    assert unnamed == []


# Letters the window itself takes: File and Edit menus, Previous and Next buttons.
WINDOW_MNEMONICS = {"fr": {"F", "É", "P", "S"}, "en": {"F", "E", "P", "N"}}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mnemonics_on_the_page_are_unique_and_leave_the_windows_free(qtbot, call, complete_dossier, lang):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from iasante_desktop.gui.translation import install_language

    install_language(lang)
    try:
        page = PartnersPage(checked_context(call, complete_dossier, lang))
        qtbot.addWidget(page)
        page.show()
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind) if w.isVisibleTo(page)]
    finally:
        install_language("fr")
    keys = [m.group(1).upper() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
    assert len(keys) >= 12
    assert sorted(keys) == sorted(set(keys))
    assert not set(keys) & WINDOW_MNEMONICS[lang]


def test_undo_in_a_line_edit_puts_the_previous_value_back_in_the_dossier(page):
    editor = page._editors[0]
    editor.unit.setFocus()
    editor.unit.end(False)
    type_text(editor.unit, " bis")
    assert page.ctx.dossier.partners[0].unit == "IRIT UMR 5505, Toulouse bis"
    paths = edited_paths(page.ctx)
    editor.unit.undo()
    assert page.ctx.dossier.partners[0].unit == "IRIT UMR 5505, Toulouse"
    assert paths and paths[-1] == "partners[0].unit"


def test_a_no_break_space_and_a_shift_enter_in_a_cv_reach_the_dossier_as_typed(page):
    """The review found the partner editor reading toPlainText(): a no-break space became a space and
    Shift+Enter a new paragraph, in CVs and team texts (in the exported Word file too)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    editor = page._editors[0]
    editor.cv.setFocus()
    editor.cv.moveCursor(editor.cv.textCursor().MoveOperation.End)
    paragraphs = len(page.ctx.dossier.partners[0].cv.blocks)
    type_text(editor.cv, " 20\u00a0ans")
    QApplication.sendEvent(
        editor.cv, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "\r")
    )
    type_text(editor.cv, "suite")
    cv = page.ctx.dossier.partners[0].cv
    assert cv.plain().endswith(" 20\u00a0ans\u2028suite")
    assert len(cv.blocks) == paragraphs  # a line break inside the paragraph, not a new paragraph
