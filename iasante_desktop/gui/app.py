"""`iasante-desktop [FILE]`: the desktop application.

The QApplication is created here, before anything asks typeset.fonts.ensure_gui_app() for one, so the
whole process has widgets and a single application object.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The pure-Python modules the first window needs are loaded before PySide6: PySide6 hooks every import that
# follows its own and reads the new module's source looking for `from __feature__` (≈ 0.2 ms a module,
# 10-15 ms over the start-up's sixty-odd modules).
import iasante_desktop.core.callspec  # noqa: F401
import iasante_desktop.core.dossier  # noqa: F401
import iasante_desktop.drafts.session  # noqa: F401 - recent and unclean drafts
from iasante_desktop.gui import calendar_text, settings  # noqa: F401 - the start page's countdown, preferences

from PySide6.QtCore import QTimer  # noqa: E402 - see above
from PySide6.QtWidgets import QApplication  # noqa: E402

from iasante_desktop.gui.translation import install_language  # noqa: E402

# Windows live as long as the application: without a Python reference they would be collected.
_windows: list = []


def _qt_safe(argument: str) -> bool:
    """Whether Qt can take `argument`: a file name whose bytes are not UTF-8 (old shares, USB keys) holds
    lone surrogates in Python, and QApplication crashes the process on them (exit 139)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def create_application(argv: list[str]) -> QApplication:
    # File names are Python's business (see run); Qt gets the options it may use (-platform, -style...).
    app = QApplication.instance() or QApplication(["iasante-desktop", *[a for a in argv if _qt_safe(a)]])
    app.setApplicationName("iasante-desktop")
    app.setOrganizationName("iasante-desktop")
    app.setApplicationDisplayName("iasante-desktop")
    return app


def open_window(call, lang: str, file: Path | None = None, offer_recovery: bool = True):
    """A shown main window on the start page, or on `file` (a draft or a Word file) when given."""
    from iasante_desktop.gui.main_window import MainWindow

    window = MainWindow(call, lang)
    _windows.append(window)
    window.destroyed.connect(lambda: _windows.remove(window) if window in _windows else None)
    window.show()
    if file is not None:
        window.open_path(file)
    elif offer_recovery:
        # After the event loop starts, so the dialog sits over a painted window.
        QTimer.singleShot(0, lambda: offer_unclean_drafts(window))
    return window


def offer_unclean_drafts(window):
    """Drafts left open by a crash or a kill: list them and reopen the one the user picks."""
    from iasante_desktop.drafts import dismiss_unclean, unclean_drafts

    drafts = unclean_drafts()
    if not drafts:
        return None
    from iasante_desktop.gui.dialogs.recovery import RecoveryDialog

    dialog = RecoveryDialog(drafts, window)

    def finished(_result: int) -> None:
        for path in dialog.dismissed:
            dismiss_unclean(path)
        if dialog.chosen is not None:
            window.open_path(dialog.chosen)

    dialog.finished.connect(finished)
    dialog.open()
    window.recovery_dialog = dialog
    return dialog


def report_bug(exc_type, exc, tb) -> None:
    """sys.excepthook of the app: a bug's traceback goes to a log file in the user's state folder; the user
    reads one line naming it (on stderr, and in the window when there is one). Never raises."""
    try:
        from iasante_desktop.crashlog import crash_line, write_crash_log

        if exc is None:
            exc = exc_type()
        exc.__traceback__ = tb
        line = crash_line(write_crash_log(exc))
        sys.stderr.write(line + "\n")
        if _windows:
            _windows[-1].show_error("iasante-desktop", line)
    except Exception:  # noqa: BLE001 - the hook of last resort must not fail in turn
        pass


def run(argv: list[str]) -> int:
    """argv: the command-line arguments after the program name ([] or [FILE])."""
    sys.excepthook = report_bug  # a bug in a slot: a log file and one line, not a traceback on the terminal
    app = create_application(argv)
    lang = settings.language()
    install_language(lang)
    from iasante_desktop.calls import default_call
    from iasante_desktop.core.callspec import CallSpecError

    try:
        call = default_call()  # the open call closing first, else the shipped one
    except CallSpecError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "iasante-desktop", str(exc))
        return 2
    # From Python's argv, not Qt's: Qt decodes a name that is not UTF-8 into another, missing file.
    kept = set(app.arguments()[1:])  # what Qt left once it took its own options (-platform X...)
    files = [a for a in argv if not a.startswith("-") and (a in kept or not _qt_safe(a))]
    file = Path(files[0]) if files else None
    if file is not None and not file.exists():
        from iasante_desktop.system_messages import shown

        open_window(call, lang, offer_recovery=False).show_error(
            "iasante-desktop",
            f"{shown(file)} : fichier introuvable." if lang == "fr" else f"{shown(file)}: no such file.",
        )
    else:
        open_window(call, lang, file)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
