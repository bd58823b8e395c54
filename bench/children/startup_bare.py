"""The floor any PySide6 wizard pays: a QWizard with one page, started and reported the same way."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage  # noqa: E402
from ready import report_when_ready  # noqa: E402

app = QApplication(["bare-wizard"])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Page")
layout = QVBoxLayout(page)
layout.addWidget(QLabel("Bonjour"))
wizard.addPage(page)
wizard.show()
report_when_ready(app)
sys.exit(app.exec())
