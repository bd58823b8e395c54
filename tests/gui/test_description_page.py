"""The description as the pages it becomes: one sheet holding the five points under fixed headings, the lines
where page 1 ends and where the limit falls (from the engine), the tint past the limit, and a gauge that says
exactly how many pages and lines."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QScrollArea

from guikit import type_text
from iasante_desktop.gui.layout_adapter import first_line_on_page
from iasante_desktop.gui.pages.description import usage_text
from iasante_desktop.gui.style import ERROR, OK

LONG = "Les marqueurs vocaux offrent une piste non invasive, peu coûteuse et encore peu exploitée. " * 40


def test_the_gauge_says_pages_and_lines_never_a_rounded_fraction():
    assert usage_text(2, 3, 2, 0, True, "fr") == "2 pages et 3 lignes / 2 pages"
    assert usage_text(1, 40, 2, 14, False, "fr") == "1 page et 40 lignes / 2 pages · il reste 14 lignes"
    assert usage_text(0, 1, 2, 95, False, "fr") == "1 ligne / 2 pages · il reste 95 lignes"
    assert usage_text(2, 3, 2, 0, True, "en") == "2 pages and 3 lines / 2 pages"
    assert usage_text(1, 40, 2, 14, False, "en") == "1 page and 40 lines / 2 pages · 14 lines left"


def test_each_point_edits_its_own_text_on_one_sheet_under_fixed_headings(window):
    window.show_page("description")
    page = window.pages["description"]
    assert list(page.editors) == ["introduction", "plus_value", "objectifs", "industrialisation", "programme"]
    type_text(page.editors["plus_value"], "Deux équipes réunies.")
    assert str(window.ctx.dossier.description["plus_value"]) == "Deux équipes réunies."
    assert set(window.ctx.dossier.description) == {"plus_value"}
    # The headings are labels on the sheet, not text anyone can edit.
    heading = page.headings["plus_value"]
    assert heading.text().startswith("\u2013 ")
    assert all(heading.text()[2:] not in e.rich().plain() for e in page.editors.values())
    text = page.gauge.label.text()
    assert re.fullmatch(r"\d+ lignes? / 2 pages · il reste \d+ lignes", text), text
    assert "," not in text
    assert page.gauge.status() == OK


def test_no_scroll_area_inside_a_scroll_area_and_the_gauge_stays_in_view(window):
    window.show_page("description")
    page = window.pages["description"]
    outer = window.stack.currentWidget()
    assert isinstance(outer, QScrollArea)
    assert outer.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.findChildren(QScrollArea) == [page.scroll]
    for editor in page.editors.values():
        assert editor.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert page.scroll.isAncestorOf(editor)
    assert not page.scroll.isAncestorOf(page.gauge)
    page.editors["programme"].setPlainText(LONG)
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    assert page.gauge.isVisible()
    assert not page.gauge.visibleRegion().isEmpty()


def sheet_y(page, anchor_line):
    return page._anchor_y(anchor_line.anchor)


def test_past_the_limit_the_sheet_shows_the_page_lines_and_tints_the_rest(window, qtbot):
    window.show_page("description")
    page = window.pages["description"]
    for point_id in ("introduction", "plus_value", "objectifs"):
        page.editors[point_id].setPlainText(LONG)
    assert window.ctx.measures.pages["description"] > 2
    assert page.gauge.status() == ERROR
    assert re.fullmatch(r"2 pages et \d+ lignes? / 2 pages", page.gauge.label.text()), page.gauge.label.text()
    assert any(f.rule == "limit.description_pages" for f in window.ctx.findings)
    # The finding is said with the same exact figures as the gauge, never a rounded "2,2 pages".
    assert page.limit_sentence.isVisibleTo(page)
    assert re.fullmatch(r"✖ La description dépasse sa limite : 2 pages et \d+ lignes? pour 2 pages au maximum\.",
                        page.limit_sentence.text()), page.limit_sentence.text()
    assert "," not in page.section_findings.text()

    # Where the lines are: the first line the engine puts on page 2, and on page 3.
    layout = window.ctx.engine.description_layout(window.ctx.dossier)
    overflow = layout.overflow_offsets(2)
    (point_past, offset_past), *_ = overflow.items()
    editor = page.editors[point_past]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(offset_past)
    expected_limit_y = editor.mapTo(page.sheet, QPoint(0, editor.cursorRect(cursor).top())).y()
    overlay = page.sheet.overlay
    assert overlay.limit is not None and overlay.limit[0] == expected_limit_y - 2
    assert [label for _, label in overlay.page_lines] == ["fin de la page 1"]
    assert overlay.page_lines[0][0] < overlay.limit[0]
    assert overlay.page_lines[0][0] == sheet_y(page, first_line_on_page(page.lines, 1)) - 2

    # The text past the limit is tinted, the text before is not.
    image = page.sheet.grab().toImage()
    x = page.sheet.width() - 30  # the right margin: the tint, not the glyphs
    above = QColor(image.pixel(x, overlay.limit[0] - 40))
    below = QColor(image.pixel(x, overlay.limit[0] + 40))
    assert above.red() == above.green() == above.blue()
    assert below.red() > below.green() + 30

    # "Go there" on the page-limit finding lands in the point that crosses the limit.
    window.go_to_field("description")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)

    page.editors["objectifs"].setPlainText("Court.")
    page.editors["plus_value"].setPlainText("Court.")
    assert page.gauge.status() == OK
    assert overlay.limit is None
    assert "il reste" in page.gauge.label.text()
    assert not page.limit_sentence.isVisibleTo(page)


def test_a_figure_pasted_into_a_point_is_kept_in_the_dossier_text(window):
    window.show_page("description")
    page = window.pages["description"]
    editor = page.editors["objectifs"]
    editor.setFocus()
    type_text(editor, "Calendrier :")
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setImageData(image)
    editor.insertFromMimeData(mime)
    type_text(editor, "Figure 1 : calendrier")
    (figure,) = editor.rich().figures()
    assert figure.caption_text == "Figure 1 : calendrier"
    # The toolbar shown is the one of the point being written, with the figure's width field.
    assert page.toolbars.currentIndex() == list(page.editors).index("objectifs")
    assert editor.width_box.isEnabled()
    assert "Figure 1 : calendrier" in str(window.ctx.dossier.description["objectifs"])


def test_the_sheet_speaks_english_when_the_interface_does(make_window):
    window = make_window("en")
    assert window.new_dossier()
    window.show_page("description")
    page = window.pages["description"]
    type_text(page.editors["introduction"], "A short introduction.")
    assert re.fullmatch(r"\d+ lines? / 2 pages · \d+ lines left", page.gauge.label.text()), page.gauge.label.text()


def test_tab_moves_from_one_point_to_the_next_and_inside_a_list_changes_the_level(window, qtbot):
    from PySide6.QtTest import QTest

    window.show_page("description")
    page = window.pages["description"]
    first, second = page.editors["introduction"], page.editors["plus_value"]
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    type_text(first, "- un\ndeux")
    QTest.keyClick(first, Qt.Key.Key_Tab)
    assert first.rich().blocks[1].list_item.level == 1
    QTest.keyClick(first, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is second
    QTest.keyClick(second, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editors["objectifs"]


def test_the_arrow_keys_go_on_into_the_next_and_previous_point(window, qtbot):
    from PySide6.QtTest import QTest

    window.show_page("description")
    page = window.pages["description"]
    first, second = page.editors["introduction"], page.editors["plus_value"]
    first.setFocus()
    type_text(first, "une ligne")
    QTest.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is second and second.textCursor().position() == 0
    QTest.keyClick(second, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first and first.textCursor().atEnd()


def test_after_the_table_button_the_keys_go_into_the_new_table(window, qtbot):
    """Found by hand under X11: after the table button, the scroll area took the focus and the header typed
    next went nowhere (then, after a Tab, into another point)."""
    from PySide6.QtWidgets import QToolButton

    window.activateWindow()
    window.show_page("description")
    page = window.pages["description"]
    editor = page.editors["plus_value"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, "Trois lots :\n")
    button = next(b for b in page.toolbars.currentWidget().findChildren(QToolButton) if b.objectName() == "button_table")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor
    for word in ("Lot", "Contenu"):
        type_text(QApplication.focusWidget(), word)
        QApplication.sendEvent(QApplication.focusWidget(), _key(Qt.Key.Key_Tab))
    (table,) = window.ctx.dossier.description["plus_value"].tables()
    assert [cell.text for cell in table.rows[0][:2]] == ["Lot", "Contenu"]
    assert "Lot" not in window.ctx.dossier.description_text("introduction")


def _key(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
