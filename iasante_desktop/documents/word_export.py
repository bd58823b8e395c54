"""Fill the call's Word template with a dossier: the committee's layout, the applicant's words.

The template (resources/calls/<id>/template.docx, built by build_template.py) is the source of every
format: the exporter finds each label paragraph, placeholder and table cell in it by its text and
deep-copies it, so fonts, spacing, page breaks and borders stay the template's. Paragraphs ("\\n") become
Word paragraphs and U+2028 becomes <w:br/>. Each partner block opens with a line of the facts the annex
has no field for ("Porteur : … · Statut : …", an unconfirmed site marked "(à confirmer)"), which the import
reads back. The description, the one part with a page limit, is written from the layout engine's own
paragraphs (LayoutEngine.description_paragraphs) with every spacing set on the paragraph, so LibreOffice
puts on each page the lines the app counted (tests/fidelity/test_exported_word_fidelity.py).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import re
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml.ns import qn

from iasante_desktop.core.budget import partner_total, summarize
from iasante_desktop.core.callspec import DEFAULT_CALL_ID, CallSpec, Section
from iasante_desktop.core.dossier import LINE_BREAK, Dossier, Partner
from iasante_desktop.core.money import format_amount
from iasante_desktop.documents.atomic import write_bytes_atomically
from iasante_desktop.documents.errors import DocumentError, DocumentWriteError
from iasante_desktop.documents.word_labels import (
    FACT_KEYS,
    FACTS_SEPARATOR,
    UNCONFIRMED,
    fold,
    is_advice,
    is_placeholder,
    match_label,
)
from iasante_desktop.documents.word_xml import paragraph as read_paragraph
from iasante_desktop.resources import calls_dir

if TYPE_CHECKING:
    from iasante_desktop.typeset.engine import LayoutEngine
    from iasante_desktop.typeset.flow import Paragraph

_P, _R, _T = qn("w:p"), qn("w:r"), qn("w:t")
_TBL, _TR, _TC, _PPR, _RPR = qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:pPr"), qn("w:rPr")
_GRID, _SECTPR = qn("w:tblGrid"), qn("w:sectPr")
_SPACING, _KEEP_NEXT, _PAGE_BREAK, _WIDOWS = qn("w:spacing"), qn("w:keepNext"), qn("w:pageBreakBefore"), qn("w:widowControl")
_KEEP_LINES, _NUMBERING, _IND, _JC = qn("w:keepLines"), qn("w:numPr"), qn("w:ind"), qn("w:jc")
_W, _TYPE = qn("w:w"), qn("w:type")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# XML 1.0 cannot hold these; Word would refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

GRAND_TOTAL = {"fr": "Total général (tous partenaires) : {amount}", "en": "Grand total (all partners): {amount}"}
DATE_FORMAT = {"fr": "%d/%m/%Y", "en": "%Y-%m-%d"}
FIRST_COLUMN_TWIPS = 2835


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


# ---- XML helpers -------------------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Text Word can hold: control characters dropped, Windows line ends made plain."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _el(tag: str):
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def _first_rpr(paragraph, last: bool = False):
    runs = [r for r in paragraph.iter(_R) if r.find(_T) is not None]
    if not runs:
        return None
    rpr = (runs[-1] if last else runs[0]).find(_RPR)
    return copy.deepcopy(rpr) if rpr is not None else None


def _clear_runs(paragraph) -> None:
    for child in list(paragraph):
        if child.tag != _PPR:
            paragraph.remove(child)


def _append_run(paragraph, text: str, rpr, bold: bool | None = None) -> None:
    """Add `text` as one run: U+2028 as <w:br/>, tabs as <w:tab/>, in the given run format."""
    run = _el("w:r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    if bold is not None:
        props = run.get_or_add_rPr()
        props._remove_b()
        b = props._add_b()  # python-docx puts it where the schema wants it (Word is strict about order)
        if not bold:
            b.set(qn("w:val"), "0")
    for i, line in enumerate(text.split(LINE_BREAK)):
        if i:
            run.append(_el("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                run.append(_el("w:tab"))
            if piece:
                t = _el("w:t")
                t.text = piece
                t.set(_XML_SPACE, "preserve")
                run.append(t)
    paragraph.append(run)


def _value_paragraphs(proto, text: str) -> list:
    """One paragraph per "\\n"-separated paragraph of `text`, formatted like the template's placeholder."""
    rpr = _first_rpr(proto)
    out = []
    for part in clean_text(text).split("\n"):
        paragraph = copy.deepcopy(proto)
        _clear_runs(paragraph)
        _append_run(paragraph, part, rpr)
        out.append(paragraph)
    return out


