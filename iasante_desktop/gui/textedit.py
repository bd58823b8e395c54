"""The bridge between a QPlainTextEdit and the dossier's text conventions.

QPlainTextEdit.toPlainText() turns U+2028 line breaks into "\\n" and non-breaking spaces into spaces, which
would lose Shift+Enter breaks and French typography (« guillemets » with NBSP). The raw text keeps both; only
the block separator (U+2029) has to become the dossier's paragraph separator "\\n".
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

PARAGRAPH_SEPARATOR = "\u2029"


def editor_text(editor: QPlainTextEdit) -> str:
    """The editor's text in the dossier's convention: "\\n" between paragraphs, U+2028 and NBSP kept."""
    return editor.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def set_editor_text(editor: QPlainTextEdit, text: str) -> None:
    """Replace the text (a load, not an edit): signals blocked so the page does not echo an edit back."""
    blocked = editor.blockSignals(True)
    try:
        editor.setPlainText(text)
    finally:
        editor.blockSignals(blocked)


def range_selection(editor: QPlainTextEdit, start: int, end: int, fmt) -> QTextEdit.ExtraSelection:
    """An extra selection over [start, end) of the editor's text, offsets as in editor_text()."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    length = editor.document().characterCount() - 1
    cursor.setPosition(max(0, min(start, length)))
    cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = fmt
    return selection
