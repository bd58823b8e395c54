"""Files and folders the dossier's personal data goes into: readable by the user only, and durable.

Drafts, autosaves and exports all come through here, so the permissions are decided in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` survive a power cut (POSIX only; Windows has no dir fsync)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as a folder only the user can enter; tighten it if it exists.
    Only for the application's own folders: a folder the user chose keeps the permissions it has."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path
