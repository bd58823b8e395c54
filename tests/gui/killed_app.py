"""Run by test_crash_recovery.py in a child process: the real application, a new dossier, typed text;
prints "SAVED <draft path>" once the autosave has written it, then keeps running until it is killed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from guikit import type_text
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.gui.app import create_application, open_window
from iasante_desktop.gui.session import SAVED
from iasante_desktop.gui.translation import install_language


def main() -> int:
    text = sys.argv[1]
    app = create_application([])
    install_language("fr")
    window = open_window(resolve_call(), "fr", offer_recovery=False)
    window.new_dossier()
    window.show_page("resume")
    type_text(window.pages["resume"].editor, text)

    def report() -> None:
        if window.session.state == SAVED:
            print("SAVED", window.ctx.draft.path, flush=True)
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(report)
    poll.start(20)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
