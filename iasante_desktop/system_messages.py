"""What the operating system or SQLite said, told to the user: French first, English second, what happened
in words the user knows and what to do next. No errno name, no SQLite English, no hidden temp folder.

Used by the drafts, the export and the command line alike (no Qt, no document library)."""

from __future__ import annotations

import errno
import os
import sys

# (fr, en) reason and advice, by errno
_BY_ERRNO: dict[int, tuple[str, str, str, str]] = {}


def _add(codes: tuple[str, ...], fr: str, en: str, todo_fr: str, todo_en: str) -> None:
    for name in codes:
        code = getattr(errno, name, None)
        if code is not None:
            _BY_ERRNO[code] = (fr, en, todo_fr, todo_en)


_add(
    ("ENOSPC", "EDQUOT", "EFBIG"),
    "le disque est plein",
    "the disk is full",
    "libérez de l'espace disque ou choisissez un autre dossier, puis réessayez",
    "free some disk space or choose another folder, then try again",
)
_add(
    ("EACCES", "EPERM"),
    "accès refusé par le système (droits insuffisants)",
    "access denied by the system (insufficient permissions)",
    "vérifiez les droits du fichier et du dossier, ou choisissez un dossier où vous pouvez écrire",
    "check the permissions of the file and its folder, or choose a folder you can write to",
)
_add(
    ("EROFS",),
    "le disque est en lecture seule",
    "the disk is read-only",
    "choisissez un dossier sur un disque où vous pouvez écrire",
    "choose a folder on a disk you can write to",
)
_add(
    ("ENAMETOOLONG",),
    "le nom du fichier est trop long pour ce disque",
    "the file name is too long for this disk",
    "choisissez un nom plus court ou un dossier moins profond",
    "choose a shorter name or a less deeply nested folder",
)
_add(
    ("EIO",),
    "le disque a refusé la lecture ou l'écriture (disque plein, clé USB retirée ou partage réseau coupé)",
    "the disk refused to read or write (disk full, USB key removed, or network share gone)",
    "libérez de l'espace disque ou vérifiez le disque, puis réessayez",
    "free some disk space or check the disk, then try again",
)
_add(
    ("ENOENT", "ENOTDIR"),
    "le fichier ou le dossier n'existe pas (ou plus)",
    "the file or folder does not exist (any more)",
    "vérifiez le chemin, puis réessayez",
    "check the path, then try again",
)
_add(
    ("EISDIR",),
    "un dossier porte ce nom",
    "a folder has that name",
    "renommez ou déplacez ce dossier, ou choisissez un autre emplacement",
    "rename or move that folder, or choose another place",
)
_add(
    ("EBUSY", "ETXTBSY", "EAGAIN"),
    "le fichier est utilisé par un autre programme",
    "the file is in use by another program",
    "fermez l'autre programme puis réessayez",
    "close the other program then try again",
)

_UNKNOWN = (
    "erreur du système",
    "system error",
    "vérifiez le disque et le dossier, puis réessayez",
    "check the disk and the folder, then try again",
)

# SQLite's primary result codes, as the user should read them
_SQLITE = {
    13: _BY_ERRNO.get(errno.ENOSPC, _UNKNOWN),  # SQLITE_FULL
    10: _BY_ERRNO.get(errno.EIO, _UNKNOWN),  # SQLITE_IOERR
    8: (  # SQLITE_READONLY
        "le fichier ou son dossier est en lecture seule",
        "the file or its folder is read-only",
        "copiez le fichier dans un dossier où vous pouvez écrire",
        "copy the file to a folder you can write to",
    ),
    5: (  # SQLITE_BUSY
        "le fichier est utilisé par un autre programme",
        "the file is in use by another program",
        "attendez qu'il ait fini ou fermez-le, puis réessayez",
        "wait until it is done or close it, then try again",
    ),
    6: (  # SQLITE_LOCKED
        "le fichier est utilisé par un autre programme",
        "the file is in use by another program",
        "attendez qu'il ait fini ou fermez-le, puis réessayez",
        "wait until it is done or close it, then try again",
    ),
    14: (  # SQLITE_CANTOPEN
        "le fichier ne peut pas être ouvert (droits, nom trop long ou disque absent)",
        "the file cannot be opened (permissions, a name too long, or a missing disk)",
        "vérifiez les droits du dossier et la longueur du nom, ou choisissez un autre dossier",
        "check the folder's permissions and the name's length, or choose another folder",
    ),
    23: _BY_ERRNO.get(errno.EACCES, _UNKNOWN),  # SQLITE_AUTH
}

_WINDOWS_IN_USE = (
    " S'il est ouvert dans un autre logiciel (lecteur PDF, Word), fermez-le.",
    " If another program (PDF reader, Word) has it open, close it.",
)


def reason(exc: BaseException) -> tuple[str, str, str, str]:
    """(reason fr, reason en, what to do fr, what to do en) for an OSError or a sqlite3.Error."""
    sqlite3 = sys.modules.get("sqlite3")  # not imported for this: the start page loads this module early
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            found = _SQLITE.get(code & 0xFF)
            if found:
                return found
        text = str(exc).lower()
        if "full" in text:
            return _SQLITE[13]
        if "readonly" in text or "read-only" in text:
            return _SQLITE[8]
        if "locked" in text or "busy" in text:
            return _SQLITE[5]
        if "unable to open" in text:
            return _SQLITE[14]
        if "i/o" in text:
            return _SQLITE[10]
        return _UNKNOWN
    if isinstance(exc, OSError):
        found = _BY_ERRNO.get(exc.errno or 0, _UNKNOWN)
        if os.name == "nt" and exc.errno in (errno.EACCES, errno.EPERM):  # pragma: no cover - Windows only
            return (found[0], found[1], found[2] + "." + _WINDOWS_IN_USE[0].rstrip("."), found[3] + "." + _WINDOWS_IN_USE[1].rstrip("."))
        return found
    return _UNKNOWN


def shown(path: object) -> str:
    """A path as text that any terminal or widget can show: bytes that are not UTF-8 (old shares, USB keys)
    become \\xNN instead of lone surrogates, which a UTF-8 stream or Qt cannot take."""
    text = os.fspath(path) if not isinstance(path, str) else path
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
