"""Formatted text as the dossier holds it: one small tree that every reader and writer meets in the middle.

Pandoc's design in miniature. A text is a sequence of blocks: paragraphs (runs of text with marks, possibly a
list item at a level), figures (an image with its size on the page and a caption) and simple tables (rows of
cells holding paragraphs). The Word reader and writer (documents/), the layout engine (typeset/) and the
editor (gui/) each convert to and from this tree and know nothing of one another. No Qt here.

Conventions kept from the plain-text model: U+2028 (LINE SEPARATOR) inside a span is a line break within the
paragraph (Shift+Enter, Word's <w:br/>); `plain()` joins paragraphs with "\\n", so a plain text and its
rich twin have the same plain form.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

LINE_BREAK = "\u2028"

BOLD, ITALIC, UNDERLINE, SUPERSCRIPT, SUBSCRIPT = "bold", "italic", "underline", "superscript", "subscript"
MARKS = (BOLD, ITALIC, UNDERLINE, SUPERSCRIPT, SUBSCRIPT)
BULLET, NUMBER = "bullet", "number"
LIST_KINDS = (BULLET, NUMBER)
MAX_LIST_LEVEL = 8  # Word's numbering definitions have nine levels, 0 to 8
ALIGNS = ("left", "center", "right", "justify")
IMAGE_TYPES = ("image/png", "image/jpeg")  # what a figure holds; other formats are converted or refused on entry
NO_MARKS: frozenset[str] = frozenset()


class RichTextError(ValueError):
    """A formatted text in JSON that does not follow docs/interchange.md; the message names the place."""


class Span(NamedTuple):
    """A run of text with one set of marks."""

    text: str
    marks: frozenset[str] = NO_MARKS


class ListItem(NamedTuple):
    """What makes a paragraph a list item. Consecutive items with the same `list_id` are one list, so a
    numbered list restarts at 1 when its id changes."""

    kind: str  # BULLET or NUMBER
    level: int = 0  # 0-based nesting level
    list_id: int = 1


class Para(NamedTuple):
    spans: tuple[Span, ...] = ()
    list_item: ListItem | None = None
    align: str = "left"

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


class Figure(NamedTuple):
    """An image in its own paragraph, `width_pt` by `height_pt` on the page, with an optional caption below."""

    data: bytes
    mime: str
    width_pt: float
    height_pt: float
    caption: tuple[Span, ...] = ()
    name: str = ""  # the file name it came from, for messages and the Word package

    @property
    def caption_text(self) -> str:
        return "".join(span.text for span in self.caption)

    @property
    def sha256(self) -> str:
        import hashlib  # here: the start-up path has no figure to hash (2 ms)

        return hashlib.sha256(self.data).hexdigest()


class Cell(NamedTuple):
    paras: tuple[Para, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


class Table(NamedTuple):
    """Rows of cells. `widths` in twips per column (empty: equal shares of the text width); the first
    `header_rows` rows are headers, repeated by a word processor and shaded in the dossier."""

    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...] = ()
    header_rows: int = 0
    shaded_rows: tuple[int, ...] = ()  # row indexes drawn on a grey ground (the budget's header and TOTAL)

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


Block = Para | Figure | Table


class RichText:
    """An immutable formatted text. Equal texts compare and hash equal, so layouts can be cached by text."""

    __slots__ = ("blocks", "_hash", "_plain")

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        object.__setattr__(self, "blocks", tuple(blocks))
        object.__setattr__(self, "_hash", None)
        object.__setattr__(self, "_plain", None)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("RichText is immutable")

    # Immutable: a copy is the text itself.
    def __copy__(self) -> RichText:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> RichText:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (RichText, (self.blocks,))

    def __eq__(self, other: object) -> bool:
        # A plain string equals the text it converts to: "a\nb" == RichText.from_plain("a\nb"), a bold "a" is
        # not "a".
        if isinstance(other, RichText):
            return self.blocks == other.blocks
        if isinstance(other, str):
            return self.blocks == RichText.from_plain(other).blocks
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            value = hash(self.plain()) if self.is_plain() else hash(self.blocks)
            object.__setattr__(self, "_hash", value)
        return self._hash  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"RichText({self.plain()[:60]!r}, {len(self.blocks)} blocks)"

    def __str__(self) -> str:
        return self.plain()

    def __bool__(self) -> bool:
        return not self.is_blank()

    def __add__(self, other: RichText | str) -> RichText:
        """Text typed at the end: `other`'s first paragraph continues the last one, as typing would."""
        if isinstance(other, str):
            other = RichText.from_plain(other)
        elif not isinstance(other, RichText):
            return NotImplemented
        if not self.blocks or not other.blocks:
            return RichText(self.blocks + other.blocks)
        last, first = self.blocks[-1], other.blocks[0]
        if isinstance(last, Para) and isinstance(first, Para):
            joined = last._replace(spans=normalized_spans(last.spans + first.spans))
            return RichText(self.blocks[:-1] + (joined,) + other.blocks[1:])
        return RichText(self.blocks + other.blocks)

    @classmethod
    def from_plain(cls, text: str) -> RichText:
        """The plain-text form ("\\n" between paragraphs, U+2028 inside one) as unformatted paragraphs.
        An empty text has no block."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text:
            return EMPTY
        return cls(Para((Span(p),) if p else ()) for p in text.split("\n"))

    def plain(self) -> str:
        """Every paragraph's text, "\\n" between them: table cells in reading order, a figure by its caption."""
        if self._plain is None:
            object.__setattr__(self, "_plain", "\n".join(p.text for p in self.paragraphs()))
        return self._plain  # type: ignore[return-value]

    def paragraphs(self) -> Iterator[Para]:
        """Every paragraph, those in table cells and figure captions included, in reading order."""
        for block in self.blocks:
            if isinstance(block, Para):
                yield block
            elif isinstance(block, Figure):
                if block.caption:
                    yield Para(block.caption)
            else:
                for row in block.rows:
                    for cell in row:
                        yield from cell.paras

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def is_blank(self) -> bool:
        return not self.figures() and not self.tables() and not self.plain().strip()

    def is_plain(self) -> bool:
        """True when the text has nothing a plain text could not say (no mark, list, figure or table)."""
        return all(
            isinstance(b, Para) and b.list_item is None and b.align == "left" and all(not s.marks for s in b.spans)
            for b in self.blocks
        )

    def with_blocks(self, blocks: Iterable[Block]) -> RichText:
        return RichText(blocks)


