"""Reliability suites: short by default, `--long` (or IASANTE_LONG=1) for the thorough runs."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def long_run(pytestconfig) -> bool:
    return bool(pytestconfig.getoption("--long", default=False)) or os.environ.get("IASANTE_LONG") == "1"


@pytest.fixture
def private_data_dir(tmp_path, monkeypatch):
    """The application's data folder redirected into the test's own folder (drafts, sessions, autosaves)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("IASANTE_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _never_the_users_folders(tmp_path, monkeypatch):
    """Every reliability test keeps drafts' bookkeeping (sessions, recent list) and crash logs in its own
    folder: a test never writes into the real user's data or state folders."""
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
