"""The standalone app (PyInstaller onedir) works on a machine without Python: built here with the project's
interpreter, then run with an empty environment, outside the checkout, with no display.

Building takes about 20-40 s, so the module runs only when IASANTE_FROZEN_TEST=1 (CI sets it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iasante_desktop.checking import check
from iasante_desktop.core.dossier import to_json

ROOT = Path(__file__).resolve().parents[2]
APP = "iasante-desktop"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("IASANTE_FROZEN_TEST"),
        reason="builds the standalone app with PyInstaller (~30 s): set IASANTE_FROZEN_TEST=1 to run it (CI does)",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
         "--work", str(out / "work"), "--no-archive"],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return out / "dist" / APP


@pytest.fixture
def frozen(bundle, tmp_path):
    """Run the frozen executable the way a user's shell would: no Python variables, no display, no checkout."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(tmp_path)}

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(bundle / APP), *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=timeout
        )

    return run


def _write_json(dossier, path: Path) -> Path:
    path.write_text(json.dumps(to_json(dossier), ensure_ascii=False), encoding="utf-8")
    return path


def test_frozen_check_of_a_complete_dossier_matches_the_python_app(frozen, complete_dossier, call, tmp_path):
    # Same numbers as in-process proves the bundle carries the call spec and the Carlito fonts: a missing font
    # would change the line counts, a missing call spec would stop the check.
    done = frozen("check", str(_write_json(complete_dossier, tmp_path / "dossier.json")), "--json")

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["errors"] == []
    assert report["measures"]["budget_total"] == 12500.0
    assert report["measures"]["resume_lines"] >= 1
    assert report == {**check(complete_dossier, call).to_json("fr"), "notes": []}  # a JSON dossier has no import notes


def test_frozen_check_reports_an_overlong_summary_as_an_error(frozen, complete_dossier, call, tmp_path):
    complete_dossier.resume = " ".join(["apprentissage automatique de la parole pathologique"] * 120)

    done = frozen("check", str(_write_json(complete_dossier, tmp_path / "long.json")), "--json")

    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert any(error["field"] == "resume" for error in report["errors"])
    assert report["measures"]["resume_lines"] > 10
    assert report == {**check(complete_dossier, call).to_json("fr"), "notes": []}  # a JSON dossier has no import notes


def test_frozen_check_of_an_unreadable_file_says_why_in_french_without_a_traceback(frozen, tmp_path):
    bad = tmp_path / "cassé.json"
    bad.write_text("{ pas du JSON", encoding="utf-8")

    done = frozen("check", str(bad), "--json")

    assert done.returncode == 2
    assert "cassé.json" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_frozen_check_reads_a_word_dossier(frozen, complete_dossier, call, tmp_path):
    # python-docx opens its package templates at run time; the bundle must carry them.
    from iasante_desktop.documents import word_export
    docx = tmp_path / "dossier.docx"
    word_export.export_docx(complete_dossier, call, docx)

    done = frozen("check", str(docx), "--json")

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["errors"] == []
    assert report["measures"]["budget_total"] == 12500.0


def test_frozen_attach_checks_a_cv_in_its_pdf_worker(frozen, complete_dossier, tmp_path):
    # pypdf runs in a child process; frozen, the child is the app itself started with --pdf-worker.
    from pdf_samples import make_pdf

    from iasante_desktop.drafts import Draft

    draft_path = tmp_path / "dossier.iasante"
    Draft.create(draft_path, complete_dossier).close()
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(make_pdf(pages=2, text="CV Claire Dupont"))

    done = frozen("attach", str(draft_path), str(cv), "--cv", "1")

    assert done.returncode == 0, done.stdout + done.stderr
    draft = Draft.open(draft_path)
    try:
        attachments = draft.load().attachments
    finally:
        draft.close()
    assert [(a.kind, a.partner, a.pages) for a in attachments] == [("cv", 0, 2)]


def test_frozen_gui_starts_headless_and_stays_up(bundle, tmp_path):
    # The platform, image-format and style plugins are found inside the bundle: a missing one aborts at start.
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [str(bundle / APP)], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=5)
    finally:
        process.kill()
        _, err = process.communicate()
    assert "Traceback" not in err
    assert "could not load the Qt platform plugin" not in err.lower()


def test_bundle_ships_resources_and_leaves_out_unused_qt(bundle):
    internal = bundle / "_internal"
    resources = internal / "iasante_desktop" / "resources"
    assert (resources / "calls" / "iasante-amorcage-2025-2026" / "call.toml").is_file()
    assert (resources / "fonts" / "Carlito-Regular.ttf").is_file()
    assert (internal / "docx" / "templates" / "default.docx").is_file()
    qt = internal / "PySide6"
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtSql", "QtDesigner"):
        assert not list(qt.glob(f"{unused}.*")), f"{unused} should not be bundled"
    assert not list((qt / "Qt" / "lib").glob("libQt6Quick*")), "QtQuick libraries should not be bundled"
    # PyInstaller links the Qt libraries into _internal/ as symlinks: count each file once.
    size_mb = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    assert size_mb < 220, f"bundle grew to {size_mb:.0f} MB"
