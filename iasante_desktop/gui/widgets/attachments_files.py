"""Attached files outside the dossier: a private temporary copy to open in the user's PDF reader, and
their sizes written for people."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from iasante_desktop.core.dossier import Attachment

_folders: list[str] = []


def _cleanup() -> None:
    for folder in _folders:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_cleanup)


def private_copy(attachment: Attachment) -> Path:
    """Write the attachment to a new folder only the user can enter (0700), as a file only the user can
    read (0600): a CV may hold a home address and should not sit world-readable in /tmp."""
    folder = tempfile.mkdtemp(prefix="iasante-open-")
    _folders.append(folder)
    name = Path(attachment.filename).name or "document.pdf"
    path = Path(folder) / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(attachment.data)
    return path


def open_in_viewer(attachment: Attachment) -> tuple[Path, bool]:
    """Open a private copy with the desktop's PDF reader; the copy and whether the desktop accepted it."""
    path = private_copy(attachment)
    return path, QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def size_text(size: int) -> str:
    """'28 Ko', '1,2 Mo' (French) or '28 KB', '1.2 MB' (English), per the interface translation."""
    if size < 1024 * 1024:
        value = max(1, round(size / 1024))
        return QCoreApplication.translate("AttachmentSize", "%1 Ko").replace("%1", str(value))
    text = f"{size / (1024 * 1024):.1f}".removesuffix(".0")
    decimal = QCoreApplication.translate("AttachmentSize", ",")
    return QCoreApplication.translate("AttachmentSize", "%1 Mo").replace("%1", text.replace(".", decimal))