def _relabel(proto, text: str, suffix: str = "", colon: bool | None = None):
    """A copy of a label paragraph saying `text` (+ suffix) in the label's run formats."""
    paragraph = copy.deepcopy(proto)
    if colon is None:
        first_run = next((r for r in proto.iter(_R) if r.find(_T) is not None), None)
        colon = first_run is not None and "".join(t.text or "" for t in first_run.iter(_T)).rstrip().endswith(":")
    label_rpr, suffix_rpr = _first_rpr(proto), _first_rpr(proto, last=True)
    _clear_runs(paragraph)
    _append_run(paragraph, text + (" :" if colon else ""), label_rpr)
    if suffix:
        _append_run(paragraph, " " + suffix, suffix_rpr)
    return paragraph


# ---- reading the template's structure ----------------------------------------------------------------------


class _Template:
    """The template body cut into labelled pieces, each the element to copy for one kind of content."""

    def __init__(self, body, call: CallSpec) -> None:
        self.prefix: list = []
        self.labels: dict[tuple[str, str], object] = {}  # (kind, key) -> label paragraph
        self.extras: dict[tuple[str, str], list] = {}  # paragraphs/tables a label carries (budget intro, table)
        self.value_proto = None
        self.sect_pr = None
        current: tuple[str, str] | None = None
        in_description = False
        for child in body:
            if child.tag == _SECTPR:
                self.sect_pr = child
                continue
            if child.tag == _TBL:
                if current is not None:
                    self.extras.setdefault(current, []).append(child)
                continue
            if child.tag != _P:
                continue
            para = read_paragraph(child)
            match = match_label(para.text, call, in_description=in_description, emphasized=para.emphasized)
            if match is not None and match.label.kind != "facts":
                label = match.label
                key = (label.kind, "" if label.kind == "partner" else label.key)
                self.labels.setdefault(key, child)
                current = key
                if label.kind == "section":
                    in_description = call.section(label.key).kind == "pages"
                continue
            if current is None:
                self.prefix.append(child)
            elif is_placeholder(para.text):
                if self.value_proto is None and para.text.strip():
                    self.value_proto = child
            elif not is_advice(para.text):
                self.extras.setdefault(current, []).append(child)
        if self.value_proto is None:
            self.value_proto = _el("w:p")

    def label(self, kind: str, key: str = ""):
        found = self.labels.get((kind, key))
        if found is None:  # a template without this label: copy the first label and reword it
            found = next(iter(self.labels.values()))
        return found


# ---- filling -----------------------------------------------------------------------------------------------


def _section_label(tpl: _Template, section: Section, lang: str):
    proto = tpl.label("section", section.id)
    suffix = ""
    if section.suffix is not None:
        original = read_paragraph(proto).text
        suffix = section.suffix.get(lang)
        if "(" in original:
            suffix = f"({suffix})"
    if lang == "fr" and (("section", section.id) in tpl.labels):
        return copy.deepcopy(proto)
    return _relabel(proto, section.label.get(lang), suffix)


def _values(tpl: _Template, text: str) -> list:
    if not text.strip():
        return [copy.deepcopy(tpl.value_proto)]
    return _value_paragraphs(tpl.value_proto, text)


