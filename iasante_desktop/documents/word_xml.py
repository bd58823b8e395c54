"""Read a Word body the way the reader sees it, straight from the XML: text, run marks, lists, pictures, tables.

python-docx's `Paragraph.text` misses text inside content controls (w:sdt), tracked insertions, simple
fields and smart tags (NOTES). This walker keeps what is displayed: insertions kept, deletions and moves
away dropped, hidden text dropped, hyperlinks/controls/fields entered; a line break becomes U+2028 and a
tab stays a tab, the dossier's own conventions. Each run keeps its marks (bold, italic, underline,
superscript, subscript; fonts, colours and sizes are dropped), resolved through the paragraph and character
styles. Inline pictures are reported with their size on the page; what the dossier's model cannot hold
(equations, text boxes, floating shapes and pictures, charts, SmartArt, embedded objects, comments,
footnotes) is named in `dropped`, never skipped in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn

from iasante_desktop.core.richtext import BOLD, ITALIC, SUBSCRIPT, SUPERSCRIPT, UNDERLINE, Span, normalized_spans

LINE_BREAK = "\u2028"

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_NBHYPHEN, _SOFTHYPHEN, _SYM = qn("w:noBreakHyphen"), qn("w:softHyphen"), qn("w:sym")
_SDT, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")
_RPR, _PPR, _B, _I, _U, _VANISH = qn("w:rPr"), qn("w:pPr"), qn("w:b"), qn("w:i"), qn("w:u"), qn("w:vanish")
_VERT, _RSTYLE, _JC, _NUMPR, _ILVL, _NUMID = (
    qn("w:vertAlign"),
    qn("w:rStyle"),
    qn("w:jc"),
    qn("w:numPr"),
    qn("w:ilvl"),
    qn("w:numId"),
)
_PSTYLE, _OUTLINE, _VAL, _TYPE = qn("w:pStyle"), qn("w:outlineLvl"), qn("w:val"), qn("w:type")
_DRAWING, _PICT, _OBJECT, _ALT = qn("w:drawing"), qn("w:pict"), qn("w:object"), _q("mc:AlternateContent")
_CHOICE, _FALLBACK = _q("mc:Choice"), _q("mc:Fallback")
_INLINE, _ANCHOR, _EXTENT, _DOCPR = _q("wp:inline"), _q("wp:anchor"), _q("wp:extent"), _q("wp:docPr")
_GRAPHIC_DATA, _BLIP, _CNVPR = _q("a:graphicData"), _q("a:blip"), _q("pic:cNvPr")
_EMBED, _LINK = _q("r:embed"), _q("r:link")
_MATH, _MATH_PARA = _q("m:oMath"), _q("m:oMathPara")
_COMMENT_REF, _FOOTNOTE_REF, _ENDNOTE_REF = qn("w:commentReference"), qn("w:footnoteReference"), qn("w:endnoteReference")
_TXBX = qn("w:txbxContent")
_TBLGRID, _GRIDCOL, _W = qn("w:tblGrid"), qn("w:gridCol"), qn("w:w")
_TRPR, _TBLHEADER, _TCPR, _SHD, _FILL = qn("w:trPr"), qn("w:tblHeader"), qn("w:tcPr"), qn("w:shd"), qn("w:fill")
_GRIDSPAN = qn("w:gridSpan")
_WRAP_TOP_BOTTOM = _q("wp:wrapTopAndBottom")
# Containers whose children are displayed as if they stood in the paragraph (or body) itself.
_TRANSPARENT = {
    qn(tag)
    for tag in (
        "w:hyperlink",
        "w:smartTag",
        "w:ins",
        "w:moveTo",
        "w:fldSimple",
        "w:customXml",
        "w:dir",
        "w:bdo",
        "w:sdtContent",
    )
}
_FALSE = {"0", "false", "off"}
EMU_PER_PT = 12700

# What the model cannot hold, by kind; the importer turns each into a note naming the field.
EQUATION, TEXT_BOX, FLOATING_PICTURE, FLOATING_SHAPE, CHART, SMARTART, OBJECT, COMMENT, FOOTNOTE, SHAPE = (
    "equation",
    "text_box",
    "floating_picture",
    "floating_shape",
    "chart",
    "smartart",
    "object",
    "comment",
    "footnote",
    "shape",
)
# Those that take room on the page: without them the measured length may be short.
TAKES_ROOM = frozenset({EQUATION, TEXT_BOX, FLOATING_PICTURE, FLOATING_SHAPE, CHART, SMARTART, OBJECT, FOOTNOTE, SHAPE})


@dataclass(frozen=True)
class Picture:
    """An inline picture: its relationship id in the document part and its size on the page."""

    rel_id: str
    width_pt: float
    height_pt: float
    name: str = ""
    linked: bool = False  # the picture is a link to a file outside the document
    caption: tuple[Span, ...] = ()  # the text beside it in its frame (LibreOffice's captioned figure)
    anchored: bool = False  # anchored with text above and below only: read in line, where it is anchored


@dataclass(frozen=True)
class Para:
    text: str
    emphasized: bool  # bold first words, or a heading style: how labels usually look
    spans: tuple[Span, ...] = ()
    style: str = ""  # the paragraph style id
    num: tuple[str, int] | None = None  # (w:numId, level) written on the paragraph itself
    align: str = "left"
    pictures: tuple[Picture, ...] = ()
    dropped: tuple[str, ...] = ()  # kinds of content the model cannot hold, in reading order


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # cell texts; a cell's paragraphs joined by "\n"
    cells: tuple[tuple[tuple[Para | Table, ...], ...], ...] = ()  # each cell's blocks
    widths: tuple[int, ...] = ()  # the grid's column widths in twips
    header_rows: int = 0
    shaded_rows: tuple[int, ...] = ()

    @property
    def dropped(self) -> tuple[str, ...]:
        return tuple(kind for row in self.cells for cell in row for b in cell for kind in b.dropped)


@dataclass
class Styles:
    """Marks and list numbering that paragraph and character styles carry, by style id."""

    marks: dict[str, dict[str, bool]] = field(default_factory=dict)  # style id -> mark -> on/off
    numbering: dict[str, tuple[str, int]] = field(default_factory=dict)  # paragraph style id -> (numId, level)
    captions: frozenset[str] = frozenset()  # style ids of caption styles
    headings: frozenset[str] = frozenset()  # style ids of heading-like styles

    @classmethod
    def from_element(cls, styles_element) -> Styles:
        """Read styles.xml, following w:basedOn so that a style inherits its parent's marks and numbering."""
        if styles_element is None:
            return cls()
        raw: dict[str, tuple[str | None, dict[str, bool], tuple[str, int] | None, str]] = {}
        for style in styles_element.iter(qn("w:style")):
            sid = style.get(qn("w:styleId"), "")
            based = style.find(qn("w:basedOn"))
            name = style.find(qn("w:name"))
            rpr = style.find(_RPR)
            ppr = style.find(_PPR)
            num = None
            if ppr is not None and ppr.find(_NUMPR) is not None:
                num = _num_pr(ppr.find(_NUMPR))
            raw[sid] = (
                based.get(_VAL) if based is not None else None,
                _direct_marks(rpr) if rpr is not None else {},
                num,
                (name.get(_VAL, "") if name is not None else "").lower(),
            )
        marks: dict[str, dict[str, bool]] = {}
        numbering: dict[str, tuple[str, int]] = {}

        def resolve(sid: str, depth: int = 0) -> tuple[dict[str, bool], tuple[str, int] | None]:
            if sid not in raw or depth > 20:
                return {}, None
            parent, own, num, _ = raw[sid]
            inherited, inherited_num = resolve(parent, depth + 1) if parent else ({}, None)
            return {**inherited, **own}, num or inherited_num

        for sid in raw:
            m, n = resolve(sid)
            marks[sid] = m
            if n is not None:
                numbering[sid] = n
        captions = frozenset(
            sid
            for sid, (_, _, _, name) in raw.items()
            if name in ("caption", "légende", "legende", "figure", "illustration") or sid.lower() in ("caption", "figure")
        )
        headings = frozenset(
            sid
            for sid, (_, _, _, name) in raw.items()
            if name.startswith(("heading", "titre", "title", "rubrique", "point"))
        )
        return cls(marks, numbering, captions, headings)


