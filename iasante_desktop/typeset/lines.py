"""One paragraph broken into lines, and the same lines drawn: the counter and the PDF share this module.

A paragraph is a text without "\\n"; U+2028 (LINE SEPARATOR) ends a line inside it, like Word's <w:br/>.
Offsets are character offsets into the paragraph; a line's length includes its trailing spaces and the
U+2028 that ends it, so the lines tile the paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

from iasante_desktop.core.richtext import LINE_BREAK
from iasante_desktop.typeset.linebreak import Runs, fill_lines

Span = tuple[int, int]


def _segment_runs(runs: Runs, start: int, end: int) -> Runs:
    """The runs of paragraph[start:end], offsets from `start`."""
    out = []
    for run_end, font in runs:
        if run_end <= start:
            continue
        out.append((min(run_end, end) - start, font))
        if run_end >= end:
            break
    return tuple(out) or ((end - start, runs[-1][1]),)


def paragraph_lines(paragraph: str, font: QFont | Runs, width: float) -> list[Span]:
    """(start, length) of each line of `paragraph` laid out `width` units wide; an empty paragraph is one line.
    `font` is one font or the paragraph's runs, (end offset, font) each."""
    spans: list[Span] = []
    offset = 0
    segments = paragraph.split(LINE_BREAK)
    for i, segment in enumerate(segments):
        forced = 1 if i < len(segments) - 1 else 0
        fonts = font if isinstance(font, QFont) or len(segments) == 1 else _segment_runs(font, offset, offset + len(segment))
        lines = fill_lines(segment, fonts, width)
        for j, (start, length) in enumerate(lines):
            # The separator belongs to the last line of its segment.
            extra = forced if j == len(lines) - 1 else 0
            spans.append((offset + start, length + extra))
        offset += len(segment) + 1
    return spans


_DRAW_OPTION = QTextOption()
_DRAW_OPTION.setUseDesignMetrics(True)
_DRAW_OPTION.setWrapMode(QTextOption.WrapMode.NoWrap)


def _single_line(text: str, font: QFont) -> QTextLayout | None:
    visible = text.rstrip(" \t" + LINE_BREAK)
    if not visible:
        return None
    layout = QTextLayout(visible, font)
    layout.setTextOption(_DRAW_OPTION)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1.0e9)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def line_width(text: str, font: QFont) -> float:
    """Width of one laid-out line as drawn, without its trailing spaces (to centre or right-align it)."""
    layout = _single_line(text, font)
    return 0.0 if layout is None else layout.lineAt(0).naturalTextWidth()


def draw_line(painter: QPainter, text: str, font: QFont, x: float, top: float) -> None:
    """Draw one laid-out line's text with its top-left at (x, top).

    The line's characters were chosen by paragraph_lines(); this only paints them, so the PDF holds
    exactly the lines that were counted. Trailing spaces and the line separator are not drawn.
    """
    layout = _single_line(text, font)
    if layout is not None:
        layout.draw(painter, QPointF(x, top))
