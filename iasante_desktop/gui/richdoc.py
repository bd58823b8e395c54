"""The editor's edge of the formatted-text tree: RichText <-> QTextDocument, and what a paste brings in.

The editor edits core.richtext.RichText and nothing else; this module is the one place that knows how the tree
looks in a QTextDocument:

- a paragraph is a block; marks are char formats (weight, italic, underline, vertical alignment); U+2028
  stays a line separator inside the block;
- a list item is a block in a QTextList whose indent is level + 1 and whose format carries the list's id
  (LIST_ID), so consecutive lists stay distinct and a numbered list restarts where the model says;
- a figure is a block holding one image (QTextImageFormat named "figure:<sha256>", the image held as a
  resource of the document, the original bytes, type and size in points as format properties) followed by
  its caption block (CAPTION property), which the user edits in place;
- a table is a QTextTable; its column widths (twips), header and shaded rows ride on the table format.

The paste filter reads foreign HTML (Word, LibreOffice, a web page) through Qt's HTML reader into a scratch
document and then reads that document back as the tree: what the tree holds (emphasis, lists, tables,
images) is kept, fonts, colours and sizes are never read. A bullet glyph then a tab (or spaces) at the start
of a paragraph, as Word's HTML and plain text carry lists, becomes a list item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtCore import Qt

from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    NUMBER,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    Block,
    Cell,
    Figure,
    ListItem,
    Para,
    RichText,
    Span,
    Table,
    normalized_spans,
)

TEXT_WIDTH_PT = 453.6  # the template's text width: A4 less 2 x 2.5 cm, 9072 twips
TWIPS_PER_PT = 20
OBJECT = "\ufffc"  # what a QTextDocument puts in the text where an image sits

# Custom format properties (QTextFormat.UserProperty and up).
LIST_ID = QTextFormat.Property.UserProperty + 1  # on a QTextListFormat: the model's list_id
FIG_DATA = QTextFormat.Property.UserProperty + 2  # on a QTextImageFormat: the original image bytes
FIG_MIME = QTextFormat.Property.UserProperty + 3
FIG_NAME = QTextFormat.Property.UserProperty + 4
FIG_WIDTH_PT = QTextFormat.Property.UserProperty + 5
FIG_HEIGHT_PT = QTextFormat.Property.UserProperty + 6
CAPTION = QTextFormat.Property.UserProperty + 7  # on a block format: this block is the figure above's caption
FIGURE_BLOCK = QTextFormat.Property.UserProperty + 8  # on a block format: this block holds a figure
TABLE_WIDTHS = QTextFormat.Property.UserProperty + 9  # on a table format: "1234,5678" twips
TABLE_SHADED = QTextFormat.Property.UserProperty + 10  # on a table format: "0,3"
# On a block format: the empty block Qt needs before a table at the start of a document or a cell, or between
# two tables; it is not a paragraph of the text.
SCAFFOLD = QTextFormat.Property.UserProperty + 11

_BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_BULLET_BY_LEVEL = _BULLET_STYLES
_NUMBER_BY_LEVEL = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListLowerRoman,
)
_ALIGN_OUT = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "justify": Qt.AlignmentFlag.AlignJustify,
}


class ScreenScale:
    """Points on paper to pixels on screen for this document (figures, table widths, list indents)."""

    def __init__(self, px_per_pt: float = 96 / 72):
        self.px_per_pt = px_per_pt

    def px(self, pt: float) -> float:
        return pt * self.px_per_pt

    def pt(self, px: float) -> float:
        return px / self.px_per_pt


def _scale(doc: QTextDocument) -> ScreenScale:
    value = doc.property("iasante_px_per_pt")
    return ScreenScale(float(value)) if value else ScreenScale()


def set_screen_scale(doc: QTextDocument, px_per_pt: float, space_after_pt: float = 0.0) -> None:
    """Points to pixels for this document; `space_after_pt`: the space the dossier puts after a paragraph
    (6 pt), shown under each paragraph outside tables so that the sheet is spaced as the printed page."""
    doc.setProperty("iasante_px_per_pt", float(px_per_pt))
    doc.setProperty("iasante_space_after_pt", float(space_after_pt))
    # Word's list indent: 0.63 cm per level (the template's numbering), not Qt's 40 px.
    doc.setIndentWidth(px_per_pt * 17.85)


# ---- marks -----------------------------------------------------------------------------------------------


def char_format(marks: Iterable[str]) -> QTextCharFormat:
    fmt = QTextCharFormat()
    marks = set(marks)
    fmt.setFontWeight(QFont.Weight.Bold if BOLD in marks else QFont.Weight.Normal)
    fmt.setFontItalic(ITALIC in marks)
    fmt.setFontUnderline(UNDERLINE in marks)
    if SUBSCRIPT in marks:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    elif SUPERSCRIPT in marks:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    else:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
    return fmt


def marks_of_format(fmt: QTextCharFormat) -> frozenset[str]:
    marks = set()
    if int(fmt.fontWeight()) >= 600:
        marks.add(BOLD)
    if fmt.fontItalic():
        marks.add(ITALIC)
    if fmt.fontUnderline():
        marks.add(UNDERLINE)
    valign = fmt.verticalAlignment()
    if valign == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        marks.add(SUPERSCRIPT)
    elif valign == QTextCharFormat.VerticalAlignment.AlignSubScript:
        marks.add(SUBSCRIPT)
    return frozenset(marks)


# ---- RichText -> QTextDocument ---------------------------------------------------------------------------


def list_format(kind: str, level: int, list_id: int) -> QTextListFormat:
    fmt = QTextListFormat()
    styles = _BULLET_BY_LEVEL if kind == BULLET else _NUMBER_BY_LEVEL
    fmt.setStyle(styles[level % len(styles)])
    fmt.setIndent(level + 1)
    fmt.setProperty(LIST_ID, int(list_id))
    return fmt


def block_format(align: str = "left") -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(_ALIGN_OUT.get(align, Qt.AlignmentFlag.AlignLeft))
    return fmt


def image_format(doc: QTextDocument, figure: Figure) -> QTextImageFormat:
    """The figure's image as a resource of `doc`, and the format that shows it at its size on paper."""
    # (a figure's name is its hash: the same picture twice is one resource)
    name = f"figure:{figure.sha256}"
    # The bytes, not a decoded QImage: Qt decodes an image resource the first time it is drawn (and keeps
    # it), so opening a page with photos lower down costs no decoding; the size is in the format.
    url = QUrl(name)
    if doc.resource(QTextDocument.ResourceType.ImageResource, url) is None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, url, QByteArray(figure.data))
    scale = _scale(doc)
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(scale.px(figure.width_pt))
    fmt.setHeight(scale.px(figure.height_pt))
    fmt.setProperty(FIG_DATA, QByteArray(figure.data))
    fmt.setProperty(FIG_MIME, figure.mime)
    fmt.setProperty(FIG_NAME, figure.name)
    fmt.setProperty(FIG_WIDTH_PT, float(figure.width_pt))
    fmt.setProperty(FIG_HEIGHT_PT, float(figure.height_pt))
    return fmt


