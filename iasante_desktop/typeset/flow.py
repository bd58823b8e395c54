"""The dossier's document tree (core.document) as a flow of units, broken into lines and pages by one function.

The description counter, the description in the PDF and the rest of the PDF all go through lay_out(), so
the page the user is told a line falls on is the page the committee finds it on.

How LibreOffice 7.4 lays out what the Word writer produces (measured, tests/fidelity):
- a paragraph: lines of the body pitch; a list item's lines start at its level's left indent, its bullet or
  number at the left indent less the hanging indent (core.document.LIST_LEVELS); numbering counts per list
  and level, deeper levels restart under a new item;
- a figure: an inline picture alone in its paragraph, the line as tall as the picture (no descent added),
  never split, kept with its caption, which is a plain body paragraph below it;
- a table: its header rows (w:tblHeader) repeated at the top of every page it continues on;
  rows never split (unless taller than a page); each cell's paragraphs (no spacing between them)
  wrapped at the cell's width less Word's 108-twip padding on each side; 0.5 pt borders add 10 twips under
  every row and above the first, and above a row that opens a page; the text of the first column lines up
  with the body text (the table starts 108 twips left of it);
  no paragraph spacing before or after a table but the neighbours' own.
This module knows no engine: it asks a `Measurer` (typeset.engine.LayoutEngine) for a paragraph's lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from iasante_desktop.core.callspec import Typography
from iasante_desktop.core.document import LIST_LEVELS, DocBlock, ParaStyle, paragraph_style
from iasante_desktop.core.richtext import NUMBER, Figure, Para, Table
from iasante_desktop.typeset.paginate import Block, Flow, LinePlace, paginate

Span = tuple[int, int]

CELL_PADDING_TWIPS = 108  # Word's default left and right cell margins
BORDER_TWIPS = 10  # a 0.5 pt border (w:sz="4")


class Measurer(Protocol):
    typography: Typography

    def para_lines(self, para: Para, width_twips: int | None = None, bold: bool = False) -> tuple[Span, ...]: ...


@dataclass(frozen=True)
class ParaUnit:
    """A paragraph laid out: its lines, where its text starts (indent) and its bullet or number."""

    para: Para
    lines: tuple[Span, ...]
    bold: bool  # the style's weight, over the runs' own marks
    indent: int  # twips from the column's left to where every line starts
    label: str = ""  # the bullet or number of a list item
    label_x: int = 0  # twips from the column's left
    text: str = ""  # para.text, joined once


@dataclass(frozen=True)
class CellUnit:
    x: int  # twips from the column's left to the cell's left border
    width: int  # twips, border to border
    paras: tuple[tuple[ParaUnit, int], ...]  # each paragraph and the index of its first line in the cell


@dataclass(frozen=True)
class Unit:
    """One thing the paginator places: a paragraph, a figure's picture line or a table row."""

    kind: str  # "para", "figure" or "row"
    source: DocBlock
    role: str  # "para", "caption", "figure" or "row"
    para: ParaUnit | None = None
    figure: Figure | None = None
    cells: tuple[CellUnit, ...] = ()
    row: int = 0  # the row's index in its table
    height: int = 0  # twips: the picture's line or the whole row
    content_top: int = 0  # twips from the row's top to its first text line
    shaded: bool = False
    lines_in_row: int = 0
    plain_offset: int = 0  # where this unit's text starts in its field's plain text
    header: tuple[Unit, ...] = ()  # the table's header rows, repeated above this row when it opens a page
    header_row: bool = False  # one of the table's header rows


@dataclass
class LaidOut:
    units: list[Unit]
    flow: Flow
    line_height: int
    bookmarks: list[tuple[str, int]] = field(default_factory=list)

    def places(self, index: int) -> list[LinePlace]:
        return self.flow.places[index]


def repeated_header(unit: Unit, places: list[LinePlace], k: int) -> list[tuple[Unit, int]]:
    """The header rows drawn again above line `k` of a row, with their tops, when that line opens a page
    (a word processor repeats a table's header rows, w:tblHeader, on every page the table spans)."""
    if not unit.header or not places[k].opens_page:
        return []
    out = []
    top = 0
    for header in unit.header:
        out.append((header, top))
        top += header.height
    return out


