"""Write the dossier as a Word file: the document tree of core.document, rendered block by block.

The PDF renderer (typeset/) renders the same tree (`build_document`), so the two files state the same labels,
partner facts, budget cells and content. The call's template (resources/calls/<id>/template.docx, built by
build_template.py) gives the page set-up, the styles, the fonts and the list numbering definitions; none of
its content is kept. Every paragraph carries its own properties (spacing, keep-with-next, page break, widow
control, single spacing) from `paragraph_style`, so LibreOffice paginates it as the layout engine does.

Rich content becomes real Word structures: runs with bold/italic/underline/superscript/subscript, U+2028 as
<w:br/>, lists as numbering (one w:num per list, so each numbered list restarts), inline pictures with their
size in EMU and their caption as a plain paragraph below, tables with borders, explicit column widths,
108-twip cell margins, a repeated header row and the shaded rows.
"""

from __future__ import annotations

import importlib.util
import io
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Emu

from iasante_desktop.core.callspec import DEFAULT_CALL_ID, CallSpec, Typography
from iasante_desktop.core.document import LIST_LEVELS, DocBlock, build_document, paragraph_style
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    LINE_BREAK,
    NUMBER,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    Figure,
    Para,
    Span,
    Table,
)
from iasante_desktop.documents.atomic import write_bytes_atomically
from iasante_desktop.documents.errors import DocumentError, DocumentWriteError
from iasante_desktop.resources import calls_dir

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# XML 1.0 cannot hold these; Word would refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
EMU_PER_PT = 12700
CELL_MARGIN_TWIPS = 108
SHADE = "D9D9D9"
CAPTION_STYLE = "Caption"
# The names of the template's two list definitions (w:abstractNum/w:name), found by the writer.
LIST_NAMES = {BULLET: "iasante-bullets", NUMBER: "iasante-numbers"}


# ---- the template ------------------------------------------------------------------------------------------


def template_path(call: CallSpec) -> Path:
    """The call's template.docx; built into a private temporary folder when the installation lacks it."""
    for folder in (call.path.parent, calls_dir() / call.id):
        candidate = folder / "template.docx"
        if candidate.is_file():
            return candidate
    return _built_template(call)


@cache
def _built_template(call: CallSpec) -> Path:
    script = next(
        (
            folder / "build_template.py"
            for folder in (call.path.parent, calls_dir() / call.id, calls_dir() / DEFAULT_CALL_ID)
            if (folder / "build_template.py").is_file()
        ),
        None,
    )
    if script is None:
        raise DocumentError(
            f"Modèle Word introuvable pour l'appel {call.id} ; l'installation est incomplète.",
            f"Word template missing for call {call.id}; the installation is incomplete.",
        )
    spec = importlib.util.spec_from_file_location(f"_iasante_build_template_{abs(hash(script))}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    output = Path(tempfile.mkdtemp(prefix="iasante-template-")) / "template.docx"
    return module.build(call, output)


def clean_text(text: str) -> str:
    """Text Word can hold: control characters dropped, Windows line ends made plain."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _el(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def _sub(parent, tag: str, **attrs: str):
    element = _el(tag, **attrs)
    parent.append(element)
    return element


# ---- list numbering ----------------------------------------------------------------------------------------


def _numbering_element(document):
    """The numbering part's root, the part added when the template has none (python-docx has no API for it)."""
    part = document.part
    try:
        return part.numbering_part.element
    except NotImplementedError:
        pass
    xml = f"<w:numbering {nsdecls('w')}/>"
    numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, parse_xml(xml), part.package)
    part.relate_to(numbering, RT.NUMBERING)
    return numbering.element


def _abstract_num(abstract_id: int, kind: str, font: str, name: str):
    """A nine-level list definition written from core.document.LIST_LEVELS."""
    abstract = _el("w:abstractNum", abstractNumId=abstract_id)
    _sub(abstract, "w:multiLevelType", val="hybridMultilevel")
    _sub(abstract, "w:name", val=name)
    for level, spec in enumerate(LIST_LEVELS):
        lvl = _sub(abstract, "w:lvl", ilvl=level)
        _sub(lvl, "w:start", val=1)
        if kind == BULLET:
            _sub(lvl, "w:numFmt", val="bullet")
            _sub(lvl, "w:lvlText", val=spec.bullet)
        else:
            _sub(lvl, "w:numFmt", val=spec.number_format)
            _sub(lvl, "w:lvlText", val=spec.number_text)
        _sub(lvl, "w:lvlJc", val="left")
        ppr = _sub(lvl, "w:pPr")
        tabs = _sub(ppr, "w:tabs")
        _sub(tabs, "w:tab", val="num", pos=spec.left_twips)
        _sub(ppr, "w:ind", left=spec.left_twips, hanging=spec.hanging_twips)
        rpr = _sub(lvl, "w:rPr")
        _sub(rpr, "w:rFonts", ascii=font, hAnsi=font, cs=font, hint="default")
    return abstract