class _Writer:
    """Writes blocks at a cursor; lists are found again by (list_id, kind, level) so items stay together."""

    def __init__(self, cursor: QTextCursor, in_cell: bool = False):
        self.cursor = cursor
        self.doc = cursor.document()
        self.lists: dict[tuple[int, str, int], QTextList] = {}
        self.id_map: dict[int, int] = {}
        after = 0.0 if in_cell else float(self.doc.property("iasante_space_after_pt") or 0.0)
        self.space_after_px = _scale(self.doc).px(after) if after else 0.0

    def _spaced(self, fmt: QTextBlockFormat) -> QTextBlockFormat:
        if self.space_after_px:
            fmt.setBottomMargin(self.space_after_px)
        return fmt

    def _list_for(self, item: ListItem) -> QTextList | None:
        return self.lists.get((item.list_id, item.kind, item.level))

    def para(self, p: Para, new_block: bool) -> None:
        c = self.cursor
        fmt = self._spaced(block_format(p.align))
        if new_block:
            c.insertBlock(fmt, char_format(()))
        else:
            c.setBlockFormat(fmt)
            c.setBlockCharFormat(char_format(()))
        if p.list_item is not None:
            self.list_item(p.list_item)
        for span in p.spans:
            c.insertText(span.text, char_format(span.marks))

    def list_item(self, item: ListItem) -> None:
        existing = self._list_for(item)
        if existing is not None:
            existing.add(self.cursor.block())
        else:
            self.lists[(item.list_id, item.kind, item.level)] = self.cursor.createList(
                list_format(item.kind, item.level, item.list_id)
            )

    def figure(self, f: Figure, new_block: bool) -> None:
        c = self.cursor
        # Left, as the PDF and the Word file place a figure and its caption: the sheet shows what is printed.
        fmt = self._spaced(block_format("left"))
        fmt.setProperty(FIGURE_BLOCK, True)
        if new_block:
            c.insertBlock(fmt, char_format(()))
        else:
            c.setBlockFormat(fmt)
        c.insertImage(image_format(self.doc, f))
        cap = self._spaced(block_format("left"))
        cap.setProperty(CAPTION, True)
        c.insertBlock(cap, char_format(()))
        for span in f.caption:
            c.insertText(span.text, char_format(span.marks))

    def table(self, t: Table, new_block: bool) -> None:
        c = self.cursor
        if not new_block:
            # A fresh block (start of the document, or right after another table): Qt keeps it before the table.
            fmt = block_format()
            fmt.setProperty(SCAFFOLD, True)
            c.setBlockFormat(fmt)
        rows, cols = max(1, len(t.rows)), max(1, t.columns)
        table = c.insertTable(rows, cols, table_format(self.doc, t, cols))
        for r, row in enumerate(t.rows):
            for col, cell in enumerate(row):
                cc = table.cellAt(r, col).firstCursorPosition()
                writer = _Writer(cc, in_cell=True)
                writer.lists = self.lists
                for i, p in enumerate(cell.paras):
                    writer.para(p, new_block=i > 0)
        # The block after the table (Qt always keeps one) is where writing goes on.
        c.setPosition(table.lastPosition() + 1)


