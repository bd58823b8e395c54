"""The draft file: one portable SQLite file per dossier, with autosave, history, recovery and locking.

See docs/draft-format.md for the file format. The names below load on first use (PEP 562): the start page
lists recent drafts long before anything opens one, and sqlite3 and the store need not slow the start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_WHERE = {
    "CURRENT_STATE_ID": "errors",
    "DraftError": "errors",
    "DraftLockedError": "errors",
    "ExportRecord": "errors",
    "VersionInfo": "errors",
    "DRAFT_SUFFIX": "paths",
    "autosave_dir": "paths",
    "default_data_dir": "paths",
    "recent_drafts": "paths",
    "APPLICATION_ID": "schema",
    "FORMAT_VERSION": "schema",
    "dismiss_unclean": "session",
    "unclean_drafts": "session",
    "AUTOSAVE_VERSION_INTERVAL": "store",
    "Draft": "store",
}

__all__ = sorted(_WHERE)

if TYPE_CHECKING:
    from iasante_desktop.drafts.errors import CURRENT_STATE_ID, DraftError, DraftLockedError, ExportRecord, VersionInfo
    from iasante_desktop.drafts.paths import DRAFT_SUFFIX, autosave_dir, default_data_dir, recent_drafts
    from iasante_desktop.drafts.schema import APPLICATION_ID, FORMAT_VERSION
    from iasante_desktop.drafts.session import dismiss_unclean, unclean_drafts
    from iasante_desktop.drafts.store import AUTOSAVE_VERSION_INTERVAL, Draft


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
