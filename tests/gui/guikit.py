"""Driving the GUI like a user: typing (accents included), reading what is on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Key presses carrying the text: qtbot.keyClicks aborts the process on non-ASCII (NOTES.md).
    "\\n" is typed as the Return key (a new paragraph)."""
    for ch in text:
        if ch == "\n":
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


def draft_on_disk(path: Path, tmp_dir: Path):
    """What the draft file holds right now, read from a copy: the window keeps the original locked."""
    from iasante_desktop.drafts import Draft

    copy = tmp_dir / ("copy-" + Path(path).name)
    shutil.copyfile(path, copy)
    draft = Draft.open(copy)
    try:
        return draft.load()
    finally:
        draft.close()


def long_paragraphs(count: int) -> str:
    """`count` paragraphs of one short line each (so `count` lines for the engine)."""
    return "\n".join(f"Ligne {i + 1} : données annotées, équipe réunie." for i in range(count))
