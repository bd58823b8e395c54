"""A frame that takes PDF files dropped from the file manager, and says so while they hover over it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QWidget


def local_files(mime) -> list[str]:
    """The local paths among dropped URLs (a link from a web page is not a file we can read)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class PdfDropFrame(QFrame):
    """Emits `files_dropped` with the local paths dropped on it; children without drop support (labels,
    lists) pass drags up to it, so the whole area is the target."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("dropping", False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self._hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    def _hover(self, on: bool) -> None:
        # A sunken frame shows where the file will land, without a colour that a theme could hide.
        self.setFrameShadow(QFrame.Shadow.Sunken if on else QFrame.Shadow.Plain)
        self.setLineWidth(2 if on else 1)
        self.setProperty("dropping", on)
