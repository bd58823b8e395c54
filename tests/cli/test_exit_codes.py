"""Exit codes a script can trust (issue 15, cases 6-9): 0 no error, 1 the dossier has errors, 2 an input
that cannot be used, 3 the application or the system failed. A bug is one line naming its log file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iasante_desktop import commands
from iasante_desktop.drafts import Draft

REPO = Path(__file__).resolve().parents[2]
STEM = "IASANTE_AAPAMOR2026_NEURO-IA"


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Drafts' bookkeeping and crash logs in the test's own folder, never the user's home."""
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        IASANTE_DATA_DIR=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
    )


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "iasante_desktop", *args], env=_env(tmp_path), capture_output=True, text=True, timeout=180
    )


def _draft_with_versions(path: Path, dossier, count: int = 4) -> None:
    with Draft.create(path, dossier) as draft:
        for number in range(count):
            dossier.title = f"Titre de la version {number + 1}"
            draft.checkpoint(dossier=dossier)


CRASH = """
import sys
import iasante_desktop.commands as commands

def broken(args):
    raise RuntimeError("un défaut du programme")

commands.cmd_check = broken
from iasante_desktop.cli import main
sys.exit(main(["check", "dossier.json"]))
"""


def test_a_bug_exits_3_with_one_line_naming_its_log_in_the_state_folder(tmp_path):
    """Case 8: every traceback exited 1, which means "the dossier has errors"."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASH)], env=_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3, done
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    logs = list((tmp_path / "state").rglob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in lines[0]
    assert "erreur interne" in lines[0] and "Internal error" in lines[0]
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: un défaut du programme" in text
    assert oct(logs[0].stat().st_mode & 0o777) == oct(0o600)


def test_a_damaged_header_is_unreadable_input_with_its_versions_offered(tmp_path, complete_dossier):
    """Case 6: one byte of the header crashed the CLI or hid four intact versions."""
    path = tmp_path / "d.iasante"
    _draft_with_versions(path, complete_dossier)
    raw = bytearray(path.read_bytes())
    raw[21] ^= 0x01  # the maximum payload fraction, which must be 64
    path.write_bytes(raw)
    done = _run(tmp_path, "check", str(path))
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr
    assert "endommagé" in done.stderr and "4 état(s) enregistré(s) restent lisibles" in done.stderr


def test_a_command_that_worked_does_not_fail_when_closing_a_draft_with_a_damaged_old_version(tmp_path, complete_dossier):
    """Case 7: the work was saved, then close() raised a traceback and exit 1."""
    from pdf_samples import make_pdf

    path = tmp_path / "d.iasante"
    _draft_with_versions(path, complete_dossier)
    raw = bytearray(path.read_bytes())
    at = raw.find(b"Titre de la version 1")
    assert at > 0
    raw[at + 3] = 0xFF  # no longer UTF-8: SQLite's text cannot be decoded
    path.write_bytes(raw)
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(make_pdf(1, text="CV"))
    done = _run(tmp_path, "attach", str(path), str(cv), "--cv", "1")
    assert done.returncode == 0, done
    assert "Traceback" not in done.stderr and done.stderr.strip() == ""
    with Draft.open(path) as draft:
        assert [a.filename for a in draft.load().attachments] == ["cv.pdf"]


def test_a_draft_open_in_the_app_exports_as_check_says(tmp_path, complete_dossier, capsys):
    """Case 9: `check` said "peut être exporté" while `export` refused "déjà ouvert"."""
    path = tmp_path / "ouvert.iasante"
    Draft.create(path, complete_dossier).close()
    with Draft.open(path):  # the app holds it
        assert commands.run(["check", str(path)]) == 0
        assert "peut être exporté" in capsys.readouterr().out
        code = commands.run(["export", str(path), "--to", str(tmp_path / "out"), "--format", "docx"])
        captured = capsys.readouterr()
    assert code == 0, captured.err
    assert (tmp_path / "out" / f"{STEM}.docx").is_file()
    assert "ne sera pas noté dans son historique" in captured.err


def test_a_read_only_draft_exports(tmp_path, complete_dossier, capsys, monkeypatch):
    """Case 9: a draft that cannot be written cannot be edited, but exporting only reads it."""
    path = tmp_path / "lecture-seule.iasante"
    Draft.create(path, complete_dossier).close()
    real_access = os.access
    # chmod alone does not stop root (the test may run as root): the app's own test is os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real_access(p, mode, **kw))
    code = commands.run(["export", str(path), "--to", str(tmp_path / "out"), "--format", "docx"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert (tmp_path / "out" / f"{STEM}.docx").is_file()
    assert "lecture seule" in captured.err


def test_a_draft_that_cannot_be_read_is_said_so_not_written(tmp_path, complete_dossier, capsys, monkeypatch):
    """Case 9: a mode-000 draft got "impossible d'écrire"; it is a system refusal: exit 3."""
    path = tmp_path / "interdit.iasante"
    Draft.create(path, complete_dossier).close()
    real_open = os.open

    def refused(p, *args, **kwargs):
        if os.fspath(p) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(p, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    code = commands.run(["attach", str(path), str(tmp_path / "cv.pdf"), "--letter"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "Impossible de lire le brouillon « interdit.iasante »" in err and "droits" in err
    assert "écrire" not in err.split("droits")[0]


def test_a_250_character_draft_name_is_refused_clearly_for_editing_and_read_for_checking(tmp_path, complete_dossier, capsys):
    """Case 8: the "-journal" of a legal 250-character name is too long (File name too long traceback)."""
    name = "d" * (250 - len(".iasante")) + ".iasante"
    short = tmp_path / "court.iasante"
    Draft.create(short, complete_dossier).close()
    path = tmp_path / name
    os.rename(short, path)
    assert commands.run(["check", str(path)]) == 0
    capsys.readouterr()
    code = commands.run(["attach", str(path), str(tmp_path / "cv.pdf"), "--letter"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "trop long" in err and "too long" not in err.split("(")[0]
    code = commands.run(["export", str(path), "--to", str(tmp_path / "out"), "--format", "docx"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "son nom est trop long" in err  # the export is not noted in its history, and says why
    assert (tmp_path / "out" / f"{STEM}.docx").is_file()
    with pytest.raises(Exception) as caught:
        Draft.create(tmp_path / ("e" * 250), complete_dossier)
    assert "trop long" in str(caught.value)


def test_two_imports_to_one_draft_name_at_once_write_one_and_tell_the_other(tmp_path, complete_dossier, call):
    """Case 1 as users met it: two `import` commands to one path both printed "Brouillon écrit" and one
    dossier was lost. Now exactly one writes; the other says the name is taken or being written."""
    from iasante_desktop.documents.word_export import export_docx

    sources = []
    for acronym in ("ALPHA", "BETA"):
        complete_dossier.acronym = acronym
        sources.append(tmp_path / f"{acronym}.docx")
        export_docx(complete_dossier, call, sources[-1])
    target = tmp_path / "commun.iasante"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "iasante_desktop", "import", str(source), "-o", str(target)],
            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for source in sources
    ]
    results = [(run.wait(timeout=180), run.stdout.read(), run.stderr.read()) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    written = [i for i, (code, out, _) in enumerate(results) if code == 0 and "Brouillon écrit" in out]
    assert len(written) == 1, results
    code, out, err = results[1 - written[0]]
    assert code in (2, 3) and "Traceback" not in err, results
    assert "existe déjà" in err or "déjà en cours d'écriture par un autre programme" in err
    with Draft.open(target) as draft:
        assert draft.load().acronym == ("ALPHA", "BETA")[written[0]]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
