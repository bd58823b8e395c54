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
    assert texts[texts.index("Acronyme :") + 1] == "NEURO-IA"
    assert texts[texts.index("Mots clés :") + 1] == "apprentissage automatique, parole, gérosciences"
    point = "– Plus-value de la collaboration"
    assert texts[texts.index(point) + 1] == complete_dossier.description["plus_value"]


def test_paragraphs_become_paragraphs_and_line_separators_become_breaks(complete_dossier, call):
    dossier = replace(complete_dossier, resume="Premier.\nSecond\u2028suite.")
    data = render_docx(dossier, call)
    texts = _texts(data)
    at = texts.index("Résumé : 10 lignes maximum")
    assert texts[at + 1 : at + 3] == ["Premier.", "Second\u2028suite."]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "Second</w:t><w:br/><w:t xml:space=\"preserve\">suite." in xml


def test_one_partner_block_with_its_facts_line_per_partner(complete_dossier, call):
    third = Partner(carrier_name="Jean Martin", status="statutory", site="Nîmes", domain="health", unit="CHU de Nîmes")
    dossier = replace(complete_dossier, partners=[*complete_dossier.partners, third])
    texts = _texts(render_docx(dossier, call))
    assert [t for t in texts if t.startswith("Partenaire ")] == ["Partenaire 1", "Partenaire 2", "Partenaire 3"]
    assert texts[texts.index("Partenaire 2") + 1] == (
        "Porteur : Karim Benali · Statut : Contractuel (post-doctorant) · Fin de contrat : 31/08/2027 · "
        "Site : Montpellier (à confirmer) · Domaine : Santé · Unité : CHU de Montpellier, Hôpital Gui de Chauliac · "
        "Établissement : CHU de Montpellier"
    )
    assert not any(t.startswith(">>") for t in texts), "the template's advice is not part of a dossier"


def test_budget_table_has_one_column_per_partner_with_french_amounts_and_totals(complete_dossier, call):
    dossier = replace(complete_dossier)
    dossier.partners = [*complete_dossier.partners, Partner(carrier_name="Jean Martin", budget={"mission": Decimal("1234.5")})]
    data = render_docx(dossier, call)
    rows = {row[0]: row[1:] for row in _table(data).rows}
    nbsp = "\u00a0"
    assert rows["DÉPENSES"][2] == "PARTENAIRE 3\u2028Jean Martin"
    assert rows["Fonctionnement"] == (f"3{nbsp}000{nbsp}€", "", "")
    assert rows["Mission"] == (f"1{nbsp}500{nbsp}€", f"2{nbsp}000{nbsp}€", f"1{nbsp}234,50{nbsp}€")
    assert rows["TOTAL"] == (f"4{nbsp}500{nbsp}€", f"8{nbsp}000{nbsp}€", f"1{nbsp}234,50{nbsp}€")
    assert f"Total général (tous partenaires) : 13{nbsp}734,50{nbsp}€" in _texts(data)


def test_english_export_uses_the_calls_english_labels(complete_dossier, call):
    texts = _texts(render_docx(complete_dossier, call, lang="en"))
    assert "Acronym :" in texts
    assert "Summary : 10 lines maximum" in texts
    assert "Partner 1" in texts
    assert "– Added value of the collaboration" in texts
    assert any(t.startswith("Carrier : Claire Dupont · Status : Permanent staff") for t in texts)


def test_characters_xml_cannot_hold_are_dropped_not_fatal(complete_dossier, call):
    dossier = replace(complete_dossier, title="Titre\x00 avec\x0b contrôle\x1f")
    imported = import_docx(render_docx(dossier, call), call).dossier
    assert imported.title == "Titre avec contrôle"


def test_an_empty_field_keeps_the_annex_placeholder(complete_dossier, call):
    texts = _texts(render_docx(replace(complete_dossier, theme=""), call))
    assert texts[texts.index("Thématique du projet :") + 1] == "………"


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


def test_description_is_written_paragraph_for_paragraph_as_the_layout_engine_lays_it_out(complete_dossier, call):
    from iasante_desktop.typeset.engine import LayoutEngine

    dossier = replace(complete_dossier, description={**complete_dossier.description, "plus_value": "Un.\n\nDeux.", "industrialisation": ""})
    body = Document(io.BytesIO(render_docx(dossier, call))).element.body
    paragraphs = body.findall(qn("w:p"))
    title = next(i for i, el in enumerate(paragraphs) if "".join(el.itertext()).startswith("Description de la"))
    expected = LayoutEngine(call).description_paragraphs(dossier, "fr")
    written = paragraphs[title : title + len(expected)]
    assert ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in written] == [item.text for item in expected]
    for element, item in zip(written, expected):
        spacing = element.find(qn("w:pPr")).find(qn("w:spacing"))
        # On the paragraph itself, so no style of the template adds space the engine did not count.
        assert (int(spacing.get(qn("w:before"))), int(spacing.get(qn("w:after")))) == (item.space_before, item.space_after)
    after = "".join(paragraphs[title + len(expected)].itertext())
    assert after.startswith("Budget"), "an empty point gets no placeholder line the engine would not count"
