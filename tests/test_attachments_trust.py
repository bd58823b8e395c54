"""Attachments an assistant can trust: one file for two partners, a CV filed under the wrong partner, a CV
sent as a Word file."""

from __future__ import annotations

import pytest
from docx import Document
from pdf_samples import make_pdf
from testkit import require_tool

from iasante_desktop.checking import check
from iasante_desktop.core.attachment_checks import cv_names_other_partner
from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.convert import SOFFICE_ENV
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.export import attach_file


def test_the_same_file_attached_to_two_partners_is_an_error_naming_both(complete_dossier, call):
    data = make_pdf(1, "CV")
    complete_dossier.attachments = [
        Attachment("cv", "cv-dupont.pdf", data, partner=0, pages=1),
        Attachment("cv", "cv-benali.pdf", data, partner=1, pages=1),
    ]
    errors = [f for f in check(complete_dossier, call).errors if f.rule == "attachments.duplicate"]
    assert [f.message() for f in errors] == [
        "« cv-dupont.pdf » est joint au partenaire 1 (Claire Dupont) et au partenaire 2 (Karim Benali) : "
        "le même fichier ne peut pas être le CV de deux partenaires."
    ]
    complete_dossier.attachments[1] = Attachment("cv", "cv-benali.pdf", make_pdf(1, "Benali"), partner=1, pages=1)
    assert not [f for f in check(complete_dossier, call).errors if f.rule == "attachments.duplicate"]


def test_a_cv_naming_another_partner_more_than_its_own_is_a_warning(complete_dossier, tmp_path):
    text = "Karim Benali, post-doctorant. Publications : Benali K., Dupont C. (2023) ; Benali K. (2024)."
    assert cv_names_other_partner(text, complete_dossier, 1) is None
    warning = cv_names_other_partner(text, complete_dossier, 0)
    assert warning[0] == "Ce CV cite Karim Benali (partenaire 2) plus souvent que Claire Dupont : est-ce le bon partenaire ?"
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(make_pdf(1, "Karim Benali Benali Benali"))
    outcome = attach_file(complete_dossier, cv, "cv", 0)
    assert outcome.warnings and "Karim Benali" in outcome.warnings[0][0]


def _word_cv(tmp_path):
    path = tmp_path / "cv-benali.docx"
    doc = Document()
    doc.add_paragraph("Karim Benali — curriculum vitae")
    doc.save(path)
    return path


def test_a_word_cv_is_converted_to_pdf_when_libreoffice_is_there(complete_dossier, tmp_path):
    require_tool("soffice")
    outcome = attach_file(complete_dossier, _word_cv(tmp_path), "cv", 1)
    assert outcome.attachment.filename == "cv-benali.pdf"
    assert outcome.attachment.data.startswith(b"%PDF") and outcome.info.pages == 1
    assert "Karim Benali" in outcome.info.text


def test_without_libreoffice_the_message_says_how_to_make_the_pdf(complete_dossier, tmp_path, monkeypatch):
    monkeypatch.setenv(SOFFICE_ENV, "none")
    with pytest.raises(DocumentError) as caught:
        attach_file(complete_dossier, _word_cv(tmp_path), "cv", 1)
    assert "Fichier > Exporter au format PDF" in caught.value.fr and "File > Save As > PDF" in caught.value.en
    assert complete_dossier.attachments == []
