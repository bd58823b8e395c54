"""The whole dossier as one document tree, built once from the dossier and its call.

The PDF renderer (typeset/) and the Word writer (documents/) both render this tree and nothing else, so the
two files cannot state different things: every label, every partner fact, every budget cell is decided here.
Each block says which style it takes (a name whose spacing and weight come from the call's typography, see
`paragraph_style`), whether it starts a page, what it bookmarks, and which dossier field its content comes
from ("description.objectifs", "partners[1].cv"), so the gauges can find a field's lines in the layout.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from iasante_desktop.core.budget import summarize
from iasante_desktop.core.callspec import CallSpec, Item, Section, Typography
from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.money import format_amount
from iasante_desktop.core.richtext import (
    BOLD,
    Block,
    Cell,
    Para,
    RichText,
    Span,
    Table,
    as_rich,
)

# Paragraph styles of the dossier. The Word writer writes each property on the paragraph itself, the layout
# engine paginates with the same numbers: nothing is left to a word processor's defaults.
TITLE, LABEL, HEADING, BODY, FACTS, TOTAL = "title", "label", "heading", "body", "facts", "total"

FACTS_SEPARATOR = " \u00b7 "
UNCONFIRMED = {"fr": "(à confirmer)", "en": "(to be confirmed)"}
DATE_FORMAT = {"fr": "%d/%m/%Y", "en": "%Y-%m-%d"}
# The labels of a partner's facts, as the dossier prints them and the Word import reads them back
# (documents/word_labels.py also knows older and hand-typed spellings).
FACT_LABELS: dict[str, dict[str, str]] = {
    "carrier_name": {"fr": "Porteur", "en": "Project lead"},
    "status": {"fr": "Statut", "en": "Status"},
    "contract_end": {"fr": "Fin de contrat", "en": "Contract end"},
    "site": {"fr": "Site", "en": "Site"},
    "domain": {"fr": "Domaine", "en": "Domain"},
    "unit": {"fr": "Unité", "en": "Unit"},
    "institution": {"fr": "Établissement", "en": "Institution"},
}
# Written on every page of a preview (export --preview, "Aperçu" on the review page): a draft that cannot be
# mistaken for the submission.
PREVIEW_MARK = {"fr": "Brouillon — non conforme", "en": "Draft — not compliant"}
GRAND_TOTAL = {"fr": "Total général (tous partenaires) : {amount}", "en": "Grand total (all partners): {amount}"}
# Budget table: the row labels (« Prestations externes ») need about 5 cm; partners share the rest.
FIRST_COLUMN_TWIPS = 2835


class ListLevel(NamedTuple):
    """One level of the dossier's list numbering: the template's numbering definition (w:abstractNum) is
    written from these, and the layout engine indents with the same numbers."""

    left_twips: int  # where the text of every line starts
    hanging_twips: int  # the bullet or number starts this much left of the text
    bullet: str  # the glyph of a bulleted item (in the body font)
    number_format: str  # Word's w:numFmt for a numbered item: decimal, lowerLetter, lowerRoman
    number_text: str  # Word's w:lvlText: "%1." for level 0


LIST_LEVELS: tuple[ListLevel, ...] = tuple(
    ListLevel(360 * (level + 2), 360, bullet, fmt, f"%{level + 1}.")
    for level, (bullet, fmt) in enumerate(
        [("\u2022", "decimal"), ("\u25e6", "lowerLetter"), ("\u25aa", "lowerRoman")] * 3
    )
)


class ParaStyle(NamedTuple):
    bold: bool = False
    italic: bool = False
    align: str = "left"
    space_before: int = 0  # twips
    space_after: int = 0
    keep_with_next: bool = False


def paragraph_style(style: str, ty: Typography) -> ParaStyle:
    if style == TITLE:
        return ParaStyle(bold=True, align="center", space_after=ty.space_after_twips, keep_with_next=True)
    if style in (LABEL, HEADING):
        return ParaStyle(
            bold=True,
            space_before=ty.heading_space_before_twips,
            space_after=ty.heading_space_after_twips,
            keep_with_next=True,
        )
    if style == TOTAL:
        return ParaStyle(bold=True, align="right", space_before=ty.space_after_twips)
    return ParaStyle(space_after=ty.space_after_twips)  # BODY and FACTS


class DocBlock(NamedTuple):
    content: Block  # a Para, Figure or Table of core.richtext
    style: str = BODY
    page_break_before: bool = False
    bookmark: str | None = None  # a section title for the PDF outline
    field: str | None = None  # the dossier field the content comes from, e.g. "description.objectifs"
    index: int = 0  # the content's block index within that field's RichText


class DossierDocument(NamedTuple):
    blocks: tuple[DocBlock, ...]
    lang: str

    def of_field(self, field: str) -> list[DocBlock]:
        return [b for b in self.blocks if b.field == field]


def _para(text: str, bold: bool = False, align: str = "left") -> Para:
    marks = frozenset({BOLD}) if bold else frozenset()
    return Para((Span(text, marks),) if text else (), None, align)


def _label(text: str, style: str = LABEL, bookmark: bool = True, page_break: bool = False) -> DocBlock:
    return DocBlock(_para(text), style, page_break, text if bookmark else None)


def _content(text: RichText | str, field: str) -> list[DocBlock]:
    """A field's blocks; an empty field is one empty paragraph, where a reader of the Word file can type."""
    rich = as_rich(text)
    if rich.is_blank():
        return [DocBlock(Para(), BODY, field=field)]
    return [DocBlock(block, BODY, field=field, index=i) for i, block in enumerate(rich.blocks)]


