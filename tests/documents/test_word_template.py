"""The committed template.docx is the call's annex, laid out as the layout engine assumes."""

from __future__ import annotations

import importlib.util
import subprocess

import pytest
from docx import Document
from samples.word_samples import require_soffice
from docx.shared import Pt, Twips

from iasante_desktop.documents.word_export import template_path
from iasante_desktop.documents.word_xml import blocks
from iasante_desktop.resources import calls_dir


@pytest.fixture(scope="module")
def document(call):
    return Document(str(template_path(call)))


def _builder(call):
    script = calls_dir() / call.id / "build_template.py"
    spec = importlib.util.spec_from_file_location("build_template_under_test", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_template_is_committed_beside_the_call_spec(call):
    assert template_path(call) == calls_dir() / call.id / "template.docx"


def test_template_page_is_a4_with_the_calls_margins(document, call):
    section = document.sections[0]
    typo = call.typography
    assert (section.page_width, section.page_height) == (Twips(typo.page_width_twips), Twips(typo.page_height_twips))
    for side in (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin):
        assert side == Twips(typo.margin_twips)


def test_body_text_is_calibri_11_single_spaced_with_space_after(document, call):
    normal = document.styles["Normal"]
    assert normal.font.name == call.typography.font_family
    assert normal.font.size == Pt(call.typography.font_size_pt)
    fmt = normal.paragraph_format
    assert fmt.line_spacing == 1.0
    assert fmt.space_after == Twips(call.typography.space_after_twips)
    assert fmt.widow_control is True


def test_labels_are_bold_kept_with_next_and_spaced_as_the_call_says(document, call):
    typo = call.typography
    for name in ("Rubrique", "Point"):
        style = document.styles[name]
        assert style.font.bold is True
        assert style.paragraph_format.keep_with_next is True
        assert style.paragraph_format.space_before == Twips(typo.heading_space_before_twips)
        assert style.paragraph_format.space_after == Twips(typo.heading_space_after_twips)


def test_labels_appear_in_the_annex_order_with_placeholders(document, call):
    labels = [p.text for p in document.paragraphs if p.style.name == "Rubrique"]
    expected = []
    for section in call.sections:
        if section.kind == "partners":
            for n in (1, 2):
                expected.append(f"{section.label.fr} {n}")
                expected.extend(f.label.fr for f in section.fields)
        else:
            expected.append(section.label.fr)
    assert [label.removesuffix(" :").split(" : 10")[0].split(" : (")[0] for label in labels] == expected
    assert sum(1 for p in document.paragraphs if p.text == "………") == 6 + 4 + 5


def test_description_and_budget_start_on_a_new_page(document, call):
    starts = {p.text.split(" :")[0]: p.paragraph_format.page_break_before for p in document.paragraphs}
    assert starts[call.section("description").label.fr] is True
    assert starts[call.section("budget").label.fr] is True
    assert starts[call.section("acronym").label.fr] is not True


def test_description_points_are_dash_headings_in_order(document, call):
    points = [p.text for p in document.paragraphs if p.style.name == "Point"]
    assert points == [f"– {point.label.fr}" for point in call.section("description").points]


def test_budget_table_has_the_annex_rows_and_two_partner_columns(document, call):
    table = next(b for b in blocks(document.element.body) if not hasattr(b, "emphasized"))
    rules = call.budget
    assert [row[0] for row in table.rows] == [rules.header.fr] + [r.label.fr for r in rules.rows] + ["TOTAL"]
    assert table.rows[0][1] == "PARTENAIRE 1\u2028Nom / Unité de rattachement"
    assert all(cell == "xxxxxxx€" for row in table.rows[1:] for cell in row[1:])


def test_document_properties_name_the_call(document, call):
    assert document.core_properties.subject == call.name.fr
    assert "Dossier de demande Amorçage" in document.core_properties.title


def test_rebuilding_gives_the_committed_template(call, tmp_path):
    rebuilt = _builder(call).build(call, tmp_path / "template.docx")
    fresh, committed = Document(str(rebuilt)), Document(str(template_path(call)))
    assert [p.text for p in fresh.paragraphs] == [p.text for p in committed.paragraphs]
    assert [[c.text for c in r.cells] for r in fresh.tables[0].rows] == [
        [c.text for c in r.cells] for r in committed.tables[0].rows
    ]


@pytest.mark.soffice
def test_libreoffice_opens_the_template_and_lays_it_on_three_pages(call, tmp_path):
    soffice = require_soffice()
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(template_path(call))],
        check=True, capture_output=True, timeout=120,
    )
    pdf = tmp_path / "template.pdf"
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) == 3  # front matter, description, budget
    assert "Description de la collaboration" in reader.pages[1].extract_text()
    assert "DÉPENSES" in reader.pages[2].extract_text()
