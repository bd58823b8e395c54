"""One finding in the review list: severity icon, sentence, and a button that goes to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from iasante_desktop.core.findings import Finding
from iasante_desktop.gui.style import ERROR, WARNING, status_icon


class FindingRow(QFrame):
    go_requested = Signal(str)  # the finding's field path

    def __init__(self, finding: Finding, lang: str, go_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.setFrameShape(QFrame.Shape.StyledPanel)
        status = ERROR if finding.is_error else WARNING
        icon = QLabel(self)
        size = self.fontMetrics().height()
        icon.setPixmap(status_icon(status).pixmap(size, size))
        self.message = QLabel(finding.message(lang), self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go_button = QPushButton(go_text, self)
        self.go_button.setAccessibleName(f"{go_text} : {finding.message(lang)}")
        layout = QHBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignTop)
        self.go_button.clicked.connect(lambda: self.go_requested.emit(finding.field))
