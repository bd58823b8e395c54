"""The Word export: the template filled in, one block and one column per partner, safe to send and to open."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import zipfile
from dataclasses import replace
from decimal import Decimal

import pytest
from docx import Document
from docx.oxml.ns import qn
from samples.word_samples import require_soffice

from iasante_desktop.core.dossier import Partner
from iasante_desktop.documents import word_export
from iasante_desktop.documents.word_export import export_docx, render_docx
from iasante_desktop.documents.word_import import import_docx
from iasante_desktop.documents.word_xml import Table, blocks


def _texts(data: bytes) -> list[str]:
    return [b.text for b in blocks(Document(io.BytesIO(data)).element.body) if not isinstance(b, Table)]


def _table(data: bytes) -> Table:
    return next(b for b in blocks(Document(io.BytesIO(data)).element.body) if isinstance(b, Table))


def test_export_writes_a_private_file_and_leaves_no_temporary_behind(complete_dossier, call, tmp_path):
    target = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.docx"
    export_docx(complete_dossier, call, target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    assert zipfile.is_zipfile(target)


def test_each_section_value_follows_its_label(complete_dossier, call):
    texts = _texts(render_docx(complete_dossier, call))
    assert texts[texts.index("Acronyme") + 1] == "NEURO-IA"
    assert texts[texts.index("Mots clés") + 1] == "apprentissage automatique, parole, gérosciences"
    point = "– Plus-value de la collaboration"
    assert texts[texts.index(point) + 1] == complete_dossier.description["plus_value"]


def test_paragraphs_become_paragraphs_and_line_separators_become_breaks(complete_dossier, call):
    dossier = replace(complete_dossier, resume="Premier.\nSecond\u2028suite.")
    data = render_docx(dossier, call)
    texts = _texts(data)
    at = texts.index("Résumé (10 lignes maximum)")
    assert texts[at + 1 : at + 3] == ["Premier.", "Second\u2028suite."]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "Second</w:t><w:br/><w:t xml:space=\"preserve\">suite." in xml


def test_one_partner_block_with_its_facts_line_per_partner(complete_dossier, call):
    third = Partner(carrier_name="Jean Martin", status="statutory", site="Nîmes", domain="health", unit="CHU de Nîmes")
    dossier = replace(complete_dossier, partners=[*complete_dossier.partners, third])
    data = render_docx(dossier, call)
    texts = _texts(data)
    assert [t for t in texts if t.startswith("Partenaire ")] == ["Partenaire 1", "Partenaire 2", "Partenaire 3"]
    assert texts[texts.index("Partenaire 2") + 1] == (
        "Porteur : Karim Benali · Statut : Contractuel (post-doctorant) · Fin de contrat : 31/08/2027 · "
        "Site : Montpellier (à confirmer) · Domaine : Santé / Biomédical / Médical · "
        "Unité : CHU de Montpellier, Hôpital Gui de Chauliac · Établissement : CHU de Montpellier"
    )
    assert not any(t.startswith(">>") for t in texts), "the template's advice is not part of a dossier"
    body = Document(io.BytesIO(data)).element.body
    facts = next(p for p in body.iter(qn("w:p")) if "".join(p.itertext()).startswith("Porteur : Karim"))
    bold = ["".join(t.text for t in r.iter(qn("w:t"))) for r in facts.iter(qn("w:r")) if r.find(qn("w:rPr")) is not None]
    assert bold[:2] == ["Porteur :", "Statut :"], "the labels are bold runs, the values plain"


def test_budget_table_has_one_column_per_partner_with_french_amounts_and_totals(complete_dossier, call):
    dossier = replace(complete_dossier)
    dossier.partners = [*complete_dossier.partners, Partner(carrier_name="Jean Martin", budget={"mission": Decimal("1234.5")})]
    data = render_docx(dossier, call)
    table = _table(data)
    rows = {row[0]: row[1:] for row in table.rows}
    nbsp = "\u00a0"
    assert rows["DÉPENSES"][2] == "PARTENAIRE 3\nJean Martin"
    assert rows["Fonctionnement"] == (f"3{nbsp}000{nbsp}€", "", "")
    assert rows["Mission"] == (f"1{nbsp}500{nbsp}€", f"2{nbsp}000{nbsp}€", f"1{nbsp}234,50{nbsp}€")
    assert rows["TOTAL"] == (f"4{nbsp}500{nbsp}€", f"8{nbsp}000{nbsp}€", f"1{nbsp}234,50{nbsp}€")
    assert f"Total général (tous partenaires) : 13{nbsp}734,50{nbsp}€" in _texts(data)
    assert table.header_rows == 1 and table.shaded_rows == (0, len(table.rows) - 1)
    assert sum(table.widths) == call.typography.text_width_twips


def test_english_export_uses_the_calls_english_labels(complete_dossier, call):
    texts = _texts(render_docx(complete_dossier, call, lang="en"))
    assert "Acronym" in texts
    assert "Summary (10 lines maximum)" in texts
    assert "Partner 1" in texts
    assert "– Added value of the collaboration" in texts
    assert any(t.startswith("Project lead: Claire Dupont · Status: Permanent staff") for t in texts)


def test_characters_xml_cannot_hold_are_dropped_not_fatal(complete_dossier, call):
    dossier = replace(complete_dossier, title="Titre\x00 avec\x0b contrôle\x1f")
    imported = import_docx(render_docx(dossier, call), call).dossier
    assert imported.title == "Titre avec contrôle"


def test_an_empty_field_is_one_empty_paragraph_to_type_in(complete_dossier, call):
    texts = _texts(render_docx(replace(complete_dossier, theme=""), call))
    assert texts[texts.index("Thématique du projet") + 1] == ""


def test_the_file_holds_the_document_tree_and_nothing_of_the_templates_content(complete_dossier, call):
    from iasante_desktop.core.document import build_document

    texts = [t for t in _texts(render_docx(complete_dossier, call))]
    tree = [b.content.text for b in build_document(complete_dossier, call, "fr").blocks if hasattr(b.content, "spans")]
    assert texts == tree


def test_template_missing_from_the_installation_is_built_on_the_fly(complete_dossier, call, tmp_path, monkeypatch):
    folder = tmp_path / "calls" / call.id
    folder.mkdir(parents=True)
    (folder / "call.toml").write_bytes(call.path.read_bytes())
    (folder / "build_template.py").write_bytes((call.path.parent / "build_template.py").read_bytes())
    installed_without_template = call._replace(path=folder / "call.toml")
    monkeypatch.setattr(word_export, "calls_dir", lambda: tmp_path / "calls")
    path = word_export.template_path(installed_without_template)
    assert path.name == "template.docx" and path.is_file()
    assert not (folder / "template.docx").exists(), "the installation is left as it was"
    imported = import_docx(render_docx(complete_dossier, installed_without_template), call).dossier
    assert imported.acronym == "NEURO-IA"


@pytest.mark.soffice
def test_libreoffice_converts_the_export_to_pdf_without_repair(complete_dossier, call, tmp_path):
    soffice = require_soffice()
    source = tmp_path / "dossier.docx"
    export_docx(complete_dossier, call, source)
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=120, check=True,
    )
    assert b"Error" not in completed.stderr
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "dossier.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "NEURO-IA" in text and "Claire Dupont" in text
    assert len(reader.pages) == 3  # front matter, description, budget


def test_every_paragraph_carries_the_spacing_and_breaks_of_its_style(complete_dossier, call):
    from iasante_desktop.core.document import build_document, paragraph_style

    dossier = replace(complete_dossier, description={**complete_dossier.description, "plus_value": "Un.\n\nDeux.", "industrialisation": ""})
    body = Document(io.BytesIO(render_docx(dossier, call))).element.body
    written = [el for el in body if el.tag == qn("w:p")]
    tree = [b for b in build_document(dossier, call, "fr").blocks if hasattr(b.content, "spans")]
    assert len(written) == len(tree)
    for element, block in zip(written, tree):
        ppr = element.find(qn("w:pPr"))
        spacing = ppr.find(qn("w:spacing"))
        style = paragraph_style(block.style, call.typography)
        # On the paragraph itself, so no style of the template adds space the engine did not count.
        assert (int(spacing.get(qn("w:before"))), int(spacing.get(qn("w:after")))) == (style.space_before, style.space_after)
        assert spacing.get(qn("w:line")) == "240"
        assert ppr.find(qn("w:keepNext")).get(qn("w:val")) == ("1" if style.keep_with_next else "0")
        assert ppr.find(qn("w:pageBreakBefore")).get(qn("w:val")) == ("1" if block.page_break_before else "0")


def test_an_english_dossier_writes_english_amounts_and_reads_them_back(call, complete_dossier):
    """The review found English exports printing "2 000,50 €"; an English dossier writes "€2,000.50", and the
    Word import reads it back to the cent."""
    import io as _io
    from decimal import Decimal

    from docx import Document as _Document

    from iasante_desktop.documents.word_export import render_docx
    from iasante_desktop.documents.word_import import import_docx

    complete_dossier.language = "en"
    complete_dossier.partners[0].budget["mission"] = Decimal("2000.50")
    data = render_docx(complete_dossier, call, "en")
    cells = [c.text for t in _Document(_io.BytesIO(data)).tables for r in t.rows for c in r.cells]
    assert "€2,000.50" in cells and not any("2\u00a0000,50" in c for c in cells)
    back = import_docx(data, call).dossier
    assert back.language == "en"
    assert back.partners[0].budget == complete_dossier.partners[0].budget
    assert not back.partners[0].unreadable_amounts


def test_the_english_cv_label_says_project_lead_and_an_older_file_saying_carrier_still_imports(call, complete_dossier):
    import io as _io
    import zipfile as _zipfile

    from iasante_desktop.documents.word_export import render_docx
    from iasante_desktop.documents.word_import import import_docx

    complete_dossier.language = "en"
    data = render_docx(complete_dossier, call, "en")
    with _zipfile.ZipFile(_io.BytesIO(data)) as package:
        members = {name: package.read(name) for name in package.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    assert "Presentation of the project lead: short curriculum vitae" in xml and "carrier" not in xml
    members["word/document.xml"] = xml.replace("the project lead: short", "the carrier: short").encode("utf-8")
    out = _io.BytesIO()
    with _zipfile.ZipFile(out, "w", _zipfile.ZIP_DEFLATED) as package:
        for name, blob in members.items():
            package.writestr(name, blob)
    back = import_docx(out.getvalue(), call).dossier
    assert [p.cv for p in back.partners] == [p.cv for p in complete_dossier.partners]
