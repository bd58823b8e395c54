"""A bug is not the user's business to read: its traceback goes to a file in the user's state folder, and the
user gets one line naming that file (to send to whoever maintains the application)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path

from iasante_desktop.private_files import FILE_MODE, private_dir


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("iasante-desktop", appauthor=False)) / "log"


def write_crash_log(exc: BaseException, argv: list[str] | None = None) -> Path | None:
    """Write `exc`'s traceback (with the command line and versions) to a new private file; its path, or
    None when no folder at all could take it."""
    from iasante_desktop import __version__

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    text = "".join(
        [
            f"iasante-desktop {__version__} · Python {sys.version.split()[0]} · {sys.platform}\n",
            f"{dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}\n",
            f"argv: {argv if argv is not None else sys.argv[1:]!r}\n\n",
            *traceback.format_exception(type(exc), exc, exc.__traceback__),
        ]
    )
    for folder in (log_dir, lambda: Path(tempfile.gettempdir())):
        try:
            where = private_dir(folder())
            path = where / f"crash-{stamp}-{os.getpid()}.log"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
                out.write(text)
            return path
        except OSError:
            continue
    return None


def crash_line(path: Path | None) -> str:
    """The one line the user reads about a bug."""
    from iasante_desktop.system_messages import shown

    if path is None:
        return (
            "iasante-desktop : erreur interne de l'application (un défaut du programme, pas de votre dossier) ; "
            "le détail n'a pas pu être enregistré. (Internal error of the application, not of your dossier.)"
        )
    return (
        f"iasante-desktop : erreur interne de l'application (un défaut du programme, pas de votre dossier) ; "
        f"le détail est dans {shown(path)} : envoyez ce fichier aux développeurs. "
        f"(Internal error of the application, not of your dossier; details in {shown(path)}: send this file to the developers.)"
    )
