"""The rough edges a first user hit (issue 12): title, shortcuts, message widths, dates and counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from guikit import type_text


def test_window_title_does_not_repeat_the_app_name(window):
    # The platform appends the application's display name to every window title by itself.
    assert "iasante-desktop" not in window.windowTitle()
    assert window.windowTitle().endswith("— enregistré")


def test_redo_keys_add_ctrl_y_where_the_platform_binds_only_ctrl_shift_z():
    from iasante_desktop.gui.main_window import redo_shortcuts

    gnome = redo_shortcuts([QKeySequence("Ctrl+Shift+Z")])
    assert QKeySequence("Ctrl+Y") in gnome and QKeySequence("Ctrl+Shift+Z") in gnome
    windows = redo_shortcuts([QKeySequence("Ctrl+Y")])
    assert QKeySequence("Ctrl+Shift+Z") in windows and len(windows) == 2


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window, qtbot):
    shortcuts = window.act_redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in shortcuts
    assert QKeySequence("Ctrl+Shift+Z") in shortcuts
    window.show_page("identification")
    field = window.pages["identification"].title_edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    type_text(field, "Titre")
    window.act_undo.trigger()
    assert window.ctx.dossier.title == ""
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.dossier.title == "Titre"


def test_identification_errors_use_the_width_of_the_page(window, qtbot):
    window.show_page("identification")
    page = window.pages["identification"]
    page.acronym.setFocus()
    type_text(page.acronym, "A B C")
    qtbot.waitUntil(lambda: page.acronym_findings.isVisible(), timeout=2000)
    QApplication.processEvents()
    assert page.acronym_findings.width() >= page.acronym.width() * 0.9
    assert page.acronym_findings.width() > 300


def test_start_page_and_review_give_the_same_number(call, complete_dossier):
    from iasante_desktop.core.measures import Measures
    from iasante_desktop.core.rules import validate
    from iasante_desktop.gui.calendar_text import countdown

    moment = dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)
    [late] = [f for f in validate(complete_dossier, call, Measures(), today=moment) if f.rule == "deadline"]
    assert late.numbers["days"] == countdown(call.calendar, moment).days == 357
