"""Open the submission e-mail in the user's mail client as a message to send, the file attached.

An .eml opens as a draft in Outlook (X-Unsent: 1) but as a received, read-only message in Thunderbird, which
ignores that header. Thunderbird has a command line for a new message instead:
`thunderbird -compose "to='…',subject='…',body='…',attachment='file:///…'"`; this module builds it. Values
are quoted with single quotes, which Thunderbird's parser cannot escape: an apostrophe in the subject or the
body is written as the typographic one (’), and a comma inside quotes is fine. For other clients the .eml
(kept beside the files) or a mailto: link remains.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.documents.email_draft import body, subject

THUNDERBIRD_NAMES = ("thunderbird", "betterbird")
_KNOWN_PLACES = {
    "win32": [
        r"%ProgramFiles%\Mozilla Thunderbird\thunderbird.exe",
        r"%ProgramFiles(x86)%\Mozilla Thunderbird\thunderbird.exe",
    ],
    "darwin": ["/Applications/Thunderbird.app/Contents/MacOS/thunderbird"],
}


def find_thunderbird() -> str | None:
    """Thunderbird's executable: on the PATH first (Linux packages, Flatpak's exported wrapper), then where its
    installers put it on Windows and macOS."""
    for name in THUNDERBIRD_NAMES:
        found = shutil.which(name)
        if found:
            return found
    for place in _KNOWN_PLACES.get(sys.platform, []):
        candidate = os.path.expandvars(place)
        if os.path.isfile(candidate):
            return candidate
    return None


def _quoted(text: str) -> str:
    return text.replace("'", "\u2019")


def compose_argument(dossier: Dossier, call: CallSpec, attachment: Path) -> str:
    """The -compose argument: recipient, subject, body and the file as a file:// URL."""
    attachment = Path(attachment).resolve()
    fields = [
        f"to='{_quoted(call.submission.address)}'",
        f"subject='{_quoted(subject(dossier, call))}'",
        f"body='{_quoted(body(dossier, call, attachment.name))}'",
        f"attachment='{attachment.as_uri()}'",
    ]
    return ",".join(fields)


def compose_command(dossier: Dossier, call: CallSpec, attachment: Path) -> list[str] | None:
    """The command that opens a new message in Thunderbird, or None when Thunderbird is not installed."""
    program = find_thunderbird()
    if program is None:
        return None
    return [program, "-compose", compose_argument(dossier, call, attachment)]


def start(command: list[str]) -> None:
    """Start the mail client on its own (it outlives the app); raises OSError when it cannot start."""
    options: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    if sys.platform == "win32":
        options["creationflags"] = getattr(subprocess, "DETACHED_PROCESS", 0)
    else:
        options["start_new_session"] = True
    _started[:] = [p for p in _started if p.poll() is None]  # reap those that ended
    _started.append(subprocess.Popen(command, close_fds=True, **options))  # noqa: S603 - no shell


# Kept so a client still running is not reported as a leaked process when its Popen object goes away.
_started: list[subprocess.Popen] = []