def ensure_list_definitions(document, typography: Typography) -> dict[str, str]:
    """The abstractNumId of the dossier's bullet and number definitions, added to the numbering part when
    missing (build_template.py calls this too, so the template carries them)."""
    numbering = _numbering_element(document)
    found: dict[str, str] = {}
    for abstract in numbering.findall(qn("w:abstractNum")):
        name = abstract.find(qn("w:name"))
        for kind, wanted in LIST_NAMES.items():
            if name is not None and name.get(qn("w:val")) == wanted:
                found[kind] = abstract.get(qn("w:abstractNumId"))
    used = {int(a.get(qn("w:abstractNumId"), "0")) for a in numbering.findall(qn("w:abstractNum"))}
    for kind in (BULLET, NUMBER):
        if kind in found:
            continue
        new_id = max(used, default=0) + 1
        used.add(new_id)
        abstract = _abstract_num(new_id, kind, typography.font_family, LIST_NAMES[kind])
        first_num = numbering.find(qn("w:num"))  # every w:abstractNum comes before the w:num elements
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        found[kind] = str(new_id)
    return found


class _Lists:
    """One w:num per list of the dossier, so that each numbered list starts again at 1."""

    def __init__(self, document, typography: Typography) -> None:
        self.numbering = _numbering_element(document)
        self.abstract = ensure_list_definitions(document, typography)
        self.typography = typography
        self.next_id = 1 + max((int(n.get(qn("w:numId"), "0")) for n in self.numbering.findall(qn("w:num"))), default=0)
        self.nums: dict[tuple, str] = {}

    def num_id(self, key: tuple, kind: str) -> str:
        found = self.nums.get((key, kind))
        if found is None:
            found = str(self.next_id)
            self.next_id += 1
            num = _sub(self.numbering, "w:num", numId=found)
            _sub(num, "w:abstractNumId", val=self.abstract[kind])
            for level in range(len(LIST_LEVELS)):
                override = _sub(num, "w:lvlOverride", ilvl=level)
                _sub(override, "w:startOverride", val=1)
            self.nums[(key, kind)] = found
        return found


# ---- paragraphs and runs -----------------------------------------------------------------------------------


