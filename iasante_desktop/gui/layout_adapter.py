"""The one place that knows which shape the dossier and the layout engine have today.

The layout engine learns RichText and describes the description per block (issue 9t). The editor always
works with RichText; this module hands the engine what it accepts and reads both shapes of the description
layout:

- today: blocks with `kind` ("label", "heading", "body"), `point_id`, `offset` (in the point's plain text)
  and lines (start, length, page, top);
- 9t: blocks with `field` ("description.<point>"), `index` (the block's index in the point's RichText, -1
  for a heading), `kind` ("label", "heading", "body", "caption", "figure", "row"), lines with page and top,
  and for a figure or a table row an `extent` (page, top, height) and the `row` number.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, NamedTuple

from iasante_desktop.core.richtext import RichText
from iasante_desktop.gui.richdoc import block_of_plain_offset


def engine_takes_rich(engine: Any) -> bool:
    try:
        annotation = inspect.signature(engine.count_lines).parameters["text"].annotation
    except (KeyError, TypeError, ValueError):
        return False
    return "RichText" in (annotation if isinstance(annotation, str) else repr(annotation))


def line_starts(engine: Any, text: RichText) -> list[int]:
    """Plain-text offsets at which the engine starts each line of `text` (a lines-limited field)."""
    source = text if engine_takes_rich(engine) else text.plain()
    return [start for start, _length in engine.line_spans(source)]


class Anchor(NamedTuple):
    """Where a line of the description sits in the editor: the point (None for the section title), whether
    it is that point's heading, and for a body line the model block and the character offset in it; `part`
    says "caption" for a figure's caption line and "row" for a table row (`row` its number)."""

    point_id: str | None
    heading: bool
    block_index: int = 0
    offset: int = 0
    part: str = ""
    row: int = 0


class PlacedLine(NamedTuple):
    anchor: Anchor
    page: int
    top: int  # twips below the top of the text area


class DescriptionLines:
    """The description layout's lines, read lazily: after a keystroke only the few lines the sheet needs
    (where each page starts) are turned into editor anchors, not all of them."""

    def __init__(self, layout: Any, texts: Callable[[str], RichText], pitch_twips: int = 269):
        self.layout = layout
        self.pitch = pitch_twips
        self._texts = texts  # point id -> its RichText (only asked for the lines turned into anchors)

    def __bool__(self) -> bool:
        return any(True for _ in self._marks())

    def _marks(self):
        """(block, line or None, page, top, lines, bottom) in flow order: each line of text, and each figure
        as one mark as tall as its picture (the 9t engine gives figures an extent and no lines)."""
        pitch = self.pitch
        for block in self.layout.blocks:
            extent = getattr(block, "extent", None)
            if extent is not None and block.kind == "figure":
                yield block, None, extent.page, extent.top, -(-extent.height // pitch), extent.top + extent.height
                continue
            for line in block.lines:
                yield block, line, line.page, line.top, 1, line.top + pitch

    def _place(self, block: Any, line: Any, page: int, top: int) -> PlacedLine:
        field = getattr(block, "field", None)
        start = getattr(line, "start", 0) if line is not None else 0
        if field is not None:  # the 9t shape
            point = field.split(".", 1)[1] if field.startswith("description.") else None
            kind = getattr(block, "kind", "body")
            index = getattr(block, "index", 0)
            if kind in ("label", "heading") or point is None or index < 0:
                return PlacedLine(Anchor(point, True), page, top)
            if kind == "row":
                return PlacedLine(Anchor(point, False, index, 0, "row", getattr(block, "row", 0)), page, top)
            if kind == "caption":
                return PlacedLine(Anchor(point, False, index, start, "caption"), page, top)
            return PlacedLine(Anchor(point, False, index, start), page, top)
        if block.kind != "body" or block.point_id is None:
            return PlacedLine(Anchor(block.point_id, True), page, top)
        index, offset = block_of_plain_offset(self._texts(block.point_id), block.offset + start)
        return PlacedLine(Anchor(block.point_id, False, index, offset), page, top)

    def first_on_page(self, page: int) -> PlacedLine | None:
        for block, line, at_page, top, _lines, _bottom in self._marks():
            if at_page >= page:
                return self._place(block, line, at_page, top)
        return None

    def last_page(self) -> int:
        return max((mark[2] for mark in self._marks()), default=0)

    def all(self) -> list[PlacedLine]:
        return [self._place(block, line, page, top) for block, line, page, top, _n, _b in self._marks()]

    def usage(self, text_height_twips: int, pitch_twips: int, max_pages: int) -> PageUsage:
        last_page, on_last, bottom = -1, 0, 0
        for _block, _line, page, _top, lines, low in self._marks():
            if page > last_page:
                last_page, on_last, bottom = page, 0, 0
            if page == last_page:
                on_last += lines
                bottom = max(bottom, low)
        per_page = text_height_twips // pitch_twips
        if last_page < 0:
            return PageUsage(0, 0, per_page * max_pages, False)
        over = last_page >= max_pages
        remaining = 0
        if not over:
            remaining = max(0, (text_height_twips - bottom) // pitch_twips) + (max_pages - 1 - last_page) * per_page
        return PageUsage(last_page, on_last, remaining, over)


def first_line_on_page(lines: DescriptionLines | list[PlacedLine], page: int) -> PlacedLine | None:
    """The first line the engine puts on page `page` (0-based) or later."""
    if isinstance(lines, DescriptionLines):
        return lines.first_on_page(page)
    return next((line for line in lines if line.page >= page), None)


class PageUsage(NamedTuple):
    full_pages: int  # pages before the last one used
    last_lines: int  # lines on the last page used
    remaining_lines: int  # lines still free before the limit (0 when over)
    over: bool
