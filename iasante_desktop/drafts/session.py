"""Which drafts were open when the application last died, so the next start can offer them back.

Each open draft has an entry `<data dir>/sessions/<hash of its path>.json`, written when it is opened and
removed when it is closed cleanly. An entry whose draft is no longer locked belongs to a process that
ended without closing it: a crash, a kill, a power cut.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from iasante_desktop.drafts.lock import is_free
from iasante_desktop.drafts.paths import data_subdir
from iasante_desktop.private_files import fsync_dir


def _entry(path: Path) -> Path:
    import hashlib  # here, not at the top: listing unclean drafts at start-up does not hash

    key = hashlib.sha256(os.fsencode(str(Path(path).resolve()))).hexdigest()[:24]  # fsencode: names need not be UTF-8
    return data_subdir("sessions") / f"{key}.json"


def register(path: Path) -> None:
    entry = _entry(path)
    tmp = entry.with_suffix(".tmp")
    payload = {"path": str(Path(path).resolve()), "pid": os.getpid()}
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(payload, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, entry)
    fsync_dir(entry.parent)


def unregister(path: Path) -> None:
    try:
        os.unlink(_entry(path))
    except FileNotFoundError:
        pass


def dismiss_unclean(path: Path) -> None:
    """The user declined to reopen a draft listed by `unclean_drafts()`: stop offering it."""
    unregister(path)


def unclean_drafts() -> list[Path]:
    """Drafts that were open when the application ended without closing them, and that nobody holds now.
    Entries whose draft file has gone are dropped."""
    found: list[Path] = []
    sessions = data_subdir("sessions")
    for leftover in sessions.glob("*.tmp"):
        # A registration cut short by a kill; the entry it was replacing, if any, is still in place.
        leftover.unlink(missing_ok=True)
    for entry in sorted(sessions.glob("*.json")):
        try:
            recorded = Path(json.loads(entry.read_text(encoding="utf-8"))["path"])
        except (OSError, ValueError, KeyError, TypeError):
            entry.unlink(missing_ok=True)  # a half-written entry from a crash during registration
            continue
        if not recorded.is_file():
            entry.unlink(missing_ok=True)
            continue
        if is_free(recorded):
            found.append(recorded)
    return found
