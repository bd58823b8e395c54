"""Shared fixtures: the call spec, a complete dossier, and tools that CI must have."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
def _private_config(monkeypatch, tmp_path_factory):
    """No test reads or writes the real user's config folder (installed calls, settings)."""
    monkeypatch.setenv("IASANTE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _one_qt_application(request):
    """Qt allows one application object per process; let pytest-qt's QApplication be it everywhere but in
    the core tests, which must run without Qt."""
    if "tests/core" not in str(request.node.path).replace(os.sep, "/"):
        request.getfixturevalue("qapp")
