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
    reason = exc.strerror or str(exc)
    hint_fr = hint_en = ""
    if isinstance(exc, PermissionError):
        # On Windows a file open in a PDF reader or in Word cannot be replaced.
        hint_fr = " Fermez-le s'il est ouvert dans un autre logiciel, ou choisissez un autre dossier."
        hint_en = " Close it if another program has it open, or choose another folder."
    return DocumentWriteError(
        f"{path.name} : écriture impossible dans {path.parent} ({reason}).{hint_fr}",
        f"{path.name}: cannot write in {path.parent} ({reason}).{hint_en}",
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
