"""The window shell: new dossier, page order, free navigation, status icons, title, undo, locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guikit import type_text


def test_new_dossier_creates_a_draft_in_the_data_folder_right_away(window, tmp_path):
    draft_path = Path(window.ctx.draft.path)
    assert draft_path.is_file()
    assert (tmp_path / "data") in draft_path.parents
    assert window.current_page_id() == "identification"
    assert window.windowTitle() == f"{draft_path.name} — enregistré"


def test_pages_follow_the_annex_order(window, call):
    """The order comes from the call spec's sections (the annex's order, each section quoting the call's
    text), not from the window's own list of pages."""
    page_of = {"text": "identification", "keywords": "identification", "partners": "partners",
               "pages": "description", "budget": "budget"}
    expected = []
    for section in call.sections:
        page = section.id if section.kind == "lines" else page_of[section.kind]
        if page not in expected:
            expected.append(page)
    assert expected[:4] == ["identification", "resume", "resume_grand_public", "partners"]
    assert [p for p in window.page_ids() if p in expected] == expected
    assert window.page_ids()[0] == "start" and window.page_ids()[-2:] == ["attachments", "review"]


def test_next_is_never_blocked_by_an_incomplete_dossier(window):
    window.show_page("start")
    visited = [window.current_page_id()]
    while window.next_button.isEnabled():
        window.next_button.click()
        visited.append(window.current_page_id())
    assert visited == window.page_ids()
    assert window.ctx.findings, "an empty dossier has errors, yet every page was reachable"
    window.prev_button.click()
    assert window.current_page_id() == window.page_ids()[-2]


def test_next_from_the_start_page_with_nothing_open_begins_a_dossier(make_window):
    win = make_window()
    assert win.ctx.draft is None
    assert win.current_page_id() == "start"
    win.next_button.click()
    assert win.ctx.draft is not None
    assert win.current_page_id() == "identification"


def test_pages_other_than_start_are_disabled_until_a_dossier_is_open(make_window):
    win = make_window()
    flags = {win.page_list.item(i).data(Qt.ItemDataRole.UserRole): win.page_list.item(i).flags() for i in range(win.page_list.count())}
    assert flags["start"] & Qt.ItemFlag.ItemIsEnabled
    assert not flags["resume"] & Qt.ItemFlag.ItemIsEnabled


def test_with_nothing_open_the_pages_carry_no_verdict_until_a_dossier_begins(make_window):
    win = make_window()
    others = {_status_tooltip(win, page_id) for page_id in win.page_ids() if page_id != "start"}
    assert others == {"aucun dossier ouvert"}
    assert _status_tooltip(win, "start") == "avertissements"  # the 2025 deadline has passed, dossier or not
    assert win.ctx.findings == []
    win.new_dossier()
    assert _status_tooltip(win, "resume") == "erreurs"  # an empty summary is now a real dossier's gap
    assert _status_tooltip(win, "attachments") == "complet"


def _status_tooltip(window, page_id: str) -> str:
    row = window.page_ids().index(page_id)
    return window.page_list.item(row).toolTip()


def test_page_list_shows_which_sections_have_errors(window, qtbot):
    assert _status_tooltip(window, "resume") == "erreurs"
    window.show_page("resume")
    page = window.pages["resume"]
    page.editor.setFocus()
    type_text(page.editor, "Un résumé bref.")
    assert _status_tooltip(window, "resume") == "complet"
    assert _status_tooltip(window, "review") == "erreurs"


def test_title_names_the_acronym_and_the_save_state(window, qtbot):
    window.show_page("identification")
    field = window.pages["identification"].acronym
    field.setFocus()
    type_text(field, "CŒUR-IA")
    assert window.windowTitle() == "CŒUR-IA — modifié"
    qtbot.waitUntil(lambda: window.windowTitle().endswith("— enregistré"), timeout=2000)


def test_edit_menu_undo_acts_on_the_focused_field(window, qtbot):
    window.show_page("identification")
    field = window.pages["identification"].title_edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    type_text(field, "Titre")
    assert window.ctx.dossier.title == "Titre"
    window.act_undo.trigger()
    assert field.text() == ""
    assert window.ctx.dossier.title == ""
    window.act_redo.trigger()
    assert window.ctx.dossier.title == "Titre"


def test_a_second_window_on_the_same_draft_is_refused(window, make_window):
    path = Path(window.ctx.draft.path)
    second = make_window()
    assert second.open_path(path) is False
    assert second.ctx.draft is None
    assert path.name in second.message_box.text()
    assert "ouvert" in second.message_box.text()


def test_a_missing_or_foreign_file_gives_a_message_not_a_traceback(make_window, tmp_path):
    win = make_window()
    junk = tmp_path / "notes.iasante"
    junk.write_text("ceci n'est pas un brouillon", encoding="utf-8")
    assert win.open_path(junk) is False
    assert win.message_box is not None and win.message_box.text()
    assert win.ctx.draft is None


def test_save_as_writes_a_portable_copy_and_continues_on_it(window, tmp_path):
    type_text(window.pages["resume"].editor, "Texte à emporter.")
    target = tmp_path / "partage" / "NEURO-IA"
    target.parent.mkdir()
    assert window.save_as(target)
    assert Path(window.ctx.draft.path) == target.with_name("NEURO-IA.iasante")
    assert target.with_name("NEURO-IA.iasante").is_file()
    type_text(window.pages["resume"].editor, " Suite.")
    assert window.session.save_now()
    assert window.ctx.draft.load().resume == "Texte à emporter. Suite."
