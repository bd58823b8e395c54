"""Write a finished file in one step: a temp file in the destination folder, fsync, then os.replace.

A crash or a full disk leaves either the previous file or none, never half of one (NOTES: kill -9 during a
plain write corrupted 4 drafts in 25; temp + fsync + replace corrupted none). Files are 0600: a dossier
holds names, careers and unpublished research.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from iasante_desktop.documents.errors import DocumentWriteError
from iasante_desktop.private_files import FILE_MODE, fsync_dir



def write_error(path: Path, exc: OSError) -> DocumentWriteError:
    """The user's words for a file that could not be written: what the system said (disk full, permissions,
    a name too long...) and what to do; the "close it in the other program" hint only where it applies
    (Windows, where an open file cannot be replaced). See iasante_desktop/system_messages.py."""
    from iasante_desktop.system_messages import reason, shown

    why_fr, why_en, todo_fr, todo_en = reason(exc)
    return DocumentWriteError(
        f"{shown(path.name)} : écriture impossible dans {shown(path.parent)} : {why_fr} ; {todo_fr}.",
        f"{shown(path.name)}: cannot write in {shown(path.parent)}: {why_en}; {todo_en}.",
    )


@contextlib.contextmanager
def temp_path_beside(path: Path) -> Iterator[Path]:
    """A fresh, private, empty file next to `path`, removed on exit unless it was moved into place."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise write_error(path, exc) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def commit(temp: Path, path: Path) -> None:
    """Flush `temp` to disk, make it 0600 and put it at `path` in one rename."""
    try:
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, FILE_MODE)
        os.replace(temp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise write_error(path, exc) from None


def write_atomically(path: Path, fill: Callable[[Path], None]) -> Path:
    """`fill(temp)` writes the content to a temp path; the result replaces `path` only if it succeeds."""
    path = Path(path)
    with temp_path_beside(path) as temp:
        try:
            fill(temp)
        except OSError as exc:
            raise write_error(path, exc) from None
        commit(temp, path)
    return path


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    return write_atomically(path, lambda temp: temp.write_bytes(data))
