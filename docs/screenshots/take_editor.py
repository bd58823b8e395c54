"""Screenshots of the writing desk (issue 10): the formatted-text editor, the description past its limit, a
spelling suggestion, in French, and the description in English.

    Xvfb :10 -screen 0 1400x1000x24 &
    DISPLAY=:10 QT_QPA_PLATFORM=xcb python docs/screenshots/take_editor.py

Like take.py, data and config go to a temporary folder; the rich content is written through the editors
(bold, a list, a figure with its caption, a table) as a user would.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import take  # noqa: E402  (sets up the private folders and the platform)
from PySide6.QtCore import QPoint, QSize  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from iasante_desktop.core.callspec import resolve_call  # noqa: E402
from iasante_desktop.core.richtext import BOLD, BULLET, ITALIC, Cell, ListItem, Para, RichText, Span, Table  # noqa: E402
from iasante_desktop.gui import richdoc  # noqa: E402
from iasante_desktop.gui.app import create_application  # noqa: E402
from iasante_desktop.gui.translation import install_language  # noqa: E402

B = frozenset({BOLD})
I = frozenset({ITALIC})  # noqa: E741


def gantt_image() -> QImage:
    """A small Gantt chart, as a team would paste one."""
    image = QImage(1200, 520, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("Carlito", 26)
    p.setFont(font)
    tasks = [("WP1 Recueil", 0, 5, "#4e79a7"), ("WP2 Annotation", 3, 8, "#f28e2b"),
             ("WP3 Modèle", 6, 11, "#59a14f"), ("WP4 Évaluation", 9, 12, "#e15759")]
    p.setPen(QPen(QColor("#888888"), 2))
    for month in range(13):
        x = 330 + month * 68
        p.drawLine(x, 40, x, 470)
    for row, (name, start, end, color) in enumerate(tasks):
        y = 70 + row * 100
        p.setPen(QColor("#222222"))
        p.drawText(20, y + 45, name)
        p.fillRect(330 + start * 68, y + 10, (end - start) * 68, 50, QColor(color))
    p.drawText(330, 510, "mois 0                                                        mois 12")
    p.end()
    return image


def main() -> int:
    app = create_application([])
    install_language("fr")
    from iasante_desktop.drafts import Draft
    from iasante_desktop.gui.main_window import MainWindow

    call = resolve_call()
    window = MainWindow(call, "fr")
    window.resize(QSize(1360, 960))
    window.move(0, 0)
    window.show()
    dossier = take.sample_dossier(call)
    draft = Draft.create(None, dossier)
    window.session.attach(draft, dossier)

    # The description, written with formatting, a figure and a table, then past its two pages.
    window.show_page("description")
    page = window.pages["description"]
    editor = page.editors["objectifs"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insert_rich(
        RichText(
            [
                Para(),
                Para((Span("Nos objectifs : "), Span("un prototype évalué", B), Span(" sur "), Span("200 patients", I), Span("."))),
                Para((Span("recueil de 400 heures de parole annotée ;"),), ListItem(BULLET, 0, 1)),
                Para((Span("modèle auto-supervisé adapté au français ;"),), ListItem(BULLET, 0, 1)),
                Para((Span("évaluation clinique en aveugle."),), ListItem(BULLET, 1, 1)),
            ]
        )
    )
    editor.insert_figure(richdoc.figure_from_image(gantt_image(), name="gantt.png"))
    editor.textCursor().insertText("Figure 1 : calendrier des lots de travail")
    editor.set_figure_width_cm(12)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    table = Table(
        (
            (Cell((Para((Span("Lot", B),)),)), Cell((Para((Span("Responsable", B),)),)), Cell((Para((Span("Mois", B),)),))),
            (Cell((Para((Span("WP1 Recueil"),)),)), Cell((Para((Span("CMRR"),)),)), Cell((Para((Span("0–5"),)),))),
            (Cell((Para((Span("WP3 Modèle"),)),)), Cell((Para((Span("IRIT"),)),)), Cell((Para((Span("6–11"),)),))),
        ),
        header_rows=1,
    )
    editor.insert_rich(RichText([table]))
    QApplication.processEvents()
    # Scroll to the figure and the table: the editor with bold, a list, a figure and a table.
    page.scroll.ensureWidgetVisible(editor, 0, 0)
    page.scroll.verticalScrollBar().setValue(editor.mapTo(page.desk, QPoint(0, 0)).y() - 60)
    take.grab(window, HERE / "10-editor-formatting.png")

    # A spelling mistake and its suggestions.
    point = page.editors["plus_value"]
    point.setFocus()
    cursor = point.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Une colaboration inédite. ")
    point.setTextCursor(cursor)
    page.scroll.verticalScrollBar().setValue(point.mapTo(page.desk, QPoint(0, 0)).y() - 80)
    QApplication.processEvents()
    point.spelling_catch_up()
    QApplication.processEvents()
    where = point.cursorRect(point.document().find("colaboration")).center()
    menu = point.build_context_menu(where)
    menu.popup(point.viewport().mapToGlobal(where))
    QApplication.processEvents()
    take.grab(window, HERE / "11-spelling-suggestion.png")
    menu.close()

    # Past the limit: the page lines and the tint.
    last = page.editors["programme"]
    last.moveCursor(last.textCursor().MoveOperation.End)
    more = "Le programme prévoit un suivi trimestriel, des jalons publics et un plan de gestion des données. " * 6
    last.insert_rich(RichText([Para(), *(Para((Span(more),)) for _ in range(4))]))
    QApplication.processEvents()
    y = page.sheet.overlay.limit[0] if page.sheet.overlay.limit else 0
    page.scroll.verticalScrollBar().setValue(max(0, y - 420))
    QApplication.processEvents()
    take.grab(window, HERE / "12-description-over-limit.png")

    window.set_language("en")
    window.show_page("description")
    page = window.pages["description"]
    page.scroll.verticalScrollBar().setValue(page.sheet.overlay.page_lines[0][0] - 300 if page.sheet.overlay.page_lines else 0)
    QApplication.processEvents()
    take.grab(window, HERE / "13-en-description.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
