"""A document as a flow of paragraphs and table rows, broken into lines and pages by one function.

The description counter, the description in the PDF and the rest of the PDF all go through lay_out(), so
the page the user is told a line falls on is the page the committee finds it on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iasante_desktop.typeset.paginate import Block, Flow, LinePlace, paginate

if TYPE_CHECKING:
    from iasante_desktop.typeset.engine import LayoutEngine

Span = tuple[int, int]


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "left"  # "left", "center" or "right"
    space_before: int = 0  # twips
    space_after: int = 0
    keep_with_next: bool = False
    page_break_before: bool = False
    bookmark: str | None = None  # a section title for the PDF outline
    tag: Any = None  # what the caller needs to find this paragraph again (point id, offset)


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    align: str = "left"


@dataclass(frozen=True)
class Row:
    """A table row: never split across pages; cells laid out at their column's inner width."""

    cells: tuple[Cell, ...]
    widths: tuple[int, ...]  # twips, per column, borders to borders
    padding: int = 108  # twips left and right inside each cell, Word's default
    shaded: bool = False
    space_before: int = 0
    space_after: int = 0
    page_break_before: bool = False
    keep_with_next: bool = False
    bookmark: str | None = None


Item = Paragraph | Row


@dataclass
class LaidOut:
    items: list[Item]
    spans: list[list[list[Span]]]  # per item, per cell (one "cell" for a paragraph), the lines
    flow: Flow
    line_height: int

    def places(self, index: int) -> list[LinePlace]:
        return self.flow.places[index]

    bookmarks: list[tuple[str, int]] = field(default_factory=list)


def lay_out(items: list[Item], engine: LayoutEngine) -> LaidOut:
    typography = engine.typography
    pitch = typography.line_pitch_twips
    spans: list[list[list[Span]]] = []
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, Paragraph):
            lines = engine.paragraph_spans(item.text, None, bold=item.bold, italic=item.italic)
            spans.append([lines])
            blocks.append(
                Block(
                    lines=len(lines),
                    line_height=pitch,
                    space_before=item.space_before,
                    space_after=item.space_after,
                    keep_with_next=item.keep_with_next,
                    page_break_before=item.page_break_before,
                )
            )
        else:
            cells = []
            for cell, width in zip(item.cells, item.widths):
                inner = max(1, width - 2 * item.padding)
                cell_lines: list[Span] = []
                offset = 0
                for paragraph in cell.text.split("\n"):
                    cell_lines.extend(
                        (offset + s, n) for s, n in engine.paragraph_spans(paragraph, inner, bold=cell.bold)
                    )
                    offset += len(paragraph) + 1
                cells.append(cell_lines)
            spans.append(cells)
            blocks.append(
                Block(
                    lines=max(len(c) for c in cells),
                    line_height=pitch,
                    space_before=item.space_before,
                    space_after=item.space_after,
                    keep_with_next=item.keep_with_next,
                    page_break_before=item.page_break_before,
                    splittable=False,
                )
            )
    flow = paginate(blocks, typography.text_height_twips, typography.widow_orphan_lines)
    bookmarks = [
        (item.bookmark, flow.places[i][0].page)
        for i, item in enumerate(items)
        if item.bookmark and flow.places[i]
    ]
    return LaidOut(items, spans, flow, pitch, bookmarks)
