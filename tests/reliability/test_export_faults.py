"""Exports under faults (issue 15): a folder in the way, a kill -9 half-way, a full disk, a folder the user
cannot write to. The user's folder is never emptied, no copy of a CV lingers, one clear line in French."""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from pdf_samples import make_pdf

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.drafts import Draft
from iasante_desktop.export import STAGE_PREFIX, export

REPO = Path(__file__).resolve().parents[2]
STEM = "IASANTE_AAPAMOR2026_NEURO-IA"
BEFORE_DEADLINE = dt.date(2025, 12, 1)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals, locks and resource limits")


@pytest.fixture
def ready(complete_dossier):
    complete_dossier.attachments = [
        Attachment(kind="cv", filename="cv-dupont.pdf", data=make_pdf(1, text="CV Dupont"), partner=0),
        Attachment(kind="cv", filename="cv-benali.pdf", data=make_pdf(1, text="CV Benali"), partner=1),
    ]
    return complete_dossier


def stages(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(STAGE_PREFIX))


def test_a_folder_with_the_exports_name_is_left_alone(ready, call, tmp_path):
    """Case 2: `out/IASANTE_…pdf/` with a file inside used to be moved into the staging folder and deleted."""
    out = tmp_path / "out"
    squatter = out / f"{STEM}.pdf"
    squatter.mkdir(parents=True)
    (squatter / "notes.txt").write_text("mes notes", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        export(ready, call, out, today=BEFORE_DEADLINE)
    assert f"{STEM}.pdf" in caught.value.fr and "pas un fichier" in caught.value.fr
    assert "not a file" in caught.value.en
    assert (squatter / "notes.txt").read_text(encoding="utf-8") == "mes notes"
    assert sorted(p.name for p in out.iterdir()) == [f"{STEM}.pdf"]


def test_a_folder_appearing_while_the_files_are_built_is_left_alone(ready, call, tmp_path, monkeypatch):
    import iasante_desktop.documents.pdf_assembly as assembly

    out = tmp_path / "out"
    out.mkdir()
    real = assembly.assemble_pdf

    def and_a_folder_appears(*args, **kwargs):
        report = real(*args, **kwargs)
        (out / f"{STEM}.docx").mkdir()
        (out / f"{STEM}.docx" / "brouillon.txt").write_text("x", encoding="utf-8")
        return report

    monkeypatch.setattr(assembly, "assemble_pdf", and_a_folder_appears)
    with pytest.raises(DocumentError):
        export(ready, call, out, today=BEFORE_DEADLINE)
    assert (out / f"{STEM}.docx" / "brouillon.txt").exists()
    assert sorted(p.name for p in out.iterdir()) == [f"{STEM}.docx"]


KILLED_EXPORT = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
import iasante_desktop.documents.pdf_assembly as assembly
from factories import make_complete_dossier
from pdf_samples import make_pdf
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import Attachment
from iasante_desktop.export import export
real = assembly.assemble_pdf
def slow(*args, **kwargs):
    report = real(*args, **kwargs)
    print("staged", flush=True)
    time.sleep({pause})
    return report
assembly.assemble_pdf = slow
dossier = make_complete_dossier(resolve_call())
dossier.attachments = [Attachment(kind="cv", filename="cv.pdf", data=make_pdf(1, text="CV secret"), partner=0)]
print("start", flush=True)
export(dossier, resolve_call(), Path({out!r}))
print("done", flush=True)
"""


def _export_child(out: Path, pause: float, data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, IASANTE_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    code = KILLED_EXPORT.format(tests=str(REPO / "tests"), out=str(out), pause=pause)
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _kill(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(timeout=30)
    process.stdout.close()
    process.stderr.close()


def test_a_killed_export_leaves_no_cv_copy_after_the_next_export(ready, call, tmp_path, private_data_dir, long_run):
    """Case 11: a kill -9 while the files are built left `.iasante-export-*` folders holding CV copies for at
    least a day. The next export into that folder removes them at once (a running export keeps its own)."""
    out = tmp_path / "envoi"
    child = _export_child(out, 120, private_data_dir)
    try:
        assert child.stdout.readline().strip() == "start", child.stderr.read()
        assert child.stdout.readline().strip() == "staged", child.stderr.read()
        (left,) = stages(out)
        assert any(p.suffix == ".pdf" for p in (out / left).iterdir())
        # while it runs, another export into the same folder leaves its staging folder alone
        export(ready, call, out, formats={"pdf"}, today=BEFORE_DEADLINE)
        assert stages(out) == [left]
    finally:
        _kill(child)
    assert stages(out) == [left]  # what the kill left: a copy of the dossier and its CVs
    export(ready, call, out, formats={"pdf"}, today=BEFORE_DEADLINE)
    assert stages(out) == []
    # kills at random moments of a real export
    rng = random.Random(11)
    kills = 8 if long_run else 2
    for _ in range(kills):
        child = _export_child(out, 0, private_data_dir)
        assert child.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, 1.0))
        _kill(child)
        export(ready, call, out, formats={"pdf"}, today=BEFORE_DEADLINE)
        assert stages(out) == []
    print(f"{kills + 1} kills during export: no staging folder left after the next export")


FULL_DISK_EXPORT = """
import os, resource, signal, sys
sys.path.insert(0, {tests!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, as on a full disk
from pathlib import Path
from factories import make_complete_dossier
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import to_json
import json
dossier = make_complete_dossier(resolve_call())
source = Path({source!r})
source.write_text(json.dumps(to_json(dossier), ensure_ascii=False), encoding="utf-8")
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from iasante_desktop.cli import main
sys.exit(main(["export", str(source), "--to", {out!r}]))
"""


@pytest.mark.parametrize("limit", [5_000, 40_000])  # the disk refuses Qt's PDF, or the files after it
def test_a_full_disk_during_export_is_one_french_line_about_the_users_folder(tmp_path, private_data_dir, limit):
    """Case 10: a full disk named the deleted hidden staging folder, or leaked English; case 8: exit 3."""
    out = tmp_path / "envoi"
    env = dict(os.environ, IASANTE_DATA_DIR=str(private_data_dir), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    code = FULL_DISK_EXPORT.format(tests=str(REPO / "tests"), source=str(tmp_path / "dossier.json"), out=str(out), limit=limit)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 3, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    line = lines[0]
    assert str(out) in line and STAGE_PREFIX not in line
    assert "disque" in line and "espace disque" in line
    assert "File too large" not in line and "database or disk" not in line
    assert sorted(os.listdir(out)) == []


def test_a_folder_the_user_cannot_write_to_gets_no_windows_hint(ready, call, tmp_path, monkeypatch):
    """Case 10: a read-only export folder was told "close it if another program has it open"."""

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "out" / ".iasante-export-x"))

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    with pytest.raises(DocumentError) as caught:
        export(ready, call, tmp_path / "out", today=BEFORE_DEADLINE)
    assert "droits" in caught.value.fr and "permissions" in caught.value.en
    assert "Fermez-le" not in caught.value.fr and STAGE_PREFIX not in caught.value.fr
    assert "Permission denied" not in caught.value.fr
