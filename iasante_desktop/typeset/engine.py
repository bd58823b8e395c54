"""The layout engine: lines of a text, pages of the description, measures for the rules.

One engine per call, kept for the life of the window: paragraphs are laid out once and remembered by their
content (a Para of core.richtext, or a plain string) and width, so re-measuring a whole dossier after a
keystroke lays out only the paragraph that changed. Texts may be plain strings or RichText; a dossier's text
fields are RichText.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.document import BODY, LIST_LEVELS, DocBlock, description_blocks
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.richtext import BOLD, ITALIC, SUBSCRIPT, SUPERSCRIPT, Para, RichText
from iasante_desktop.typeset.flow import (
    LaidOut,
    Unit,
    lay_out,
    paginate_units,
    repeated_header,
    row_line_tops,
    units_of,
)
from iasante_desktop.typeset.fonts import UNITS_PER_TWIP, body_font, ensure_gui_app
from iasante_desktop.typeset.linebreak import Runs
from iasante_desktop.typeset.paginate import LinePlace
from iasante_desktop.typeset.lines import paragraph_lines

Span = tuple[int, int]

_CACHE_SIZE = 4096


@dataclass(frozen=True)
class PlacedLine:
    start: int  # offset in the block's text (from DescriptionBlock.offset in the field's plain text)
    length: int
    page: int  # 0-based, from the description's first page
    top: int  # twips below the top of the text area


@dataclass(frozen=True)
class Extent:
    """Where a figure's picture or a table row sits: page, top and height in twips."""

    page: int
    top: int
    height: int


@dataclass(frozen=True)
class DescriptionBlock:
    # "label" (the section title), "heading" (a point's title), "body" (a paragraph), "caption" (a figure's),
    # "figure" (its picture), "row" (a table row) or "header" (a table's header row repeated on a new page)
    kind: str
    point_id: str | None
    text: str  # the paragraph as laid out ("" for a figure or a row)
    offset: int  # where the block's text starts in the point's plain text (RichText.plain())
    lines: tuple[PlacedLine, ...]
    field: str | None = None  # "description.<point>"
    index: int = 0  # the block's index in that field's RichText (-1 for a heading)
    extent: Extent | None = None  # a figure's picture or a table row
    row: int = 0  # a row's index in its table


@dataclass(frozen=True)
class DescriptionLayout:
    blocks: tuple[DescriptionBlock, ...]
    pages: float  # full pages + the used part of the last one
    page_count: int

    @property
    def lines(self) -> list[tuple[DescriptionBlock, PlacedLine]]:
        return [(block, line) for block in self.blocks for line in block.lines]

    def first_line_past(self, max_pages: int) -> int | None:
        """0-based index, over all the section's lines (title and headings included), of the first line
        on a page after `max_pages`; None when everything fits."""
        for index, (_, line) in enumerate(self.lines):
            if line.page >= max_pages:
                return index
        return None

    def first_block_past(self, max_pages: int) -> DescriptionBlock | None:
        """The first block that starts or runs past page `max_pages` (a figure or row included)."""
        for block in self.blocks:
            pages = [line.page for line in block.lines] + ([block.extent.page] if block.extent else [])
            if pages and max(pages) >= max_pages:
                return block
        return None

    def overflow_offsets(self, max_pages: int) -> dict[str, int]:
        """Per point, the offset in its plain text from which the text falls after page `max_pages`."""
        out: dict[str, int] = {}
        for block in self.blocks:
            if block.kind in ("label", "heading") or block.point_id in out:
                continue
            if block.extent is not None and block.extent.page >= max_pages and block.kind == "figure":
                out[block.point_id] = block.offset
                continue
            for line in block.lines:
                if line.page >= max_pages:
                    out[block.point_id] = block.offset + line.start
                    break
        return out

    def of_field(self, field: str) -> list[DescriptionBlock]:
        return [b for b in self.blocks if b.field == field]