def table_format(doc: QTextDocument, t: Table | None, cols: int) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorder(1)
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(_scale(doc).px(2.8))
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    widths = tuple(t.widths) if t is not None else ()
    if widths and len(widths) == cols:
        total = sum(widths)
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in widths])
        fmt.setProperty(TABLE_WIDTHS, ",".join(str(w) for w in widths))
    elif cols:
        # No widths: equal shares of the text width, as the PDF and the Word file draw it, whatever is typed.
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 / cols)] * cols)
    if t is not None:
        fmt.setHeaderRowCount(t.header_rows)
        if t.shaded_rows:
            fmt.setProperty(TABLE_SHADED, ",".join(str(r) for r in t.shaded_rows))
    return fmt


def write_blocks(cursor: QTextCursor, blocks: Iterable[Block], first_new: bool = False) -> None:
    """Write `blocks` at `cursor`: the first one into the cursor's block (unless `first_new`), the others as
    new blocks after it."""
    writer = _Writer(cursor)
    new_block = first_new
    for block in blocks:
        if isinstance(block, Para):
            writer.para(block, new_block)
            new_block = True
        elif isinstance(block, Figure):
            writer.figure(block, new_block)
            new_block = True
        else:
            writer.table(block, new_block)
            new_block = False  # the block after the table is fresh: the next block goes into it


