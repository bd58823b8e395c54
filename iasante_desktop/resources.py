"""Where the shipped assets are: the same lookup in a checkout, an installed wheel and a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # wheel (force-included) and the PyInstaller bundle
        here.parent / "resources",  # a checkout or an editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "iasante_desktop" / "resources")
    for candidate in candidates:
        if (candidate / "calls").is_dir():
            return candidate
    raise FileNotFoundError("iasante-desktop resources not found; the installation is incomplete")


def calls_dir() -> Path:
    return resources_dir() / "calls"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def dictionaries_dir() -> Path:
    return resources_dir() / "dictionaries"