def row_line_tops(unit: Unit, places: list[LinePlace]) -> list[LinePlace]:
    """Where each text line of a row starts: below the row's top border on its first line."""
    return [
        LinePlace(place.page, place.top + (unit.content_top if k == 0 else 0)) for k, place in enumerate(places)
    ]


def figure_height_twips(figure: Figure, ty: Typography) -> int:
    """The height of a figure's line: the picture's, at least one text line."""
    return max(round(figure.height_pt * 20), ty.line_pitch_twips)


def list_label(kind: str, level: int, number: int) -> str:
    lv = LIST_LEVELS[min(level, len(LIST_LEVELS) - 1)]
    if kind != NUMBER:
        return lv.bullet
    return lv.number_text.replace(f"%{level + 1}", format_number(number, lv.number_format))


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":  # a … z, aa … zz (Word's and LibreOffice's way)
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if fmt == "lowerRoman":
        out = ""
        for value, letters in (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ):
            while n >= value:
                out += letters
                n -= value
        return out
    return str(n)


class _Numbering:
    """Counters per list (field and list id) and level: 1., 2., then a., b. under an item, i., ii. deeper."""

    def __init__(self) -> None:
        self._counts: dict[Any, list[int]] = {}

    def label(self, scope: Any, para: Para) -> str:
        item = para.list_item
        if item is None:
            return ""
        counts = self._counts.setdefault((scope, item.list_id), [0] * len(LIST_LEVELS))
        level = min(item.level, len(LIST_LEVELS) - 1)
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        return list_label(item.kind, level, counts[level])


def para_unit(engine: Measurer, para: Para, width: int, bold: bool, label: str) -> ParaUnit:
    indent = label_x = 0
    if para.list_item is not None:
        lv = LIST_LEVELS[min(para.list_item.level, len(LIST_LEVELS) - 1)]
        indent, label_x = lv.left_twips, lv.left_twips - lv.hanging_twips
    return ParaUnit(para, engine.para_lines(para, width, bold), bold, indent, label, label_x, para.text)


