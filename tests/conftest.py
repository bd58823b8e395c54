"""Shared fixtures: the call spec, a complete dossier, tools that CI must have, and a private home.

Every test runs with its own temporary home: HOME, the XDG folders, Windows' APPDATA/LOCALAPPDATA and the
app's own overrides point into a temporary folder, for the test and for every process it starts. The real
user folders of the app are fingerprinted when the session starts and checked when it ends: a run that wrote
into them fails (`pytest_sessionfinish`), whatever test did it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from testkit import fingerprint, real_user_folders

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REAL_FOLDERS = real_user_folders()
REAL_DOCUMENTS = Path(platformdirs.user_documents_dir())
REAL_BEFORE = fingerprint(REAL_FOLDERS, REAL_DOCUMENTS)
HOME_VARIABLES = ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA")
XDG_VARIABLES = {
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_DOCUMENTS_DIR": "Documents",
}


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """A temporary home for this test and the processes it starts (see the module's docstring)."""
    home = tmp_path_factory.mktemp("home")
    for name in HOME_VARIABLES:
        monkeypatch.setenv(name, str(home))
    for name, relative in XDG_VARIABLES.items():
        monkeypatch.setenv(name, str(home / relative))
    for name in ("IASANTE_DATA_DIR", "IASANTE_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


def pytest_sessionfinish(session, exitstatus):
    written = fingerprint(REAL_FOLDERS, REAL_DOCUMENTS) ^ REAL_BEFORE
    if written:
        names = sorted({entry[0] for entry in written})
        print(f"\nTests wrote into the real user folders: {names[:10]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

from iasante_desktop.core.callspec import resolve_call  # noqa: E402
from iasante_desktop.core.dossier import Dossier  # noqa: E402
from factories import make_complete_dossier  # noqa: E402
from testkit import require_tool  # noqa: E402,F401  (tests may import it from here too)


def pytest_addoption(parser):
    parser.addoption("--long", action="store_true", default=False, help="long reliability runs (kill, hostile input)")


@pytest.fixture(scope="session")
def call():
    return resolve_call()


@pytest.fixture
def complete_dossier(call) -> Dossier:
    return make_complete_dossier(call)


@pytest.fixture(autouse=True)
def _one_qt_application(request):
    """Qt allows one application object per process; let pytest-qt's QApplication be it everywhere but in
    the core tests, which must run without Qt."""
    if "tests/core" not in str(request.node.path).replace(os.sep, "/"):
        request.getfixturevalue("qapp")
