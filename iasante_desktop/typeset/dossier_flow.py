"""The whole dossier as the annex orders it, as paragraphs and table rows for lay_out().

Every label comes from the call spec, in the requested language; the description is the engine's own
description_paragraphs(), so its pages in the PDF are the pages the counter announced.
"""

from __future__ import annotations

from iasante_desktop.core.budget import summarize
from iasante_desktop.core.callspec import CallSpec, Section
from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.money import format_amount
from iasante_desktop.typeset.engine import LayoutEngine
from iasante_desktop.typeset.flow import Cell, Item, Paragraph, Row

def title_lines(call: CallSpec, lang: str) -> tuple[str, ...]:
    """The annex's title block, from the call spec."""
    return tuple(line.get(lang) for line in call.title_block)


def _label(text: str, ty, bookmark: bool = True, page_break: bool = False) -> Paragraph:
    return Paragraph(
        text,
        bold=True,
        space_before=ty.heading_space_before_twips,
        space_after=ty.heading_space_after_twips,
        keep_with_next=True,
        page_break_before=page_break,
        bookmark=text if bookmark else None,
    )


def _body(text: str, ty, italic: bool = False) -> list[Paragraph]:
    if not text.strip():
        return []
    return [Paragraph(p, italic=italic, space_after=ty.space_after_twips) for p in text.split("\n")]


def _item_label(items, item_id: str | None, lang: str) -> str:
    for item in items:
        if item.id == item_id:
            return item.label.get(lang)
    return ""


def partner_line(partner: Partner, call: CallSpec, lang: str) -> str:
    """The short italic line under a partner's title: who, status, site, domain, unit."""
    parts = [
        partner.carrier_name.strip(),
        _item_label(call.statuses, partner.status, lang),
        partner.site.strip(),
        _item_label(call.domains, partner.domain, lang),
        partner.unit.strip(),
    ]
    return " \u2014 ".join(p for p in parts if p)


def _partners(dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list[Item]:
    ty = call.typography
    items: list[Item] = []
    for n, partner in enumerate(dossier.partners, start=1):
        items.append(_label(f"{section.label.get(lang)} {n}", ty))
        line = partner_line(partner, call, lang)
        if line:
            items.append(Paragraph(line, italic=True, space_after=ty.space_after_twips))
        for fld in section.fields:
            items.append(_label(fld.label.get(lang), ty, bookmark=False))
            items.extend(_body(str(getattr(partner, fld.id, "") or ""), ty))
    return items


def _budget(dossier: Dossier, call: CallSpec, section: Section, lang: str) -> list[Item]:
    ty = call.typography
    rules = call.budget
    summary = summarize(dossier, call)
    count = max(1, len(dossier.partners))
    total_width = ty.text_width_twips
    # The row labels (« Prestations Externes ») need about 3.3 cm; partners share the rest.
    first = max(total_width // (count + 1), 1900)
    rest = (total_width - first) // count
    widths = (first,) + (rest,) * count
    header_cells = [Cell(rules.header.get(lang), bold=True)]
    for n, partner in enumerate(dossier.partners, start=1):
        template = rules.partner_header.get(lang).replace("{n}", str(n))
        head, _, second = template.partition("\n")
        who = " / ".join(p for p in (partner.carrier_name.strip(), partner.unit.strip()) if p)
        header_cells.append(Cell(f"{head}\n{who or second}", bold=True, align="center"))
    items: list[Item] = [_label(section.label.get(lang), ty, page_break=True)]
    items.append(Row(tuple(header_cells), widths, shaded=True, keep_with_next=True))
    for row in rules.rows:
        cells = [Cell(row.label.get(lang))]
        for partner in dossier.partners:
            cells.append(Cell(format_amount(partner.budget.get(row.id)), align="right"))
        items.append(Row(tuple(cells), widths))
    total_cells = [Cell(rules.total_label.get(lang), bold=True)]
    total_cells += [Cell(format_amount(t), bold=True, align="right") for t in summary.partner_totals]
    items.append(Row(tuple(total_cells), widths, shaded=True, space_after=ty.space_after_twips))
    colon = " :" if lang != "en" else ":"
    items.append(
        Paragraph(
            f"{rules.total_label.get(lang)}{colon} {format_amount(summary.total)}",
            bold=True,
            align="right",
            space_before=ty.space_after_twips,
        )
    )
    return items


def dossier_items(dossier: Dossier, call: CallSpec, engine: LayoutEngine, lang: str = "fr") -> list[Item]:
    ty = call.typography
    items: list[Item] = []
    for i, line in enumerate(title_lines(call, lang)):
        items.append(Paragraph(line, bold=True, align="center", space_after=ty.space_after_twips, keep_with_next=True))
    for section in call.sections:
        label = section.label.get(lang)
        if section.kind in ("text", "lines"):
            items.append(_label(label, ty))
            items.extend(_body(dossier.text_field(section.id), ty))
        elif section.kind == "keywords":
            items.append(_label(label, ty))
            items.extend(_body(", ".join(k.strip() for k in dossier.keywords if k.strip()), ty))
        elif section.kind == "partners":
            items.extend(_partners(dossier, call, section, lang))
        elif section.kind == "pages":
            items.extend(engine.description_paragraphs(dossier, lang))
        elif section.kind == "budget":
            items.extend(_budget(dossier, call, section, lang))
    return items
