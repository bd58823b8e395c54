"""Colours and icons that stay readable on light and dark palettes.

Status colours are picked from the window's own palette lightness rather than fixed light-theme values, so a
red gauge or an error line keeps its contrast when the desktop uses a dark theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPalette

from iasante_desktop.resources import icons_dir

OK = "ok"
WARNING = "warning"
ERROR = "error"
EMPTY = "empty"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def status_color(status: str, palette: QPalette) -> QColor:
    """The text/fill colour for a status, at a contrast that suits the palette (WCAG AA on Window)."""
    dark = is_dark(palette)
    if status == ERROR:
        return QColor("#ff7b72") if dark else QColor("#b3261e")
    if status == WARNING:
        return QColor("#f2c14e") if dark else QColor("#8a5300")
    if status == OK:
        return QColor("#6fdc8c") if dark else QColor("#1b6e2e")
    return palette.color(QPalette.ColorRole.PlaceholderText)


def overflow_background(palette: QPalette) -> QColor:
    """Translucent red behind text past a limit: tints light and dark bases alike without hiding the text."""
    color = QColor("#ff5a4f") if is_dark(palette) else QColor("#e53935")
    color.setAlpha(80)
    return color


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by name ("app", "status-ok" ...)."""
    return QIcon(str(icons_dir() / f"{name}.svg"))


def status_icon(status: str) -> QIcon:
    return icon(f"status-{status}")
