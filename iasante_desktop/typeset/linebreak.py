"""Where a line may end, the way LibreOffice decides it, and the greedy filling of lines.

LibreOffice 7.4 does not follow Unicode's line breaking (UAX #14) where Qt does, so the break positions
are ours, measured against LibreOffice (tests/fidelity and docs in this module's constants):
- a line may start after any space, except with ":", "?", "!", ";" or "/" ("deux : points" stays
  together) or after an opening bracket — unless that space is what overflows the line; unlike UAX #14 it
  may start with "»" after a space;
- never after "/" inside a word ("Numérique/Mathématiques", URLs), except to cut a paragraph's first word
  that is longer than the line; a word is never cut inside a ligature;
- after a hyphen or a dash that follows a letter or digit ("2025-|2026", "univ-|toulouse"), after "?",
  "!" and "…" inside a word ("sante?|id", "mot…|suite").
Widths come from one unwrapped QTextLayout of the segment, shaped once as the word processor does.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QFont, QTextLayout, QTextOption

_SPACES = " \t"
_BREAKING_DASHES = "-\u2010\u2013\u2014"  # hyphen, Unicode hyphen, en dash, em dash (not U+2011)
# After a space, LibreOffice still refuses to start a line with these (measured: "deux : points",
# "pourquoi ?", "vraiment !", "mot ;", "x / y" stay together; "»" and ")" may start a line) — unless the
# space itself is what overflows the line: the line then ends at that space (see `_held_breaks`).
_NO_LINE_START_AFTER_SPACE = set(":?!/;")
# ... and to end a line with an opening bracket followed by spaces: "( mot" stays together.
_NO_LINE_END_BEFORE_SPACE = set("([{")
# Characters after which a line may end when a letter or digit follows directly ("sante?id", "mot…suite").
_BREAK_AFTER = set("?!\u2026\u200b")

_NO_WRAP = QTextOption()
_NO_WRAP.setUseDesignMetrics(True)
_NO_WRAP.setWrapMode(QTextOption.WrapMode.NoWrap)

# An unwrapped line can be as long as a paragraph; Qt takes the width as a float.
_UNLIMITED = 1.0e12


def break_positions(text: str) -> list[int]:
    """Offsets at which a new line may start (never 0, always ending with len(text))."""
    positions: list[int] = []
    n = len(text)
    last_ink = ""  # the last character before the current run of spaces
    for pos in range(1, n):
        before, here = text[pos - 1], text[pos]
        if before not in _SPACES:
            last_ink = before
        if before in _SPACES:
            if here not in _SPACES and here not in _NO_LINE_START_AFTER_SPACE and last_ink not in _NO_LINE_END_BEFORE_SPACE:
                positions.append(pos)
        elif here in _SPACES:
            continue
        elif before in _BREAK_AFTER and here.isalnum():
            positions.append(pos)
        elif before in _BREAKING_DASHES and pos >= 2 and text[pos - 2].isalnum():
            positions.append(pos)
    positions.append(n)
    return positions


def _held_breaks(text: str) -> list[int]:
    """Offsets where a line would start but for _NO_LINE_START_AFTER_SPACE ("mot : suite": the ":")."""
    held = []
    last_ink = ""
    for pos in range(1, len(text)):
        before, here = text[pos - 1], text[pos]
        if before not in _SPACES:
            last_ink = before
        elif here in _NO_LINE_START_AFTER_SPACE and last_ink not in _NO_LINE_END_BEFORE_SPACE:
            held.append(pos)
    return held


def shape(text: str, font: QFont) -> QTextLayout:
    """The segment shaped on one unlimited line: the source of every width we compare."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_NO_WRAP)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(_UNLIMITED)
    layout.endLayout()
    return layout


# A segment's fonts: (end offset, font) of each run, in order, the last ending at the segment's length.
Runs = tuple[tuple[int, QFont], ...]


def _runs_of(text: str, fonts: QFont | Runs) -> Runs:
    return ((len(text), fonts),) if isinstance(fonts, QFont) else fonts


class _Widths:
    """x of a character offset on the shaped line, asked only where the greedy fill needs it.

    Between two break opportunities the advances add up (kerning is off and no ligature spans a break or a
    change of font, which the word processor shapes apart), so each chunk, or each piece of a chunk in one
    font, is shaped once and cached by its text and font: a keystroke re-shapes one word, not the paragraph.
    Offsets that are neither a chunk's start nor its ink end (a word cut because it is longer than the
    line) are measured piece by piece from the start of their run.
    """

    def __init__(self, text: str, runs: Runs, breaks: list[int]):
        self.text = text
        self.runs = runs
        self._layout: QTextLayout | None = None
        self._x: dict[int, float] = {0: 0.0}
        caches = [_chunk_cache(font) for _, font in runs]
        x = 0.0
        start = 0
        run = 0
        for end in breaks:
            ink_x = None
            piece_start = start
            while piece_start < end:
                while runs[run][0] <= piece_start:
                    run += 1
                run_end, font = runs[run]
                piece_end = min(end, run_end)
                piece = text[piece_start:piece_end]
                widths = caches[run].get(piece)
                if widths is None:
                    widths = chunk_widths(piece, font)
                ink, full = widths
                if piece.strip(_SPACES):
                    ink_x = x + ink
                x += full
                self._x.setdefault(piece_end, x)
                piece_start = piece_end
            self._x.setdefault(self.ink_end(start, end), x if ink_x is None else ink_x)
            self._x[end] = x
            start = end

    @property
    def layout(self) -> QTextLayout:
        if self._layout is None:
            self._layout = shape(self.text, self.runs[0][1])
        return self._layout

    def cluster_starts(self) -> set[int]:
        """Offsets where a glyph cluster starts in the shaped segment (a ligature covers two or three
        characters), and its end."""
        starts = {len(self.text)}
        flags = QTextLayout.GlyphRunRetrievalFlag
        for run in self.layout.glyphRuns(-1, -1, flags.RetrieveStringIndexes | flags.RetrieveGlyphIndexes):
            starts.update(run.stringIndexes())
        return starts

    def x(self, pos: int) -> float:
        value = self._x.get(pos)
        if value is None:
            # Start from the run's beginning (always known: runs end on pieces) and shape to `pos`.
            run_start = 0
            for run_end, font in self.runs:
                if pos <= run_end:
                    break
                run_start = run_end
            base = self._x.get(run_start)
            if base is None:
                base = self.x(run_start) if run_start else 0.0
            value = base + _measure_chunk(self.text[run_start:pos], font)[1]
            self._x[pos] = value
        return value

    def ink_end(self, start: int, end: int) -> int:
        """`end` less the trailing spaces, which hang into the margin as in a word processor."""
        while end > start and self.text[end - 1] in _SPACES:
            end -= 1
        return end


