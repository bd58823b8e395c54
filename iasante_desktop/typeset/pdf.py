"""The dossier as the committee reads it: an A4 PDF painted line by line from the engine's own layout.

It renders core.document.build_document() and nothing else (the Word writer renders the same tree), laid out
by typeset.flow. Painting units: the writer runs at 7 200 dpi, so one device unit is 1/100 pt, the unit the
engine lays text out in (one twip = 5 units). Every line drawn is a line the engine counted; nothing is
re-wrapped here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from iasante_desktop.core.callspec import CallSpec, Typography
from iasante_desktop.core.document import build_document, paragraph_style
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.typeset.engine import LayoutEngine
from iasante_desktop.typeset.flow import LaidOut, repeated_header, row_line_tops
from iasante_desktop.typeset.fonts import UNITS_PER_POINT, UNITS_PER_TWIP, body_font
from iasante_desktop.typeset.lines import draw_line, line_width
from iasante_desktop.typeset.paint import Painter

RESOLUTION = 72 * UNITS_PER_POINT  # dpi: one device unit = 1/100 pt
_FOOTER_PT = 9
_WATERMARK_PT = 40
_WATERMARK_COLOR = QColor(200, 30, 30, 70)


class PdfRenderError(RuntimeError):
    """The PDF could not be written; the message says why in French, then English."""


def render_dossier_pdf(
    dossier: Dossier,
    call: CallSpec,
    path: str | Path,
    lang: str = "fr",
    author: str = "",
    engine: LayoutEngine | None = None,
    watermark: str | None = None,
) -> list[tuple[str, int]]:
    """Write the dossier to `path`; the bookmarks: (section title, 0-based page index).

    `watermark` (e.g. "Brouillon — non conforme") is written across every page and in its header: a preview
    that cannot be mistaken for the submission."""
    engine = engine or LayoutEngine(call)
    laid = engine.lay_out(build_document(dossier, call, lang).blocks)
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
        _paint(painter, writer, laid, call.typography, watermark)
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



def _paint(painter: QPainter, writer: QPdfWriter, laid: LaidOut, ty: Typography, watermark: str | None) -> None:
    paint = Painter(painter, ty)
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
            unit = laid.units[index]
            y = top + laid.flow.places[index][line_no].top * UNITS_PER_TWIP
            if unit.kind == "row":
                if line_no == 0 or laid.flow.places[index][line_no - 1].page != page_no:
                    places = laid.flow.places[index]
                    tops = row_line_tops(unit, places)
                    lines = [k for k, place in enumerate(places) if place.page == page_no]
                    for header, header_top in repeated_header(unit, places, lines[0]):
                        header_lines = list(range(header.lines_in_row))
                        header_tops = [
                            top + (header_top + header.content_top) * UNITS_PER_TWIP + k * pitch for k in header_lines
                        ]
                        paint.row(header, header_lines, header_tops, left, top + header_top * UNITS_PER_TWIP, pitch)
                    paint.row(unit, lines, [top + tops[k].top * UNITS_PER_TWIP for k in lines], left, y, pitch)
                continue
            if unit.kind == "para":
                align = unit.para.para.align
                if align == "left":
                    align = paragraph_style(unit.source.style, ty).align
                paint.line(unit.para, line_no, left, y, width, align)
            elif unit.kind == "figure":
                paint.figure(unit.figure, left, y)
        _paint_footer(painter, ty, page_no, len(pages))
        if watermark:
            _paint_watermark(painter, ty, watermark)


def _paint_footer(painter: QPainter, ty: Typography, page_no: int, count: int) -> None:
    font = body_font(ty, ligatures=False)
    font.setPixelSize(_FOOTER_PT * UNITS_PER_POINT)
    text = f"{page_no + 1} / {count}"
    width = ty.page_width_twips * UNITS_PER_TWIP
    y = (ty.page_height_twips - ty.margin_twips // 2) * UNITS_PER_TWIP
    used = line_width(text, font)
    draw_line(painter, text, font, (width - used) / 2, y)


def _paint_watermark(painter: QPainter, ty: Typography, text: str) -> None:
    """The text in the header, and large and light across the page."""
    header = body_font(ty, bold=True, ligatures=False)
    header.setPixelSize(_FOOTER_PT * UNITS_PER_POINT)
    page_w = ty.page_width_twips * UNITS_PER_TWIP
    page_h = ty.page_height_twips * UNITS_PER_TWIP
    painter.save()
    painter.setPen(QColor(200, 30, 30))
    used = line_width(text, header)
    draw_line(painter, text, header, (page_w - used) / 2, ty.margin_twips * UNITS_PER_TWIP // 3)
    big = body_font(ty, bold=True, ligatures=False)
    big.setPixelSize(_WATERMARK_PT * UNITS_PER_POINT)
    painter.setPen(_WATERMARK_COLOR)
    painter.setFont(big)
    painter.translate(page_w / 2, page_h / 2)
    painter.rotate(-55)
    metrics = QFontMetricsF(big)
    painter.drawText(QPointF(-metrics.horizontalAdvance(text) / 2, metrics.ascent() / 2), text)
    painter.restore()
