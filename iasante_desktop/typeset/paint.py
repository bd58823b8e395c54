"""Painting laid-out units: lines of runs in their fonts, bullets and numbers, pictures, table rows.

Nothing is re-wrapped here: every line drawn is a line typeset.flow placed. Units are 1/100 pt (one twip
is 5 units); `top` is the top of a line, its baseline one body ascent below.
"""

from __future__ import annotations

import math
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageReader, QPainter, QPen

from iasante_desktop.core.callspec import Typography
from iasante_desktop.core.richtext import (
    BOLD,
    ITALIC,
    LINE_BREAK,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    Figure,
)
from iasante_desktop.typeset.flow import CELL_PADDING_TWIPS, ParaUnit, Unit
from iasante_desktop.typeset.fonts import SUB_DROP_EM, SUPER_RISE_EM, UNITS_PER_POINT, UNITS_PER_TWIP, body_font
from iasante_desktop.typeset.linebreak import chunk_widths
from iasante_desktop.typeset.lines import draw_line, line_width

BORDER_COLOR = QColor(0, 0, 0)
SHADE_COLOR = QColor(230, 230, 230)
BORDER_PT = 0.5
IMAGE_DPI = 300  # pictures are resampled to this at their printed size, never up
_TRAILING = " \t" + LINE_BREAK


class Painter:
    """Fonts and pictures for one document: the fonts without ligatures (text extracts as typed)."""

    def __init__(self, painter: QPainter, ty: Typography):
        self.painter = painter
        self.ty = ty
        self._fonts: dict[tuple[bool, bool, bool, bool], QFont] = {}
        self._images: dict[str, QImage | None] = {}
        body = self.font(False, False, False, False)
        self.ascent = QFontMetricsF(body).ascent()
        self.size = ty.font_size_pt * UNITS_PER_POINT

    def font(self, bold: bool, italic: bool, script: bool, underline: bool) -> QFont:
        key = (bold, italic, script, underline)
        font = self._fonts.get(key)
        if font is None:
            font = body_font(self.ty, bold, italic, ligatures=False, script=script, underline=underline)
            self._fonts[key] = font
        return font

    # ---- text ------------------------------------------------------------------------------------------

    def _pieces(self, unit: ParaUnit, start: int, length: int) -> list[tuple[str, frozenset[str]]]:
        """The line's text cut where its marks change, trailing spaces and break dropped."""
        end = start + length
        text = unit.para.text
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        out = []
        pos = 0
        for span in unit.para.spans:
            lo, hi = max(pos, start), min(pos + len(span.text), end)
            if lo < hi:
                out.append((text[lo:hi], span.marks))
            pos += len(span.text)
        return out

    def _piece_font(self, marks: frozenset[str], bold: bool) -> QFont:
        script = SUPERSCRIPT in marks or SUBSCRIPT in marks
        return self.font(bold or BOLD in marks, ITALIC in marks, script, UNDERLINE in marks)

    def line(self, unit: ParaUnit, line_no: int, x: float, top: float, width: float, align: str) -> None:
        """One line of a paragraph: its label on the first line, then its runs from the indent."""
        start, length = unit.lines[line_no]
        indent = unit.indent * UNITS_PER_TWIP
        if line_no == 0 and unit.label:
            draw_line(self.painter, unit.label, self.font(unit.bold, False, False, False), x + unit.label_x * 5, top)
        pieces = [(text, marks, self._piece_font(marks, unit.bold)) for text, marks in self._pieces(unit, start, length)]
        stretch = 0.0  # extra width given to each space of a justified line
        if align == "justify" and pieces:
            text = unit.text
            last_line = line_no == len(unit.lines) - 1 or text[start + length - 1 : start + length] == LINE_BREAK
            if not last_line:
                # Cut at spaces so that each word is placed on its own, the spaces widened between them.
                pieces = [
                    (word, marks, font)
                    for piece, marks, font in pieces
                    for word in _words_and_spaces(piece)
                ]
                spaces = sum(piece.count(" ") for piece, _, _ in pieces)
                used = sum(chunk_widths(piece, font)[1] for piece, _, font in pieces[:-1])
                used += line_width(pieces[-1][0], pieces[-1][2])
                if spaces:
                    stretch = max(0.0, (width - indent - used) / spaces)
        widths = [chunk_widths(text, font)[1] for text, _, font in pieces]
        if align in ("center", "right") and pieces:
            last_text, _, last_font = pieces[-1]
            used = sum(widths[:-1]) + line_width(last_text, last_font)
            room = width - indent - used
            x += room if align == "right" else room / 2
        px = x + indent
        for (text, marks, font), advance in zip(pieces, widths):
            shift = 0.0
            if SUPERSCRIPT in marks:
                shift = -SUPER_RISE_EM * self.size
            elif SUBSCRIPT in marks:
                shift = SUB_DROP_EM * self.size
            if font.pixelSize() != round(self.size):
                shift += self.ascent - QFontMetricsF(font).ascent()
            if text.strip():
                draw_line(self.painter, text, font, px, top + shift)
            px += advance + stretch * text.count(" ")

    # ---- pictures --------------------------------------------------------------------------------------

    def image(self, figure: Figure) -> tuple[QImage, bool] | None:
        """The picture decoded and resampled (see prepared_image), and whether to keep it lossless."""
        key = f"{figure.sha256}:{figure.width_pt}:{figure.height_pt}"
        if key not in self._images:
            image = prepared_image(figure)
            self._images[key] = None if image is None else (image, figure.mime != "image/jpeg" and not _is_photo(image))
        return self._images[key]

    def figure(self, figure: Figure, x: float, top: float) -> None:
        w = figure.width_pt * UNITS_PER_POINT
        h = figure.height_pt * UNITS_PER_POINT
        rect = QRectF(x, top, w, h)
        prepared = self.image(figure)
        if prepared is None:  # undecodable: a framed placeholder of the same size, so the page is the same
            pen = QPen(BORDER_COLOR)
            pen.setWidthF(BORDER_PT * UNITS_PER_POINT)
            self.painter.setPen(pen)
            self.painter.drawRect(rect)
            return
        image, lossless = prepared
        # Qt's PDF writer stores a picture as JPEG unless told otherwise: line art and transparency stay
        # lossless (Flate), photos are JPEG.
        self.painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, lossless)
        self.painter.drawImage(rect, image)
        self.painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, False)

    # ---- tables ----------------------------------------------------------------------------------------

    def row(self, unit: Unit, lines: list[int], tops: list[float], left: float, top: float, pitch: float) -> None:
        """The part of a row on one page: its text lines `lines` (at `tops`), cells framed from `top`."""
        last = lines[-1]
        bottom = tops[-1] + pitch + (0 if last < unit.lines_in_row - 1 else 0)
        pen = QPen(BORDER_COLOR)
        pen.setWidthF(BORDER_PT * UNITS_PER_POINT)
        for cell in unit.cells:
            x = left + cell.x * UNITS_PER_TWIP
            width = cell.width * UNITS_PER_TWIP
            rect = QRectF(x, top, width, bottom - top)
            if unit.shaded:
                self.painter.fillRect(rect, SHADE_COLOR)
            self.painter.setPen(pen)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(rect)
            padding = CELL_PADDING_TWIPS * UNITS_PER_TWIP
            inner = width - 2 * padding
            for para, first in cell.paras:
                for k in range(len(para.lines)):
                    if first + k in lines:
                        y = tops[lines.index(first + k)]
                        self.line(para, k, x + padding, y, inner, para.para.align)


