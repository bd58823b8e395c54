"""The description: five points, one page gauge for the whole section, text past page 2 marked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from guikit import type_text
from iasante_desktop.gui.style import ERROR, OK

LONG = "Les marqueurs vocaux offrent une piste non invasive, peu coûteuse et encore peu exploitée. " * 40


def test_each_point_edits_its_own_text_and_the_gauge_counts_pages(window):
    window.show_page("description")
    page = window.pages["description"]
    assert list(page.editors) == ["introduction", "plus_value", "objectifs", "industrialisation", "programme"]
    type_text(page.editors["plus_value"], "Deux équipes réunies.")
    assert window.ctx.dossier.description == {"plus_value": "Deux équipes réunies."}
    pages = window.ctx.measures.pages["description"]
    assert 0 < pages < 1
    assert page.gauge.label.text() == f"{pages:.1f}".replace(".", ",") + " / 2 pages"
    assert page.gauge.status() == OK


def test_text_past_the_second_page_is_marked_and_the_gauge_turns_red(window, qtbot):
    window.show_page("description")
    page = window.pages["description"]
    for point_id in ("introduction", "plus_value", "objectifs"):
        page.editors[point_id].setPlainText(LONG)
    pages = window.ctx.measures.pages["description"]
    assert pages > 2
    assert page.gauge.status() == ERROR
    assert any(f.rule == "limit.description_pages" for f in window.ctx.findings)
    layout = window.ctx.engine.description_layout(window.ctx.dossier)
    offsets = layout.overflow_offsets(2)
    assert offsets, "the engine puts some of this text on page 3"
    for point_id, editor in page.editors.items():
        marks = editor.extraSelections()
        if point_id in offsets:
            assert marks[0].cursor.selectionStart() == offsets[point_id]
            assert marks[0].cursor.selectionEnd() == len(window.ctx.dossier.description_text(point_id))
        else:
            assert marks == []
    # "Go there" on the page-limit finding lands in the first marked point.
    first = next(p for p in page.editors if p in offsets)
    window.go_to_field("description")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editors[first])

    page.editors["objectifs"].setPlainText("Court.")
    page.editors["plus_value"].setPlainText("Court.")
    assert page.gauge.status() == OK
    assert all(e.extraSelections() == [] for e in page.editors.values())
