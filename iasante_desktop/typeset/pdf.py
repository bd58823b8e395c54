"""The dossier as the committee reads it: an A4 PDF painted line by line from the engine's own layout.

Painting units: the writer runs at 7 200 dpi, so one device unit is 1/100 pt, the unit the engine lays text
out in (one twip = 5 units). Every line drawn is a line the engine counted; nothing is re-wrapped here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.typeset.dossier_flow import dossier_items
from iasante_desktop.typeset.engine import LayoutEngine
from iasante_desktop.typeset.flow import LaidOut, Paragraph, Row, lay_out
from iasante_desktop.typeset.fonts import UNITS_PER_POINT, UNITS_PER_TWIP, body_font
from iasante_desktop.typeset.lines import draw_line, line_width

RESOLUTION = 72 * UNITS_PER_POINT  # dpi: one device unit = 1/100 pt
_FOOTER_PT = 9
_BORDER = QColor(0, 0, 0)
_SHADE = QColor(230, 230, 230)


class PdfRenderError(RuntimeError):
    """The PDF could not be written; the message says why in French, then English."""


def render_dossier_pdf(
    dossier: Dossier,
    call: CallSpec,
    path: str | Path,
    lang: str = "fr",
    author: str = "",
    engine: LayoutEngine | None = None,
) -> list[tuple[str, int]]:
    """Write the dossier to `path`; the bookmarks: (section title, 0-based page index)."""
    engine = engine or LayoutEngine(call)
    laid = lay_out(dossier_items(dossier, call, engine, lang), engine)
    path = Path(path)
    if not path.parent.is_dir():
        raise PdfRenderError(
            f"Le dossier de destination n'existe pas : {path.parent}. The destination folder does not exist."
        )
    ty = call.typography
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    size = QPageSize(QSizeF(ty.page_width_twips / 20, ty.page_height_twips / 20), QPageSize.Unit.Point, "A4")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    acronym = dossier.acronym.strip() or "?"
    writer.setTitle(f"{acronym} \u2014 {call.name.get(lang)}")
    writer.setCreator("iasante-desktop")
    if author:
        writer.setAuthor(author)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfRenderError(f"Impossible d'écrire le PDF : {path}. Cannot write the PDF: {path}.")
    try:
        _paint(painter, writer, laid, call)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise PdfRenderError(f"Impossible d'écrire le PDF : {path}. Cannot write the PDF: {path}.")
    _map_space_glyph_to_space(path)
    return laid.bookmarks


def _map_space_glyph_to_space(path: Path) -> None:
    """Make the space glyph extract as a space, not a tab.

    Carlito maps U+0009 and U+0020 to one glyph and Qt's ToUnicode map names the first code point, so every
    space would be copied out of the PDF as a tab. Qt writes the ToUnicode CMaps uncompressed; the fix is a
    same-length edit inside them, which leaves every offset of the file valid.
    """
    data = bytearray(path.read_bytes())
    start = 0
    changed = False
    while True:
        begin = data.find(b"begincmap", start)
        if begin < 0:
            break
        end = data.find(b"endcmap", begin)
        if end < 0:
            break
        block = bytes(data[begin:end])
        fixed = block.replace(b"<0009>", b"<0020>")
        if fixed != block:
            data[begin:end] = fixed
            changed = True
        start = end
    if changed:
        temp = path.with_name(path.name + ".tmp")
        temp.write_bytes(bytes(data))
        temp.replace(path)


def _paint(painter: QPainter, writer: QPdfWriter, laid: LaidOut, call: CallSpec) -> None:
    ty = call.typography
    fonts = {
        (bold, italic): body_font(ty, bold=bold, italic=italic, ligatures=False)
        for bold in (False, True)
        for italic in (False, True)
    }
    left = ty.margin_twips * UNITS_PER_TWIP
    top = ty.margin_twips * UNITS_PER_TWIP
    width = ty.text_width_twips * UNITS_PER_TWIP
    pitch = laid.line_height * UNITS_PER_TWIP
    # Draw page by page, in order: collect each page's work first.
    pages: list[list[tuple[int, int]]] = [[] for _ in range(laid.flow.pages)]
    for index, places in enumerate(laid.flow.places):
        for line_no, place in enumerate(places):
            pages[place.page].append((index, line_no))
    for page_no, work in enumerate(pages):
        if page_no:
            writer.newPage()
        for index, line_no in work:
            item = laid.items[index]
            place = laid.flow.places[index][line_no]
            y = top + place.top * UNITS_PER_TWIP
            if isinstance(item, Paragraph):
                start, length = laid.spans[index][0][line_no]
                font = fonts[item.bold, item.italic]
                _draw_aligned(painter, item.text[start : start + length], font, left, y, width, item.align)
            elif line_no == 0:  # a row is never split: paint it whole from its first line
                _paint_row(painter, item, laid.spans[index], fonts, left, y, pitch)
        _paint_footer(painter, ty, page_no, len(pages))


def _draw_aligned(painter: QPainter, text: str, font: QFont, x: float, y: float, width: float, align: str) -> None:
    if align != "left":
        used = line_width(text, font)
        x += (width - used) if align == "right" else (width - used) / 2
    draw_line(painter, text, font, x, y)


def _paint_row(painter, row: Row, cell_spans, fonts, left: float, y: float, pitch: float) -> None:
    lines = max(len(c) for c in cell_spans)
    height = lines * pitch
    x = left
    pen = QPen(_BORDER)
    pen.setWidthF(0.5 * UNITS_PER_POINT)
    for cell, spans, width_twips in zip(row.cells, cell_spans, row.widths):
        width = width_twips * UNITS_PER_TWIP
        rect = QRectF(x, y, width, height)
        if row.shaded:
            painter.fillRect(rect, _SHADE)
        painter.setPen(pen)
        painter.drawRect(rect)
        padding = row.padding * UNITS_PER_TWIP
        for k, (start, length) in enumerate(spans):
            _draw_aligned(
                painter,
                cell.text[start : start + length],
                fonts[cell.bold, False],
                x + padding,
                y + k * pitch,
                width - 2 * padding,
                cell.align,
            )
        x += width


def _paint_footer(painter: QPainter, ty, page_no: int, count: int) -> None:
    font = body_font(ty, ligatures=False)
    font.setPixelSize(_FOOTER_PT * UNITS_PER_POINT)
    text = f"{page_no + 1} / {count}"
    width = ty.page_width_twips * UNITS_PER_TWIP
    y = (ty.page_height_twips - ty.margin_twips // 2) * UNITS_PER_TWIP
    _draw_aligned(painter, text, font, 0, y, width, "center")