def _run(text: str, marks: frozenset[str], extra_bold: bool = False, caption: bool = False):
    """One run of `text` in its marks: U+2028 as <w:br/>, tabs as <w:tab/>."""
    run = _el("w:r")
    rpr = _el("w:rPr")
    if BOLD in marks or extra_bold:
        _sub(rpr, "w:b")
    elif caption:
        _sub(rpr, "w:b", val=0)
    if ITALIC in marks:
        _sub(rpr, "w:i")
    elif caption:
        _sub(rpr, "w:i", val=0)
    if caption:
        _sub(rpr, "w:color", val="auto")
    if UNDERLINE in marks:
        _sub(rpr, "w:u", val="single")
    if SUBSCRIPT in marks:
        _sub(rpr, "w:vertAlign", val="subscript")
    elif SUPERSCRIPT in marks:
        _sub(rpr, "w:vertAlign", val="superscript")
    if len(rpr):
        run.append(rpr)
    for i, line in enumerate(text.split(LINE_BREAK)):
        if i:
            _sub(run, "w:br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                _sub(run, "w:tab")
            if piece:
                t = _sub(run, "w:t")
                t.text = piece
                t.set(_XML_SPACE, "preserve")
    return run


class _Writer:
    def __init__(self, document, call: CallSpec) -> None:
        self.document = document
        self.call = call
        self.ty = call.typography
        self.widows = call.typography.widow_orphan_lines > 1
        self._lists: _Lists | None = None
        self.caption_size = None

    @property
    def lists(self) -> _Lists:
        if self._lists is None:
            self._lists = _Lists(self.document, self.ty)
        return self._lists

    def _ppr(
        self,
        style: str,
        align: str,
        page_break: bool = False,
        keep_next: bool | None = None,
        in_cell: bool = False,
        pstyle: str | None = None,
        num: tuple[str, int] | None = None,
    ):
        ps = paragraph_style(style, self.ty)
        ppr = _el("w:pPr")
        if pstyle:
            _sub(ppr, "w:pStyle", val=pstyle)
        keep = ps.keep_with_next if keep_next is None else keep_next
        _sub(ppr, "w:keepNext", val=1 if keep else 0)
        _sub(ppr, "w:pageBreakBefore", val=1 if page_break else 0)
        _sub(ppr, "w:widowControl", val=1 if self.widows else 0)
        if num is not None:
            numpr = _sub(ppr, "w:numPr")
            _sub(numpr, "w:ilvl", val=num[1])
            _sub(numpr, "w:numId", val=num[0])
        before, after = (0, 0) if in_cell else (ps.space_before, ps.space_after)
        # No w:beforeAutospacing/w:afterAutospacing, not even "0": LibreOffice then drops the space after
        # every list item (measured, tests/fidelity/test_exported_rich_fidelity.py).
        _sub(ppr, "w:spacing", before=before, after=after, line=240, lineRule="auto")
        align = align if align != "left" else ps.align
        if align != "left":
            _sub(ppr, "w:jc", val={"justify": "both"}.get(align, align))
        return ppr, ps

    def para(
        self,
        para: Para,
        style: str,
        page_break: bool = False,
        list_key: tuple = (),
        in_cell: bool = False,
        keep_next: bool | None = None,
    ):
        num = None
        if para.list_item is not None:
            item = para.list_item
            num = (self.lists.num_id((*list_key, item.list_id), item.kind), min(max(item.level, 0), len(LIST_LEVELS) - 1))
        ppr, ps = self._ppr(style, para.align, page_break, keep_next, in_cell, num=num)
        p = _el("w:p")
        p.append(ppr)
        for span in para.spans:
            text = clean_text(span.text).replace("\n", LINE_BREAK)
            if text:
                p.append(_run(text, span.marks, extra_bold=ps.bold))
        return p

    def figure(self, figure: Figure, style: str, page_break: bool) -> list:
        ppr, _ = self._ppr(style, "left", page_break, keep_next=bool(figure.caption) or None)
        p = _el("w:p")
        p.append(ppr)
        width, height = Emu(round(figure.width_pt * EMU_PER_PT)), Emu(round(figure.height_pt * EMU_PER_PT))
        inline = self.document.part.new_pic_inline(io.BytesIO(figure.data), width, height)
        # python-docx names the picture after its file ("image.png"); keep the figure's own name.
        for tag in ("wp:docPr", "pic:cNvPr"):
            for element in inline.iter(qn(tag)):
                element.set("name", clean_text(figure.name)[:200])
        run = _sub(p, "w:r")
        drawing = _sub(run, "w:drawing")
        drawing.append(inline)
        out = [p]
        if figure.caption:
            ppr, _ = self._ppr(style, "left", pstyle=CAPTION_STYLE)
            caption = _el("w:p")
            caption.append(ppr)
            for span in figure.caption:
                text = clean_text(span.text).replace("\n", LINE_BREAK)
                if text:
                    r = _run(text, span.marks, caption=True)
                    rpr = r.find(qn("w:rPr"))
                    size = str(round(self.ty.font_size_pt * 2))
                    _sub(rpr, "w:sz", val=size)
                    _sub(rpr, "w:szCs", val=size)
                    _reorder_rpr(rpr)
                    caption.append(r)
            out.append(caption)
        return out

    def table(self, table: Table, list_key: tuple):
        columns = max(table.columns, 1)
        widths = list(table.widths[:columns])
        if len(widths) < columns:
            rest = self.ty.text_width_twips - sum(widths)
            missing = columns - len(widths)
            widths += [max(rest // missing, 200)] * missing
        tbl = _el("w:tbl")
        tblpr = _sub(tbl, "w:tblPr")
        _sub(tblpr, "w:tblW", w=sum(widths), type="dxa")
        borders = _sub(tblpr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _sub(borders, f"w:{side}", val="single", sz=4, space=0, color="000000")
        _sub(tblpr, "w:tblLayout", type="fixed")
        margins = _sub(tblpr, "w:tblCellMar")
        _sub(margins, "w:top", w=0, type="dxa")
        _sub(margins, "w:left", w=CELL_MARGIN_TWIPS, type="dxa")
        _sub(margins, "w:bottom", w=0, type="dxa")
        _sub(margins, "w:right", w=CELL_MARGIN_TWIPS, type="dxa")
        _sub(tblpr, "w:tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=1, lastColumn=0, noHBand=0, noVBand=1)
        grid = _sub(tbl, "w:tblGrid")
        for width in widths:
            _sub(grid, "w:gridCol", w=width)
        for r, row in enumerate(table.rows):
            tr = _sub(tbl, "w:tr")
            trpr = _sub(tr, "w:trPr")
            if r < table.header_rows:
                _sub(trpr, "w:tblHeader")
            cells = list(row) + [None] * (columns - len(row))
            for c, cell in enumerate(cells):
                tc = _sub(tr, "w:tc")
                tcpr = _sub(tc, "w:tcPr")
                _sub(tcpr, "w:tcW", w=widths[c], type="dxa")
                if r in table.shaded_rows:
                    _sub(tcpr, "w:shd", val="clear", color="auto", fill=SHADE)
                paras = cell.paras if cell is not None and cell.paras else (Para(),)
                for para in paras:
                    tc.append(self.para(para, "body", list_key=(*list_key, "cell", r, c), in_cell=True))
        return tbl

    def block(self, block: DocBlock) -> list:
        content = block.content
        key = (block.field,)
        if isinstance(content, Para):
            return [self.para(content, block.style, block.page_break_before, list_key=key)]
        if isinstance(content, Figure):
            return self.figure(content, block.style, block.page_break_before)
        out = []
        if block.page_break_before:  # a table cannot carry the break: an empty paragraph before it does
            out.append(self.para(Para(), block.style, True))
        out.append(self.table(content, key))
        return out


_RPR_ORDER = [
    qn(f"w:{t}")
    for t in ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "strike", "color", "sz", "szCs", "u", "vertAlign")
]


def _reorder_rpr(rpr) -> None:
    """Word is strict about the order of run properties (CT_RPr's sequence)."""
    children = sorted(rpr, key=lambda c: _RPR_ORDER.index(c.tag) if c.tag in _RPR_ORDER else len(_RPR_ORDER))
    for child in children:
        rpr.remove(child)
        rpr.append(child)


def _mark_every_page(document, text: str) -> None:
    """`text` in bold, centred, in the header of every page (first, odd and even pages alike)."""
    for section in document.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            header.is_linked_to_previous = False
            paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            paragraph.text = ""
            run = paragraph.add_run(text)
            run.bold = True
            paragraph.alignment = 1  # centred


def render_docx(
    dossier: Dossier, call: CallSpec, lang: str = "fr", engine: Any = None, watermark: str | None = None
) -> bytes:
    """The dossier's document tree (core.document.build_document) as .docx bytes. `engine` is accepted for
    the callers that pass theirs; the Word file no longer needs it (the tree says everything). `watermark`:
    a preview's mark, written in the header of every page."""
    tree = build_document(dossier, call, lang)
    document = Document(str(template_path(call)))
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    writer = _Writer(document, call)
    for block in tree.blocks:
        for element in writer.block(block):
            if sect_pr is not None:
                sect_pr.addprevious(element)
            else:
                body.append(element)
    if watermark:
        _mark_every_page(document, watermark)
    props = document.core_properties
    title = " — ".join(x for x in (dossier.acronym.strip(), clean_text(str(dossier.title)).strip()) if x)
    props.title = (title or props.title or "")[:250]
    props.subject = call.name.get(lang)
    props.keywords = ", ".join(k.strip() for k in dossier.keywords if k.strip())[:250]
    props.language = "en-GB" if lang == "en" else "fr-FR"
    props.author = dossier.partners[0].carrier_name.strip()[:250] if dossier.partners else ""
    props.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(
    dossier: Dossier,
    call: CallSpec,
    path: str | Path,
    lang: str = "fr",
    engine: Any = None,
    watermark: str | None = None,
) -> None:
    """Write the dossier as a Word file, atomically and readable by the owner only (0600)."""
    try:
        data = render_docx(dossier, call, lang, engine, watermark)
    except DocumentError:
        raise
    except (ValueError, KeyError) as exc:  # lxml refuses what Word could not hold either
        raise DocumentWriteError(
            f"Le dossier Word n'a pas pu être produit : {exc}.",
            f"The Word dossier could not be produced: {exc}.",
        ) from None
    write_bytes_atomically(Path(path), data)


__all__ = ["clean_text", "ensure_list_definitions", "export_docx", "render_docx", "template_path", "Span"]
