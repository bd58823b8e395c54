"""An attached PDF is checked on arrival: usable files give their page count, bad ones a French refusal
naming the file."""

from __future__ import annotations

import os
import sys

import pytest
from pdf_samples import encrypt, make_pdf

from iasante_desktop.documents import pdf_check, pdf_sandbox
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.documents.pdf_check import MAX_ATTACHMENT_BYTES, check_pdf, load_attachment


def refusal_of(data: bytes, name: str) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        check_pdf(data, name)
    return caught.value


def test_a_three_page_cv_gives_its_pages_size_and_title():
    data = make_pdf(3, title="CV Claire Dupont")
    info = check_pdf(data, "cv-dupont.pdf")
    assert (info.pages, info.size, info.title) == (3, len(data), "CV Claire Dupont")
    assert info.unembedded_fonts == ()


def test_a_user_password_aes_pdf_is_refused_naming_the_file():
    error = refusal_of(encrypt(make_pdf(), user_password="secret"), "cv-protégé.pdf")
    assert "cv-protégé.pdf" in error.fr and "mot de passe" in error.fr
    assert "password" in error.en
    assert str(error).startswith(error.fr)


def test_an_owner_password_only_pdf_is_accepted():
    data = encrypt(make_pdf(2), user_password="", owner_password="owner", algorithm="AES-128")
    assert check_pdf(data, "lettre.pdf").pages == 2


def test_a_truncated_pdf_is_refused_naming_the_file():
    data = make_pdf(4)
    error = refusal_of(data[: len(data) // 3], "cv-coupé.pdf")
    assert "cv-coupé.pdf" in error.fr and "endommagé" in error.fr


def test_random_bytes_are_not_a_pdf():
    error = refusal_of(os.urandom(5000), "photo.pdf")
    assert "photo.pdf" in error.fr and "PDF" in error.fr


def test_random_bytes_behind_a_pdf_header_are_refused_as_damaged():
    error = refusal_of(b"%PDF-1.7\n" + os.urandom(5000), "bruit.pdf")
    assert "bruit.pdf" in error.fr and "endommagé" in error.fr


def test_an_empty_file_is_refused():
    assert "vide" in refusal_of(b"", "vide.pdf").fr


def test_a_file_over_the_size_cap_is_refused_before_any_parsing(monkeypatch):
    def must_not_start(*args, **kwargs):
        raise AssertionError("the worker must not start for an oversized file")

    monkeypatch.setattr(pdf_sandbox, "run", must_not_start)
    error = refusal_of(b"%PDF-1.7\n" + b"0" * MAX_ATTACHMENT_BYTES, "énorme.pdf")
    assert "énorme.pdf" in error.fr and "15 Mo" in error.fr and "15 MB" in error.en


def test_a_worker_that_hangs_is_stopped_by_the_timeout(monkeypatch):
    monkeypatch.setattr(
        pdf_sandbox, "worker_command", lambda op: [sys.executable, "-c", "import time; time.sleep(60)"]
    )
    with pytest.raises(DocumentError) as caught:
        check_pdf(make_pdf(), "piège.pdf", timeout=1.0)
    assert "piège.pdf" in caught.value.fr and "arrêtée" in caught.value.fr


def test_a_worker_that_dies_is_reported_not_raised_as_a_traceback(monkeypatch):
    monkeypatch.setattr(pdf_sandbox, "worker_command", lambda op: [sys.executable, "-c", "raise SystemExit(9)"])
    with pytest.raises(DocumentError) as caught:
        check_pdf(make_pdf(), "cv.pdf")
    assert "cv.pdf" in caught.value.fr


def test_the_parse_runs_in_a_child_process_a_timeout_can_stop(monkeypatch):
    # The parent never imports pypdf to check: a hang there could not be stopped.
    seen = []
    real = pdf_sandbox.run
    monkeypatch.setattr(pdf_sandbox, "run", lambda *a, **k: seen.append(a[0]) or real(*a, **k))
    check_pdf(make_pdf(), "cv.pdf")
    assert seen == ["check"]


def test_load_attachment_reads_a_cv_from_disk(tmp_path):
    path = tmp_path / "CV Karim.pdf"
    path.write_bytes(make_pdf(2))
    attachment, info = load_attachment(path, "cv", partner=1)
    assert (attachment.kind, attachment.partner, attachment.pages, attachment.filename) == ("cv", 1, 2, "CV Karim.pdf")
    assert info.pages == 2


def test_load_attachment_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(DocumentError) as caught:
        load_attachment(tmp_path / "absent.pdf", "letter")
    assert "introuvable" in caught.value.fr



def test_size_message_uses_a_french_decimal_comma():
    assert "," in pdf_check.too_large("x.pdf", 16 * 1024 * 1024 + 300_000).fr
