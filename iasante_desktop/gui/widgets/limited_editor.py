"""A plain-text editor in the dossier's font and text width, marking what lies past a limit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from iasante_desktop.core.callspec import Typography
from iasante_desktop.gui.style import overflow_background
from iasante_desktop.gui.textedit import range_selection

TWIPS_PER_POINT = 20


def screen_font(typography: Typography) -> QFont:
    """Carlito (the shipped Calibri twin) at the dossier's point size, unkerned like the word processor."""
    from iasante_desktop.typeset.fonts import body_font

    font = QFont(body_font(typography))
    font.setPointSizeF(typography.font_size_pt)
    return font


class LimitedEditor(QPlainTextEdit):
    """Wraps at the dossier's text width (as close as screen fonts allow; the gauge never relies on it) and
    highlights the ranges it is given as overflowing."""

    def __init__(self, typography: Typography, width_twips: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFont(screen_font(typography))
        self.setTabChangesFocus(True)  # Tab leaves the field: keyboard-only users must be able to move on
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._width_twips = width_twips or typography.text_width_twips
        self._fit_width()
        self.overflow_start: int | None = None

    def _fit_width(self) -> None:
        points = self._width_twips / TWIPS_PER_POINT
        text_px = points * self.logicalDpiX() / 72.0
        chrome = 2 * self.frameWidth() + 2 * self.document().documentMargin()
        chrome += self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(round(text_px + chrome))

    def mark_overflow(self, start: int | None) -> None:
        """Highlight from `start` (an offset in the dossier text) to the end; None clears the marks."""
        self.overflow_start = start
        if start is None:
            self._set_marks([], None)
            return
        fmt = QTextCharFormat()
        fmt.setBackground(overflow_background(self.palette()))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(overflow_background(self.palette()).toRgb())
        self._set_marks([(start, self.document().characterCount() - 1)], fmt)

    def mark_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Highlight several [start, end) ranges (the description's text past the last page)."""
        self.overflow_start = ranges[0][0] if ranges else None
        fmt = QTextCharFormat()
        fmt.setBackground(overflow_background(self.palette()))
        self._set_marks(ranges, fmt)

    def _set_marks(self, ranges: list[tuple[int, int]], fmt: QTextCharFormat | None) -> None:
        # Marks are re-asked for after every keystroke and rarely change; setting them repaints the editor.
        # Existing marks follow the edits (their cursors move with the text), so compare where they are now.
        length = self.document().characterCount() - 1
        wanted = [(max(0, min(s, length)), max(0, min(e, length))) for s, e in ranges]
        current = self.extraSelections()
        if wanted == [(sel.cursor.selectionStart(), sel.cursor.selectionEnd()) for sel in current] and (
            not current or current[0].format == fmt
        ):
            return
        self.setExtraSelections([range_selection(self, s, e, fmt) for s, e in wanted])
