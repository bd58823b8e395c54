"""The submission e-mail: an .eml that opens as a draft to the call's address with the file attached, its
size compared with common server limits, and a mailto: link."""

from __future__ import annotations

import email
import os
import stat
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from iasante_desktop.documents.email_draft import MB, mailto_url, size_report, write_email_draft


@pytest.fixture
def final_pdf(tmp_path):
    path = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    return path


def test_eml_parses_back_as_an_unsent_draft_with_the_pdf_attached(complete_dossier, call, final_pdf, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path, report = write_email_draft(complete_dossier, call, out, final_pdf)
    assert path.name == "IASANTE_AAPAMOR2026_NEURO-IA.eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"] == "aapiasante@univ-toulouse.fr"
    assert message["X-Unsent"] == "1"
    assert "IASANTE_AAPAMOR2026_NEURO-IA" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert [(a.get_filename(), a.get_content_type()) for a in attachments] == [
        ("IASANTE_AAPAMOR2026_NEURO-IA.pdf", "application/pdf")
    ]
    assert attachments[0].get_content() == final_pdf.read_bytes()
    text = message.get_body(("plain",)).get_content()
    assert text.index("Veuillez trouver ci-joint") < text.index("Please find attached")
    assert "NEURO-IA" in text and "Claire Dupont" in text
    assert report.encoded_bytes == path.stat().st_size
    assert report.limits_exceeded == () and report.advice() == ""
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_zip_is_attached_as_a_zip(complete_dossier, call, tmp_path):
    archive = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    path, _ = write_email_draft(complete_dossier, call, tmp_path, archive)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert next(message.iter_attachments()).get_content_type() == "application/zip"


def test_base64_pushes_a_nine_megabyte_file_over_the_ten_megabyte_limit(complete_dossier, call, tmp_path):
    big = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    big.write_bytes(os.urandom(9 * MB))
    _, report = write_email_draft(complete_dossier, call, tmp_path, big)
    assert report.file_bytes == 9 * MB
    assert 12 * MB < report.encoded_bytes < 13 * MB
    assert report.limits_exceeded == (10,)
    assert "10 Mo" in report.advice("fr") and "FileSender" in report.advice("fr")
    assert "10 MB" in report.advice("en")


def test_sizes_over_every_common_limit_say_most_services_refuse():
    report = size_report(30 * MB, 22 * MB)
    assert report.limits_exceeded == (10, 20, 25)
    assert "25 Mo" in report.advice_fr and "la plupart" in report.advice_fr
    assert "pèse 30 Mo" in report.advice_fr and "weighs 30 MB" in report.advice_en


def test_mailto_carries_address_subject_and_body(complete_dossier, call):
    url = mailto_url(complete_dossier, call, "IASANTE_AAPAMOR2026_NEURO-IA.pdf")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "aapiasante@univ-toulouse.fr"
    query = parse_qs(parts.query)
    assert "IASANTE_AAPAMOR2026_NEURO-IA" in query["subject"][0]
    assert "IASANTE_AAPAMOR2026_NEURO-IA.pdf" in query["body"][0]
    assert " " not in url and "\n" not in url


def test_the_live_estimate_matches_the_encoded_message_and_small_sizes_are_not_zero(complete_dossier, call, tmp_path):
    from iasante_desktop.core.dossier import Attachment
    from iasante_desktop.documents.email_draft import DOSSIER_PDF_ESTIMATE, build_email, estimated_size_report

    complete_dossier.attachments = [Attachment(kind="cv", filename="cv.pdf", data=bytes(3 * MB + 17), partner=0)]
    estimate = estimated_size_report(complete_dossier, call)
    sent = tmp_path / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    sent.write_bytes(bytes(DOSSIER_PDF_ESTIMATE + 3 * MB + 17))
    actual = len(build_email(complete_dossier, call, sent).as_bytes())
    assert abs(estimate.encoded_bytes - actual) < 64
    small = size_report(40_000, 30_000)
    assert small.message("fr") == "Le message pèse 39 Ko une fois encodé, sous la limite courante de 10 Mo."
    assert "0,0" not in small.message("fr") and "0.0" not in small.message("en")
