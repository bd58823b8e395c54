"""The Designer forms compiled into gui/forms/ match their ui/ sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from testkit import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]


def test_compiled_forms_are_in_sync_with_the_ui_sources():
    sys.path.insert(0, str(ROOT / "ui"))
    try:
        import build_forms
    finally:
        sys.path.pop(0)
    if build_forms.uic_path() is None:
        skip_or_fail("pyside6-uic is not installed")
    result = subprocess.run([sys.executable, str(ROOT / "ui" / "build_forms.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for ui in (ROOT / "ui").glob("*.ui"):
        assert build_forms.target(ui).read_text(encoding="utf-8").startswith(f"# generated from ui/{ui.name}")
