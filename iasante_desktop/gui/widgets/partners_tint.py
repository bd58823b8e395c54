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
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)
    widget.setProperty("status", status or "")
