"""The draft file: one portable SQLite file per dossier, with autosave, history, recovery and locking.

See docs/draft-format.md for the file format.
"""

from iasante_desktop.drafts.errors import CURRENT_STATE_ID, DraftError, DraftLockedError, ExportRecord, VersionInfo
from iasante_desktop.drafts.paths import DRAFT_SUFFIX, autosave_dir, default_data_dir, recent_drafts
from iasante_desktop.drafts.schema import APPLICATION_ID, FORMAT_VERSION
from iasante_desktop.drafts.session import dismiss_unclean, unclean_drafts
from iasante_desktop.drafts.store import AUTOSAVE_VERSION_INTERVAL, Draft

__all__ = [
    "APPLICATION_ID",
    "AUTOSAVE_VERSION_INTERVAL",
    "CURRENT_STATE_ID",
    "DRAFT_SUFFIX",
    "FORMAT_VERSION",
    "Draft",
    "DraftError",
    "DraftLockedError",
    "ExportRecord",
    "VersionInfo",
    "autosave_dir",
    "default_data_dir",
    "dismiss_unclean",
    "recent_drafts",
    "unclean_drafts",
]