def fill_document(doc: QTextDocument, text: RichText) -> None:
    """Replace `doc`'s content with `text` (a load: the undo history is cleared)."""
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.setBlockCharFormat(char_format(()))
    cursor.setCharFormat(char_format(()))
    write_blocks(cursor, text.blocks)
    doc.setUndoRedoEnabled(undo)
    doc.setModified(False)


def to_document(text: RichText, px_per_pt: float = 96 / 72) -> QTextDocument:
    doc = QTextDocument()
    set_screen_scale(doc, px_per_pt)
    fill_document(doc, text)
    return doc


# ---- QTextDocument -> RichText ---------------------------------------------------------------------------


class _Reader:
    def __init__(self, doc: QTextDocument):
        self.doc = doc
        self.list_ids: dict[int, int] = {}  # id(QTextList key) -> list id for lists without one
        self.missing: list[str] = []  # images that could not be read
        self.next_id = 1 + max(
            (int(fmt.property(LIST_ID)) for fmt in _all_list_formats(doc) if fmt.hasProperty(LIST_ID)), default=0
        )

    def list_item(self, block: QTextBlock) -> ListItem | None:
        lst = block.textList()
        if lst is None:
            return None
        fmt = lst.format()
        style = fmt.style()
        kind = BULLET if style in _BULLET_STYLES or style == QTextListFormat.Style.ListStyleUndefined else NUMBER
        level = max(0, fmt.indent() - 1)
        if fmt.hasProperty(LIST_ID):
            list_id = int(fmt.property(LIST_ID))
        else:
            key = lst.objectIndex()
            if key not in self.list_ids:
                self.list_ids[key] = self.next_id
                self.next_id += 1
            list_id = self.list_ids[key]
        return ListItem(kind, min(level, 8), list_id)

    def spans(self, block: QTextBlock) -> tuple[list[Span], list[QTextImageFormat]]:
        spans: list[Span] = []
        images: list[QTextImageFormat] = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                fmt = frag.charFormat()
                text = frag.text()
                if fmt.isImageFormat():
                    images.append(fmt.toImageFormat())
                    text = text.replace(OBJECT, "")
                if text:
                    spans.append(Span(text.replace(OBJECT, ""), marks_of_format(fmt)))
            it += 1
        return spans, images

    def para(self, block: QTextBlock) -> Para:
        spans, _ = self.spans(block)
        return Para(normalized_spans(spans), self.list_item(block), _align_of(block.blockFormat()))

    def figure(self, fmt: QTextImageFormat, caption: tuple[Span, ...]) -> Figure | None:
        scale = _scale(self.doc)
        if fmt.hasProperty(FIG_DATA):
            data = bytes(fmt.property(FIG_DATA))
            mime = str(fmt.property(FIG_MIME))
            name = str(fmt.property(FIG_NAME) or "")
            width_pt = float(fmt.property(FIG_WIDTH_PT))
            height_pt = float(fmt.property(FIG_HEIGHT_PT))
            # A figure resized in the editor: its width on screen is the truth, the ratio is kept.
            if fmt.width() > 0 and abs(scale.pt(fmt.width()) - width_pt) > 0.5:
                ratio = height_pt / width_pt if width_pt else 1.0
                width_pt = round(scale.pt(fmt.width()), 2)
                height_pt = round(width_pt * ratio, 2)
            return Figure(data, mime, width_pt, height_pt, caption, name)
        image = self.doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(fmt.name()))
        if isinstance(image, (bytes, QByteArray)):
            image = QImage.fromData(bytes(image))
        if not isinstance(image, QImage) or image.isNull():
            self.missing.append(fmt.name()[:80])
            return None
        return figure_from_image(image, caption=caption)

    def blocks_of_frame(self, frame: QTextFrame) -> list[Block]:
        out: list[Block] = []
        items = _flatten(frame)
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, QTextTable):
                out.append(self.table(item))
                # Qt keeps an empty block after every table: it is not the user's paragraph at the very end.
                if i + 2 == len(items) and isinstance(items[i + 1], QTextBlock) and not items[i + 1].text():
                    nxt = items[i + 1]
                    if nxt.textList() is None:
                        i += 1
                i += 1
                continue
            block = item
            if (
                not block.text()
                and block.blockFormat().hasProperty(SCAFFOLD)
                and i + 1 < len(items)
                and isinstance(items[i + 1], QTextTable)
            ):
                i += 1
                continue
            spans, images = self.spans(block)
            if images:
                caption: tuple[Span, ...] = ()
                if i + 1 < len(items) and isinstance(items[i + 1], QTextBlock) and items[i + 1].blockFormat().hasProperty(CAPTION):
                    caption = self.para(items[i + 1]).spans
                    i += 1
                if spans and "".join(s.text for s in spans).strip():
                    out.append(Para(normalized_spans(spans), self.list_item(block), _align_of(block.blockFormat())))
                for fmt in images:
                    fig = self.figure(fmt, caption)
                    caption = ()
                    if fig is not None:
                        out.append(fig)
                i += 1
                continue
            out.append(self.para(block))
            i += 1
        return out

    def table(self, table: QTextTable) -> Table:
        fmt = table.format()
        rows = []
        for r in range(table.rows()):
            cells = []
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                paras = []
                it = cell.begin()
                while not it.atEnd():
                    block = it.currentBlock()
                    if block.isValid():
                        paras.append(self.para(block))
                    it += 1
                cells.append(Cell(tuple(paras)))
            rows.append(tuple(cells))
        widths: tuple[int, ...] = ()
        if fmt.hasProperty(TABLE_WIDTHS):
            raw = tuple(int(w) for w in str(fmt.property(TABLE_WIDTHS)).split(",") if w)
            if len(raw) == table.columns():
                widths = raw
        if not widths:
            constraints = fmt.columnWidthConstraints()
            percentages = [c.rawValue() for c in constraints]
            even = len(set(round(p, 3) for p in percentages)) <= 1
            if len(constraints) == table.columns() and not even and all(
                c.type() == QTextLength.Type.PercentageLength for c in constraints
            ):
                # Columns the user resized (a pasted table's widths); even shares stay "no widths".
                total_twips = TEXT_WIDTH_PT * TWIPS_PER_PT
                widths = tuple(max(1, round(total_twips * c.rawValue() / 100)) for c in constraints)
        shaded: tuple[int, ...] = ()
        if fmt.hasProperty(TABLE_SHADED):
            shaded = tuple(
                int(r) for r in str(fmt.property(TABLE_SHADED)).split(",") if r and int(r) < table.rows()
            )
        return Table(tuple(rows), widths, min(fmt.headerRowCount(), table.rows()), shaded)


