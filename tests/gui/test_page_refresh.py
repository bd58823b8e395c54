"""Speed without staleness: pages are built when first shown, only the page on screen follows each
keystroke, and a page shown later catches up with every edit made elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from guikit import type_text
from iasante_desktop.gui.pages.registry import page_for_field

NBSP = "\u00a0"


def _count_refreshes(window) -> dict[str, int]:
    counts = {page_id: 0 for page_id in window.pages}
    for page_id, page in window.pages.items():  # builds every page
        original = page.refresh

        def counted(page_id=page_id, original=original):
            counts[page_id] += 1
            original()

        page.refresh = counted
    return counts


def test_the_window_opens_with_only_the_start_page_built_and_no_fonts_read(make_window):
    win = make_window()
    assert set(win.pages.built()) == {"start"}
    assert win.current_page_id() == "start"
    assert win.page_list.count() == len(win.page_ids()) == 9
    assert win.ctx.engine is None, "the layout engine waits for a dossier to measure"
    assert win.new_dossier()
    assert win.ctx.engine is not None
    assert set(win.pages.built()) == {"start", "identification"}


def test_the_page_list_names_each_page_as_the_page_names_itself(make_window):
    for lang in ("fr", "en"):
        win = make_window(lang)
        win.new_dossier()
        listed = [win.page_list.item(row).text() for row in range(win.page_list.count())]
        assert listed == [win.pages[page_id].title() for page_id in win.page_ids()]
        assert listed[0] == {"fr": "Accueil", "en": "Home"}[lang]
        assert listed[-1] == {"fr": "Relecture et export", "en": "Review and export"}[lang]


def test_a_keystroke_refreshes_only_the_page_on_screen(window):
    counts = _count_refreshes(window)
    window.show_page("resume")
    counts.update(dict.fromkeys(counts, 0))
    type_text(window.pages["resume"].editor, "é")
    assert window.ctx.dossier.resume == "é"
    assert counts == {**dict.fromkeys(counts, 0), "resume": 1}
    assert all(window.pages[p].stale for p in counts if p != "resume")


def test_a_page_shown_after_edits_elsewhere_shows_those_edits(window):
    window.show_page("budget")
    budget = window.pages["budget"]
    window.show_page("partners")
    editor = window.pages["partners"]._editors[0]
    type_text(editor.carrier_name, "Claire Dupont")
    assert "Claire Dupont" not in budget.table.horizontalHeaderItem(0).text(), "a hidden page did work per key"
    window.show_page("budget")
    assert "Claire Dupont" in budget.table.horizontalHeaderItem(0).text()
    assert not budget.stale


def test_a_page_shown_after_edits_elsewhere_shows_the_fresh_gauge(window):
    window.show_page("resume")
    page = window.pages["resume"]
    window.show_page("identification")
    window.ctx.dossier.resume = "Une ligne.\nDeux lignes."
    window.ctx.edited("resume")
    window.show_page("resume")
    assert page.gauge.label.text() == "2 / 10 lignes"


def test_a_partners_budget_finding_belongs_to_the_budget_page(call):
    assert page_for_field("partners[1].budget.mission", call) == "budget"
    assert page_for_field("partners[0].budget", call) == "budget"
    assert page_for_field("budget", call) == "budget"
    assert page_for_field("partners[0].site", call) == "partners"
    assert page_for_field("partners", call) == "partners"


def _status(window, page_id: str) -> str:
    return window.page_list.item(window.page_ids().index(page_id)).toolTip()


def test_a_negative_amount_marks_the_budget_page_and_go_there_focuses_its_cell(window, qtbot):
    window.show_page("budget")
    table = window.pages["budget"].table
    rows = [r.id for r in window.ctx.call.budget.rows]
    r = rows.index("mission")
    table.item(r, 0).setText("-500")
    assert any(f.rule == "budget.negative" and f.field == "partners[0].budget.mission" for f in window.ctx.findings)
    assert _status(window, "budget") == "erreurs"

    window.show_page("review")
    row = next(row for row in window.pages["review"].rows if row.finding.rule == "budget.negative")
    row.go_button.click()
    assert window.current_page_id() == "budget"
    assert (table.currentRow(), table.currentColumn()) == (r, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_every_page_starts_with_its_title_as_a_heading(window):
    for page_id in window.page_ids():
        if page_id in ("start", "identification", "review"):
            continue  # headings of their own ("Préparer un dossier…", "Identification du projet", "Relecture")
        page = window.pages[page_id]
        headings = [label.text() for label in page.findChildren(QLabel) if label.text().startswith("<h2>")]
        assert headings, page_id
        assert page.title().split(" ")[0] in headings[0], (page_id, headings[0])