def _facts_line(partner: Partner, call: CallSpec, lang: str) -> str:
    index = 0 if lang != "en" else 1
    facts: list[tuple[str, str]] = []

    def add(attr: str, value: str) -> None:
        if value.strip():
            facts.append((FACT_KEYS[attr][index], value.strip()))

    add("carrier_name", partner.carrier_name)
    status = next((s for s in call.statuses if s.id == partner.status), None)
    add("status", status.label.get(lang) if status else "")
    if partner.contract_end is not None:
        add("contract_end", partner.contract_end.strftime(DATE_FORMAT.get(lang, DATE_FORMAT["fr"])))
    site = partner.site.strip()
    if site and not partner.site_confirmed:  # the import reads it back, so an unconfirmed site stays one
        site = f"{site} {UNCONFIRMED.get(lang, UNCONFIRMED['fr'])}"
    add("site", site)
    domain = next((d for d in call.domains if d.id == partner.domain), None)
    add("domain", domain.label.get(lang).split(" / ")[0] if domain else "")
    add("unit", partner.unit)
    add("institution", partner.institution)
    # The separator and line breaks inside a value would split it on the way back: keep each fact on one line.
    return FACTS_SEPARATOR.join(
        f"{key} : {clean_text(value).replace(chr(10), ' ').replace(LINE_BREAK, ' ')}" for key, value in facts
    )