def _flatten(frame: QTextFrame) -> list:
    """The blocks and tables of a frame in order; other frames (a foreign <div> or quote) are read through."""
    items: list = []
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if child is not None:
            if isinstance(child, QTextTable):
                items.append(child)
            else:
                items.extend(_flatten(child))
        else:
            block = it.currentBlock()
            if block.isValid():
                items.append(block)
        it += 1
    return items


def _all_list_formats(doc: QTextDocument) -> list[QTextListFormat]:
    return [f.toListFormat() for f in doc.allFormats() if f.isListFormat()]


def _align_of(fmt: QTextBlockFormat) -> str:
    if fmt.hasProperty(FIGURE_BLOCK) or fmt.hasProperty(CAPTION):
        return "left"
    align = fmt.alignment()
    if align & Qt.AlignmentFlag.AlignJustify == Qt.AlignmentFlag.AlignJustify:
        return "justify"
    if align & Qt.AlignmentFlag.AlignHCenter:
        return "center"
    if align & Qt.AlignmentFlag.AlignRight:
        return "right"
    return "left"


def from_document(doc: QTextDocument) -> RichText:
    """The tree the document shows. An empty document is the empty text."""
    blocks = _Reader(doc).blocks_of_frame(doc.rootFrame())
    if len(blocks) == 1 and isinstance(blocks[0], Para) and not blocks[0].spans and blocks[0].list_item is None:
        return RichText()
    return RichText(blocks)