def _words_and_spaces(text: str) -> list[str]:
    """"a b  c" -> ["a", " ", "b", "  ", "c"]: words and runs of spaces, in order."""
    out: list[str] = []
    for char in text:
        if out and (char == " ") == (out[-1][0] == " "):
            out[-1] += char
        else:
            out.append(char)
    return out


def prepared_image(figure: Figure) -> QImage | None:
    """The picture decoded with Qt and resampled to IMAGE_DPI at its printed size (never enlarged): a
    4000-pixel photo printed 16 cm wide is stored at 1 890 pixels, about 600 KB as JPEG. A JPEG is decoded
    directly at a reduced scale (libjpeg's), which is most of the time a photo costs."""
    target = QSize(
        max(1, math.ceil(figure.width_pt / 72 * IMAGE_DPI)), max(1, math.ceil(figure.height_pt / 72 * IMAGE_DPI))
    )
    data = QByteArray(figure.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and (size.width() > target.width() or size.height() > target.height()):
        reader.setScaledSize(target)
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    if image.width() > target.width() or image.height() > target.height():
        image = image.scaled(target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def _is_photo(image: QImage) -> bool:
    """Many distinct colours on a sample grid: a photo, better as JPEG; few: line art, kept lossless."""
    colours = set()
    step_x = max(1, image.width() // 24)
    step_y = max(1, image.height() // 24)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
            if len(colours) > 256:
                return True
    return False