_NO_STYLES = Styles()


def _on(element) -> bool:
    return element is not None and element.get(_VAL, "1").lower() not in _FALSE


def _direct_marks(rpr) -> dict[str, bool]:
    """The marks a run-properties element sets or clears explicitly."""
    out: dict[str, bool] = {}
    for tag, mark in ((_B, BOLD), (_I, ITALIC)):
        el = rpr.find(tag)
        if el is not None:
            out[mark] = _on(el)
    u = rpr.find(_U)
    if u is not None:
        out[UNDERLINE] = u.get(_VAL, "single").lower() not in ("none", *_FALSE)
    vert = rpr.find(_VERT)
    if vert is not None:
        value = vert.get(_VAL, "baseline")
        out[SUPERSCRIPT] = value == "superscript"
        out[SUBSCRIPT] = value == "subscript"
    return out


def _num_pr(numpr) -> tuple[str, int] | None:
    num_id = numpr.find(_NUMID)
    level = numpr.find(_ILVL)
    if num_id is None:
        return None
    try:
        ilvl = int(level.get(_VAL, "0")) if level is not None else 0
    except ValueError:
        ilvl = 0
    return num_id.get(_VAL, "0"), ilvl


class _Walk:
    """What one paragraph's inline content holds."""

    def __init__(self, styles: Styles, base_marks: dict[str, bool]) -> None:
        self.styles = styles
        self.base_marks = base_marks
        self.pieces: list[Span] = []
        self.bold_first: bool | None = None
        self.pictures: list[Picture] = []
        self.dropped: list[str] = []

    def run_marks(self, rpr) -> frozenset[str]:
        marks = dict(self.base_marks)
        if rpr is not None:
            style = rpr.find(_RSTYLE)
            if style is not None:
                marks.update(self.styles.marks.get(style.get(_VAL, ""), {}))
            marks.update(_direct_marks(rpr))
        return frozenset(m for m, on in marks.items() if on)

    def run(self, run) -> None:
        rpr = run.find(_RPR)
        if rpr is not None and _on(rpr.find(_VANISH)):
            return
        marks = self.run_marks(rpr)
        out: list[str] = []
        for child in run:
            tag = child.tag
            if tag == _T:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append("\t")
            elif tag == _BR:
                # Page and column breaks move text, they do not split a line of it.
                if child.get(_TYPE) in (None, "textWrapping"):
                    out.append(LINE_BREAK)
            elif tag == _CR:
                out.append(LINE_BREAK)
            elif tag == _NBHYPHEN:
                out.append("\u2011")
            elif tag == _DRAWING:
                self.drawing(child)
            elif tag == _PICT:
                self.vml(child)
            elif tag == _OBJECT:
                self.dropped.append(OBJECT)
            elif tag == _ALT:
                self.alternate(child)
            elif tag == _COMMENT_REF:
                self.dropped.append(COMMENT)
            elif tag in (_FOOTNOTE_REF, _ENDNOTE_REF):
                self.dropped.append(FOOTNOTE)
        text = "".join(out)
        if text:
            self.pieces.append(Span(text, marks))
            if self.bold_first is None and text.strip():
                self.bold_first = BOLD in marks

    def alternate(self, element) -> None:
        choice = element.find(_CHOICE)
        chosen = choice if choice is not None else element.find(_FALLBACK)
        if chosen is None:
            return
        for child in chosen:
            if child.tag == _DRAWING:
                self.drawing(child)
            elif child.tag == _PICT:
                self.vml(child)
            elif child.tag == _R:
                self.run(child)

    def drawing(self, drawing) -> None:
        for frame in drawing:
            graphic = next(frame.iter(_GRAPHIC_DATA), None)
            uri = (graphic.get("uri", "") if graphic is not None else "").lower()
            floating = frame.tag == _ANCHOR
            # A picture or frame anchored with text above and below only takes its own lines where it is
            # anchored, as an inline picture does; other wrappings flow text around it or over it.
            in_flow = not floating or frame.find(_WRAP_TOP_BOTTOM) is not None
            if uri.endswith("/picture"):
                if not in_flow:
                    self.dropped.append(FLOATING_PICTURE)
                    continue
                blip = next(frame.iter(_BLIP), None)
                extent = frame.find(_EXTENT)
                if blip is None:
                    self.dropped.append(SHAPE)
                    continue
                try:
                    cx = int(extent.get("cx", "0")) if extent is not None else 0
                    cy = int(extent.get("cy", "0")) if extent is not None else 0
                except ValueError:
                    cx = cy = 0
                name_el = next(frame.iter(_CNVPR), None)
                name = name_el.get("name", "") if name_el is not None else ""
                rel = blip.get(_EMBED) or blip.get(_LINK) or ""
                self.pictures.append(
                    Picture(
                        rel, cx / EMU_PER_PT, cy / EMU_PER_PT, name, linked=blip.get(_EMBED) is None, anchored=floating
                    )
                )
            elif "chart" in uri:
                self.dropped.append(CHART)
            elif "diagram" in uri:
                self.dropped.append(SMARTART)
            elif next(frame.iter(_TXBX), None) is not None:
                # LibreOffice writes a captioned figure as a frame: a text box holding the picture and its caption
                holds_picture = next(frame.iter(_BLIP), None) is not None
                if holds_picture and in_flow:
                    self.frame(next(frame.iter(_TXBX)), floating)
                else:
                    self.dropped.append(FLOATING_PICTURE if holds_picture else TEXT_BOX)
            else:
                self.dropped.append(FLOATING_SHAPE if floating else SHAPE)

    def frame(self, content, anchored: bool) -> None:
        """A frame holding pictures and text: its pictures, the text (trimmed, paragraphs joined by a line
        break) as the caption of the last one."""
        pictures: list[Picture] = []
        texts: list[Span] = []
        for p in content.iter(_P):
            inner = _Walk(self.styles, {})
            inner.inline(p)
            pictures.extend(inner.pictures)
            self.dropped.extend(inner.dropped)
            spans = normalized_spans(inner.pieces)
            if "".join(s.text for s in spans).replace(LINE_BREAK, "").strip():
                if texts:
                    texts.append(Span(LINE_BREAK))
                texts.extend(spans)
        caption = _strip_spans(normalized_spans(texts))
        for k, picture in enumerate(pictures):
            last = k == len(pictures) - 1
            self.pictures.append(replace(picture, caption=caption if last else (), anchored=anchored))

    def vml(self, pict) -> None:
        if next(pict.iter(_TXBX), None) is not None:
            holds_picture = next(pict.iter(_q("v:imagedata")), None) is not None or next(pict.iter(_BLIP), None) is not None
            self.dropped.append(FLOATING_PICTURE if holds_picture else TEXT_BOX)
        elif next(pict.iter(_q("v:imagedata")), None) is not None:
            self.dropped.append(FLOATING_PICTURE)
        else:
            self.dropped.append(SHAPE)

    def inline(self, element) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self.run(child)
            elif tag in _TRANSPARENT or tag == _SDT:
                self.inline(child if tag != _SDT else _content(child))
            elif tag in (_MATH, _MATH_PARA):
                self.dropped.append(EQUATION)
            elif tag == _ALT:
                self.alternate(child)


