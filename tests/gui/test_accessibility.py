"""Keyboard and screen-reader basics on the pages of the window shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

SHELL_PAGES = ["start", "identification", "resume", "resume_grand_public", "description", "review"]


@pytest.mark.parametrize("page_id", SHELL_PAGES)
def test_every_focusable_control_has_an_accessible_name(window, page_id):
    page = window.pages[page_id]
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w, QLabel)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        and w.parent() is not None
        and "scrollbar" not in type(w).__name__.lower()
        and type(w).__name__ not in ("QWidget", "QScrollArea")
    ]
    assert nameless == []


@pytest.mark.parametrize("page_id", SHELL_PAGES)
def test_mnemonic_labels_lead_to_their_field(window, page_id):
    page = window.pages[page_id]
    orphans = [
        label.text()
        for label in page.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.textFormat() != Qt.TextFormat.RichText and label.buddy() is None
    ]
    assert orphans == []


def test_the_whole_window_is_reachable_from_the_keyboard(window, qtbot):
    """Tab from the page list goes through the page's fields and reaches the navigation buttons."""
    from PySide6.QtWidgets import QApplication

    window.show_page("identification")
    window.page_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.page_list)
    seen = []
    for _ in range(40):
        window.focusNextChild()
        seen.append(QApplication.focusWidget())
    page = window.pages["identification"]
    assert page.acronym in seen and page.title_edit in seen and page.keyword_input in seen
    assert window.next_button in seen


WINDOW_MNEMONICS = {"fr": {"F", "É", "E", "P", "S"}, "en": {"F", "E", "C", "P", "N"}}  # Fichier, Édition, Appels, ...


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page_id", SHELL_PAGES)
def test_mnemonics_are_unique_on_each_page_and_leave_the_window_keys_free(make_window, page_id, lang):
    import re

    win = make_window(lang)
    win.new_dossier()
    win.show_page(page_id)
    page = win.pages[page_id]
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind) if w.isVisibleTo(page)]
    keys = [m.group(1).upper() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
    assert sorted(keys) == sorted(set(keys)), texts
    assert not set(keys) & WINDOW_MNEMONICS[lang]
