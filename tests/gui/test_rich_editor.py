"""The formatted-text editor driven like a user: shortcuts, lists and levels, paste, figures, tables, undo,
spelling, the context menu and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QVBoxLayout, QWidget

from guikit import press, type_text
from iasante_desktop.core.richtext import BOLD, BULLET, ITALIC, NUMBER, SUBSCRIPT, SUPERSCRIPT, UNDERLINE, ListItem, Para, Span
from iasante_desktop.gui.widgets.rich_editor import RichTextEdit, field_frame, shortcut_rows

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def make_editor(qtbot, call):
    hosts = []  # the test holds the windows: qtbot only closes them

    def make(figures=True, tables=True, spelling=None):
        host = QWidget()
        layout = QVBoxLayout(host)
        editor = RichTextEdit(call.typography, figures=figures, tables=tables, spelling=spelling)
        frame = field_frame(editor, host)
        layout.addWidget(frame)
        after = QLineEdit(host)
        after.setAccessibleName("after")
        layout.addWidget(after)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        editor.setFocus()
        host.after = after
        host.frame = frame
        hosts.append(host)
        return editor

    yield make
    hosts.clear()


@pytest.fixture
def editor(make_editor):
    return make_editor()


def marks(editor) -> list[tuple[str, frozenset]]:
    return [(s.text, s.marks) for b in editor.rich().blocks if isinstance(b, Para) for s in b.spans]


def test_ctrl_b_i_u_and_super_subscript_shortcuts_mark_what_is_typed(editor):
    type_text(editor, "a ")
    for key, mods, text in (
        (Qt.Key.Key_B, CTRL, "gras"),
        (Qt.Key.Key_I, CTRL, "ital"),
        (Qt.Key.Key_U, CTRL, "soul"),
    ):
        QTest.keyClick(editor, key, mods)
        type_text(editor, text)
        QTest.keyClick(editor, key, mods)
    QTest.keyClick(editor, Qt.Key.Key_Equal, CTRL | SHIFT)
    type_text(editor, "2")
    QTest.keyClick(editor, Qt.Key.Key_Equal, CTRL | SHIFT)
    QTest.keyClick(editor, Qt.Key.Key_Equal, CTRL)
    type_text(editor, "i")
    QTest.keyClick(editor, Qt.Key.Key_Equal, CTRL)
    type_text(editor, "é")
    assert marks(editor) == [
        ("a ", frozenset()),
        ("gras", frozenset({BOLD})),
        ("ital", frozenset({ITALIC})),
        ("soul", frozenset({UNDERLINE})),
        ("2", frozenset({SUPERSCRIPT})),
        ("i", frozenset({SUBSCRIPT})),
        ("é", frozenset()),
    ]


def test_ctrl_i_is_italic_in_the_editor_not_the_windows_word_import(window, qtbot):
    window.show_page("resume")
    editor = window.pages["resume"].editor
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    imports = []
    window.act_import.triggered.connect(lambda: imports.append(1))
    QTest.keyClick(editor, Qt.Key.Key_I, CTRL)
    type_text(editor, "x")
    assert marks(editor) == [("x", frozenset({ITALIC}))]
    assert imports == []


def test_bold_button_marks_the_selection_and_shows_its_state(editor):
    type_text(editor, "un mot")
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.window().findChild(QToolButton, "button_bold").click()
    assert marks(editor) == [("un ", frozenset()), ("mot", frozenset({BOLD}))]
    assert editor.action("bold").isChecked()


def test_dash_space_and_one_dot_space_start_lists_and_tab_changes_the_level(editor):
    type_text(editor, "- un\ndeux")
    press(editor, Qt.Key.Key_Tab)
    type_text(editor, "\n")
    press(editor, Qt.Key.Key_Backtab)
    type_text(editor, "trois\n\n1. premier")
    items = [(b.text, b.list_item) for b in editor.rich().blocks]
    bullet_id = items[0][1].list_id
    assert items[0] == ("un", ListItem(BULLET, 0, bullet_id))
    assert items[1] == ("deux", ListItem(BULLET, 1, bullet_id))
    assert items[2] == ("trois", ListItem(BULLET, 0, bullet_id))
    # Enter on an empty item ended the bulleted list; "1. " started a numbered one in that paragraph.
    assert len(items) == 4 and items[3][0] == "premier"
    assert items[3][1].kind == NUMBER and items[3][1].level == 0 and items[3][1].list_id != bullet_id
    editor.undo()  # the typing, then the automatic list, one undo step each: "1." comes back as text
    editor.undo()
    assert editor.rich().blocks[-1].text == "1." and editor.rich().blocks[-1].list_item is None


def test_tab_outside_a_list_and_ctrl_tab_leave_the_field(editor):
    host = editor.window()
    type_text(editor, "texte")
    QTest.keyClick(editor, Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is host.after
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is host.after
    assert editor.rich().plain() == "texte"


def test_list_buttons_toggle_and_indent_outdent_change_levels(editor):
    type_text(editor, "a\nb")
    editor.selectAll()
    editor.action("numbers").trigger()
    assert [b.list_item.kind for b in editor.rich().blocks] == [NUMBER, NUMBER]
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.action("indent").trigger()
    assert editor.rich().blocks[1].list_item.level == 1
    editor.action("outdent").trigger()
    assert editor.rich().blocks[1].list_item.level == 0
    editor.action("numbers").trigger()
    assert editor.rich().blocks[1].list_item is None


def test_undo_and_both_redo_shortcuts_cover_formatting_and_lists(editor):
    type_text(editor, "x")
    QTest.keyClick(editor, Qt.Key.Key_A, CTRL)
    QTest.keyClick(editor, Qt.Key.Key_B, CTRL)
    editor.action("bullets").trigger()
    assert editor.rich().blocks[0].list_item is not None
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.rich().blocks[0].list_item is None and marks(editor) == [("x", frozenset({BOLD}))]
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert marks(editor) == [("x", frozenset())]
    QTest.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert marks(editor) == [("x", frozenset({BOLD}))]
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.rich().blocks[0].list_item is not None


def test_pasting_html_keeps_emphasis_and_lists_and_drops_fonts_and_colours(editor):
    mime = QMimeData()
    mime.setHtml(
        "<p><span style='font-family:Arial;color:red;font-size:24pt'><b>Gras</b> et <i>italique</i></span></p>"
        "<ul><li>un</li><li>deux</li></ul>"
    )
    editor.insertFromMimeData(mime)
    blocks = editor.rich().blocks
    assert blocks[0].spans == (Span("Gras", frozenset({BOLD})), Span(" et "), Span("italique", frozenset({ITALIC})))
    assert [(b.text, b.list_item.kind) for b in blocks[1:]] == [("un", BULLET), ("deux", BULLET)]
    fragment_formats = {editor.document().findBlockByNumber(0).begin().fragment().charFormat().foreground().color().name()}
    assert "#ff0000" not in fragment_formats
    editor.undo()
    assert editor.rich().plain() == ""


def test_ctrl_shift_v_pastes_plain_text(editor):
    mime = QMimeData()
    mime.setHtml("<b>gras</b>")
    mime.setText("gras")
    QApplication.clipboard().setMimeData(mime)
    QTest.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert marks(editor) == [("gras", frozenset())]


def test_pasting_an_image_makes_a_figure_at_the_text_width_with_a_caption(editor):
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    editor.insertFromMimeData(mime)
    type_text(editor, "Figure 1 : schéma")
    (figure,) = editor.rich().figures()
    assert figure.mime == "image/png"
    assert figure.width_pt == pytest.approx(453.6) and figure.height_pt == pytest.approx(226.8, abs=0.01)
    assert figure.caption_text == "Figure 1 : schéma"
    # Enter after the caption starts a plain paragraph, not a second caption.
    type_text(editor, "\nsuite")
    assert editor.rich().blocks[-1] == Para((Span("suite"),))


def test_the_width_field_resizes_the_figure_keeping_its_ratio(editor):
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    mime = QMimeData()
    mime.setImageData(image)
    editor.insertFromMimeData(mime)
    box = editor.width_box
    assert box.isEnabled()
    box.setValue(8.0)
    box.editingFinished.emit()
    (figure,) = editor.rich().figures()
    assert figure.width_pt == pytest.approx(8 / 2.54 * 72, abs=0.05)
    assert figure.height_pt == pytest.approx(figure.width_pt / 2, abs=0.05)
    editor.undo()
    assert editor.rich().figures()[0].width_pt == pytest.approx(453.6)


def test_dropping_png_and_svg_files_makes_figures(editor, tmp_path):
    image = QImage(100, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    png = tmp_path / "gantt.png"
    image.save(str(png))
    svg = tmp_path / "schema.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40"/></svg>')
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png)), QUrl.fromLocalFile(str(svg))])
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    figures = editor.rich().figures()
    assert [f.name for f in figures] == ["gantt.png", "schema.png"]
    assert figures[1].height_pt == pytest.approx(453.6, abs=0.5)


def test_a_field_without_figures_refuses_an_image_and_says_so(make_editor):
    editor = make_editor(figures=False, tables=False)
    assert editor.action("figure") is None and editor.action("table") is None
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    mime = QMimeData()
    mime.setImageData(image)
    editor.insertFromMimeData(mime)
    assert editor.rich().figures() == []
    assert "figure" in editor.last_notice


def test_inserting_a_table_then_rows_and_columns_then_removing(editor):
    type_text(editor, "avant")
    editor.action("table").trigger()
    type_text(editor, "Lot")
    (table,) = editor.rich().tables()
    assert (len(table.rows), table.columns, table.header_rows) == (3, 3, 1)
    assert table.rows[0][0].text == "Lot"
    editor.action("row_below").trigger()
    editor.action("column_right").trigger()
    (table,) = editor.rich().tables()
    assert (len(table.rows), table.columns) == (4, 4)
    editor.action("remove_row").trigger()
    editor.action("remove_column").trigger()
    (table,) = editor.rich().tables()
    assert (len(table.rows), table.columns) == (3, 3)
    editor.action("remove_table").trigger()
    assert editor.rich().tables() == []
    assert editor.rich().plain().startswith("avant")


def test_the_context_menu_holds_the_formatting_actions(editor):
    type_text(editor, "mot")
    menu = editor.build_context_menu(editor.cursorRect().center())
    texts = [a.text() for a in menu.actions()]
    for name in ("bold", "italic", "underline", "superscript", "subscript", "bullets", "numbers", "figure", "table"):
        assert editor.action(name).text() in texts
    menu.deleteLater()


def test_toolbar_buttons_have_accessible_names_and_help_lists_the_shortcuts(editor):
    bar = editor.window().frame.toolbar
    buttons = [b for b in bar.findChildren(QToolButton) if b.isVisible() and b.objectName().startswith("button_")]
    assert len(buttons) >= 11
    assert all(b.accessibleName() for b in buttons)
    keys = [k for k, _ in shortcut_rows()]
    for key in ("Ctrl+B", "Ctrl+I", "Ctrl+U", "Ctrl+Z", "Ctrl+Maj+V"):
        assert key in keys


def test_help_menu_shows_the_shortcuts(window):
    window.act_shortcuts.trigger()
    assert "Ctrl+B" in window.message_box.text()
    window.message_box.close()


def test_shift_f10_opens_the_context_menu_from_the_keyboard(editor, qtbot):
    from PySide6.QtWidgets import QMenu

    type_text(editor, "mot")
    QTest.keyClick(editor, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in editor.findChildren(QMenu, "editor_menu")))
    menu = next(m for m in editor.findChildren(QMenu, "editor_menu") if m.isVisible())
    assert editor.action("bold") in menu.actions()
    menu.close()


def test_pasting_html_with_an_unreadable_image_says_so(editor):
    mime = QMimeData()
    mime.setHtml('<p>texte <img src="https://example.org/schema.png"></p>')
    editor.insertFromMimeData(mime)
    assert editor.rich().plain().startswith("texte")
    assert "image" in editor.last_notice


def test_copying_a_figure_and_a_list_into_another_field_keeps_them(make_editor):
    source = make_editor()
    target = make_editor()
    type_text(source, "- point\n")
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("purple"))
    mime = QMimeData()
    mime.setImageData(image)
    source.insertFromMimeData(mime)
    type_text(source, "légende")
    source.selectAll()
    copied = source.createMimeDataFromSelection()
    target.insertFromMimeData(copied)
    assert [type(b).__name__ for b in target.rich().blocks] == [type(b).__name__ for b in source.rich().blocks]
    assert target.rich().figures()[0].data == source.rich().figures()[0].data
    assert target.rich().figures()[0].caption_text == "légende"
    assert target.rich().blocks[0].list_item.kind == BULLET


def test_ctrl_c_ctrl_v_between_fields_goes_through_the_clipboard(make_editor):
    import gc

    source = make_editor()
    target = make_editor()
    QTest.keyClick(source, Qt.Key.Key_B, CTRL)
    type_text(source, "gras")
    QTest.keyClick(source, Qt.Key.Key_A, CTRL)
    QTest.keyClick(source, Qt.Key.Key_C, CTRL)
    gc.collect()
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_V, CTRL)
    assert marks(target) == [("gras", frozenset({BOLD}))]


def test_the_insert_figure_button_asks_for_a_file_and_inserts_it(editor, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    image = QImage(300, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("gray"))
    path = tmp_path / "pipeline.jpg"
    image.save(str(path), "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    editor.window().findChild(QToolButton, "button_figure").click()
    (figure,) = editor.rich().figures()
    assert figure.mime == "image/jpeg" and figure.name == "pipeline.jpg"
    assert figure.height_pt == pytest.approx(226.8, abs=0.01)


def test_an_svg_that_cannot_be_drawn_is_refused_with_a_clear_message(editor, tmp_path, monkeypatch):
    from iasante_desktop.gui import richdoc

    def no_qtsvg(_data):
        raise richdoc.ImageRefused("svg")

    monkeypatch.setattr(richdoc, "rasterize_svg", no_qtsvg)
    svg = tmp_path / "schema.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(svg))])
    editor.insertFromMimeData(mime)
    assert editor.rich().figures() == []
    assert "SVG" in editor.last_notice and "PNG" in editor.last_notice


def test_a_hostile_image_is_refused_and_the_text_kept(editor, tmp_path):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    huge = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")
    path = tmp_path / "huge.png"
    path.write_bytes(huge)
    type_text(editor, "texte")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    editor.insertFromMimeData(mime)
    assert editor.rich().figures() == [] and editor.rich().plain() == "texte"
    assert "huge.png" in editor.last_notice


def test_tab_in_a_table_goes_from_cell_to_cell_and_adds_a_row_after_the_last(editor):
    editor.insert_table(2, 2)
    for text in ("a", "b", "c", "d", "e"):
        type_text(editor, text)
        press(editor, Qt.Key.Key_Tab)
    (table,) = editor.rich().tables()
    assert [[c.text for c in row] for row in table.rows] == [["a", "b"], ["c", "d"], ["e", ""]]
    press(editor, Qt.Key.Key_Backtab, SHIFT)  # back to "e", selected: typing replaces it
    type_text(editor, "f")
    assert editor.rich().tables()[0].rows[2][0].text == "f"


def test_dragging_a_figures_corner_resizes_it(editor, qtbot):
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    mime = QMimeData()
    mime.setImageData(image)
    editor.window().resize(900, 700)
    editor.insertFromMimeData(mime)
    editor.set_figure_width_cm(8)
    qtbot.wait(10)
    position = editor.rich().figures() and editor.document().find("\ufffc").selectionStart()
    cursor = editor.textCursor()
    cursor.setPosition(position)
    found = editor._figure_rect_at(editor.cursorRect(cursor).center() - QPoint(0, 10))
    assert found is not None
    _pos, rect = found
    corner = rect.bottomRight()
    viewport = editor.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    QTest.mouseMove(viewport, corner - QPoint(rect.width() // 2, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner - QPoint(rect.width() // 2, 0))
    (figure,) = editor.rich().figures()
    assert figure.width_pt == pytest.approx(8 / 2.54 * 72 / 2, abs=1.5)
    assert figure.height_pt == pytest.approx(figure.width_pt / 2, abs=0.1)
