"""Issue 4's promise, end to end: a Word dossier filled by hand in LibreOffice, two CVs and a letter; one
command produces the PDF, the zip, the Word file and the e-mail draft, all named as the call requires."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import zipfile
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader

from fidelity.handmade_dossiers import convert
from pdf_samples import make_pdf
from testkit import require_tool

STEM = "IASANTE_AAPAMOR2026_CARDIO-IA"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "iasante_desktop", *args],
        capture_output=True, text=True, timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture(scope="module")
def handmade(tmp_path_factory, qapp) -> dict[str, Path]:  # qapp: QPdfWriter draws the CVs
    folder = tmp_path_factory.mktemp("handmade")
    docs = convert(require_tool("soffice"), folder, ["clean", "too_long_and_over_cap"])
    docs["cv1"] = folder / "cv-dupont.pdf"
    docs["cv1"].write_bytes(make_pdf(2, "CV Claire Dupont"))
    docs["cv2"] = folder / "cv-benali.pdf"
    docs["cv2"].write_bytes(make_pdf(3, "CV Karim Benali"))
    docs["letter"] = folder / "lettre-interet.pdf"
    docs["letter"].write_bytes(make_pdf(1, "Lettre d'intérêt"))
    return docs


@pytest.mark.soffice
def test_one_command_turns_a_handmade_word_dossier_into_the_submission(handmade, tmp_path):
    out = tmp_path / "envoi"
    result = run_cli(
        "export", str(handmade["clean"]), "--to", str(out), "--format", "all",
        "--cv", "1", str(handmade["cv1"]), "--cv", "2", str(handmade["cv2"]), "--letter", str(handmade["letter"]),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{STEM}.{ext}" for ext in ("pdf", "zip", "docx", "eml"))
    for path in out.iterdir():
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"

    pdf = out / f"{STEM}.pdf"
    subprocess.run([require_tool("qpdf"), "--check", str(pdf)], check=True, capture_output=True)
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    font_rows = fonts.splitlines()[2:]
    assert font_rows and all(row.split()[-5] == "yes" for row in font_rows), fonts  # the "emb" column
    reader = PdfReader(pdf)
    dossier_pages = len(reader.pages) - (2 + 3 + 1)
    assert dossier_pages >= 3  # identification and partners, description, budget
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(titles) == 4  # the dossier, then each attached file
    assert any("Dupont" in t or "CV" in t for t in titles[1:2])
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert nested and any("Budget" in i.title for i in nested[0])
    def words(page) -> str:  # the sample CVs come from a bare QPdfWriter, which extracts spaces as tabs
        return " ".join(page.extract_text().split())

    assert "CV Claire Dupont" in words(reader.pages[dossier_pages])
    assert "CV Karim Benali" in words(reader.pages[dossier_pages + 2])
    assert "re d'intérêt" in words(reader.pages[-1])  # the bare sample keeps Carlito's "tt" ligature
    assert "CARDIO-IA" in words(reader.pages[0])

    with zipfile.ZipFile(out / f"{STEM}.zip") as archive:
        members = archive.namelist()
        assert archive.testzip() is None
    assert f"{STEM}.pdf" in members and f"{STEM}.docx" in members and len(members) == 5

    message = email.message_from_bytes((out / f"{STEM}.eml").read_bytes(), policy=policy.default)
    assert message["To"] == "aapiasante@univ-toulouse.fr"
    assert STEM in message["Subject"]
    assert message["X-Unsent"] == "1"
    attached = [part.get_filename() for part in message.iter_attachments()]
    assert attached == [f"{STEM}.pdf"]

    # The Word file we wrote reads back to the dossier we read.
    again = run_cli("check", str(out / f"{STEM}.docx"), "--json")
    first = run_cli("check", str(handmade["clean"]), "--json")
    assert again.returncode == 0 and first.returncode == 0
    import json

    assert json.loads(again.stdout)["measures"] == json.loads(first.stdout)["measures"]


@pytest.mark.soffice
def test_a_dossier_with_errors_produces_nothing_but_the_list_of_errors(handmade, tmp_path):
    out = tmp_path / "envoi"
    result = run_cli("export", str(handmade["too_long_and_over_cap"]), "--to", str(out), "--cv", "1", str(handmade["cv1"]))
    assert result.returncode == 1
    assert "[limit.resume_lines]" in result.stderr and "[budget.cap]" in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.soffice
def test_an_unusable_attachment_is_named_and_nothing_is_written(handmade, tmp_path):
    broken = tmp_path / "cv-tronqué.pdf"
    broken.write_bytes(handmade["cv1"].read_bytes()[:300])
    out = tmp_path / "envoi"
    result = run_cli("export", str(handmade["clean"]), "--to", str(out), "--cv", "1", str(broken))
    assert result.returncode == 2
    assert "cv-tronqué.pdf" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() or list(out.iterdir()) == []
