"""Every French string of the interface has its English translation, and the shipped .qm is up to date."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _update_module():
    spec = importlib.util.spec_from_file_location("update_translations", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_interface_string_is_left_untranslated(tmp_path):
    update = _update_module()
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate comes with PySide6-Essentials and should be installed")
    scratch = tmp_path / "iasante_en.ts"
    shutil.copy(TRANSLATIONS / "iasante_en.ts", scratch)
    subprocess.run(
        [lupdate, "-no-obsolete", "-source-language", "fr_FR", "-target-language", "en_GB", *update.sources(), "-ts", str(scratch)],
        check=True, cwd=ROOT, capture_output=True,
    )
    text = scratch.read_text(encoding="utf-8")
    unfinished = text.count('type="unfinished"')
    assert unfinished == 0, f"{unfinished} string(s) without English: run resources/translations/update.py and translate them"


def test_the_compiled_translation_matches_its_source(tmp_path):
    ts, qm = TRANSLATIONS / "iasante_en.ts", TRANSLATIONS / "iasante_en.qm"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "iasante_en.qm is stale: run resources/translations/update.py --release"
