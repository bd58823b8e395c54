"""Where drafts and the application's own bookkeeping live, created readable by the user only."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import platformdirs

from iasante_desktop.private_files import FILE_MODE, private_dir

DRAFT_SUFFIX = ".iasante"
DATA_DIR_ENV = "IASANTE_DATA_DIR"
RECENT_LIMIT = 10

# A dossier holds unpublished research and the CVs of named people: nobody but the user should read it.


def default_data_dir() -> Path:
    """The application's data folder; IASANTE_DATA_DIR overrides it (tests, benchmarks, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("iasante-desktop", appauthor=False, roaming=False))


def config_dir() -> Path:
    """The user's config folder (settings, installed calls, the personal dictionary). IASANTE_CONFIG_DIR, or
    a `config` folder inside IASANTE_DATA_DIR, moves it (tests, portable set-ups)."""
    explicit = os.environ.get("IASANTE_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data) / "config"
    return Path(platformdirs.user_config_dir("iasante-desktop", appauthor=False))


def data_subdir(name: str) -> Path:
    private_dir(default_data_dir())
    return private_dir(default_data_dir() / name)


def autosave_dir() -> Path:
    """Drafts created without a chosen location ("autosaved copies")."""
    return data_subdir("drafts")


def journal_of(path: Path) -> Path:
    """SQLite's rollback journal beside a draft (journal_mode DELETE, see docs/draft-format.md)."""
    return Path(f"{path}-journal")


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only; fail if it exists. SQLite gives its journal the
    same permissions as the database file, so this also covers the side files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, FILE_MODE)  # the umask can only remove bits, but be explicit


def slug(text: str) -> str:
    """A file-name-safe form of an acronym: 'NEURO-IA' stays, 'Santé & co' becomes 'Sante-co'."""
    from iasante_desktop.core.naming import ascii_fold  # here: unicodedata is not needed to list drafts

    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_fold(text)).strip("-_")
    return cleaned[:40] or "brouillon"


def new_autosave_path(acronym: str, stamp: str) -> Path:
    folder = autosave_dir()
    base = f"{slug(acronym)}-{stamp}"
    candidate = folder / f"{base}{DRAFT_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{DRAFT_SUFFIX}"
        n += 1
    return candidate


# ---- recent drafts ------------------------------------------------------------------------------------------


def _recent_file() -> Path:
    return default_data_dir() / "recent.json"


def _read_recent() -> list[str]:
    try:
        data = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # a missing or damaged list only costs the user the menu, never the start-up
    return [p for p in data if isinstance(p, str)] if isinstance(data, list) else []


_RECENT_TMP_PREFIX = ".recent-"


def _hold(fd: int) -> None:
    """Mark a temporary file as in use for as long as `fd` is open (see `_sweep_orphans`)."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def _sweep_orphans(folder: Path, prefix: str, own: str) -> None:
    """Remove temporary files that a killed process left. A writer holds its file (flock on POSIX, an open
    handle Windows will not delete) until it renames it, so a file nobody holds is an orphan."""
    for leftover in folder.glob(f"{prefix}*.tmp"):
        if str(leftover) == own:
            continue
        if os.name != "posix":
            try:
                os.unlink(leftover)
            except OSError:
                pass  # in use by another copy of the application
            continue
        import fcntl

        try:
            fd = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(leftover)
        except OSError:
            pass
        finally:
            os.close(fd)


def _write_recent(paths: list[str]) -> None:
    folder = private_dir(default_data_dir())
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=_RECENT_TMP_PREFIX, suffix=".tmp")
    try:
        _hold(fd)
        _sweep_orphans(folder, _RECENT_TMP_PREFIX, tmp)
        payload = json.dumps(paths, indent=0).encode("ascii")  # ASCII: paths may carry undecodable bytes
        while payload:
            payload = payload[os.write(fd, payload):]
        os.fsync(fd)
        if os.name != "posix":  # Windows renames no open file; POSIX keeps holding it through the rename
            os.close(fd)
            fd = -1
        os.replace(tmp, _recent_file())
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    finally:
        if fd >= 0:
            os.close(fd)


def remember_recent(path: Path) -> None:
    key = str(Path(path).resolve())
    paths = [key] + [p for p in _read_recent() if p != key]
    _write_recent(paths[:RECENT_LIMIT])


def forget_recent(path: Path) -> None:
    key = str(Path(path).resolve())
    _write_recent([p for p in _read_recent() if p != key])


def recent_drafts() -> list[Path]:
    """Drafts opened lately, most recent first; files that no longer exist are left out."""
    return [Path(p) for p in _read_recent() if Path(p).is_file()]
