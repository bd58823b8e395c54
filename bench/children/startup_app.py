"""Start iasante-desktop as a user does (`iasante-desktop`, start page) and print READY <epoch> once usable.

The app creates its QApplication itself, after loading its modules in its own order, as the installed
`iasante-desktop` command does; the readiness probe is attached to that application when it is created."""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from iasante_desktop.gui import app as gui_app  # noqa: E402

create_application = gui_app.create_application


def create_and_watch(argv):
    application = create_application(argv)
    from ready import report_when_ready  # imports PySide6, which the app has loaded by now

    report_when_ready(application)
    return application


gui_app.create_application = create_and_watch
from iasante_desktop.cli import main  # noqa: E402

sys.exit(main([]))
