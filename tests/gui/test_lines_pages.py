"""Résumé pages: typing, the line gauge computed by the engine, red past ten lines with marks."""

from __future__ import annotations

import pytest

from guikit import long_paragraphs, press, type_text
from iasante_desktop.gui.style import ERROR, OK
from PySide6.QtCore import Qt


@pytest.mark.parametrize("page_id", ["resume", "resume_grand_public"])
def test_typed_accented_text_reaches_the_dossier_with_paragraphs_and_line_breaks(window, page_id):
    window.show_page(page_id)
    editor = window.pages[page_id].editor
    editor.setFocus()
    type_text(editor, "Données « annotées »\nÉtape 2")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # Shift+Enter: a line break
    type_text(editor, "suite")
    assert getattr(window.ctx.dossier, page_id) == "Données « annotées »\nÉtape 2\u2028suite"


def test_gauge_turns_red_past_ten_lines_marks_the_overflow_and_recovers(window):
    window.show_page("resume")
    page = window.pages["resume"]
    editor = page.editor
    editor.setFocus()
    editor.insertPlainText(long_paragraphs(10))  # a paste
    assert page.gauge.label.text() == "10 / 10 lignes"
    assert page.gauge.status() == OK
    assert editor.extraSelections() == []

    type_text(editor, "\nOnzième ligne ajoutée à la main")
    assert page.gauge.label.text() == "11 / 10 lignes"
    assert page.gauge.status() == ERROR
    marks = editor.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.selectedText() == "Onzième ligne ajoutée à la main"
    assert any(f.rule == "limit.resume_lines" for f in window.ctx.findings)
    assert "11 lignes pour 10" in page.findings_label.text()

    for _ in range(len("\nOnzième ligne ajoutée à la main")):
        press(editor, Qt.Key.Key_Backspace)
    assert page.gauge.label.text() == "10 / 10 lignes"
    assert page.gauge.status() == OK
    assert editor.extraSelections() == []
    assert not any(f.rule == "limit.resume_lines" for f in window.ctx.findings)


def test_a_long_paragraph_counts_its_wrapped_lines_not_its_paragraphs(window):
    window.show_page("resume")
    page = window.pages["resume"]
    page.editor.insertPlainText("mot " * 400)
    lines = window.ctx.measures.lines["resume"]
    assert lines > 10
    assert page.gauge.label.text() == f"{lines} / 10 lignes"
    # The marks start on the engine's 11th line, inside the single paragraph.
    start = window.ctx.engine.line_spans(window.ctx.dossier.resume)[10][0]
    assert page.editor.extraSelections()[0].cursor.selectionStart() == start


def test_loading_a_dossier_does_not_count_as_an_edit(window, complete_dossier):
    edits = []
    window.ctx.events.edited.connect(edits.append)
    window.session.replace_dossier(complete_dossier)
    assert window.pages["resume"].editor.toPlainText() == complete_dossier.resume
    assert edits == []
