"""The user's interface preferences (language), kept in a small JSON file in the user's config folder.

Tests and portable set-ups point the folder elsewhere with IASANTE_CONFIG_DIR (or, failing that, a
`config` folder inside IASANTE_DATA_DIR) so that nothing touches the real profile.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from iasante_desktop.drafts.paths import config_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> dict:
    """The saved settings; an unreadable or hand-broken file counts as no settings rather than a crash."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(values: dict) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def language() -> str:
    lang = load_settings().get("language", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    values = load_settings()
    values["language"] = lang
    save_settings(values)