class LayoutEngine:
    def __init__(self, call: CallSpec):
        ensure_gui_app()
        self.call = call
        self.typography = call.typography
        self._fonts = {
            (bold, italic, script): body_font(self.typography, bold=bold, italic=italic, script=script)
            for bold in (False, True)
            for italic in (False, True)
            for script in (False, True)
        }
        self._spans: OrderedDict[tuple, tuple[Span, ...]] = OrderedDict()
        self._description: tuple[tuple, DescriptionLayout] | None = None
        self._units: dict[tuple[DocBlock, ...], list[Unit]] = {}

    # ---- lines ---------------------------------------------------------------------------------------

    def _remember(self, key: tuple, spans: tuple[Span, ...]) -> None:
        self._spans[key] = spans
        if len(self._spans) > _CACHE_SIZE:
            self._spans.popitem(last=False)

    def paragraph_spans(
        self, paragraph: str, width_twips: int | None = None, bold: bool = False, italic: bool = False
    ) -> tuple[Span, ...]:
        """Lines of one plain paragraph (no "\\n" inside), remembered by text, width and style."""
        width = self.typography.text_width_twips if width_twips is None else width_twips
        key = (paragraph, width, bold, italic)
        spans = self._spans.get(key)
        if spans is not None:
            self._spans.move_to_end(key)
            return spans
        spans = tuple(paragraph_lines(paragraph, self._fonts[bold, italic, False], width * UNITS_PER_TWIP))
        self._remember(key, spans)
        return spans

    def runs(self, para: Para, bold: bool = False) -> Runs:
        """The paragraph's fonts: (end offset, font) per run, each span measured in its own font."""
        out: list[tuple[int, object]] = []
        end = 0
        for span in para.spans:
            if not span.text:
                continue
            end += len(span.text)
            marks = span.marks
            font = self._fonts[
                bold or BOLD in marks, ITALIC in marks, SUPERSCRIPT in marks or SUBSCRIPT in marks
            ]
            if out and out[-1][1] is font:
                out[-1] = (end, font)
            else:
                out.append((end, font))
        return tuple(out) or ((0, self._fonts[bold, False, False]),)

    def para_lines(self, para: Para, width_twips: int | None = None, bold: bool = False) -> tuple[Span, ...]:
        """Lines of one paragraph of the tree in a column `width_twips` wide (a list item's indent is taken
        off), remembered by paragraph, width and weight: offsets index `para.text`."""
        width = self.typography.text_width_twips if width_twips is None else width_twips
        if para.list_item is not None:
            width -= LIST_LEVELS[min(para.list_item.level, len(LIST_LEVELS) - 1)].left_twips
        if len(para.spans) <= 1 and not any(s.marks for s in para.spans):
            return self.paragraph_spans(para.text, width, bold=bold)  # shared with the plain texts
        key = (para.spans, width, bold)
        spans = self._spans.get(key)
        if spans is not None:
            self._spans.move_to_end(key)
            return spans
        spans = tuple(paragraph_lines(para.text, self.runs(para, bold), max(1, width) * UNITS_PER_TWIP))
        self._remember(key, spans)
        return spans

    def _rich_units(self, text: RichText, width_twips: int | None) -> list[Unit]:
        return units_of(self, [DocBlock(b, BODY, index=i) for i, b in enumerate(text.blocks)], width_twips)

    def line_spans(self, text: str | RichText, width_twips: int | None = None) -> list[Span]:
        """(start, length) of every line of `text` in the body font; "\\n" separates paragraphs, an empty
        paragraph is one line, U+2028 breaks a line. Offsets index the text's plain form. A figure's or a
        table row's lines are given as empty spans at the offset of its text."""
        if isinstance(text, str):
            out: list[Span] = []
            offset = 0
            for paragraph in text.split("\n"):
                out.extend((offset + s, n) for s, n in self.paragraph_spans(paragraph, width_twips))
                offset += len(paragraph) + 1
            return out
        out = []
        pitch = self.typography.line_pitch_twips
        for unit in self._rich_units(text, width_twips):
            if unit.kind == "para":
                out.extend((unit.plain_offset + s, n) for s, n in unit.para.lines)
            elif unit.kind == "figure":
                out.extend([(unit.plain_offset, 0)] * math.ceil(unit.height / pitch))
            else:
                out.extend([(unit.plain_offset, 0)] * unit.lines_in_row)
        return out

    def count_lines(self, text: str | RichText | None, width_twips: int | None = None) -> int:
        """Lines `text` takes in the dossier; 0 for an empty or blank text. A figure counts the lines of its
        height (rounded up), a table the lines of its rows."""
        if text is None:
            return 0
        if isinstance(text, str):
            if not text.strip():
                return 0
            return len(self.line_spans(text, width_twips))
        if text.is_blank():
            return 0
        return len(self.line_spans(text, width_twips))

    # ---- the document tree -----------------------------------------------------------------------------

    def lay_out(self, blocks: list[DocBlock] | tuple[DocBlock, ...]) -> LaidOut:
        """Blocks of core.document (a whole dossier or its description) on pages."""
        return lay_out(blocks, self)

    # ---- description -----------------------------------------------------------------------------------

    def description_layout(self, dossier: Dossier, lang: str | None = None) -> DescriptionLayout:
        lang = lang or dossier.language
        section = self.call.section_of_kind("pages")
        points = section.points if section else ()
        # The values as the dossier holds them (str or RichText): both compare by content.
        key = (lang, *(dossier.description.get(p.id) for p in points))
        if self._description is not None and self._description[0] == key:
            return self._description[1]
        layout = description_from(paginate_units(self._field_units(description_blocks(dossier, self.call, lang)), self.typography))
        self._description = (key, layout)
        return layout

    def _field_units(self, blocks: list[DocBlock]) -> list[Unit]:
        """Units of the blocks, each field's run of blocks remembered by its content: numbering and plain
        offsets count per field, so a keystroke in one point rebuilds that point's units only."""
        units: list[Unit] = []
        start = 0
        while start < len(blocks):
            end = start + 1
            while end < len(blocks) and blocks[end].field == blocks[start].field and blocks[start].field is not None:
                end += 1
            group = tuple(blocks[start:end])
            cached = self._units.get(group)
            if cached is None:
                cached = units_of(self, group)
                self._units[group] = cached
                if len(self._units) > 256:
                    self._units.pop(next(iter(self._units)))
            units.extend(cached)
            start = end
        return units

    def description_pages(self, dossier: Dossier) -> float:
        return self.description_layout(dossier).pages

    # ---- measures for the rules -----------------------------------------------------------------------

    def measure(self, dossier: Dossier) -> Measures:
        lines: dict[str, int] = {}
        pages: dict[str, float] = {}
        overflow: dict[str, int] = {}
        for section in self.call.sections:
            if section.kind == "lines":
                count = self.count_lines(dossier.rich_field(section.id))
                lines[section.id] = count
                if section.max_lines is not None and count > section.max_lines:
                    overflow[section.id] = section.max_lines
            elif section.kind == "pages":
                layout = self.description_layout(dossier)
                pages[section.id] = layout.pages
                if section.max_pages is not None:
                    first = layout.first_line_past(section.max_pages)
                    if first is not None:
                        overflow[section.id] = first
        return Measures(lines=lines, pages=pages, first_overflow_line=overflow)


def description_from(laid: LaidOut) -> DescriptionLayout:
    """The description's units with their places, as the GUI reads them."""
    blocks = []
    pitch = laid.line_height
    for index, unit in enumerate(laid.units):
        source = unit.source
        places = laid.places(index)
        fld = source.field
        point_id = fld.split(".", 1)[1] if fld and fld.startswith("description.") else None
        kind = "label" if fld is None else "heading" if source.index < 0 else "body"
        if unit.kind == "para":
            if unit.role == "caption":
                kind = "caption"
            lines = tuple(PlacedLine(s, n, p.page, p.top) for (s, n), p in zip(unit.para.lines, places))
            blocks.append(
                DescriptionBlock(kind, point_id, unit.para.text, unit.plain_offset, lines, fld, source.index)
            )
            continue
        place = places[0]
        extent = Extent(place.page, place.top, unit.height)
        if unit.kind == "figure":
            blocks.append(DescriptionBlock("figure", point_id, "", unit.plain_offset, (), fld, source.index, extent))
            continue
        for k, place in enumerate(places):
            for header, top in repeated_header(unit, places, k):
                header_places = [LinePlace(place.page, top + j * pitch) for j in range(header.lines_in_row)]
                blocks.append(
                    DescriptionBlock(
                        "header",
                        point_id,
                        "",
                        header.plain_offset,
                        _row_lines(header, header_places),
                        fld,
                        source.index,
                        Extent(place.page, top, header.height),
                        header.row,
                    )
                )
        blocks.append(
            DescriptionBlock(
                "row", point_id, "", unit.plain_offset, _row_lines(unit, places), fld, source.index, extent, unit.row
            )
        )
    return DescriptionLayout(tuple(blocks), laid.flow.fractional_pages, laid.flow.pages)


def _row_lines(unit: Unit, places: list[LinePlace]) -> tuple[PlacedLine, ...]:
    """Every cell's lines in a row, offsets from the row's first text in the field's plain text."""
    lines = []
    offset = 0
    tops = row_line_tops(unit, places)
    for cell in unit.cells:
        for para_unit, first in cell.paras:
            for k, (s, n) in enumerate(para_unit.lines):
                where = tops[min(first + k, len(tops) - 1)]
                lines.append(PlacedLine(offset + s, n, where.page, where.top))
            offset += len(para_unit.text) + 1
    lines.sort(key=lambda line: (line.page, line.top, line.start))
    return tuple(lines)
