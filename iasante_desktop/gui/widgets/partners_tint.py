"""Colouring a label by status with the palette-aware colours of gui.style (readable on dark themes too)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from iasante_desktop.gui.style import status_color


def tint(widget: QWidget, status: str | None) -> None:
    """Text in the status colour ("error", "warning"), or back to the normal text colour for None."""
    base = QApplication.palette(widget)
    palette = widget.palette()
    color = base.color(QPalette.ColorRole.WindowText) if status is None else status_color(status, base)
    # Pages tint after every keystroke; setting an equal palette still re-polishes the widget and its children.
    if palette.color(QPalette.ColorRole.WindowText) != color or palette.color(QPalette.ColorRole.Text) != color:
        palette.setColor(QPalette.ColorRole.WindowText, color)
        palette.setColor(QPalette.ColorRole.Text, color)
        widget.setPalette(palette)
    if widget.property("status") != (status or ""):
        widget.setProperty("status", status or "")