EMPTY = RichText()


def as_rich(value: RichText | str | None) -> RichText:
    """What a setter was given, as a RichText: plain strings (format 1, tests, imports) are converted."""
    if isinstance(value, RichText):
        return value
    if value is None:
        return EMPTY
    if isinstance(value, str):
        return RichText.from_plain(value)
    raise TypeError(f"a text is expected, not {type(value).__name__}")


def marks_of(*names: str) -> frozenset[str]:
    return frozenset(names)


def normalized_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans with empty ones dropped and neighbours with the same marks joined: one text, one form."""
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and out[-1].marks == span.marks:
            out[-1] = Span(out[-1].text + span.text, span.marks)
        else:
            out.append(Span(span.text, frozenset(span.marks)))
    return tuple(out)


def normalized(text: RichText) -> RichText:
    """The canonical form of a text: spans joined, superscript and subscript never together (subscript
    wins, as in Word), list levels within range."""

    def para(p: Para) -> Para:
        spans = []
        for s in p.spans:
            marks = s.marks
            if SUPERSCRIPT in marks and SUBSCRIPT in marks:
                marks = marks - {SUPERSCRIPT}
            spans.append(Span(s.text, marks))
        item = p.list_item
        if item is not None and not 0 <= item.level <= MAX_LIST_LEVEL:
            item = item._replace(level=min(max(item.level, 0), MAX_LIST_LEVEL))
        return Para(normalized_spans(spans), item, p.align)

    blocks: list[Block] = []
    for b in text.blocks:
        if isinstance(b, Para):
            blocks.append(para(b))
        elif isinstance(b, Figure):
            blocks.append(b._replace(caption=para(Para(b.caption)).spans))
        else:
            rows = tuple(tuple(Cell(tuple(para(p) for p in cell.paras)) for cell in row) for row in b.rows)
            blocks.append(b._replace(rows=rows))
    return RichText(blocks)


# ---- JSON (docs/interchange.md, "Formatted text") ---------------------------------------------------------

ImageOut = Callable[[Figure], dict[str, Any]]
ImageIn = Callable[[dict[str, Any], str], tuple[bytes, str]]


def inline_image(figure: Figure) -> dict[str, Any]:
    return {"mime": figure.mime, "data_base64": base64.b64encode(figure.data).decode("ascii")}


def _spans_out(spans: tuple[Span, ...]) -> list[Any]:
    return [s.text if not s.marks else {"text": s.text, "marks": sorted(s.marks)} for s in spans]


def _para_out(p: Para) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "para", "spans": _spans_out(p.spans)}
    if p.list_item is not None:
        out["list"] = {"kind": p.list_item.kind, "level": p.list_item.level, "id": p.list_item.list_id}
    if p.align != "left":
        out["align"] = p.align
    return out


def to_json(text: RichText, image_out: ImageOut = inline_image) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    for b in text.blocks:
        if isinstance(b, Para):
            blocks.append(_para_out(b))
        elif isinstance(b, Figure):
            blocks.append(
                {
                    "type": "figure",
                    "image": image_out(b),
                    "name": b.name,
                    "width_pt": round(b.width_pt, 2),
                    "height_pt": round(b.height_pt, 2),
                    "caption": _spans_out(b.caption),
                }
            )
        else:
            blocks.append(
                {
                    "type": "table",
                    "widths": list(b.widths),
                    "header_rows": b.header_rows,
                    "shaded_rows": list(b.shaded_rows),
                    "rows": [[[_para_out(p) for p in cell.paras] for cell in row] for row in b.rows],
                }
            )
    return {"blocks": blocks}


def _fail(where: str, why: str) -> RichTextError:
    return RichTextError(f"« {where} »: {why}")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, "un objet est attendu (object expected)")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, "une liste est attendue (list expected)")
    return value


def _spans_in(value: Any, where: str) -> tuple[Span, ...]:
    spans = []
    for i, raw in enumerate(_list(value, where)):
        if isinstance(raw, str):
            spans.append(Span(raw))
            continue
        raw = _obj(raw, f"{where}[{i}]")
        text = raw.get("text")
        marks = raw.get("marks", [])
        if not isinstance(text, str):
            raise _fail(f"{where}[{i}].text", "un texte est attendu (string expected)")
        if not isinstance(marks, list) or not all(m in MARKS for m in marks):
            raise _fail(f"{where}[{i}].marks", f"marques connues : {', '.join(MARKS)} (known marks)")
        spans.append(Span(text, frozenset(marks)))
    return tuple(spans)


def _int(raw: dict[str, Any], key: str, where: str, default: int, low: int, high: int) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(f"{where}.{key}", f"entier de {low} à {high} attendu (integer expected)")
    return value


def _number(raw: dict[str, Any], key: str, where: str) -> float:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 5000:
        raise _fail(f"{where}.{key}", "une taille en points, positive, est attendue (size in points expected)")
    return float(value)


def _para_in(value: Any, where: str) -> Para:
    raw = _obj(value, where)
    if raw.get("type", "para") != "para":
        raise _fail(f"{where}.type", "un paragraphe est attendu (paragraph expected)")
    item = None
    if raw.get("list") is not None:
        lst = _obj(raw["list"], f"{where}.list")
        kind = lst.get("kind")
        if kind not in LIST_KINDS:
            raise _fail(f"{where}.list.kind", f"{' ou '.join(LIST_KINDS)} attendu")
        item = ListItem(
            kind,
            _int(lst, "level", f"{where}.list", 0, 0, MAX_LIST_LEVEL),
            _int(lst, "id", f"{where}.list", 1, 0, 2**31),
        )
    align = raw.get("align", "left")
    if align not in ALIGNS:
        raise _fail(f"{where}.align", f"{', '.join(ALIGNS)} attendu")
    return Para(_spans_in(raw.get("spans", []), f"{where}.spans"), item, align)


def inline_image_in(raw: dict[str, Any], where: str) -> tuple[bytes, str]:
    mime = raw.get("mime")
    if mime not in IMAGE_TYPES:
        raise _fail(f"{where}.mime", f"{' ou '.join(IMAGE_TYPES)} attendu")
    data = raw.get("data_base64")
    if not isinstance(data, str):
        raise _fail(f"{where}.data_base64", "l'image en base64 est attendue (base64 image expected)")
    try:
        return base64.b64decode(data, validate=True), mime
    except (binascii.Error, ValueError):
        raise _fail(f"{where}.data_base64", "base64 invalide (invalid base64)") from None


def from_json(value: Any, where: str = "", image_in: ImageIn = inline_image_in) -> RichText:
    """A text from its JSON form; a plain string (format 1) is read as plain paragraphs."""
    if isinstance(value, str):
        return RichText.from_plain(value)
    raw = _obj(value, where)
    blocks: list[Block] = []
    for i, b in enumerate(_list(raw.get("blocks", []), f"{where}.blocks")):
        here = f"{where}.blocks[{i}]"
        b = _obj(b, here)
        kind = b.get("type", "para")  # a paragraph may omit its type (and a draft cut short loses it)
        if kind == "para":
            blocks.append(_para_in(b, here))
        elif kind == "figure":
            data, mime = image_in(_obj(b.get("image"), f"{here}.image"), f"{here}.image")
            name = b.get("name", "")
            if not isinstance(name, str):
                raise _fail(f"{here}.name", "un texte est attendu (string expected)")
            blocks.append(
                Figure(
                    data,
                    mime,
                    _number(b, "width_pt", here),
                    _number(b, "height_pt", here),
                    _spans_in(b.get("caption", []), f"{here}.caption"),
                    name,
                )
            )
        elif kind == "table":
            widths = _list(b.get("widths", []), f"{here}.widths")
            if not all(isinstance(w, int) and not isinstance(w, bool) and 0 < w < 100_000 for w in widths):
                raise _fail(f"{here}.widths", "des largeurs en twips sont attendues (widths in twips)")
            rows = []
            for r, row in enumerate(_list(b.get("rows", []), f"{here}.rows")):
                cells = []
                for c, cell in enumerate(_list(row, f"{here}.rows[{r}]")):
                    paras = _list(cell, f"{here}.rows[{r}][{c}]")
                    cells.append(Cell(tuple(_para_in(p, f"{here}.rows[{r}][{c}][{k}]") for k, p in enumerate(paras))))
                rows.append(tuple(cells))
            shaded = _list(b.get("shaded_rows", []), f"{here}.shaded_rows")
            if not all(isinstance(r, int) and not isinstance(r, bool) and 0 <= r < len(rows) for r in shaded):
                raise _fail(f"{here}.shaded_rows", "des numéros de ligne sont attendus (row indexes expected)")
            blocks.append(Table(tuple(rows), tuple(widths), _int(b, "header_rows", here, 0, 0, 1000), tuple(shaded)))
        else:
            raise _fail(f"{here}.type", "para, figure ou table attendu (para, figure or table expected)")
    return RichText(blocks)
