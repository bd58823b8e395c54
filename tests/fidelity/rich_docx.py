"""Rich texts written to .docx with python-docx directly, independently of the app's Word writer.

What LibreOffice is given is built here from Word's own structures: a numbering part whose indents come from
core.document.LIST_LEVELS (one w:num per list, so each list restarts), inline pictures with an explicit EMU
extent, tables with explicit grid widths, fixed layout, 108-twip cell margins, 0.5 pt borders, rows that
cannot split and header rows repeated on each page (w:tblHeader). The oracle is LibreOffice's layout of this file, not anything the app computes.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from iasante_desktop.core.document import LIST_LEVELS
from iasante_desktop.core.richtext import (
    BOLD,
    ITALIC,
    LINE_BREAK,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    BULLET,
    Figure,
    Para,
    RichText,
    Table,
)

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def base_document(ty) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width = Twips(ty.page_width_twips)
    section.page_height = Twips(ty.page_height_twips)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(ty.margin_twips))
    normal = doc.styles["Normal"]
    normal.font.name = ty.font_family
    normal.font.size = Pt(ty.font_size_pt)
    fmt = normal.paragraph_format
    fmt.space_before = Twips(0)
    fmt.space_after = Twips(0)
    fmt.line_spacing = 1.0
    fmt.widow_control = True
    return doc


class Numbering:
    """One abstract numbering per kind, one w:num per list with a start override (a new list restarts at 1)."""

    def __init__(self, doc: Document, font: str):
        self.element = doc.part.numbering_part.element
        self.font = font
        self._abstract: dict[str, int] = {}
        self._nums: dict[object, int] = {}

    def _abstract_id(self, kind: str) -> int:
        if kind in self._abstract:
            return self._abstract[kind]
        abstract_id = 100 + len(self._abstract)
        levels = []
        for i, lv in enumerate(LIST_LEVELS):
            fmt, text = ("bullet", lv.bullet) if kind == BULLET else (lv.number_format, lv.number_text)
            levels.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{lv.left_twips}" w:hanging="{lv.hanging_twips}"/>'
                f'</w:pPr><w:rPr><w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}"/></w:rPr></w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        first_num = self.element.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.element.append(abstract)
        self._abstract[kind] = abstract_id
        return abstract_id

    def num_id(self, kind: str, key: object) -> int:
        if (kind, key) not in self._nums:
            num_id = 200 + len(self._nums)
            abstract = self._abstract_id(kind)
            # Without a start override a second w:num of the same abstract numbering continues its count
            # in LibreOffice and Word (measured: a third list numbered from 103.).
            overrides = "".join(
                f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>'
                for i in range(len(LIST_LEVELS))
            )
            self.element.append(
                parse_xml(
                    f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                    f"{overrides}</w:num>"
                )
            )
            self._nums[kind, key] = num_id
        return self._nums[kind, key]


def _runs(paragraph, para: Para) -> None:
    for span in para.spans:
        pieces = span.text.split(LINE_BREAK)
        for k, piece in enumerate(pieces):
            run = paragraph.add_run(piece)
            run.bold = BOLD in span.marks or None
            run.italic = ITALIC in span.marks or None
            run.underline = UNDERLINE in span.marks or None
            if SUPERSCRIPT in span.marks:
                run.font.superscript = True
            if SUBSCRIPT in span.marks:
                run.font.subscript = True
            if k < len(pieces) - 1:
                run.add_break()


def _para(paragraph, para: Para, numbering: Numbering, scope: object, space_after: int) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = Twips(0)
    fmt.space_after = Twips(space_after)
    fmt.widow_control = True
    if para.align in ALIGN:
        paragraph.alignment = ALIGN[para.align]
    if para.list_item is not None:
        num_id = numbering.num_id(para.list_item.kind, (scope, para.list_item.list_id))
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{para.list_item.level}"/>'
                f'<w:numId w:val="{num_id}"/></w:numPr>'
            )
        )
    _runs(paragraph, para)


def _table(doc: Document, table: Table, numbering: Numbering, scope: object) -> None:
    rows, cols = len(table.rows), table.columns
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    tbl_pr = t._tbl.tblPr
    borders = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl_pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))
    tbl_pr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    tbl_pr.append(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        )
    )
    for c, width in enumerate(table.widths):
        t.columns[c].width = Twips(width)
    for r, row in enumerate(table.rows):
        t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        if r < table.header_rows:  # repeated at the top of every page the table continues on
            t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for c, cell in enumerate(row):
            target = t.rows[r].cells[c]
            target.width = Twips(table.widths[c])
            if r in table.shaded_rows:
                target._tc.get_or_add_tcPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="E6E6E6"/>')
                )
            for k, para in enumerate(cell.paras):
                paragraph = target.paragraphs[0] if k == 0 else target.add_paragraph()
                _para(paragraph, para, numbering, (scope, "table"), 0)


def add_rich(doc: Document, text: RichText, numbering: Numbering, scope: object, space_after: int) -> None:
    """The blocks as the dossier writes them: body paragraphs with `space_after`, a figure's picture alone in
    its paragraph kept with its caption (a plain body paragraph), tables."""
    for block in text.blocks:
        if isinstance(block, Para):
            _para(doc.add_paragraph(), block, numbering, scope, space_after)
        elif isinstance(block, Figure):
            paragraph = doc.add_paragraph()
            fmt = paragraph.paragraph_format
            fmt.space_before = Twips(0)
            fmt.space_after = Twips(space_after)
            fmt.keep_with_next = bool(block.caption)
            paragraph.add_run().add_picture(
                io.BytesIO(block.data), width=Pt(block.width_pt), height=Pt(block.height_pt)
            )
            if block.caption:
                _para(doc.add_paragraph(), Para(block.caption), numbering, scope, space_after)
        else:
            _table(doc, block, numbering, scope)


def picture(width_px: int, height_px: int, photo: bool, seed: int = 0) -> tuple[bytes, str]:
    """A PNG schema (flat colours) or a JPEG "photo" (gradients), as a word processor would receive them."""
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor(235, 240, 250))
    painter = QPainter(image)
    if photo:
        gradient = QLinearGradient(0, 0, width_px, height_px)
        gradient.setColorAt(0, QColor(20 + seed % 200, 80, 160))
        gradient.setColorAt(1, QColor(240, 200 - seed % 150, 60))
        painter.fillRect(0, 0, width_px, height_px, gradient)
    else:
        for k in range(6):
            painter.fillRect(
                10 + k * width_px // 7, 10 + (k % 3) * height_px // 4, width_px // 9, height_px // 5,
                QColor(40 * k % 255, 90, 160),
            )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG" if photo else "PNG", 90)
    buffer.close()
    return bytes(data.data()), "image/jpeg" if photo else "image/png"


def add_styled_para(doc: Document, text: str, style, page_break: bool = False) -> None:
    """A title or heading paragraph with its style's spacing, weight and keep-with-next written on it."""
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before = Twips(style.space_before)
    fmt.space_after = Twips(style.space_after)
    fmt.keep_with_next = style.keep_with_next
    fmt.page_break_before = page_break
    fmt.widow_control = True
    if style.align in ALIGN:
        paragraph.alignment = ALIGN[style.align]
    run = paragraph.add_run(text)
    run.bold = style.bold or None
