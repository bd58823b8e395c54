"""Helpers every test folder imports: external tools that may be absent here but never in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import platformdirs

import pytest


def skip_or_fail(reason: str) -> None:
    """Skip a test whose means are missing here, but fail it where every means must be there: CI sets
    IASANTE_REQUIRE_TOOLS=1, so nothing is skipped there in silence."""
    if os.environ.get("IASANTE_REQUIRE_TOOLS"):
        pytest.fail(f"{reason}: required in CI (IASANTE_REQUIRE_TOOLS=1)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The path of an external tool; skip with the reason where it is absent, fail in CI."""
    path = shutil.which(name)
    if path is None:
        skip_or_fail(f"{name} is not installed")
    return path


APP = "iasante-desktop"


def real_user_folders() -> list[Path]:
    """The folders the app would write into for the user running the tests, as the app computes them."""
    return [
        Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=False)),
        Path(platformdirs.user_config_dir(APP, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP, appauthor=False)),
        Path(platformdirs.user_state_dir(APP, appauthor=False)),
        Path(platformdirs.user_log_dir(APP, appauthor=False)),
    ]


def fingerprint(folders: list[Path], documents: Path) -> set[tuple[str, int, int]]:
    """Every file under the app's folders, and the names directly in the user's documents folder."""
    seen: set[tuple[str, int, int]] = set()
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                try:
                    info = path.lstat()
                except OSError:
                    continue
                seen.add((str(path), info.st_size, info.st_mtime_ns))
    if documents.is_dir():
        for path in documents.iterdir():
            if "iasante" in path.name.lower():
                try:
                    info = path.lstat()
                except OSError:
                    continue
                seen.add((str(path), info.st_size, info.st_mtime_ns))
    return seen