# ---- images ----------------------------------------------------------------------------------------------


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)
    buffer.close()
    return bytes(data)


def figure_from_image(
    image: QImage, data: bytes | None = None, mime: str = "image/png", name: str = "", caption: tuple[Span, ...] = ()
) -> Figure:
    """A figure at the text width, its aspect ratio kept. Without `data` the image is stored as PNG."""
    if data is None:
        data, mime = image_bytes(image), "image/png"
    width_pt = TEXT_WIDTH_PT
    height_pt = round(width_pt * image.height() / max(1, image.width()), 2)
    return Figure(data, mime, width_pt, height_pt, caption, name)


class ImageRefused(ValueError):
    """An image the editor cannot take; the message is for the user (French / English by the caller)."""


def figure_from_file_bytes(data: bytes, name: str) -> Figure:
    """A PNG, JPEG or SVG file's bytes as a figure; ImageRefused for anything else."""
    lower = name.lower()
    if lower.endswith(".svg") or data.lstrip()[:5] in (b"<?xml", b"<svg ") and b"<svg" in data[:2000]:
        return figure_from_image(rasterize_svg(data), name=name.rsplit(".", 1)[0] + ".png")
    image = QImage.fromData(data)
    if image.isNull():
        raise ImageRefused("unreadable")
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return figure_from_image(image, data, "image/png", name)
    if data[:3] == b"\xff\xd8\xff":
        return figure_from_image(image, data, "image/jpeg", name)
    return figure_from_image(image, name=name)  # another format Qt reads (BMP, GIF...): stored as PNG


def rasterize_svg(data: bytes) -> QImage:
    """An SVG drawn at 300 dpi for the text width. QtSvg ships with PySide6-Essentials; should a build lack it
    the SVG is refused with a clear message rather than dropped."""
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # pragma: no cover - Essentials has QtSvg
        raise ImageRefused("svg") from None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ImageRefused("unreadable")
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(800, 600)
    width = 1890  # 16 cm at 300 dpi
    height = max(1, round(width * size.height() / size.width()))
    if height > 4 * width:  # taller than four page widths: not a figure a page can hold
        raise ImageRefused("unreadable")
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    if image.isNull():
        raise ImageRefused("unreadable")
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


# ---- paste -----------------------------------------------------------------------------------------------

_BULLET_LEAD = re.compile(r"^[\u2022\u00b7\u25e6\u25aa\u25cf\u25a0\u2023\u2043\uf0b7\uf0a7o§\-–*]([\t\u00a0 ]+)")
_NUMBER_LEAD = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]([\t\u00a0 ]+)")


def _strip_lead(spans: tuple[Span, ...], count: int) -> tuple[Span, ...]:
    out = []
    for span in spans:
        if count <= 0:
            out.append(span)
            continue
        if len(span.text) <= count:
            count -= len(span.text)
            continue
        out.append(Span(span.text[count:], span.marks))
        count = 0
    return normalized_spans(out)


def glyph_lists(text: RichText, indent_levels: dict[int, int] | None = None) -> RichText:
    """Paragraphs starting with a bullet glyph (or a number) followed by a tab or spaces become list items;
    consecutive ones form one list. A glyph followed by one plain space is kept as text only for "o" and
    letters (words), which need a tab or a non-breaking space to count."""
    blocks: list[Block] = []
    list_id = 1 + max(
        (p.list_item.list_id for p in text.blocks if isinstance(p, Para) and p.list_item is not None), default=0
    )
    previous_kind = None
    for index, block in enumerate(text.blocks):
        if not isinstance(block, Para) or block.list_item is not None:
            blocks.append(block)
            previous_kind = None
            continue
        raw = block.text
        kind = None
        match = _BULLET_LEAD.match(raw)
        if match and (raw[0] not in "o-*" or "\t" in match.group(1) or "\u00a0" in match.group(1) or raw[0] in "-*"):
            kind = BULLET
        else:
            match = _NUMBER_LEAD.match(raw)
            if match and ("\t" in match.group(2) or "\u00a0" in match.group(2)):
                kind = NUMBER
        if kind is None or match is None:
            blocks.append(block)
            previous_kind = None
            continue
        if previous_kind != kind:
            list_id += 1
        previous_kind = kind
        level = (indent_levels or {}).get(index, 0)
        blocks.append(Para(_strip_lead(block.spans, match.end()), ListItem(kind, level, list_id), block.align))
    return RichText(blocks)


