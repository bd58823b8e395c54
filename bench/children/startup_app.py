"""Start iasante-desktop as a user does (`iasante-desktop`, start page) and print READY <epoch> once usable."""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from PySide6.QtWidgets import QApplication  # noqa: E402
from ready import report_when_ready  # noqa: E402

app = QApplication(["iasante-desktop"])
report_when_ready(app)
from iasante_desktop.cli import main  # noqa: E402

sys.exit(main([]))
