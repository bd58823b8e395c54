"""The calls this user's app knows: the shipped ones and those installed in the user's config folder.

The logic lives in the core (core/callspec.py, core/callfile.py) and takes folders as arguments; this module
only says which folders: `resources/calls/` shipped with the app, and `<user config dir>/calls/` (one
`<id>.toml` per installed or derived call, 0600 in a 0700 folder). IASANTE_CONFIG_DIR moves the config dir
(tests, portable set-ups), as it does for the settings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iasante_desktop.core.callfile import (
    BrokenCall,
    CallChanges,
    CallEntry,
    by_openness,
    derive_call,
    install_call_file,
    known_calls,
)
from iasante_desktop.core.callspec import DEFAULT_CALL_ID, CallSpec, CallSpecError, call_file
from iasante_desktop.core.callspec import resolve_call as _resolve
from iasante_desktop.resources import calls_dir

__all__ = [
    "BrokenCall",
    "CallChanges",
    "CallEntry",
    "CallSpecError",
    "all_calls",
    "default_call",
    "derive",
    "find_call",
    "install",
    "resolve_call",
    "user_calls_dir",
]


def user_calls_dir() -> Path:
    """<user config dir>/calls: where installed and derived calls live (not created here)."""
    from iasante_desktop.drafts.paths import config_dir

    return config_dir() / "calls"


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def all_calls(now: dt.datetime | None = None) -> tuple[list[CallEntry], list[BrokenCall]]:
    """Every known call, open ones first; and the installed files that no longer load."""
    entries, broken = known_calls(calls_dir(), user_calls_dir())
    return by_openness(entries, now or now_utc()), broken


def resolve_call(file_or_id: str | Path | None = None) -> CallSpec:
    """A call by id (shipped or installed) or by the path of its TOML; the shipped default without either."""
    return _resolve(file_or_id, user_calls_dir())


def find_call(call_id: str) -> CallSpec | None:
    """The known call with this id, or None when its file is missing (CallSpecError when it is broken)."""
    path = call_file(call_id, user_calls_dir())
    if path is None:
        return None
    return _resolve(path)


def default_call(now: dt.datetime | None = None) -> CallSpec:
    """The call a new dossier gets unless the user picks another: the open call closing first, else the
    shipped default."""
    entries, _ = all_calls(now)
    now = now or now_utc()
    for entry in entries:
        if entry.is_open(now):
            return entry.spec
    return _resolve(DEFAULT_CALL_ID)


def install(source: Path, replace: bool = False) -> CallSpec:
    return install_call_file(source, user_calls_dir(), replace=replace)


def derive(source: CallSpec, changes: CallChanges, when: dt.datetime | None = None) -> CallSpec:
    return derive_call(source, changes, user_calls_dir(), when)
