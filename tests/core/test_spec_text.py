"""A shipped call spec is read from its parsed twin (no TOML parser at start-up), and only when the twin was
made from exactly that TOML: an edited spec, a damaged twin or a spec without one is read from the TOML."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from iasante_desktop.core.callspec import load_call
from iasante_desktop.core.spec_text import twin_of

ROOT = Path(__file__).resolve().parents[2]


def _copy(call, folder: Path, with_twin: bool = True) -> Path:
    folder.mkdir()
    toml = folder / "call.toml"
    shutil.copyfile(call.path, toml)
    if with_twin:
        shutil.copyfile(twin_of(call.path), twin_of(toml))
    return toml


def test_the_shipped_twins_match_their_toml():
    done = subprocess.run([sys.executable, str(ROOT / "resources" / "calls" / "compile.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_twin_and_the_toml_give_the_same_spec(call, tmp_path):
    from_twin = load_call(_copy(call, tmp_path / "twin"))
    from_toml = load_call(_copy(call, tmp_path / "toml", with_twin=False))
    assert from_twin._replace(path=None) == from_toml._replace(path=None) == call._replace(path=None)
    assert from_twin.calendar.closes_at.utcoffset() == from_toml.calendar.closes_at.utcoffset()


def test_an_edited_toml_is_read_from_the_toml_not_from_its_stale_twin(call, tmp_path):
    toml = _copy(call, tmp_path / "edited")
    toml.write_text(toml.read_text(encoding="utf-8").replace('cap = "15000"', 'cap = "9000"'), encoding="utf-8")
    assert str(load_call(toml).budget.cap) == "9000"


def test_a_damaged_twin_is_ignored(call, tmp_path):
    toml = _copy(call, tmp_path / "damaged")
    twin = twin_of(toml)
    twin.write_bytes(twin.read_bytes()[: len(twin.read_bytes()) // 2])
    assert load_call(toml)._replace(path=None) == call._replace(path=None)


def test_reading_the_shipped_spec_does_not_load_the_toml_parser():
    code = "import sys; from iasante_desktop.core.callspec import resolve_call; resolve_call(); print('tomllib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr
