"""Builds template.docx, the call's annex "Dossier de demande Amorçage" as a Word file. template.docx is generated.

Regenerate with (from the repository root, with the project's Python):
    python resources/calls/iasante-amorcage-2025-2026/build_template.py [output.docx]

Every label, suffix, budget row, header and number comes from call.toml beside this script (through the
call spec loader); the only literals here are the template's own wording (title block, advice lines).
Layout facts the layout engine relies on: Calibri 11 pt on A4 with 1417-twip margins, single spacing,
body paragraphs 120 twips after, labels bold 240 before / 60 after and kept with the next paragraph,
widow control on; the description and the budget each start on a new page; each description point is a
bold "– <point label>" heading (240 before, 60 after) followed by its paragraphs.

The Word export (documents/word_export.py) keeps only the page set-up, the styles and the numbering part of
this file: the numbering part holds the dossier's bullet and number list definitions, written from
core.document.LIST_LEVELS (indents, glyphs, number formats), and the Caption style is plain body text, as the
dossier's figure captions are.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import iasante_desktop  # noqa: F401
except ImportError:  # run from a checkout without an install
    sys.path.insert(0, str(HERE.parents[2]))

from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402

from iasante_desktop.core.callspec import CallSpec, Section, resolve_call  # noqa: E402
# The template's own wording (advice to applicants, the budget's introduction) lives with the code that
# recognises it on import, so a line the template writes is always a line the import knows to drop.
from iasante_desktop.documents.word_labels import (  # noqa: E402
    BUDGET_INTRO,
    ELIGIBLE,
    MORE_COLUMNS,
    MORE_PARTNERS,
    PLACEHOLDER,
)
from iasante_desktop.documents.word_export import ensure_list_definitions  # noqa: E402

AMOUNT_PLACEHOLDER = "xxxxxxx€"
LABEL_STYLE = "Rubrique"
POINT_STYLE = "Point"
FIRST_COLUMN_TWIPS = 2835  # 5 cm for the expense labels; partners share the rest


def _rfonts(element, family: str) -> None:
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def _styles(document, call: CallSpec) -> None:
    typo = call.typography
    normal = document.styles["Normal"]
    normal.font.name = typo.font_family
    normal.font.size = Pt(typo.font_size_pt)
    _rfonts(normal.element, typo.font_family)
    fmt = normal.paragraph_format
    fmt.space_before = Twips(0)
    fmt.space_after = Twips(typo.space_after_twips)
    fmt.line_spacing = 1.0
    fmt.widow_control = typo.widow_orphan_lines > 1
    for name in (LABEL_STYLE, POINT_STYLE):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.next_paragraph_style = normal
        style.quick_style = True
        style.font.bold = True
        pf = style.paragraph_format
        pf.space_before = Twips(typo.heading_space_before_twips)
        pf.space_after = Twips(typo.heading_space_after_twips)
        pf.keep_with_next = True
        pf.widow_control = True
    caption = document.styles["Caption"]  # figure captions: plain body text, as the layout engine sets them
    caption.font.bold = False
    caption.font.italic = False
    caption.font.size = Pt(typo.font_size_pt)
    caption.font.color.rgb = None
    ensure_list_definitions(document, typo)


def _page(document, call: CallSpec) -> None:
    typo = call.typography
    section = document.sections[0]
    section.page_width = Twips(typo.page_width_twips)
    section.page_height = Twips(typo.page_height_twips)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(typo.margin_twips))


def _label(document, text: str, suffix: str = "", new_page: bool = False, colon: bool = True):
    paragraph = document.add_paragraph(style=LABEL_STYLE)
    paragraph.add_run(text + (" :" if colon else ""))
    if suffix:
        run = paragraph.add_run(" " + suffix)
        run.bold = False
    paragraph.paragraph_format.page_break_before = new_page or None
    return paragraph


def _placeholder(document) -> None:
    document.add_paragraph(PLACEHOLDER)


def _advice(document, text: str) -> None:
    document.add_paragraph().add_run(text).italic = True


def _cell(cell, lines: list[tuple[str, bool]], align) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Twips(0)
    for i, (text, bold) in enumerate(lines):
        run = paragraph.add_run(text)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _budget_table(document, call: CallSpec, partners: int) -> None:
    rules = call.budget
    table = document.add_table(rows=2 + len(rules.rows), cols=1 + partners)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    text_width = call.typography.text_width_twips
    widths = [FIRST_COLUMN_TWIPS] + [(text_width - FIRST_COLUMN_TWIPS) // partners] * partners
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)
    center, right, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT
    _cell(table.cell(0, 0), [(rules.header.fr, True)], center)
    for n in range(1, partners + 1):
        head, *rest = rules.partner_header.fr.format(n=n).split("\n")
        _cell(table.cell(0, n), [(head, True)] + [(line, False) for line in rest], center)
    for r, row in enumerate(rules.rows, start=1):
        _cell(table.cell(r, 0), [(row.label.fr, False)], left)
        for n in range(1, partners + 1):
            _cell(table.cell(r, n), [(AMOUNT_PLACEHOLDER, False)], right)
    last = len(rules.rows) + 1
    _cell(table.cell(last, 0), [(rules.total_label.fr, True)], left)
    for n in range(1, partners + 1):
        _cell(table.cell(last, n), [(AMOUNT_PLACEHOLDER, True)], right)
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))


def _section(document, call: CallSpec, section: Section) -> None:
    if section.kind in ("text", "keywords", "lines"):
        _label(document, section.label.fr, section.suffix.fr if section.suffix else "")
        _placeholder(document)
    elif section.kind == "partners":
        for n in range(1, (section.min_count or 1) + 1):
            _label(document, f"{section.label.fr} {n}", colon=False)
            for fld in section.fields:
                _label(document, fld.label.fr, colon=False)
                _placeholder(document)
        _advice(document, MORE_PARTNERS)
    elif section.kind == "pages":
        suffix = f"({section.suffix.fr})" if section.suffix else ""
        _label(document, section.label.fr, suffix, new_page=True)
        for point in section.points:
            document.add_paragraph(f"– {point.label.fr}", style=POINT_STYLE)
            _placeholder(document)
    elif section.kind == "budget":
        _label(document, section.label.fr, new_page=True)
        document.add_paragraph(BUDGET_INTRO)
        document.add_paragraph(ELIGIBLE.format(expenses=", ".join(call.budget.eligible_expenses)))
        partners = call.section_of_kind("partners")
        _budget_table(document, call, (partners.min_count if partners else None) or 2)
        _advice(document, MORE_COLUMNS)


def build(call: CallSpec, output: Path) -> Path:
    document = Document()
    _styles(document, call)
    _page(document, call)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    title = [line.fr for line in call.title_block]
    for size, text in zip((16, 14, 14, 14, 14), title):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    document.add_paragraph(call.intro.fr)
    for section in call.sections:
        _section(document, call, section)
    props = document.core_properties
    props.title = " — ".join(title)
    props.subject = call.name.fr
    props.author = ""
    props.last_modified_by = ""
    props.comments = f"Modèle généré par build_template.py depuis call.toml ({call.id})"
    props.keywords = call.id
    props.language = "fr-FR"
    output = Path(output)
    document.save(str(output))
    return output


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else HERE / "template.docx"
    build(resolve_call(HERE / "call.toml"), output)
    print(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