_CHUNK_CACHE_LIMIT = 50_000
_chunk_caches: dict[str, dict[str, tuple[float, float]]] = {}


def _chunk_cache(font: QFont) -> dict[str, tuple[float, float]]:
    return _chunk_caches.setdefault(font.key(), {})  # the key names size, weight and features


def chunk_widths(chunk: str, font: QFont) -> tuple[float, float]:
    cache = _chunk_cache(font)
    widths = cache.get(chunk)
    if widths is None:
        widths = _measure_chunk(chunk, font)
        if len(cache) > _CHUNK_CACHE_LIMIT:
            cache.clear()
        cache[chunk] = widths
    return widths


def _measure_chunk(chunk: str, font: QFont) -> tuple[float, float]:
    """(width without trailing spaces, width with them) of a chunk shaped on its own."""
    if not chunk:
        return 0.0, 0.0
    layout = shape(chunk, font)  # must outlive `line`: a QTextLine points into its layout
    line = layout.lineAt(0)
    ink = len(chunk.rstrip(_SPACES))
    return line.cursorToX(ink)[0], line.cursorToX(len(chunk))[0]


def fill_lines(text: str, fonts: QFont | Runs, width: float) -> list[tuple[int, int]]:
    """Greedy line filling of one segment (no forced break inside): (start, length) of each line.
    `fonts` is one font, or the segment's runs: break positions are the segment's, widths each run's."""
    if not text:
        return [(0, 0)]
    breaks = break_positions(text)
    widths = _Widths(text, _runs_of(text, fonts), breaks)
    lines: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    # Lines end near where the average advance predicts: start there and step, a few x lookups per line.
    average = max(widths.x(n) / n, 1.0)
    last = len(breaks) - 1
    first_word_end = next((i for i, c in enumerate(text) if c in _SPACES), n)
    held = [] if _NO_LINE_START_AFTER_SPACE.isdisjoint(text) else _held_breaks(text)
    while start < n:
        x0 = widths.x(start)
        first = bisect_right(breaks, start)

        def fits(index: int) -> bool:
            return widths.x(widths.ink_end(start, breaks[index])) - x0 <= width

        guess = min(max(bisect_right(breaks, start + int(width / average)) - 1, first), last)
        if fits(guess):
            best = guess
            while best < last and fits(best + 1):
                best += 1
        else:
            best = guess - 1
            while best >= first and not fits(best):
                best -= 1
        if best >= first:
            end = breaks[best]
        else:
            end = _emergency_break(text, widths, start, breaks[first], x0, width, start < first_word_end)
        if held:
            end = _space_overflow(text, widths, held, start, end, breaks, x0, width)
        lines.append((start, end - start))
        start = end
    return lines


def _space_overflow(
    text: str, widths: _Widths, held: list[int], start: int, end: int, breaks: list[int], x0: float, width: float
) -> int:
    """A line ends at a space that overflows it even before ":", "?", "!", ";" or "/": LibreOffice cuts
    where the text overflows when that is a space (measured: "… et d'explicabilité" | ": cartes" when the
    word fits and its space does not; "… et" | "d'explicabilité : cartes" when the space fits too)."""
    following = breaks[bisect_right(breaks, end)] if end < len(text) else end
    for h in reversed(held[bisect_right(held, end) : bisect_right(held, following - 1)]):
        space = h
        while space > start and text[space - 1] in _SPACES:
            space -= 1
        if space <= start:
            continue
        if widths.x(space) - x0 <= width < widths.x(space + 1) - x0:
            return h
    return end


def _emergency_break(
    text: str, widths: _Widths, start: int, limit: int, x0: float, width: float, first_word: bool = False
) -> int:
    """A word longer than the line is cut where it overflows, at least one character per line.

    LibreOffice cuts the paragraph's first word after its last "/" that fits, when it has one
    ("Numéri|que/|Mathém|atiques/|Informa|tique"), but any later word where it overflows ("et Santé/Bi|omédica|
    l/Médic|al"): measured in tests/fidelity/test_rich_agreement.py's narrow table cells."""
    lo, hi = start + 1, limit
    best = start + 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if widths.x(mid) - x0 <= width:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    if first_word:
        slash = text.rfind("/", start, best - 1)  # LibreOffice looks before the last character that fits
        if slash >= start:
            return slash + 1
    # Not inside a ligature: "Informa|tique", not "Informat|ique" ("ti" is one glyph in Carlito).
    clusters = widths.cluster_starts()
    cut = best
    while cut > start + 1 and cut not in clusters:
        cut -= 1
    if cut in clusters:
        best = cut
    # Never split a surrogate pair or separate a combining mark from its letter.
    while best < limit and not widths.layout.isValidCursorPosition(best):
        best += 1
    return best
