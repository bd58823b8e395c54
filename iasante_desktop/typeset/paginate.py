"""Greedy pagination as the word processor does it: lines at a fixed pitch, space before and after each
paragraph, widow/orphan control, keep-with-next, page breaks before. Pure arithmetic in twips.

Measured against LibreOffice 7.4 (NOTES.md, tests/fidelity): a line fits when its bottom is within the
text height; between two paragraphs the larger of the space after and the space before applies, not their
sum (label -> heading 240, body -> heading 240, measured in the PDF); a paragraph's space after may run
past the bottom of the page; spacing is dropped at the top of a page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A paragraph (or a table row) as the paginator sees it."""

    lines: int
    line_height: int  # twips, every line's unless `heights` says otherwise
    space_before: int = 0
    space_after: int = 0
    keep_with_next: bool = False
    page_break_before: bool = False
    splittable: bool = True  # a table row or a figure is not
    heights: tuple[int, ...] | None = None  # per line, when lines differ (a figure's line, a table row)
    page_top_extra: int = 0  # twips added above the block when it opens a page (a table row's top border)
    widow: int | None = None  # the block's own widow/orphan minimum (a table row split by force: 1)
    split_foot: int = 0  # twips a part that does not end the block needs below it (a split row's border)

    def height(self, index: int) -> int:
        return self.line_height if self.heights is None else self.heights[index]


@dataclass(frozen=True)
class LinePlace:
    page: int  # 0-based, counted from the first page of the flow
    top: int  # twips below the top of the text area
    opens_page: bool = False  # the first line placed on its page


@dataclass(frozen=True)
class Flow:
    places: list[list[LinePlace]]  # per block, per line
    pages: int  # pages used (at least 1)
    last_bottom: int  # twips used on the last page, to the bottom of its last line
    height: int  # the text height of a page, twips

    @property
    def fractional_pages(self) -> float:
        """Full pages plus the used part of the last one: 1.6 is one page and 60 % of the next."""
        if self.last_bottom == 0:
            return 0.0
        return (self.pages - 1) + self.last_bottom / self.height


class _State:
    __slots__ = ("page", "y", "empty_page", "pending_after")

    def __init__(self, page: int = 0, y: int = 0, empty_page: bool = True, pending_after: int = 0):
        self.page = page
        self.y = y  # bottom of the last line placed
        self.empty_page = empty_page
        self.pending_after = pending_after  # the space after the last paragraph, not yet spent

    def copy(self) -> _State:
        return _State(self.page, self.y, self.empty_page, self.pending_after)

    def new_page(self) -> None:
        self.page += 1
        self.y = 0
        self.empty_page = True
        self.pending_after = 0


def _place(block: Block, state: _State, height: int, widow: int) -> list[LinePlace]:
    """Place one block from `state`, which it advances; the places of its lines."""
    if block.widow is not None:
        widow = block.widow
    if block.page_break_before and not state.empty_page:
        state.new_page()
    places: list[LinePlace] = []
    done = 0
    first_chunk = True
    while done < block.lines:
        remaining = block.lines - done
        # Spacing is dropped at the top of a page, except above a paragraph that opens the page on purpose
        # (a page break before it): LibreOffice keeps that one.
        keeps_space = not state.empty_page or block.page_break_before
        before = max(block.space_before, state.pending_after) if (first_chunk and keeps_space) else 0
        if state.empty_page:
            before += block.page_top_extra
        top = state.y + before
        if block.heights is None:  # every line the same height: no loop (the common case, a paragraph)
            fit = min(remaining, max(0, (height - top) // block.line_height))
        else:
            fit = 0
            bottom = top
            while fit < remaining and bottom + block.heights[done + fit] + (
                block.split_foot if fit < remaining - 1 else 0
            ) <= height:
                bottom += block.heights[done + fit]
                fit += 1
        if fit >= remaining:
            take = remaining
        elif not block.splittable:
            take = 0
        else:
            # Leave at least `widow` lines for the next page and at least `widow` on this one.
            take = min(fit, remaining - widow)
            if take < widow:
                take = 0
        if take == 0:
            if not state.empty_page:
                state.new_page()
                continue
            take = max(1, min(fit, remaining))  # taller than a page: fill it, nothing better exists
        y = top
        opens = state.empty_page
        if block.heights is None:
            places.extend(LinePlace(state.page, top + k * block.line_height) for k in range(take))
            y = top + take * block.line_height
        else:
            for k in range(take):
                places.append(LinePlace(state.page, y))
                y += block.heights[done + k]
        if opens:
            places[len(places) - take] = LinePlace(state.page, top, True)
        done += take
        state.y = y
        state.empty_page = False
        first_chunk = False
        if done < block.lines:
            state.new_page()
    state.pending_after = block.space_after
    return places


def paginate(blocks: list[Block], height: int, widow_orphan: int = 2) -> Flow:
    """Lay `blocks` out on pages of `height` twips of text; the first block starts a page."""
    state = _State()
    places: list[list[LinePlace]] = []
    for i, block in enumerate(blocks):
        # Keeping with a paragraph that opens a new page anyway would only leave this one alone there.
        following_breaks = i + 1 < len(blocks) and blocks[i + 1].page_break_before
        if block.keep_with_next and i + 1 < len(blocks) and not following_breaks and not state.empty_page:
            # A chain of blocks kept with the next (a heading, then a table's header row) goes along with the
            # first line of the block that ends it.
            trial = state.copy()
            own = _place(block, trial, height, widow_orphan)
            j = i + 1
            while own and j < len(blocks) and not blocks[j].page_break_before:
                following = _place(blocks[j], trial, height, widow_orphan)
                if following and following[0].page != own[-1].page:
                    state.new_page()
                    break
                if not blocks[j].keep_with_next:
                    break
                j += 1
        places.append(_place(block, state, height, widow_orphan))
    last_page = max((p.page for block_places in places for p in block_places), default=-1)
    if last_page < 0:
        return Flow(places, 1, 0, height)
    bottom = max(
        p.top + block.height(k)
        for block, block_places in zip(blocks, places)
        for k, p in enumerate(block_places)
        if p.page == last_page
    )
    return Flow(places, last_page + 1, bottom, height)
