"""The export a team runs on the deadline day: every file named by the call, nothing written while errors
remain, nothing half-written on failure, and the export noted in the draft."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import io
import os
import stat
import zipfile
from decimal import Decimal
from email import policy

import pytest
from pdf_samples import make_pdf
from pypdf import PdfReader

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.drafts import Draft
from iasante_desktop.export import export

STEM = "IASANTE_AAPAMOR2026_NEURO-IA"
BEFORE_DEADLINE = dt.date(2025, 12, 1)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Drafts' bookkeeping (sessions, recent list) in the test's folder, never the user's data folder."""
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def ready(complete_dossier):
    complete_dossier.attachments = [
        Attachment(kind="cv", filename="cv-benali.pdf", data=make_pdf(2, text="CV Benali"), partner=1),
        Attachment(kind="cv", filename="cv-dupont.pdf", data=make_pdf(1, text="CV Dupont"), partner=0),
        Attachment(kind="letter", filename="lettre.pdf", data=make_pdf(1, text="Lettre")),
    ]
    return complete_dossier


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_export_writes_pdf_zip_word_and_email_named_by_the_call(ready, call, tmp_path):
    result = export(ready, call, tmp_path, today=BEFORE_DEADLINE)
    assert not result.refused and result.errors == []
    assert [p.name for p in result.files] == [f"{STEM}.pdf", f"{STEM}.zip", f"{STEM}.docx", f"{STEM}.eml"]
    assert listing(tmp_path) == sorted(p.name for p in result.files)  # no staging folder left behind
    pdf = PdfReader(tmp_path / f"{STEM}.pdf")
    dossier_pages = result.assembly.parts[0].pages
    assert len(pdf.pages) == dossier_pages + 4
    assert pdf.page_labels[dossier_pages : dossier_pages + 4] == ["CV P1-1", "CV P2-1", "CV P2-2", "Lettre 1-1"]
    with zipfile.ZipFile(tmp_path / f"{STEM}.zip") as archive:
        assert archive.namelist() == [
            f"{STEM}.pdf", f"{STEM}.docx", f"{STEM}_CV_P1_DUPONT.pdf", f"{STEM}_CV_P2_BENALI.pdf", f"{STEM}_LETTRE_1_lettre.pdf"
        ]
        # The zip's PDF is the dossier's own pages: each attachment is in the zip once, as its own file.
        zipped_pdf = PdfReader(io.BytesIO(archive.read(f"{STEM}.pdf")))
        assert len(zipped_pdf.pages) == dossier_pages
        attached = sum(a.size for a in ready.attachments)
        member_bytes = sum(info.file_size for info in archive.infolist())
        assert member_bytes < (tmp_path / f"{STEM}.pdf").stat().st_size + (tmp_path / f"{STEM}.docx").stat().st_size + attached
    assert result.zip_size_report is not None and result.zip_size_report.file_bytes == (tmp_path / f"{STEM}.zip").stat().st_size
    message = email.message_from_bytes((tmp_path / f"{STEM}.eml").read_bytes(), policy=policy.default)
    assert message["To"] == call.submission.address and message["X-Unsent"] == "1"
    assert [a.get_filename() for a in message.iter_attachments()] == [f"{STEM}.pdf"]
    assert result.sent_file == tmp_path / f"{STEM}.pdf"
    assert result.mailto.startswith(f"mailto:{call.submission.address}?subject=")
    assert result.size_report.limits_exceeded == ()
    if os.name == "posix":
        assert {stat.S_IMODE(p.stat().st_mode) for p in result.files} == {0o600}


def test_export_is_refused_and_writes_nothing_while_errors_remain(ready, call, tmp_path):
    ready.partners[1].budget["prestations_externes"] = Decimal("60000")
    ready.resume = ""
    (tmp_path / "notes.txt").write_text("mine")
    result = export(ready, call, tmp_path, today=BEFORE_DEADLINE)
    assert result.refused and result.files == []
    assert {f.rule for f in result.errors} >= {"budget.cap", "required.resume"}
    assert listing(tmp_path) == ["notes.txt"]


def test_warnings_do_not_block_the_export(ready, call, tmp_path):
    ready.partners[0].site = ""
    result = export(ready, call, tmp_path, formats={"pdf"}, today=dt.date(2026, 1, 5))
    assert not result.refused
    assert {f.rule for f in result.warnings} >= {"partners.site_missing", "deadline"}
    assert listing(tmp_path) == [f"{STEM}.pdf"]