class _PasteDocument(QTextDocument):
    """A scratch document that also reads images given inline as data: URIs (web pages, some editors)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        if url.scheme() == "data" and kind == QTextDocument.ResourceType.ImageResource.value:
            import base64

            header, _, payload = url.toString().partition(",")
            try:
                data = base64.b64decode(payload) if header.endswith(";base64") else payload.encode()
            except ValueError:
                return None
            image = QImage.fromData(data)
            return image if not image.isNull() else None
        return super().loadResource(kind, url)


def html_to_rich(html: str, missing: list[str] | None = None) -> RichText:
    """Foreign HTML as the tree: emphasis, lists (Qt's and Word's glyph-and-tab ones), tables and images kept;
    fonts, colours and sizes dropped. Images that cannot be read (a web address, a missing file) are named
    in `missing`, so the caller can say so."""
    doc = _PasteDocument()
    set_screen_scale(doc, 96 / 72)
    doc.setHtml(html)
    levels = {}
    # Word's HTML gives a list level as a left margin (0.63 cm ≈ 18 pt a level, from 36 pt or so).
    for index, block in enumerate(_top_blocks(doc)):
        margin = block.blockFormat().leftMargin() + block.blockFormat().indent() * 40
        if margin > 30:
            levels[index] = max(0, min(8, round((margin - 36) / 36)))
    reader = _Reader(doc)
    blocks = reader.blocks_of_frame(doc.rootFrame())
    if missing is not None:
        missing.extend(reader.missing)
    text = glyph_lists(RichText(blocks), levels)
    return _tidy_foreign(text)


def _tidy_foreign(text: RichText) -> RichText:
    """Foreign HTML's lists nest as separate Qt lists: items of deeper levels join the list around them; the
    empty block Qt leaves after a table is not a paragraph of the text."""
    blocks: list[Block] = []
    group_id = None
    for block in text.blocks:
        if isinstance(block, Para) and not block.spans and block.list_item is None and blocks and isinstance(blocks[-1], Table):
            continue
        if isinstance(block, Para) and block.list_item is not None:
            item = block.list_item
            if item.level == 0 or group_id is None:
                group_id = item.list_id
            else:
                block = block._replace(list_item=item._replace(list_id=group_id))
        else:
            group_id = None
        blocks.append(block)
    return RichText(blocks)


def _top_blocks(doc: QTextDocument) -> list[QTextBlock]:
    out = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        if it.currentFrame() is None and it.currentBlock().isValid():
            out.append(it.currentBlock())
        else:
            out.append(QTextBlock())
        it += 1
    return out


def plain_to_rich(text: str) -> RichText:
    """Pasted plain text: paragraphs, and "•<tab>" lines as list items."""
    return glyph_lists(RichText.from_plain(text.replace("\r\n", "\n")))


def restrict(text: RichText, figures: bool, tables: bool) -> tuple[RichText, int]:
    """What a field can hold: without figures, they are left out (their captions kept as paragraphs); without
    tables, each cell's paragraphs become paragraphs. Also returns how many figures were left out."""
    blocks: list[Block] = []
    dropped = 0
    for block in text.blocks:
        if isinstance(block, Figure) and not figures:
            dropped += 1
            if block.caption:
                blocks.append(Para(block.caption))
        elif isinstance(block, Table) and not tables:
            for row in block.rows:
                for cell in row:
                    blocks.extend(cell.paras)
        else:
            blocks.append(block)
    return RichText(blocks), dropped


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


