"""The moment a window counts as shown and usable: the event loop has run, the window is visible and has been
exposed, and every pending event (paint, layout, queued slots) has been handled."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def report_when_ready(app: QApplication, quit_after: bool = True) -> None:
    def ready() -> None:
        windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        if not windows or not all(w.windowHandle() and w.windowHandle().isExposed() for w in windows):
            QTimer.singleShot(1, ready)
            return
        app.processEvents()
        sys.stdout.write(f"READY {time.time():.6f}\n")
        sys.stdout.flush()
        if quit_after:
            app.quit()

    QTimer.singleShot(0, ready)
