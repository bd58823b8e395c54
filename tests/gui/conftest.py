"""GUI tests: every test gets private data and config folders, so no test touches the user's drafts or
settings, and a window factory that closes what it opened (which also releases draft locks)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("IASANTE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """A QMimeData a test made in Python and put on the clipboard would be deleted twice when the test
    process ends (Qt's clipboard, then Python): the clipboard is emptied after each test."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def make_window(qtbot, call):
    from iasante_desktop.gui.main_window import MainWindow
    from iasante_desktop.gui.translation import install_language

    windows = []

    def make(lang: str = "fr"):
        install_language(lang)
        window = MainWindow(call, lang)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    install_language("fr")


@pytest.fixture
def window(make_window):
    """A window with a new, empty dossier open (a draft in the private data folder)."""
    win = make_window()
    assert win.new_dossier()
    return win