def _strip_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spaces and line breaks around a text go, across however many runs they spread."""
    out = list(spans)
    while out and not out[0].text.lstrip():
        out.pop(0)
    if out:
        out[0] = Span(out[0].text.lstrip(), out[0].marks)
    while out and not out[-1].text.rstrip():
        out.pop()
    if out:
        out[-1] = Span(out[-1].text.rstrip(), out[-1].marks)
    return tuple(out)


def _content(sdt):
    content = sdt.find(_SDT_CONTENT)
    return content if content is not None else ()


def _heading_style(ppr, styles: Styles) -> bool:
    if ppr is None:
        return False
    if ppr.find(_OUTLINE) is not None:
        return True
    style = ppr.find(_PSTYLE)
    sid = style.get(_VAL, "") if style is not None else ""
    return sid in styles.headings or sid.lower().startswith(("heading", "titre", "title", "rubrique", "point"))


_ALIGNS = {"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify"}


def paragraph(element, styles: Styles = _NO_STYLES) -> Para:
    ppr = element.find(_PPR)
    style_id = ""
    num = None
    align = "left"
    if ppr is not None:
        style = ppr.find(_PSTYLE)
        style_id = style.get(_VAL, "") if style is not None else ""
        numpr = ppr.find(_NUMPR)
        if numpr is not None:
            num = _num_pr(numpr)
        jc = ppr.find(_JC)
        if jc is not None:
            align = _ALIGNS.get(jc.get(_VAL, ""), "left")
    if num is None and style_id in styles.numbering:
        num = styles.numbering[style_id]
    walk = _Walk(styles, styles.marks.get(style_id, {}))
    walk.inline(element)
    spans = normalized_spans(walk.pieces)
    text = "".join(s.text for s in spans)
    return Para(
        text,
        bool(walk.bold_first) or _heading_style(ppr, styles),
        spans,
        style_id,
        num,
        align,
        tuple(walk.pictures),
        tuple(walk.dropped),
    )


def _children(element, tag: str) -> list:
    """The `tag` children of a table or row, looking through content controls and other wrappers that
    Word and LibreOffice may put between a table and its rows, or a row and its cells."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag == _SDT or child.tag in _TRANSPARENT:
            found.extend(_children(child if child.tag != _SDT else _content(child), tag))
    return found


