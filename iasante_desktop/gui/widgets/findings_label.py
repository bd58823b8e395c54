"""The findings about one or more fields, shown under the field as coloured sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from iasante_desktop.core.findings import Finding, sort_findings
from iasante_desktop.gui.style import ERROR, WARNING, status_color


class FindingsLabel(QLabel):
    """Empty and hidden while nothing is wrong; otherwise one line per finding, errors first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        # Expanding: a form's field column (ExpandingFieldsGrow) gives it the whole width, not the width of
        # its longest word, so a sentence does not wrap into a narrow column.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._shown: tuple | None = None
        self.hide()

    def show_findings(self, findings: list[Finding], lang: str) -> None:
        parent = self.parentWidget()
        shown = (lang, tuple(findings), (parent or self).palette().cacheKey())
        if shown == self._shown:
            return  # the same sentences as after the previous keystroke
        self._shown = shown
        findings = sort_findings(findings)
        self.setText("\n".join(("✖ " if f.is_error else "⚠ ") + f.message(lang) for f in findings))
        if findings:
            status = ERROR if any(f.is_error for f in findings) else WARNING
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, status_color(status, self.parentWidget().palette() if self.parentWidget() else palette))
            self.setPalette(palette)
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(findings))
