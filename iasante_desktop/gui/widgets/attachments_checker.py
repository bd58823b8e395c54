"""Checking dropped PDFs away from the interface thread.

documents.pdf_check parses each file in a child process: measured here at 0.7-1.0 s per file on a loaded
two-core machine. Done on the interface thread, dropping five letters would freeze the window for seconds;
here the files are checked one after another on a worker thread and the page hears back once per batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.documents.pdf_check import PdfInfo, load_attachment


@dataclass
class CheckedFile:
    path: str
    attachment: Attachment | None = None
    info: PdfInfo | None = None
    error: DocumentError | None = None


@dataclass
class CheckBatch:
    """Files dropped together, and what the page needs to file them when the check is over."""

    paths: list[str]
    kind: str
    context: dict[str, Any] = field(default_factory=dict)  # the page's own bookkeeping (target partner...)
    results: list[CheckedFile] = field(default_factory=list)


class PdfChecker(QObject):
    finished = Signal(object)  # CheckBatch, delivered on the interface thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in the order dropped; one child process at a time
        self.pending = 0
        self.finished.connect(self._delivered)  # first connected, so `pending` is current for listeners

    def check(self, batch: CheckBatch) -> None:
        self.pending += 1
        self._pool.start(lambda: self._run(batch))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _run(self, batch: CheckBatch) -> None:
        for path in batch.paths:
            name = Path(path).name
            try:
                attachment, info = load_attachment(Path(path), batch.kind)
                batch.results.append(CheckedFile(path, attachment, info))
            except DocumentError as error:
                batch.results.append(CheckedFile(path, error=error))
            except Exception as error:  # noqa: BLE001 - a worker thread must report, never die silently
                batch.results.append(
                    CheckedFile(
                        path,
                        error=DocumentError(
                            f"« {name} » n'a pas pu être vérifié ({type(error).__name__}).",
                            f"“{name}” could not be checked ({type(error).__name__}).",
                        ),
                    )
                )
        try:
            self.finished.emit(batch)
        except RuntimeError:
            pass  # the page was closed while the files were being checked

    def _delivered(self, _batch: CheckBatch) -> None:
        self.pending -= 1