def _partner_blocks(tpl: _Template, dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list:
    out: list = []
    for n, partner in enumerate(dossier.partners, start=1):
        out.append(_relabel(tpl.label("partner"), f"{section.label.get(lang)} {n}", colon=False))
        facts = _facts_line(partner, call, lang)
        if facts:
            out.extend(_value_paragraphs(tpl.value_proto, facts))
        for fld in section.fields:
            proto = tpl.label("field", fld.id)
            if lang == "fr" and ("field", fld.id) in tpl.labels:
                out.append(copy.deepcopy(proto))
            else:
                out.append(_relabel(proto, fld.label.get(lang), colon=False))
            out.extend(_values(tpl, str(getattr(partner, fld.id, ""))))
    return out


def _engine_paragraph(proto, item: Paragraph, widow_control: bool):
    """A copy of `proto` holding `item` exactly as the layout engine laid it out.

    Every property the engine paginates with is written on the paragraph itself, so nothing is left to what
    the template's styles or the word processor's defaults would add: a style's 240 twips before a title at
    the top of a page, or a placeholder line the engine never counted, put lines on a third page.
    """
    paragraph = copy.deepcopy(proto)
    rpr = _first_rpr(proto)
    _clear_runs(paragraph)
    ppr = paragraph.get_or_add_pPr()
    for tag in (_SPACING, _KEEP_NEXT, _KEEP_LINES, _PAGE_BREAK, _WIDOWS, _NUMBERING, _IND, _JC):
        for old in ppr.findall(tag):
            ppr.remove(old)
    ppr.keepNext_val = item.keep_with_next
    ppr.pageBreakBefore_val = item.page_break_before
    ppr.widowControl_val = widow_control
    spacing = ppr.get_or_add_spacing()
    for attribute, value in (
        ("w:before", item.space_before),
        ("w:after", item.space_after),
        ("w:line", 240),  # single spacing: the engine's fixed pitch
        ("w:lineRule", "auto"),
        ("w:beforeAutospacing", 0),
        ("w:afterAutospacing", 0),
    ):
        spacing.set(qn(attribute), str(value))
    if item.align in ("center", "right"):
        ppr._add_jc().set(qn("w:val"), item.align)
    _append_run(paragraph, clean_text(item.text), rpr, bold=item.bold)
    if item.italic:
        run = paragraph.findall(_R)[-1]
        run.get_or_add_rPr()._add_i()
    return paragraph


def _description(
    tpl: _Template, dossier: Dossier, call: CallSpec, section: Section, lang: str, engine: LayoutEngine
) -> list:
    """The description as the layout engine lays it out, paragraph for paragraph: its page count and the
    lines on each page are the ones the app announces."""
    out = []
    for item in engine.description_paragraphs(dossier, lang):
        kind, point_id, _ = item.tag
        if kind == "label":
            proto = tpl.label("section", section.id)
        elif kind == "heading":
            proto = tpl.label("point", point_id)
        else:
            proto = tpl.value_proto
        out.append(_engine_paragraph(proto, item, call.typography.widow_orphan_lines > 1))
    return out


def _set_cell(tc, lines: Iterable[tuple[str, bool | None]], width: int | None) -> None:
    """Replace a cell's text, keeping its first paragraph's format and its runs' fonts."""
    paragraphs = tc.findall(_P)
    first = paragraphs[0]
    for extra in paragraphs[1:]:
        tc.remove(extra)
    label_rpr, last_rpr = _first_rpr(first), _first_rpr(first, last=True)
    _clear_runs(first)
    lines = list(lines)
    for i, (text, bold) in enumerate(lines):
        rpr = label_rpr if i == 0 else last_rpr
        _append_run(first, clean_text(text).replace("\n", LINE_BREAK) + (LINE_BREAK if i < len(lines) - 1 else ""), rpr, bold)
    if width is not None:
        tcw = tc.get_or_add_tcPr().get_or_add_tcW()
        tcw.set(_W, str(width))
        tcw.set(_TYPE, "dxa")


def _row_id(text: str, call: CallSpec) -> str | None:
    folded = fold(text).rstrip(" :")
    for row in call.budget.rows:
        if folded in (fold(row.label.fr), fold(row.label.en)):
            return row.id
    if folded in (fold(call.budget.total_label.fr), fold(call.budget.total_label.en)):
        return "__total__"
    return None


def _fill_table(tbl, dossier: Dossier, call: CallSpec, lang: str) -> None:
    rules = call.budget
    count = max(len(dossier.partners), 1)
    text_width = call.typography.text_width_twips
    first_width = FIRST_COLUMN_TWIPS if count <= 3 else FIRST_COLUMN_TWIPS * 2 // 3
    width = (text_width - first_width) // count
    grid = tbl.find(_GRID)
    if grid is not None:
        for col in list(grid):
            grid.remove(col)
        for w in [first_width] + [width] * count:
            col = _el("w:gridCol")
            col.set(_W, str(w))
            grid.append(col)
    for r, tr in enumerate(tbl.findall(_TR)):
        cells = tr.findall(_TC)
        if len(cells) < 2:
            continue
        proto = cells[1]
        for extra in cells[1:]:
            tr.remove(extra)
        head = cells[0]
        head_text = read_paragraph(head.find(_P)).text
        row_id = None if r == 0 else _row_id(head_text, call)
        if r == 0:
            _set_cell(head, [(rules.header.get(lang), None)], first_width)
        elif row_id == "__total__":
            _set_cell(head, [(rules.total_label.get(lang), None)], first_width)
        elif row_id is not None:
            label = next(row.label.get(lang) for row in rules.rows if row.id == row_id)
            _set_cell(head, [(label, None)], first_width)
        for n, partner in enumerate(dossier.partners, start=1):
            cell = copy.deepcopy(proto)
            if r == 0:
                lines = rules.partner_header.get(lang).format(n=n).split("\n")
                who = " / ".join(x for x in (partner.carrier_name.strip(), partner.unit.strip()) if x)
                if who:
                    lines = lines[:1] + [who]
                _set_cell(cell, [(lines[0], None)] + [(line, None) for line in lines[1:]], width)
            elif row_id == "__total__":
                _set_cell(cell, [(format_amount(partner_total(dossier, n - 1, call)), None)], width)
            elif row_id is not None:
                amount = partner.budget.get(row_id)
                # An amount the user typed but nobody could read is written as typed: nothing is lost.
                typed = format_amount(amount) if amount is not None else partner.unreadable_amounts.get(row_id, "")
                _set_cell(cell, [(typed, None)], width)
            tr.append(cell)


def _budget(tpl: _Template, dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list:
    out = [_section_label(tpl, section, lang)]
    tables = 0
    for extra in tpl.extras.get(("section", section.id), []):
        if extra.tag == _TBL:
            table = copy.deepcopy(extra)
            _fill_table(table, dossier, call, lang)
            out.append(table)
            tables += 1
            line = GRAND_TOTAL.get(lang, GRAND_TOTAL["fr"]).format(amount=format_amount(summarize(dossier, call).total))
            total = _value_paragraphs(tpl.value_proto, line)[0]
            _clear_runs(total)
            _append_run(total, line, _first_rpr(tpl.value_proto), bold=True)
            total.get_or_add_pPr().get_or_add_spacing().set(qn("w:before"), str(call.typography.space_after_twips))
            out.append(total)
        elif lang == "fr":
            out.append(copy.deepcopy(extra))
    if tables == 0:
        raise DocumentError(
            "Le modèle Word n'a pas de tableau budgétaire ; régénérez-le (build_template.py).",
            "The Word template has no budget table; regenerate it (build_template.py).",
        )
    return out


def _body(tpl: _Template, dossier: Dossier, call: CallSpec, lang: str, engine: LayoutEngine) -> list:
    out = [copy.deepcopy(p) for p in tpl.prefix]
    for section in call.sections:
        if section.kind in ("text", "lines"):
            out.append(_section_label(tpl, section, lang))
            out.extend(_values(tpl, dossier.text_field(section.id)))
        elif section.kind == "keywords":
            out.append(_section_label(tpl, section, lang))
            words = [k.strip() for k in dossier.keywords if k.strip()]
            out.extend(_values(tpl, ", ".join(words)))
        elif section.kind == "partners":
            out.extend(_partner_blocks(tpl, dossier, call, section, lang))
        elif section.kind == "pages":
            out.extend(_description(tpl, dossier, call, section, lang, engine))
        elif section.kind == "budget":
            out.extend(_budget(tpl, dossier, call, section, lang))
    return out


def render_docx(dossier: Dossier, call: CallSpec, lang: str = "fr", engine: LayoutEngine | None = None) -> bytes:
    """The filled template as .docx bytes; `engine` (the caller's, to reuse what it has laid out) gives the
    description's paragraphs."""
    if engine is None:
        from iasante_desktop.typeset.engine import LayoutEngine  # Qt loads only when a dossier is written

        engine = LayoutEngine(call)
    document = Document(str(template_path(call)))
    body = document.element.body
    tpl = _Template(body, call)
    if not tpl.labels:
        raise DocumentError(
            "Le modèle Word ne contient aucune rubrique de l'appel ; régénérez-le (build_template.py).",
            "The Word template holds none of the call's labels; regenerate it (build_template.py).",
        )
    new = _body(tpl, dossier, call, lang, engine)
    for child in list(body):
        body.remove(child)
    for element in new:
        body.append(element)
    if tpl.sect_pr is not None:
        body.append(tpl.sect_pr)
    props = document.core_properties
    title = " — ".join(x for x in (dossier.acronym.strip(), clean_text(dossier.title).strip()) if x)
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
    dossier: Dossier, call: CallSpec, path: str | Path, lang: str = "fr", engine: LayoutEngine | None = None
) -> None:
    """Write the dossier as the call's Word template, atomically and readable by the owner only (0600)."""
    try:
        data = render_docx(dossier, call, lang, engine)
    except DocumentError:
        raise
    except (ValueError, KeyError) as exc:  # lxml refuses what Word could not hold either
        raise DocumentWriteError(
            f"Le dossier Word n'a pas pu être produit : {exc}.",
            f"The Word dossier could not be produced: {exc}.",
        ) from None
    write_bytes_atomically(Path(path), data)