def section_title(section: Section, lang: str) -> str:
    """A section's label as the annex prints it, its limit in brackets: « Résumé (10 lignes maximum) »."""
    label = section.label.get(lang)
    return f"{label} ({section.suffix.get(lang)})" if section.suffix is not None else label


def _item_label(items: tuple[Item, ...], item_id: str | None, lang: str) -> str:
    return next((item.label.get(lang) for item in items if item.id == item_id), "")


def partner_facts(partner: Partner, call: CallSpec, lang: str) -> list[tuple[str, str]]:
    """The partner's facts the annex has no field for, as (label, value), labels in the dossier's language."""
    facts: list[tuple[str, str]] = []

    def add(attr: str, value: str) -> None:
        # Line breaks and runs of ordinary spaces become one space; a non-breaking space stays what it is.
        value = re.sub(r"[ \t\r\n\u2028\u2029]+", " ", value).strip(" ")
        if value:
            facts.append((FACT_LABELS[attr].get(lang, FACT_LABELS[attr]["fr"]), value))

    add("carrier_name", partner.carrier_name)
    add("status", _item_label(call.statuses, partner.status, lang))
    if partner.contract_end is not None:
        add("contract_end", partner.contract_end.strftime(DATE_FORMAT.get(lang, DATE_FORMAT["fr"])))
    site = partner.site.strip()
    if site and not partner.site_confirmed:  # the import reads it back, so an unconfirmed site stays one
        site = f"{site} {UNCONFIRMED.get(lang, UNCONFIRMED['fr'])}"
    add("site", site)
    add("domain", _item_label(call.domains, partner.domain, lang))
    add("unit", partner.unit)
    add("institution", partner.institution)
    return facts


def facts_paragraph(facts: list[tuple[str, str]], lang: str) -> Para:
    """"Porteur : … · Statut : …", each label in bold; the import reads it back by its labels."""
    colon = " : " if lang != "en" else ": "
    spans: list[Span] = []
    for i, (key, value) in enumerate(facts):
        if i:
            spans.append(Span(FACTS_SEPARATOR))
        spans.append(Span(key + colon.rstrip(" "), frozenset({BOLD})))
        spans.append(Span(" " + value))
    return Para(tuple(spans))


def _partners(dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list[DocBlock]:
    out: list[DocBlock] = []
    for n, partner in enumerate(dossier.partners, start=1):
        out.append(_label(f"{section.label.get(lang)} {n}"))
        facts = partner_facts(partner, call, lang)
        if facts:
            out.append(DocBlock(facts_paragraph(facts, lang), FACTS, field=f"partners[{n - 1}]"))
        for fld in section.fields:
            out.append(_label(fld.label.get(lang), bookmark=False))
            out.extend(_content(getattr(partner, fld.id, ""), f"partners[{n - 1}].{fld.id}"))
    return out


def budget_table(dossier: Dossier, call: CallSpec, lang: str) -> Table:
    rules = call.budget
    summary = summarize(dossier, call)
    count = max(1, len(dossier.partners))
    first = FIRST_COLUMN_TWIPS if count <= 3 else FIRST_COLUMN_TWIPS * 2 // 3
    rest = (call.typography.text_width_twips - first) // count
    header = [Cell((_para(rules.header.get(lang), bold=True),))]
    for n, partner in enumerate(dossier.partners, start=1):
        head, _, second = rules.partner_header.get(lang).replace("{n}", str(n)).partition("\n")
        who = " / ".join(p for p in (partner.carrier_name.strip(), partner.unit.strip()) if p)
        lines = [head] + ([who] if who else [second] if second else [])
        header.append(Cell(tuple(_para(line, bold=True, align="center") for line in lines)))
    rows = [tuple(header)]
    for row in rules.rows:
        cells = [Cell((_para(row.label.get(lang)),))]
        for partner in dossier.partners:
            amount = partner.budget.get(row.id)
            # An amount typed but unreadable is written as typed: nothing is lost, the export stays blocked.
            text = format_amount(amount, lang=lang) if amount is not None else partner.unreadable_amounts.get(row.id, "")
            cells.append(Cell((_para(text, align="right"),)))
        rows.append(tuple(cells))
    total = [Cell((_para(rules.total_label.get(lang), bold=True),))]
    total += [Cell((_para(format_amount(t, lang=lang), bold=True, align="right"),)) for t in summary.partner_totals]
    rows.append(tuple(total))
    return Table(tuple(rows), (first,) + (rest,) * count, header_rows=1, shaded_rows=(0, len(rows) - 1))


def _budget(dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list[DocBlock]:
    summary = summarize(dossier, call)
    grand = GRAND_TOTAL.get(lang, GRAND_TOTAL["fr"]).replace("{amount}", format_amount(summary.total, lang=lang))
    return [
        _label(section.label.get(lang), page_break=True),
        DocBlock(budget_table(dossier, call, lang), BODY, field="budget"),
        DocBlock(_para(grand, bold=True, align="right"), TOTAL, field="budget"),
    ]


def _description(dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list[DocBlock]:
    out = [_label(section_title(section, lang), page_break=True)]
    for point in section.points:
        field = f"description.{point.id}"
        out.append(DocBlock(_para("\u2013 " + point.label.get(lang)), HEADING, field=field, index=-1))
        text = as_rich(dossier.description.get(point.id))
        if not text.is_blank():  # an empty point takes no line: the page count is the text's
            out.extend(DocBlock(b, BODY, field=field, index=i) for i, b in enumerate(text.blocks))
    return out


def description_blocks(dossier: Dossier, call: CallSpec, lang: str) -> list[DocBlock]:
    """The description alone, from its page break: what the page gauge lays out."""
    section = call.section_of_kind("pages")
    return [] if section is None else _description(dossier, call, section, lang)


def build_document(dossier: Dossier, call: CallSpec, lang: str | None = None) -> DossierDocument:
    lang = lang or dossier.language
    out: list[DocBlock] = [DocBlock(_para(line.get(lang)), TITLE) for line in call.title_block]
    for section in call.sections:
        label = section_title(section, lang)
        if section.kind in ("text", "lines"):
            out.append(_label(label))
            out.extend(_content(getattr(dossier, section.id, ""), section.id))
        elif section.kind == "keywords":
            out.append(_label(label))
            out.extend(_content(", ".join(k.strip() for k in dossier.keywords if k.strip()), "keywords"))
        elif section.kind == "partners":
            out.extend(_partners(dossier, call, section, lang))
        elif section.kind == "pages":
            out.extend(_description(dossier, call, section, lang))
        elif section.kind == "budget":
            out.extend(_budget(dossier, call, section, lang))
    return DossierDocument(tuple(out), lang)
