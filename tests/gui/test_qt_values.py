"""The start page is built without PySide6's `Qt` namespace (gui/qt_values.py): the integers stand for the
right Qt values, the widgets get them, and opening the app as a user does builds none of Qt's enums."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from iasante_desktop.gui import qt_values

ROOT = Path(__file__).resolve().parents[2]


def test_the_integers_are_the_qt_values():
    assert qt_values.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert qt_values.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert qt_values.TAB_FOCUS == Qt.FocusPolicy.TabFocus.value
    assert qt_values.TEXT_SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value


def test_the_start_page_widgets_get_them(make_window):
    start = make_window().pages["start"]
    assert start.ui.noticeLabel.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert start.ui.currentLabel.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_window_marks_pages_disabled_and_names_their_status_for_screen_readers(make_window):
    win = make_window()
    row = win.page_ids().index("resume")
    item = win.page_list.item(row)
    assert not item.isEnabled() and not item.isEditable()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Résumé — aucun dossier ouvert"
    assert win.act_save.shortcut().toString() == "Ctrl+S" and win.act_import.shortcut().toString() == "Ctrl+I"


START_AND_REPORT = textwrap.dedent(
    """
    import enum, sys
    built = []
    create = enum.EnumType._create_

    def recording(cls, class_name, names, **options):
        built.append(class_name)
        return create(cls, class_name, names, **options)

    enum.EnumType._create_ = recording
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(["iasante-desktop"])

    def report():
        app.processEvents()
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        print("SHOWN", len(shown), "QT_NAMESPACE", any(name in built for name in ("Key", "ItemDataRole", "AlignmentFlag")))
        app.quit()

    QTimer.singleShot(200, report)
    from iasante_desktop.cli import main
    main([])
    """
)


def test_starting_the_app_builds_none_of_the_qt_namespace_enums(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IASANTE_DATA_DIR": str(tmp_path / "data"),
           "IASANTE_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", START_AND_REPORT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert "SHOWN 1 QT_NAMESPACE False" in done.stdout, done.stdout + done.stderr[-2000:]
