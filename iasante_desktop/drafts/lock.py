"""One writer per draft: an operating-system lock that dies with the process holding it.

POSIX: `flock` on the draft file itself. It is independent of the `fcntl` byte-range locks SQLite takes, it
belongs to our own open file description (closing SQLite's descriptors does not drop it) and the kernel
releases it when the process ends, even by SIGKILL, so a crashed app never leaves a draft locked.
Windows: `msvcrt.locking` is mandatory there and would block SQLite's own reads of the draft, so the lock is
taken on a side file "<draft>.lock" instead; Windows also releases it when the process dies.
"""

from __future__ import annotations

import glob
import os
import re
from pathlib import Path

from iasante_desktop.drafts.errors import DraftLockedError
from iasante_desktop.system_messages import shown

# Drafts this process holds, by resolved path: a second window of the same process is refused without
# touching the file (and without opening a descriptor whose close could cancel SQLite's POSIX locks).
_held: dict[str, "DraftLock"] = {}


def _locked_message(path: Path) -> DraftLockedError:
    return DraftLockedError(
        f"Le brouillon « {shown(path.name)} » est déjà ouvert dans une autre fenêtre ou une autre session "
        "de l'application. Fermez-le là-bas, ou ouvrez une copie.",
        f"The draft “{shown(path.name)}” is already open in another window or another running copy of the "
        "application. Close it there, or open a copy.",
        path=path,
    )


class DraftLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.key = str(self.path.resolve())
        self._fd: int | None = None
        self._side: Path | None = None

    @classmethod
    def acquire(cls, path: Path) -> "DraftLock":
        """Lock `path` or raise DraftLockedError naming the draft."""
        lock = cls(path)
        if lock.key in _held:
            raise _locked_message(lock.path)
        if not lock._try_lock():
            raise _locked_message(lock.path)
        _held[lock.key] = lock
        return lock

    @classmethod
    def create_locked(cls, path: Path, mode: int = 0o600) -> "DraftLock":
        """Create the empty file `path` (it must not exist) and hold its lock from the first moment: a
        sweeper of leftovers in the folder sees it in use (see `sweep_leftovers`)."""
        lock = cls(path)
        fd = os.open(lock.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        if os.name == "posix":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a new file: nobody else can hold it
            os.fchmod(fd, mode)
            lock._fd = fd
        else:  # pragma: no cover - Windows: an open handle already keeps others from deleting the file
            lock._fd = fd
        lock.key = str(lock.path.resolve())
        _held[lock.key] = lock
        return lock

    def _try_lock(self) -> bool:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            self._side = self.path.with_name(self.path.name + ".lock")
            fd = os.open(self._side, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o600)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                return False
            self._fd = fd
            return True
        import fcntl

        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def renamed(self, new_path: Path) -> None:
        """The locked file was renamed onto `new_path` (POSIX: the flock follows the inode)."""
        _held.pop(self.key, None)
        self.path = Path(new_path)
        self.key = str(self.path.resolve())
        _held[self.key] = self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _held.pop(self.key, None)
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
            os.close(fd)
            if self._side is not None:
                try:
                    os.unlink(self._side)
                except OSError:
                    pass  # another process may hold it already; the file is harmless
            return
        os.close(fd)  # closing the only descriptor of the open file description drops the flock

    @property
    def held(self) -> bool:
        return self._fd is not None


def held_here(path: Path) -> bool:
    return str(Path(path).resolve()) in _held


def is_free(path: Path) -> bool:
    """True when nobody holds the draft's lock (probe: take it and let it go at once)."""
    if held_here(path):
        return False
    try:
        lock = DraftLock.acquire(path)
    except DraftLockedError:
        return False
    except OSError:
        return False  # unreadable: not something we can offer to reopen
    lock.release()
    return True


def _in_use(path: Path) -> bool:
    """True when another process (or this one) holds `path`'s lock; False for an orphan."""
    if held_here(path):
        return True
    if os.name != "posix":  # pragma: no cover - Windows refuses to delete an open file instead
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # cannot look: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def temp_stem(name: str) -> str:
    """The part of a draft's name its temporary file carries: the whole name, unless the temp file and its
    journal ("." + name + ".xxxxxxxx.tmp-journal", 22 bytes more) would not fit a 255-byte name; then its
    start, and always its ".iasante" ending (how the sweeper knows the file for one of ours)."""
    suffix = ".iasante" if name.lower().endswith(".iasante") else ""
    stem = name[: len(name) - len(suffix)]
    while len(os.fsencode(stem + suffix)) > 200:
        stem = stem[:-1]
    return stem + suffix


def writers_of(target: Path) -> list[Path]:
    """Temporary files that another process is writing right now to become `target`."""
    found = []
    try:
        for candidate in Path(target).parent.glob(f".{_glob_escape(temp_stem(Path(target).name))}.*.tmp"):
            if _TEMP_NAME.fullmatch(candidate.name) and _in_use(candidate):
                found.append(candidate)
    except OSError:
        pass
    return found


def sweep_leftovers(folder: Path) -> int:
    """Remove the temporary drafts (and their journals) that a killed import, save-as or recovery left in
    `folder`: a writer holds its temp file's lock from creation to publication, so one nobody holds is an
    orphan. Returns how many files went."""
    removed = 0
    try:
        candidates = list(Path(folder).glob(".*.tmp*"))
    except OSError:
        return 0
    for candidate in candidates:
        name = candidate.name
        base = name[: -len("-journal")] if name.endswith(".tmp-journal") else name
        if not _TEMP_NAME.fullmatch(base):
            continue
        owner = candidate.with_name(base)
        if owner != candidate and owner.exists():
            continue  # the journal goes with its file, below
        if owner == candidate and _in_use(candidate):
            continue
        for leftover in (candidate, candidate.with_name(base + "-journal")) if owner == candidate else (candidate,):
            try:
                os.unlink(leftover)
                removed += 1
            except OSError:
                pass
    return removed


def _glob_escape(text: str) -> str:
    return glob.escape(text)


# ".<draft name>.<8 hex digits>.tmp": the temporary file a draft is written to before it is published. Only
# names ending in ".iasante" there: a file of the user's that happens to look alike is never touched.
_TEMP_NAME = re.compile(r"\..+\.iasante\.[0-9a-f]{8}\.tmp", re.DOTALL | re.IGNORECASE)
