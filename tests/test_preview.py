"""A preview while errors remain: the dossier's pages as PDF and Word, "Brouillon — non conforme" on every
page, named …_APERCU (never the submission's name), from the command line (the review page's button:
tests/gui/test_review_page.py)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile

from pypdf import PdfReader

from iasante_desktop.core.dossier import to_json
from iasante_desktop.core.naming import file_stem, preview_stem


def test_the_preview_is_never_named_as_the_submission(call):
    assert preview_stem("NEURO-IA", call) == file_stem("NEURO-IA", call) + "_APERCU"
    assert preview_stem("", call).endswith("SANS-ACRONYME_APERCU")
    assert preview_stem("mon projet/IA", call).endswith("MON-PROJET-IA_APERCU")


def _run(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "iasante_desktop", *args], capture_output=True, text=True, timeout=120, env=env)


def test_export_preview_writes_marked_files_while_errors_remain(tmp_path, complete_dossier):
    complete_dossier.resume = "trop long " * 400  # an error: the real export is refused
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(to_json(complete_dossier)), encoding="utf-8")
    refused = _run("export", str(source), "--to", str(tmp_path / "envoi"))
    assert refused.returncode == 1
    assert not (tmp_path / "envoi").exists() or not any((tmp_path / "envoi").iterdir())

    done = _run("export", str(source), "--to", str(tmp_path / "apercu"), "--preview")
    assert done.returncode == 1, done.stderr  # the dossier still has errors: said, and the preview is written
    assert "limit.resume_lines" in done.stderr
    names = sorted(p.name for p in (tmp_path / "apercu").iterdir())
    assert names == ["IASANTE_AAPAMOR2026_NEURO-IA_APERCU.docx", "IASANTE_AAPAMOR2026_NEURO-IA_APERCU.pdf"]
    pdf = PdfReader(tmp_path / "apercu" / names[1])
    assert all("Brouillon — non conforme" in (page.extract_text() or "") for page in pdf.pages)
    with zipfile.ZipFile(tmp_path / "apercu" / names[0]) as docx:
        headers = [docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/header")]
        document = docx.read("word/document.xml").decode("utf-8")
    assert headers and all("Brouillon — non conforme" in h for h in headers)
    assert "headerReference" in document
    assert ((tmp_path / "apercu" / names[1]).stat().st_mode & 0o777) == 0o600
