"""A limit gauge: "7 / 10 lignes" beside a bar that turns red past the limit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from iasante_desktop.gui.style import ERROR, OK, status_color


class _Bar(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.fraction = 0.0
        self.status = OK
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, max(8, self.fontMetrics().height() // 2))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, radius, radius)
        if self.fraction > 0:
            fill = QRectF(rect)
            fill.setWidth(rect.width() * min(1.0, self.fraction))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_color(self.status, self.palette()))
            painter.drawRoundedRect(fill, radius, radius)
        painter.end()


class LimitGauge(QWidget):
    """Shows a measured value against its limit; `over` tells whether the limit is exceeded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = _Bar(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.over = False
        self._shown: tuple | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_value(self, value: float, maximum: float, text: str) -> None:
        # Asked after every keystroke; most keys change nothing here, and repainting costs more than checking.
        # The bar is compared in half pixels: a keystroke moves the description's fraction of a page by less.
        fraction = value / maximum if maximum else 0.0
        self.bar.fraction = fraction  # kept exact for the next paint, whatever triggers it
        shown = (text, value > maximum, round(min(1.0, fraction) * self.bar.width() * 2), self.palette().cacheKey())
        if shown == self._shown:
            return
        self._shown = shown
        self.over = value > maximum
        self.bar.status = ERROR if self.over else OK
        self.label.setText(text)
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_color(self.bar.status, self.palette()))
        self.label.setPalette(palette)
        font = self.label.font()
        font.setBold(self.over)
        self.label.setFont(font)
        self.setAccessibleDescription(text)
        self.bar.update()

    def status(self) -> str:
        return self.bar.status
