"""The final PDF: dossier, CVs in partner order, letters, annexes; bookmarks, page labels, metadata; a file
qpdf accepts with every font embedded."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys

import pytest
from testkit import require_tool
from pdf_samples import encrypt, make_pdf
from pypdf import PdfReader

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents import pdf_sandbox
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.documents.pdf_assembly import assemble_pdf, merge_pdf, ordered_attachments

SECTIONS = [("Acronyme et titre", 0), ("Résumé", 0), ("Description du projet", 1), ("Budget", 2)]


@pytest.fixture
def dossier_pdf(tmp_path):
    path = tmp_path / "rendered.pdf"
    path.write_bytes(make_pdf(3, text="Dossier"))
    return path


@pytest.fixture
def attached(complete_dossier):
    """Attachments given out of order: the letter first, partner 2's CV before partner 1's."""
    complete_dossier.attachments = [
        Attachment(kind="letter", filename="lettre-startup.pdf", data=make_pdf(1, text="Lettre"), title="Lettre TéléSanté"),
        Attachment(kind="cv", filename="cv-benali.pdf", data=make_pdf(2, text="CV Benali"), partner=1),
        Attachment(kind="cv", filename="cv-dupont.pdf", data=make_pdf(1, text="CV Dupont"), partner=0),
    ]
    return complete_dossier


def outline_titles(reader: PdfReader) -> list:
    def walk(items):
        out = []
        for item in items:
            if isinstance(item, list):
                out.append(walk(item))
            else:
                out.append((item.title, reader.get_destination_page_number(item)))
        return out

    return walk(reader.outline)


def test_attachments_are_ordered_cv_by_partner_then_letters_then_annexes(attached):
    attached.attachments.insert(0, Attachment(kind="annex", filename="annexe.pdf", data=b""))
    names = [a.filename for a in ordered_attachments(attached)]
    assert names == ["cv-dupont.pdf", "cv-benali.pdf", "lettre-startup.pdf", "annexe.pdf"]


def test_final_pdf_has_every_part_in_order_with_labels_and_bookmarks(attached, call, dossier_pdf, tmp_path):
    out = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    report = merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    reader = PdfReader(out)
    assert len(reader.pages) == report.pages == 3 + 1 + 2 + 1
    assert reader.page_labels == [
        "Dossier 1", "Dossier 2", "Dossier 3", "CV P1-1", "CV P2-1", "CV P2-2", "Lettre 1-1",
    ]
    assert outline_titles(reader) == [
        ("Dossier de candidature", 0),
        [("Acronyme et titre", 0), ("Résumé", 0), ("Description du projet", 1), ("Budget", 2)],
        ("CV — Partenaire 1 : Claire Dupont", 3),
        ("CV — Partenaire 2 : Karim Benali", 4),
        ("Lettre d'intérêt 1 : Lettre TéléSanté", 6),
    ]
    assert "CV Benali — page 2" in " ".join(reader.pages[5].extract_text().split())
    assert [(p.label, p.first_page, p.pages, p.filename) for p in report.parts][1:] == [
        ("CV P1-", 3, 1, "cv-dupont.pdf"), ("CV P2-", 4, 2, "cv-benali.pdf"), ("Lettre 1-", 6, 1, "lettre-startup.pdf"),
    ]


def test_final_pdf_metadata_names_the_project_the_carrier_and_the_call(attached, call, dossier_pdf, tmp_path):
    out = tmp_path / "final.pdf"
    merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    meta = PdfReader(out).metadata
    assert meta.title == f"NEURO-IA — {call.name.fr}"
    assert meta.author == "Claire Dupont"
    assert call.name.fr in meta.subject
    assert meta.creator == "iasante-desktop"


def test_final_pdf_passes_qpdf_check_with_every_font_embedded(attached, call, dossier_pdf, tmp_path):
    qpdf, pdffonts = require_tool("qpdf"), require_tool("pdffonts")
    out = tmp_path / "final.pdf"
    merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    checked = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert_all_fonts_embedded(pdffonts, out)


def assert_all_fonts_embedded(pdffonts: str, path) -> None:
    lines = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    header, rows = lines[0], lines[2:]
    emb = header.index("emb")
    assert rows, "the PDF uses no font at all"
    for row in rows:
        assert row[emb : emb + 3] == "yes", row


def test_final_pdf_is_private_and_leaves_no_temp_file(attached, call, dossier_pdf, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "final.pdf"
    merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    assert sorted(p.name for p in out_dir.iterdir()) == ["final.pdf"]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_owner_password_attachment_is_merged_unprotected(attached, call, dossier_pdf, tmp_path):
    attached.attachments.append(
        Attachment(kind="annex", filename="annexe.pdf", data=encrypt(make_pdf(2), user_password="", algorithm="AES-128"))
    )
    out = tmp_path / "final.pdf"
    report = merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    reader = PdfReader(out)
    assert not reader.is_encrypted
    assert report.pages == len(reader.pages) == 9
    assert reader.page_labels[-2:] == ["Annexe 1-1", "Annexe 1-2"]


def test_a_damaged_attachment_fails_naming_it_and_keeps_the_previous_file(attached, call, dossier_pdf, tmp_path):
    out = tmp_path / "final.pdf"
    out.write_bytes(b"previous export")
    attached.attachments.append(Attachment(kind="annex", filename="abîmée.pdf", data=make_pdf(3)[:900]))
    with pytest.raises(DocumentError) as caught:
        merge_pdf(dossier_pdf, SECTIONS, attached, call, out)
    assert "abîmée.pdf" in caught.value.fr
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["final.pdf", "rendered.pdf"]


def test_an_assembly_that_hangs_is_stopped_and_writes_nothing(attached, call, dossier_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_sandbox, "worker_command", lambda op: [sys.executable, "-c", "import time; time.sleep(60)"])
    out = tmp_path / "final.pdf"
    with pytest.raises(DocumentError) as caught:
        merge_pdf(dossier_pdf, SECTIONS, attached, call, out, timeout=1.0)
    assert "arrêté" in caught.value.fr
    assert not out.exists()


def test_english_labels_and_bookmarks(attached, call, dossier_pdf, tmp_path):
    out = tmp_path / "final.pdf"
    merge_pdf(dossier_pdf, SECTIONS, attached, call, out, lang="en")
    reader = PdfReader(out)
    assert reader.page_labels[-1] == "Letter 1-1"
    assert outline_titles(reader)[2] == ("CV — Partner 1: Claire Dupont", 3)
    assert reader.metadata.title == f"NEURO-IA — {call.name.en}"


def test_assembled_from_the_layout_engine_end_to_end(attached, call, tmp_path):
    qpdf, pdffonts = require_tool("qpdf"), require_tool("pdffonts")
    from iasante_desktop.typeset.pdf import render_dossier_pdf

    alone = tmp_path / "dossier-only.pdf"
    sections = render_dossier_pdf(attached, call, alone)
    dossier_pages = len(PdfReader(alone).pages)
    out = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    report = assemble_pdf(attached, call, out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == report.pages == dossier_pages + 4
    assert reader.page_labels[0] == "Dossier 1" and reader.page_labels[dossier_pages] == "CV P1-1"
    outline = outline_titles(reader)
    assert [title for title, _ in outline[1]] == [title for title, _ in sections]
    assert len(outline) == 2 + 3  # the dossier, its sections, then one bookmark per attached file
    assert subprocess.run([qpdf, "--check", str(out)], capture_output=True).returncode == 0
    assert_all_fonts_embedded(pdffonts, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alone.name, out.name])