def test_a_damaged_attachment_stops_the_export_and_leaves_the_folder_as_it_was(ready, call, tmp_path):
    (tmp_path / f"{STEM}.pdf").write_bytes(b"yesterday's export")
    ready.attachments.append(Attachment(kind="annex", filename="budget-détaillé.pdf", data=make_pdf(2)[:700]))
    with pytest.raises(DocumentError) as caught:
        export(ready, call, tmp_path, today=BEFORE_DEADLINE)
    assert "budget-détaillé.pdf" in caught.value.fr
    assert listing(tmp_path) == [f"{STEM}.pdf"]
    assert (tmp_path / f"{STEM}.pdf").read_bytes() == b"yesterday's export"


def test_an_email_alone_carries_the_pdf_without_leaving_it_in_the_folder(ready, call, tmp_path):
    result = export(ready, call, tmp_path, formats={"eml"}, today=BEFORE_DEADLINE)
    assert listing(tmp_path) == [f"{STEM}.eml"]
    message = email.message_from_bytes(result.files[0].read_bytes(), policy=policy.default)
    attached = next(message.iter_attachments())
    assert attached.get_filename() == f"{STEM}.pdf"
    assert attached.get_content().startswith(b"%PDF-")


def test_an_email_with_only_the_zip_asked_for_attaches_the_zip(ready, call, tmp_path):
    result = export(ready, call, tmp_path, formats={"zip", "eml"}, today=BEFORE_DEADLINE)
    assert listing(tmp_path) == [f"{STEM}.eml", f"{STEM}.zip"]
    message = email.message_from_bytes((tmp_path / f"{STEM}.eml").read_bytes(), policy=policy.default)
    assert [a.get_filename() for a in message.iter_attachments()] == [f"{STEM}.zip"]
    assert result.sent_file == tmp_path / f"{STEM}.zip"


def test_each_export_is_noted_in_the_draft_with_hashes_and_findings(ready, call, tmp_path):
    out = tmp_path / "out"
    with Draft.create(tmp_path / "neuro.iasante", ready) as draft:
        result = export(ready, call, out, formats={"pdf", "docx"}, draft=draft, today=dt.date(2026, 1, 5))
        records = draft.exports()
    assert len(records) == 1
    files = {name: (digest, size) for name, digest, size in records[0].files}
    for path in result.files:
        assert files[path.name] == (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size)
    assert "deadline" in {f["rule"] for f in records[0].findings}


def test_a_refused_export_is_not_noted_in_the_draft(ready, call, tmp_path):
    ready.title = ""
    with Draft.create(tmp_path / "neuro.iasante", ready) as draft:
        assert export(ready, call, tmp_path / "out", draft=draft).refused
        assert draft.exports() == []


def test_an_unknown_format_is_a_programming_error(ready, call, tmp_path):
    with pytest.raises(ValueError):
        export(ready, call, tmp_path, formats={"odt"})


def test_a_move_that_fails_half_way_brings_the_previous_export_back(ready, call, tmp_path, monkeypatch):
    previous = {f"{STEM}.{s}": f"old {s}".encode() for s in ("pdf", "zip", "docx", "eml")}
    for name, data in previous.items():
        (tmp_path / name).write_bytes(data)
    real_replace = os.replace

    def refuse_the_word_file(src, dst):
        # What Windows does when Word holds the file open.
        if str(dst) == str(tmp_path / f"{STEM}.docx") and ".previous-" not in str(src):
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_the_word_file)
    with pytest.raises(DocumentError) as caught:
        export(ready, call, tmp_path, today=BEFORE_DEADLINE)
    assert f"{STEM}.docx" in caught.value.fr
    # The "close it in the other program" hint is Windows' case; elsewhere a refusal is about permissions.
    assert ("Fermez-le" in caught.value.fr) if os.name == "nt" else ("droits" in caught.value.fr)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == previous


def test_a_staging_folder_left_by_a_crash_is_cleared_by_the_next_export(ready, call, tmp_path):
    stale = tmp_path / ".iasante-export-crashed"
    stale.mkdir()
    (stale / f"{STEM}.pdf").write_bytes(b"half")
    os.utime(stale, (0, 0))
    recent = tmp_path / ".iasante-export-running"
    recent.mkdir()
    export(ready, call, tmp_path, formats={"docx"}, today=BEFORE_DEADLINE)
    assert listing(tmp_path) == [".iasante-export-running", f"{STEM}.docx"]
