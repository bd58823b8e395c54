"""Drafts tests: each test gets its own data folder, and a dossier with attachments to store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iasante_desktop.core.dossier import Attachment, Dossier

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("IASANTE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def dossier(complete_dossier) -> Dossier:
    """The complete dossier with a CV and a letter attached (bytes that are not all alike)."""
    complete_dossier.attachments = [
        Attachment(kind="cv", filename="cv-dupont.pdf", data=b"%PDF-1.7 cv " + os.urandom(300_000), partner=0, pages=2),
        Attachment(kind="letter", filename="lettre.pdf", data=b"%PDF-1.7 lettre " + os.urandom(50_000), pages=1,
                   title="Lettre d'intérêt"),
    ]
    return complete_dossier


def spawn(code: str, data_dir: Path, stdout=subprocess.PIPE) -> subprocess.Popen:
    """Another process of the application running `code` (the same interpreter, this checkout)."""
    env = dict(os.environ, IASANTE_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=stdout, stderr=subprocess.PIPE, text=True
    )


def kill(process: subprocess.Popen) -> None:
    """SIGKILL: the process gets no chance to close anything, like a crash or a power cut of the app."""
    process.kill()
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