def _shaded(tc) -> bool:
    tcpr = tc.find(_TCPR)
    shd = tcpr.find(_SHD) if tcpr is not None else None
    if shd is None:
        return False
    fill = (shd.get(_FILL) or "auto").lower()
    return fill not in ("auto", "ffffff", "")


def table(element, styles: Styles = _NO_STYLES) -> Table:
    rows, cells_out = [], []
    header_rows, counting_header = 0, True
    shaded: list[int] = []
    for r, row in enumerate(_children(element, _TR)):
        trpr = row.find(_TRPR)
        is_header = trpr is not None and _on(trpr.find(_TBLHEADER))
        if counting_header and is_header:
            header_rows += 1
        else:
            counting_header = False
        texts, row_cells = [], []
        tcs = _children(row, _TC)
        for cell in tcs:
            inner = blocks(cell, styles)
            parts = [b.text if isinstance(b, Para) else _table_text(b) for b in inner]
            texts.append("\n".join(p for p in parts if p.strip()))
            row_cells.append(tuple(inner))
        if tcs and all(_shaded(tc) for tc in tcs):
            shaded.append(r)
        rows.append(tuple(texts))
        cells_out.append(tuple(row_cells))
    widths: list[int] = []
    grid = element.find(_TBLGRID)
    if grid is not None:
        for col in grid.findall(_GRIDCOL):
            try:
                widths.append(int(float(col.get(_W, "0"))))
            except ValueError:
                widths.append(0)
    return Table(tuple(rows), tuple(cells_out), tuple(widths), header_rows, tuple(shaded))


def _table_text(nested: Table) -> str:
    return "\n".join(" ".join(cell for cell in row if cell) for row in nested.rows)


def blocks(container, styles: Styles = _NO_STYLES) -> list[Para | Table]:
    """Paragraphs and tables of a body or a cell, in reading order, controls and insertions entered."""
    out: list[Para | Table] = []
    for child in container:
        tag = child.tag
        if tag == _P:
            out.append(paragraph(child, styles))
        elif tag == _TBL:
            out.append(table(child, styles))
        elif tag == _SDT:
            out.extend(blocks(_content(child), styles))
        elif tag in _TRANSPARENT:
            out.extend(blocks(child, styles))
    return out
