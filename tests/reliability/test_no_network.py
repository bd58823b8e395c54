"""Nothing the applicant writes leaves the computer: the app's main flows open no network socket and resolve
no host name. Each flow runs in a fresh process under netguard.py (a Python audit hook that kills the process
on any non-AF_UNIX socket) and, where strace exists, under strace too, which also sees sockets opened by Qt's
C++ code and by child processes (the PDF worker)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_samples import make_pdf

from iasante_desktop.core.dossier import Attachment, to_json

ROOT = Path(__file__).resolve().parents[2]
GUARD = Path(__file__).with_name("netguard.py")
NETWORK_FAMILIES = re.compile(r"socket\((AF_INET6?|AF_PACKET|PF_INET6?)\b")


@pytest.fixture
def guarded(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "IASANTE_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
    }
    strace = shutil.which("strace")
    if strace is None and sys.platform.startswith("linux") and os.environ.get("IASANTE_REQUIRE_TOOLS"):
        pytest.fail("strace is required in CI (IASANTE_REQUIRE_TOOLS=1): it is the kernel-level half of this test")

    def run(*args: str, gui_seconds: float = 0.0, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [sys.executable, str(GUARD)]
        if gui_seconds:
            command += ["--gui-seconds", str(gui_seconds)]
        command += ["--", *args]
        trace = tmp_path / "strace.log"
        if strace:
            command = [strace, "-f", "-qq", "-e", "trace=socket", "-o", str(trace), *command]
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=timeout)
        assert "NETWORK-VIOLATION" not in done.stderr, done.stderr
        if strace:
            opened = NETWORK_FAMILIES.findall(trace.read_text())
            assert not opened, f"network sockets opened: {opened}"
        return done

    return run


@pytest.fixture
def dossier_with_cv(complete_dossier):
    complete_dossier.attachments.append(
        Attachment(kind="cv", filename="cv-dupont.pdf", data=make_pdf(pages=2, text="CV Claire Dupont"), partner=0, pages=2)
    )
    return complete_dossier


def _json_file(dossier, path: Path) -> Path:
    path.write_text(json.dumps(to_json(dossier), ensure_ascii=False), encoding="utf-8")
    return path


def test_guard_catches_a_network_socket(guarded, tmp_path):
    # The guard itself must be able to fail: a script that opens a TCP socket is stopped and reported.
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\nsocket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('192.0.2.1', 9))\n")
    done = subprocess.run(
        [sys.executable, "-c", f"import runpy, sys; sys.path.insert(0, {str(GUARD.parent)!r}); import netguard; "
         f"sys.addaudithook(netguard._hook); runpy.run_path({str(probe)!r})"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 97
    assert "NETWORK-VIOLATION socket.__new__" in done.stderr


def test_check_opens_no_socket(guarded, dossier_with_cv, tmp_path):
    done = guarded("check", str(_json_file(dossier_with_cv, tmp_path / "d.json")), "--json")
    assert done.returncode in (0, 1), done.stderr
    assert "measures" in json.loads(done.stdout)


def test_export_with_a_cv_opens_no_socket(guarded, dossier_with_cv, tmp_path):
    out = tmp_path / "envoi"
    done = guarded("export", str(_json_file(dossier_with_cv, tmp_path / "d.json")), "--to", str(out), "--format", "all")
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".eml", ".pdf", ".zip"]


def test_word_import_and_attach_open_no_socket(guarded, complete_dossier, call, tmp_path):
    from iasante_desktop.documents.word_export import export_docx

    docx = tmp_path / "dossier.docx"
    export_docx(complete_dossier, call, docx)
    draft = tmp_path / "dossier.iasante"
    done = guarded("import", str(docx), "-o", str(draft))
    assert done.returncode == 0, done.stderr
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(make_pdf(pages=1))
    done = guarded("attach", str(draft), str(cv), "--cv", "1")
    assert done.returncode == 0, done.stdout + done.stderr


def test_window_with_a_dossier_open_opens_no_socket(guarded, dossier_with_cv, tmp_path, monkeypatch):
    from iasante_desktop.drafts import Draft

    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    draft_path = tmp_path / "dossier.iasante"
    Draft.create(draft_path, dossier_with_cv).close()

    done = guarded(str(draft_path), gui_seconds=3)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