def mime_images(mime: QMimeData) -> list[tuple[bytes | None, QImage | None, str]]:
    """Images a paste or drop carries: image files (by URL) first, else the clipboard's image."""
    out: list[tuple[bytes | None, QImage | None, str]] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES):
                path = url.toLocalFile()
                try:
                    with open(path, "rb") as fh:
                        out.append((fh.read(), None, path.replace("\\", "/").rsplit("/", 1)[-1]))
                except OSError:
                    continue
    if not out and mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            out.append((None, image, ""))
    return out


# ---- positions -------------------------------------------------------------------------------------------


def position_of(doc: QTextDocument, block_index: int, offset: int = 0, part: str = "", row: int = 0) -> int:
    """The document position of character `offset` of the model's block `block_index` (a paragraph's text,
    a figure's image or with part "caption" its caption, a table's first cell or with part "row" the first
    cell of row `row`); the end of the document when there is no such block."""
    index = -1
    items: list = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        items.append(frame if frame is not None else it.currentBlock())
        it += 1
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, QTextTable):
            index += 1
            if index == block_index:
                if part == "row" and 0 <= row < item.rows():
                    return item.cellAt(row, 0).firstPosition()
                return item.firstPosition()
            i += 1
            continue
        if not item.isValid():
            i += 1
            continue
        if (
            not item.text()
            and item.blockFormat().hasProperty(SCAFFOLD)
            and i + 1 < len(items)
            and isinstance(items[i + 1], QTextTable)
        ):
            i += 1
            continue
        index += 1
        if index == block_index:
            if part == "caption" and i + 1 < len(items) and isinstance(items[i + 1], QTextBlock):
                item = items[i + 1]
            return item.position() + max(0, min(offset, item.length() - 1))
        if item.blockFormat().hasProperty(FIGURE_BLOCK) and i + 1 < len(items):
            nxt = items[i + 1]
            if isinstance(nxt, QTextBlock) and nxt.blockFormat().hasProperty(CAPTION):
                i += 1
        i += 1
    return doc.characterCount() - 1


def block_of_plain_offset(text: RichText, offset: int) -> tuple[int, int]:
    """(block index, offset in that paragraph) for an offset in `text.plain()` over top-level paragraphs,
    the form today's engine gives (a figure counts as its caption line, a table as its cells' lines)."""
    position = 0
    for index, block in enumerate(text.blocks):
        if isinstance(block, Para):
            length = len(block.text)
        elif isinstance(block, Figure):
            length = len(block.caption_text) if block.caption else -1
        else:
            length = len(RichText([block]).plain())
        if length < 0:
            continue
        if offset <= position + length:
            return index, offset - position
        position += length + 1
    return max(0, len(text.blocks) - 1), 0


# ---- copy between fields ---------------------------------------------------------------------------------

TREE_MIME = "application/x-iasante-richtext+json"


def selection_rich(cursor: QTextCursor) -> RichText | None:
    """The selected part of a document as the tree (None without a selection)."""
    if not cursor.hasSelection():
        return None
    from PySide6.QtGui import QTextDocumentFragment

    scratch = QTextDocument()
    set_screen_scale(scratch, _scale(cursor.document()).px_per_pt)
    QTextCursor(scratch).insertFragment(QTextDocumentFragment(cursor))
    return from_document(scratch)


def tree_bytes(text: RichText) -> bytes:
    import json

    from iasante_desktop.core.richtext import to_json

    return json.dumps(to_json(text), ensure_ascii=False).encode("utf-8")


def tree_from_bytes(data: bytes) -> RichText | None:
    import json

    from iasante_desktop.core.richtext import RichTextError, from_json

    try:
        return from_json(json.loads(data.decode("utf-8")))
    except (ValueError, RichTextError):
        return None
