"""Helpers every test folder imports: external tools that may be absent here but never in CI."""

from __future__ import annotations

import os
import shutil

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
