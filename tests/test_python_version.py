"""The app refuses, with one clear line, an interpreter on which PySide6 would abort mid-session (NOTES.md:
Python 3.11 and PySide6 6.12), before anything loads Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from iasante_desktop.python_check import unsupported_python
from testkit import skip_or_fail

ROOT = Path(__file__).resolve().parents[1]


def test_python_3_11_is_refused_with_what_to_do_and_3_12_is_accepted():
    message = unsupported_python((3, 11, 7))
    assert message and "3.12" in message and "3.11.7" in message and "setup.sh" in message
    assert "\n" not in message
    assert unsupported_python((3, 12, 0)) is None and unsupported_python((3, 13, 1)) is None


def test_the_package_declares_the_same_minimum():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.12"


def _old_python() -> str | None:
    candidates = [shutil.which("python3.11"), shutil.which("python3")]
    root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += [str(p) for p in sorted(Path(root).glob("versions/3.11*/bin/python3"))]
    real_home = Path(os.path.expanduser("~root")) / ".pyenv"
    candidates += [str(p) for p in sorted(real_home.glob("versions/3.11*/bin/python3"))]
    for candidate in filter(None, candidates):
        done = subprocess.run([candidate, "-c", "import sys; print(sys.version_info < (3, 12))"], capture_output=True, text=True)
        if done.stdout.strip() == "True":
            return candidate
    return None


def test_the_command_started_by_python_3_11_stops_with_the_message_and_exit_3():
    old = _old_python()
    if old is None:
        skip_or_fail("no Python older than 3.12 on this machine to start the app with")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([old, "-c", "import sys; from iasante_desktop.cli import main; sys.exit(main([]))"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "Python 3.12" in done.stderr and "Traceback" not in done.stderr
    assert sys.version_info >= (3, 12)
