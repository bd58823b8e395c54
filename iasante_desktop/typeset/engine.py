"""The layout engine: lines of a text, pages of the description, measures for the rules.

One engine per call, kept for the life of the window: paragraphs are laid out once and remembered by their
text, so re-measuring a whole dossier after a keystroke lays out only the paragraph that changed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.measures import Measures
from iasante_desktop.typeset.flow import LaidOut, Paragraph, lay_out
from iasante_desktop.typeset.fonts import UNITS_PER_TWIP, body_font, ensure_gui_app
from iasante_desktop.typeset.lines import paragraph_lines

Span = tuple[int, int]

_CACHE_SIZE = 4096


@dataclass(frozen=True)
class PlacedLine:
    start: int  # offset in the paragraph's source text (the point's text for a body line)
    length: int
    page: int  # 0-based, from the description's first page
    top: int  # twips below the top of the text area


@dataclass(frozen=True)
class DescriptionBlock:
    kind: str  # "label" (the section title), "heading" (a point's title) or "body"
    point_id: str | None
    text: str  # the paragraph as laid out
    offset: int  # where the paragraph starts in the point's text (0 for a label or heading)
    lines: tuple[PlacedLine, ...]


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

    def overflow_offsets(self, max_pages: int) -> dict[str, int]:
        """Per point, the character offset in its text from which the text falls after page `max_pages`."""
        out: dict[str, int] = {}
        for block in self.blocks:
            if block.kind != "body" or block.point_id in out:
                continue
            for line in block.lines:
                if line.page >= max_pages:
                    out[block.point_id] = block.offset + line.start
                    break
        return out


class LayoutEngine:
    def __init__(self, call: CallSpec):
        ensure_gui_app()
        self.call = call
        self.typography = call.typography
        self._fonts = {
            (bold, italic): body_font(self.typography, bold=bold, italic=italic)
            for bold in (False, True)
            for italic in (False, True)
        }
        self._spans: OrderedDict[tuple[str, int, bool, bool], tuple[Span, ...]] = OrderedDict()
        self._description: tuple[tuple[str, ...], DescriptionLayout] | None = None

    # ---- lines ---------------------------------------------------------------------------------------

    def paragraph_spans(
        self, paragraph: str, width_twips: int | None = None, bold: bool = False, italic: bool = False
    ) -> tuple[Span, ...]:
        """Lines of one paragraph (no "\\n" inside), remembered by text, width and style."""
        width = self.typography.text_width_twips if width_twips is None else width_twips
        key = (paragraph, width, bold, italic)
        spans = self._spans.get(key)
        if spans is not None:
            self._spans.move_to_end(key)
            return spans
        spans = tuple(paragraph_lines(paragraph, self._fonts[bold, italic], width * UNITS_PER_TWIP))
        self._spans[key] = spans
        if len(self._spans) > _CACHE_SIZE:
            self._spans.popitem(last=False)
        return spans

    def line_spans(self, text: str, width_twips: int | None = None) -> list[Span]:
        """(start, length) of every line of `text` in the body font; "\\n" separates paragraphs, an empty
        paragraph is one line, U+2028 breaks a line. Offsets index `text`."""
        text = str(text)
        out: list[Span] = []
        offset = 0
        for paragraph in text.split("\n"):
            out.extend((offset + s, n) for s, n in self.paragraph_spans(paragraph, width_twips))
            offset += len(paragraph) + 1
        return out

    def count_lines(self, text: str, width_twips: int | None = None) -> int:
        """Lines `text` takes in the dossier; 0 for an empty or blank text."""
        text = str(text)
        if not text.strip():
            return 0
        return len(self.line_spans(text, width_twips))

    # ---- description -----------------------------------------------------------------------------------

    def description_paragraphs(self, dossier: Dossier, lang: str | None = None) -> list[Paragraph]:
        """The description as the PDF and the Word export lay it out, starting on a new page."""
        lang = lang or dossier.language
        ty = self.typography
        section = self.call.section_of_kind("pages")
        if section is None:
            return []
        items = [
            Paragraph(
                section.label.get(lang),
                bold=True,
                space_after=ty.space_after_twips,
                keep_with_next=True,
                page_break_before=True,
                bookmark=section.label.get(lang),
                tag=("label", None, 0),
            )
        ]
        for point in section.points:
            items.append(
                Paragraph(
                    "\u2013 " + point.label.get(lang),
                    bold=True,
                    space_before=ty.heading_space_before_twips,
                    space_after=ty.heading_space_after_twips,
                    keep_with_next=True,
                    tag=("heading", point.id, 0),
                )
            )
            text = dossier.description_text(point.id)
            if not text.strip():
                continue
            offset = 0
            for paragraph in text.split("\n"):
                items.append(Paragraph(paragraph, space_after=ty.space_after_twips, tag=("body", point.id, offset)))
                offset += len(paragraph) + 1
        return items

    def description_layout(self, dossier: Dossier, lang: str | None = None) -> DescriptionLayout:
        lang = lang or dossier.language
        section = self.call.section_of_kind("pages")
        points = section.points if section else ()
        key = (lang, *(dossier.description_text(p.id) for p in points))
        if self._description is not None and self._description[0] == key:
            return self._description[1]
        laid = lay_out(self.description_paragraphs(dossier, lang), self)
        layout = _description_from(laid)
        self._description = (key, layout)
        return layout

    def description_pages(self, dossier: Dossier) -> float:
        return self.description_layout(dossier).pages

    # ---- measures for the rules -----------------------------------------------------------------------

    def measure(self, dossier: Dossier) -> Measures:
        lines: dict[str, int] = {}
        pages: dict[str, float] = {}
        overflow: dict[str, int] = {}
        for section in self.call.sections:
            if section.kind == "lines":
                count = self.count_lines(dossier.text_field(section.id))
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


def _description_from(laid: LaidOut) -> DescriptionLayout:
    blocks = []
    for index, item in enumerate(laid.items):
        kind, point_id, offset = item.tag
        spans = laid.spans[index][0]
        places = laid.places(index)
        blocks.append(
            DescriptionBlock(
                kind=kind,
                point_id=point_id,
                text=item.text,
                offset=offset,
                lines=tuple(PlacedLine(s, n, p.page, p.top) for (s, n), p in zip(spans, places)),
            )
        )
    return DescriptionLayout(tuple(blocks), laid.flow.fractional_pages, laid.flow.pages)
