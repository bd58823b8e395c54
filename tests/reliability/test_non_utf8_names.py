"""File names whose bytes are not UTF-8 (Latin-1 names on old shares and USB keys, issue 15 case 4): the app
opens them, the commands attach, check and export them, and names are shown, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STEM = "IASANTE_AAPAMOR2026_NEURO-IA"


@pytest.fixture
def latin1_folder(tmp_path) -> Path:
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Caf\xe9 \xe9t\xe9"))
    try:
        folder.mkdir()
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        IASANTE_DATA_DIR=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
    )


def _make_draft(path: Path, tmp_path: Path) -> None:
    code = f"""
        import sys
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        from factories import make_complete_dossier
        from iasante_desktop.core.callspec import resolve_call
        from iasante_desktop.drafts import Draft
        Draft.create({str(path)!r}, make_complete_dossier(resolve_call())).close()
    """
    subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=_env(tmp_path), check=True, timeout=120)


def test_the_commands_attach_check_and_export_a_draft_in_a_latin1_folder(latin1_folder, tmp_path):
    from pdf_samples import make_pdf

    draft = latin1_folder / "d\udce9j\udce0.iasante"
    _make_draft(draft, tmp_path)
    cv = latin1_folder / "cv-\udce9.pdf"
    cv.write_bytes(make_pdf(1, text="CV"))
    out = latin1_folder / "envoi \udce9"
    for args in (
        ["attach", str(draft), str(cv), "--cv", "1"],
        ["check", str(draft)],
        ["export", str(draft), "--to", str(out)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "iasante_desktop", *args], env=_env(tmp_path), capture_output=True, timeout=180
        )
        stderr = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 0, (args[0], done.returncode, stderr)
        assert "Traceback" not in stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{STEM}.{s}" for s in ("pdf", "zip", "docx", "eml"))
    assert b"Caf\\xe9" in done.stdout  # the folder shown as its bytes, not as a crash


GUI = """
import sys
from pathlib import Path
import iasante_desktop.gui.app as gui
create = gui.create_application
path = Path({path!r})

def created(argv):
    app = create(argv)
    from PySide6.QtCore import QTimer

    def report():
        draft = gui._windows[0].ctx.draft
        print("opened:", draft is not None and draft.path == path, flush=True)
        app.quit()

    QTimer.singleShot(1000, report)
    return app

gui.create_application = created
sys.exit(gui.run([str(path)]))
"""


def test_the_app_opens_a_draft_whose_name_is_not_utf8(latin1_folder, tmp_path):
    """The GUI used to crash with a segmentation fault (exit 139) in QApplication on such a name."""
    draft = latin1_folder / "d\udce9.iasante"
    _make_draft(draft, tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", GUI.format(path=str(draft))], env=_env(tmp_path), capture_output=True, text=True,
        timeout=120, errors="replace",
    )
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert "opened: True" in done.stdout, done.stderr


def test_save_as_into_a_latin1_folder_and_open_it_again(latin1_folder, complete_dossier):
    """`Save as` bound the new name as text for SQLite: UnicodeEncodeError on such a folder."""
    from iasante_desktop.drafts import Draft

    first = latin1_folder / "premier.iasante"
    with Draft.create(first, complete_dossier) as draft:
        draft.save_as(latin1_folder / "copie-\udce9.iasante")
        assert draft.path.name == "copie-\udce9.iasante"
    with Draft.open(latin1_folder / "copie-\udce9.iasante") as draft:
        assert draft.load().acronym == complete_dossier.acronym
