"""Read the text of a Word body the way the reader sees it, straight from the XML.

python-docx's `Paragraph.text` misses text inside content controls (w:sdt), tracked insertions, simple
fields and smart tags (NOTES). This walker keeps what is displayed: insertions kept, deletions and moves
away dropped, hidden text dropped, hyperlinks/controls/fields entered; a line break becomes U+2028 and a
tab stays a tab, the dossier's own conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

LINE_BREAK = "\u2028"

_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_NBHYPHEN, _SOFTHYPHEN = qn("w:noBreakHyphen"), qn("w:softHyphen")
_SDT, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")
_RPR, _PPR, _B, _VANISH = qn("w:rPr"), qn("w:pPr"), qn("w:b"), qn("w:vanish")
_PSTYLE, _OUTLINE, _VAL, _TYPE = qn("w:pStyle"), qn("w:outlineLvl"), qn("w:val"), qn("w:type")
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


@dataclass(frozen=True)
class Para:
    text: str
    emphasized: bool  # bold first words, or a heading style: how labels usually look


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # cell texts; a cell's paragraphs joined by "\n"


def _on(element) -> bool:
    return element is not None and element.get(_VAL, "1").lower() not in _FALSE


def _run_text(run, out: list[str]) -> bool:
    """Append a run's visible text; return whether the run is bold."""
    rpr = run.find(_RPR)
    if rpr is not None and _on(rpr.find(_VANISH)):
        return False
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
    return rpr is not None and _on(rpr.find(_B))


def _inline(element, out: list[str], bold_first: list[bool | None]) -> None:
    for child in element:
        tag = child.tag
        if tag == _R:
            start = len(out)
            bold = _run_text(child, out)
            if bold_first[0] is None and "".join(out[start:]).strip():
                bold_first[0] = bold
        elif tag in _TRANSPARENT or tag == _SDT:
            _inline(child if tag != _SDT else _content(child), out, bold_first)


def _content(sdt):
    content = sdt.find(_SDT_CONTENT)
    return content if content is not None else ()


def _heading_style(paragraph) -> bool:
    ppr = paragraph.find(_PPR)
    if ppr is None:
        return False
    if ppr.find(_OUTLINE) is not None:
        return True
    style = ppr.find(_PSTYLE)
    name = (style.get(_VAL, "") if style is not None else "").lower()
    return name.startswith(("heading", "titre", "title", "rubrique", "point"))


def paragraph(element) -> Para:
    out: list[str] = []
    bold_first: list[bool | None] = [None]
    _inline(element, out, bold_first)
    return Para("".join(out), bool(bold_first[0]) or _heading_style(element))


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


def table(element) -> Table:
    rows = []
    for row in _children(element, _TR):
        texts = []
        for cell in _children(row, _TC):
            parts = [b.text if isinstance(b, Para) else _table_text(b) for b in blocks(cell)]
            texts.append("\n".join(p for p in parts if p.strip()))
        rows.append(tuple(texts))
    return Table(tuple(rows))


def _table_text(nested: Table) -> str:
    return "\n".join(" ".join(cell for cell in row if cell) for row in nested.rows)


def blocks(container) -> list[Para | Table]:
    """Paragraphs and tables of a body or a cell, in reading order, controls and insertions entered."""
    out: list[Para | Table] = []
    for child in container:
        tag = child.tag
        if tag == _P:
            out.append(paragraph(child))
        elif tag == _TBL:
            out.append(table(child))
        elif tag == _SDT:
            out.extend(blocks(_content(child)))
        elif tag in _TRANSPARENT:
            out.extend(blocks(child))
    return out