def _table_units(
    engine: Measurer, block: DocBlock, table: Table, numbering: _Numbering, offset: int, text_width: int
) -> list[Unit]:
    ty = engine.typography
    pitch = ty.line_pitch_twips
    columns = table.columns
    widths = list(table.widths[:columns]) if table.widths else []
    if len(widths) < columns:  # missing widths share what is left of the text width equally
        rest = max(0, text_width + 2 * CELL_PADDING_TWIPS - sum(widths))
        widths += [rest // (columns - len(widths))] * (columns - len(widths))
    units: list[Unit] = []
    for r, row in enumerate(table.rows):
        x = -CELL_PADDING_TWIPS
        cells = []
        lines_in_row = 0
        start_offset = offset
        for cell, width in zip(row, widths):
            inner = max(1, width - 2 * CELL_PADDING_TWIPS)
            paras = []
            first_line = 0
            for para in cell.paras or (Para(),):
                unit = para_unit(engine, para, inner, False, numbering.label((block.field, "table"), para))
                paras.append((unit, first_line))
                first_line += len(unit.lines)
            offset += sum(len(para.text) + 1 for para in cell.paras)
            cells.append(CellUnit(x, width, tuple(paras)))
            lines_in_row = max(lines_in_row, first_line)
            x += width
        top_border = BORDER_TWIPS if r == 0 else 0
        header = tuple(units[: table.header_rows]) if r >= table.header_rows else ()
        units.append(
            Unit(
                "row",
                block,
                "row",
                cells=tuple(cells),
                row=r,
                height=top_border + lines_in_row * pitch + BORDER_TWIPS,
                content_top=top_border,
                shaded=r in table.shaded_rows or r < table.header_rows,
                lines_in_row=lines_in_row,
                plain_offset=start_offset,
                header=header,
                header_row=r < table.header_rows,
            )
        )
    return units


def units_of(
    engine: Measurer, blocks: list[DocBlock] | tuple[DocBlock, ...], width_twips: int | None = None
) -> list[Unit]:
    """The document's blocks as units, in order; each unit's plain offset counts within its field."""
    width = engine.typography.text_width_twips if width_twips is None else width_twips
    numbering = _Numbering()
    offsets: dict[str | None, int] = {}
    units: list[Unit] = []
    for block in blocks:
        style = paragraph_style(block.style, engine.typography)
        offset = offsets.get(block.field, 0) if block.index >= 0 else 0
        content = block.content
        if isinstance(content, Para):
            label = numbering.label(block.field, content)
            unit = para_unit(engine, content, width, style.bold, label)
            units.append(Unit("para", block, "para", para=unit, plain_offset=offset))
            offset += len(content.text) + 1
        elif isinstance(content, Figure):
            units.append(
                Unit(
                    "figure",
                    block,
                    "figure",
                    figure=content,
                    height=figure_height_twips(content, engine.typography),
                    plain_offset=offset,
                )
            )
            if content.caption:
                caption = Para(content.caption)
                unit = para_unit(engine, caption, width, style.bold, "")
                units.append(Unit("para", block, "caption", para=unit, plain_offset=offset))
                offset += len(caption.text) + 1
        else:
            table_units = _table_units(engine, block, content, numbering, offset, width)
            units.extend(table_units)
            offset += sum(len(p.text) + 1 for row in content.rows for cell in row for p in cell.paras)
        if block.index >= 0:
            offsets[block.field] = offset
    return units


def _block_of(unit: Unit, style: ParaStyle, ty: Typography, next_unit: Unit | None) -> Block:
    source = unit.source
    if unit.kind == "para":
        caption = unit.role == "caption"
        return Block(
            lines=len(unit.para.lines),
            line_height=ty.line_pitch_twips,
            space_before=0 if caption else style.space_before,
            space_after=style.space_after,
            keep_with_next=False if caption else style.keep_with_next,
            page_break_before=False if caption else source.page_break_before,
        )
    if unit.kind == "figure":
        has_caption = next_unit is not None and next_unit.role == "caption" and next_unit.source is source
        return Block(
            lines=1,
            line_height=unit.height,
            space_before=style.space_before,
            space_after=style.space_after,
            keep_with_next=has_caption or style.keep_with_next,
            page_break_before=source.page_break_before,
            splittable=False,
        )
    # A row: one line per text line, the borders in the first and last; never split unless taller than a
    # page, which LibreOffice then splits at the page's foot. Opening a page it gets a top border again.
    pitch = ty.line_pitch_twips
    n = max(1, unit.lines_in_row)
    heights = [pitch] * n
    heights[0] += unit.content_top
    heights[-1] += BORDER_TWIPS
    return Block(
        lines=n,
        line_height=pitch,
        # A header row goes with the first row under it (LibreOffice, w:tblHeader).
        keep_with_next=unit.header_row,
        page_break_before=source.page_break_before and unit.row == 0,
        splittable=unit.height > ty.text_height_twips,
        heights=tuple(heights),
        # Opening a page, a row gets its top border again, or the table's header rows repeated above it.
        page_top_extra=sum(h.height for h in unit.header) if unit.header else 0 if unit.row == 0 else BORDER_TWIPS,
        widow=1,
        split_foot=BORDER_TWIPS,
    )


def lay_out(blocks: list[DocBlock] | tuple[DocBlock, ...], engine: Measurer) -> LaidOut:
    return paginate_units(units_of(engine, blocks), engine.typography)


def paginate_units(units: list[Unit], ty: Typography) -> LaidOut:
    styles: dict[str, ParaStyle] = {}
    pblocks = []
    for i, unit in enumerate(units):
        style = styles.get(unit.source.style)
        if style is None:
            style = styles[unit.source.style] = paragraph_style(unit.source.style, ty)
        pblocks.append(_block_of(unit, style, ty, units[i + 1] if i + 1 < len(units) else None))
    flow = paginate(pblocks, ty.text_height_twips, ty.widow_orphan_lines)
    bookmarks = []
    seen: set[int] = set()
    for i, unit in enumerate(units):
        if unit.source.bookmark and id(unit.source) not in seen and flow.places[i]:
            seen.add(id(unit.source))
            bookmarks.append((unit.source.bookmark, flow.places[i][0].page))
    return LaidOut(units, flow, ty.line_pitch_twips, bookmarks)
