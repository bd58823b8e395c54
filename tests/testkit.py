"""Helpers every test folder imports: external tools that may be absent here but never in CI."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str) -> str:
    """The path of an external tool; skip with the reason where it is absent, fail in CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("IASANTE_REQUIRE_TOOLS"):
            pytest.fail(f"{name} is required in CI (IASANTE_REQUIRE_TOOLS=1) but is not installed")
        pytest.skip(f"{name} is not installed")
    return path
