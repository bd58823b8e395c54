"""Spelling: misspelt words underlined as one types, suggestions and "add to my dictionary" in the context
menu, the dossier's language, and only the paragraphs on screen checked."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtGui import QTextCharFormat

from guikit import type_text
from iasante_desktop.core.richtext import RichText
from iasante_desktop.gui.spelling import SpellService, personal_path, shared_spelling
from iasante_desktop.gui.widgets.rich_editor import RichTextEdit


@pytest.fixture
def spelled(qtbot, call):
    service = SpellService("fr")
    editor = RichTextEdit(call.typography, spelling=service)
    qtbot.addWidget(editor)
    editor.resize(500, 200)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setFocus()
    return editor


def underlined(editor, block_number: int = 0) -> list[str]:
    block = editor.document().findBlockByNumber(block_number)
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_a_misspelt_word_is_underlined_as_it_is_typed(spelled):
    type_text(spelled, "Une phrse écrite en français")
    assert underlined(spelled) == ["phrse"]


def test_acronyms_apostrophes_and_compounds_are_not_flagged(spelled):
    type_text(spelled, "L’équipe du CHU et l'IRIT, c'est-à-dire vingt-deux chercheurs.")
    assert underlined(spelled) == []


def test_the_context_menu_suggests_and_replaces(spelled):
    type_text(spelled, "Une phrse")
    position = spelled.document().find("phrse").selectionStart() + 2
    cursor = spelled.textCursor()
    cursor.setPosition(position)
    menu = spelled.build_context_menu(spelled.cursorRect(cursor).center())
    suggestions = [a for a in menu.actions() if a.objectName() == "spelling_suggestion"]
    assert "phrase" in [a.text() for a in suggestions]
    next(a for a in suggestions if a.text() == "phrase").trigger()
    assert spelled.rich().plain() == "Une phrase"
    assert underlined(spelled) == []
    menu.deleteLater()


def test_add_to_my_dictionary_writes_a_private_file_and_unflags_the_word(spelled, tmp_path):
    type_text(spelled, "Le modèle Neurovox")
    cursor = spelled.textCursor()
    cursor.setPosition(spelled.document().find("Neurovox").selectionStart() + 1)
    menu = spelled.build_context_menu(spelled.cursorRect(cursor).center())
    add = next(a for a in menu.actions() if a.objectName() == "spelling_add")
    assert "mon dictionnaire" in add.text()
    add.trigger()
    assert underlined(spelled) == []
    path = personal_path()
    assert str(path).startswith(str(tmp_path)), "tests never write into the real home"
    assert path.read_text(encoding="utf-8") == "Neurovox\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # A new checker (next session) reads the word back.
    assert SpellService("fr").is_correct("Neurovox")
    menu.deleteLater()


def test_the_language_follows_the_dossier(window, qtbot):
    window.show_page("resume")
    page = window.pages["resume"]
    type_text(page.editor, "research projet")
    assert underlined(page.editor) == ["research"]
    window.ctx.dossier.language = "en"
    window.session.check()
    qtbot.waitUntil(lambda: underlined(page.editor) == ["projet"])
    assert shared_spelling().lang == "en"


def test_only_the_paragraphs_on_screen_are_checked_the_rest_when_scrolled_to(spelled, qtbot):
    text = "\n".join(f"Paragraphe {i} avec une fôte." for i in range(300))
    spelled.set_rich(RichText.from_plain(text))
    qtbot.waitUntil(lambda: underlined(spelled, 0) == ["fôte"])
    highlighter = spelled.highlighter
    assert highlighter.checked_blocks < 60
    assert underlined(spelled, 299) == []
    spelled.verticalScrollBar().setValue(spelled.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: underlined(spelled, 299) == ["fôte"])


def test_spelling_can_be_switched_off(spelled, qtbot):
    type_text(spelled, "Une phrse")
    spelled.highlighter.service.set_enabled(False)
    qtbot.waitUntil(lambda: underlined(spelled) == [])


def test_the_dossier_language_is_switched_from_the_context_menu_or_the_description_page(window, qtbot):
    window.show_page("resume")
    editor = window.pages["resume"].editor
    type_text(editor, "projet research")
    menu = editor.build_context_menu(editor.cursorRect().center())
    english = menu.findChild(type(menu.actions()[0]), "language_en")
    assert english is not None and not english.isChecked()
    english.trigger()
    assert window.ctx.dossier.language == "en"
    qtbot.waitUntil(lambda: underlined(editor) == ["projet"])
    menu.deleteLater()

    window.show_page("description")
    page = window.pages["description"]
    assert page.language.currentData() == "en"
    assert page.headings["introduction"].text() == "\u2013 " + window.ctx.call.section("description").points[0].label.get("en")
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    assert window.ctx.dossier.language == "fr"
    assert page.headings["introduction"].text().endswith(window.ctx.call.section("description").points[0].label.get("fr"))
