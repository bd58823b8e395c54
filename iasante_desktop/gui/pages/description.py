"""The description as the pages it becomes: one sheet at page proportions holding the five points.

Design (the simplest that holds up): the sheet is one widget, A4-wide at screen scale with the template's
margins, on a grey desk in the page's only scroll area. Each point's heading is a label drawn in the sheet (it
cannot be edited as text: it is not text of a document), and under it the point's own formatted-text editor,
frameless and without a scroll bar, growing with its text. So the five points read as one continuous
document, each editor's undo history and conversion stay those of one dossier field, and no scroll area sits
inside another (the window's scroll area lets this page fill the view; the sheet scrolls in the page).

Above the sheet, pinned: the toolbar of the point being written and the gauge, which says exactly how far
over or under the limit the text is ("2 pages et 3 lignes / 2 pages", "il reste 14 lignes").

An overlay on the sheet draws a line where page 1 ends and where the limit falls, and tints everything past
the limit (text and figures). Where those lines fall comes from the layout engine's lines (page and position
of each), never from Qt's layout of the editors: the engine says which line starts the next page, the editor
only says where that line is drawn on screen. layout_adapter reads today's and the coming engine's shapes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.richtext import RichText
from iasante_desktop.gui import richdoc
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.layout_adapter import Anchor, DescriptionLines, first_line_on_page
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.spelling import shared_spelling
from iasante_desktop.gui.style import ERROR, overflow_background, status_color
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.gauge import LimitGauge
from iasante_desktop.gui.widgets.rich_editor import RichTextEdit

TWIPS_PER_PT = 20


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def usage_text(full_pages: int, last_lines: int, max_pages: int, remaining: int, over: bool, lang: str) -> str:
    """ "2 pages et 3 lignes / 2 pages", "1 page et 40 lignes / 2 pages · il reste 14 lignes": whole pages
    and lines, never a rounded fraction."""
    if lang == "en":
        parts = []
        if full_pages:
            parts.append(_plural(full_pages, "page", "pages"))
        if last_lines or not full_pages:
            parts.append(_plural(last_lines, "line", "lines"))
        text = " and ".join(parts) + f" / {_plural(max_pages, 'page', 'pages')}"
        if not over:
            text += f" · {_plural(remaining, 'line', 'lines')} left"
        return text
    parts = []
    if full_pages:
        parts.append(_plural(full_pages, "page", "pages"))
    if last_lines or not full_pages:
        parts.append(_plural(last_lines, "ligne", "lignes"))
    text = " et ".join(parts) + f" / {_plural(max_pages, 'page', 'pages')}"
    if not over:
        text += " · il reste " + _plural(remaining, "ligne", "lignes")
    return text


class SheetEditor(RichTextEdit):
    """A point's editor on the sheet: no frame, no scroll bar, as tall as its text. The arrow keys go on
    into the next or previous point, as in one document."""

    leave = Signal(int)  # +1: Down on the last line; -1: Up on the first line

    def __init__(self, *args, text_px: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(text_px)
        self.document().setDocumentMargin(0)
        self.setFixedWidth(text_px + 2)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cursor = self.textCursor()
            down = key == Qt.Key.Key_Down
            if not cursor.movePosition(QTextCursor.MoveOperation.Down if down else QTextCursor.MoveOperation.Up):
                self.leave.emit(1 if down else -1)
                return
        super().keyPressEvent(event)

    def _fit_height(self, *_args) -> None:
        height = max(self.fontMetrics().lineSpacing() * 2, round(self.document().size().height()) + 4)
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.width(), self.height())


class SheetOverlay(QWidget):
    """Drawn above the sheet's children: the page-end and limit lines, the tint past the limit."""

    def __init__(self, sheet: QWidget):
        super().__init__(sheet)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.page_lines: list[tuple[int, str]] = []  # (y, label) where a page ends
        self.limit: tuple[int, str] | None = None  # (y, label) where the limit falls; tinted below
        self.margin = 90  # the sheet's left margin in pixels, where the labels go

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        if self.limit is not None:
            y, _ = self.limit
            painter.fillRect(QRect(0, y, self.width(), self.height() - y), overflow_background(self.palette()))
        # The labels sit in the left margin, under their line, clear of the text.
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        for y, label in self.page_lines:
            pen = QPen(QColor("#5f6b7a"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(0, y, self.width(), y)
            painter.drawText(QRect(6, y + 3, self.margin - 12, 60), flags, label)
        if self.limit is not None:
            y, label = self.limit
            painter.setPen(QPen(QColor("#c62828"), 2))
            painter.drawLine(0, y, self.width(), y)
            painter.setPen(QColor("#b3261e"))
            painter.drawText(QRect(6, y + 3, self.margin - 12, 60), flags, label)
        painter.end()


class Sheet(QWidget):
    """The page: white, A4-wide, with the template's margins; holds the title, the headings and editors."""

    def __init__(self, px_per_pt: float, typography, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f1f"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1f1f1f"))
        self.setPalette(palette)
        margin = round(typography.margin_twips / TWIPS_PER_PT * px_per_pt)
        self.setFixedWidth(round(typography.page_width_twips / TWIPS_PER_PT * px_per_pt))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(0)
        self.overlay = SheetOverlay(self)
        self.overlay.margin = margin
        # At least one page tall, like the paper.
        self.setMinimumHeight(round(typography.page_height_twips / TWIPS_PER_PT * px_per_pt))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())
        self.overlay.raise_()


class DescriptionPage(DossierPage):
    page_id = "description"
    fills_viewport = True  # the window lets this page fill the view: its sheet scrolls, the gauge stays

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.section = ctx.call.section_of_kind("pages") or ctx.call.section("description")
        typography = ctx.call.typography
        lang = ctx.lang
        self.doc_lang = ctx.dossier.language
        suffix = self.section.suffix.get(lang) if self.section.suffix else ""
        self.spelling = shared_spelling(ctx.dossier.language)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(f"<h2>{html.escape(self.section.label.get(lang))}</h2><p>{suffix}</p>", self)
        layout.addWidget(self.title_label)
        hint = QLabel(
            self.tr(
                "La description telle qu'elle sera imprimée : les pointillés marquent la fin de chaque page, "
                "le trait rouge la limite ; le texte au-delà est teinté. Tab change le niveau dans une liste ; "
                "Ctrl+Tab passe au champ suivant."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        top = QHBoxLayout()
        self.toolbars = QStackedWidget(self)
        self.toolbars.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        top.addWidget(self.toolbars)
        top.addStretch(1)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Langue du dossier (titres et orthographe)"))
        self.language.view().setAccessibleName(self.language.accessibleName())
        language_label = QLabel(self.tr("&Langue du dossier :"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        self.language.activated.connect(lambda index: ctx.set_dossier_language(self.language.itemData(index)))
        layout.addLayout(top)
        self.gauge = LimitGauge(self)
        self.gauge.setAccessibleName(self.tr("Pages utilisées"))
        layout.addWidget(self.gauge)

        self.px_per_pt = self.logicalDpiX() / 72.0
        text_px = round(typography.text_width_twips / TWIPS_PER_PT * self.px_per_pt)
        self.sheet = Sheet(self.px_per_pt, typography)
        self.sheet_title = QLabel(self.section.label.get(ctx.dossier.language), self.sheet)
        self.sheet_title.setFont(self._body_font(bold=True))
        self.sheet.box.addWidget(self.sheet_title)
        self.editors: dict[str, SheetEditor] = {}
        self.headings: dict[str, QLabel] = {}
        self.point_findings: dict[str, FindingsLabel] = {}
        for point in self.section.points:
            heading = QLabel("\u2013 " + point.label.get(ctx.dossier.language), self.sheet)
            heading.setFont(self._body_font(bold=True))
            heading.setWordWrap(True)
            heading.setContentsMargins(0, round(typography.heading_space_before_twips / TWIPS_PER_PT * self.px_per_pt), 0, 0)
            editor = SheetEditor(typography, figures=True, tables=True, spelling=self.spelling, parent=self.sheet, text_px=text_px)
            editor.setAccessibleName(point.label.get(lang))
            heading.setBuddy(editor)
            findings = FindingsLabel(self.sheet)
            self.sheet.box.addWidget(heading)
            self.sheet.box.addWidget(editor)
            self.sheet.box.addWidget(findings)
            self.editors[point.id] = editor
            self.headings[point.id] = heading
            self.point_findings[point.id] = findings
            bar = editor.make_toolbar(self.toolbars)
            self.toolbars.addWidget(bar)
            editor.edited.connect(lambda point_id=point.id: self._edited(point_id))
            editor.language_requested.connect(ctx.set_dossier_language)
            editor.leave.connect(lambda step, point_id=point.id: self._move_to_neighbour(point_id, step))
            editor.cursorPositionChanged.connect(lambda e=editor, b=bar: self._focus_bar(b))
            editor.installEventFilter(self)
            editor.document().documentLayout().documentSizeChanged.connect(self._geometry_changed)
        self.sheet.box.addStretch(1)
        self.desk = QWidget()
        desk_layout = QHBoxLayout(self.desk)
        desk_layout.addStretch(1)
        desk_layout.addWidget(self.sheet, 0, Qt.AlignmentFlag.AlignTop)
        desk_layout.addStretch(1)
        self.desk.setAutoFillBackground(True)
        desk_palette = self.desk.palette()
        desk_palette.setColor(QPalette.ColorRole.Window, QColor("#d9dce1"))
        self.desk.setPalette(desk_palette)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.desk)
        self.scroll.setMinimumHeight(200)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout.addWidget(self.scroll, 1)
        self.section_findings = FindingsLabel(self)
        layout.addWidget(self.section_findings)
        self.limit_sentence = QLabel(self)
        self.limit_sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_sentence.setWordWrap(True)
        self.limit_sentence.hide()
        layout.addWidget(self.limit_sentence)
        self._sheet_moved = True
        self.load()

    def _body_font(self, bold: bool = False):
        from iasante_desktop.gui.widgets.limited_editor import screen_font

        font = screen_font(self.ctx.call.typography)
        font.setBold(bold)
        return font

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == event.Type.FocusIn and isinstance(watched, SheetEditor):
            index = list(self.editors.values()).index(watched)
            self.toolbars.setCurrentIndex(index)
        return False

    def _move_to_neighbour(self, point_id: str, step: int) -> None:
        ids = list(self.editors)
        index = ids.index(point_id) + step
        if not 0 <= index < len(ids):
            return
        editor = self.editors[ids[index]]
        editor.moveCursor(QTextCursor.MoveOperation.Start if step > 0 else QTextCursor.MoveOperation.End)
        editor.setFocus()
        rect = editor.cursorRect()
        where = editor.mapTo(self.desk, rect.center())
        self.scroll.ensureVisible(where.x(), where.y(), 0, 60)

    def _focus_bar(self, bar) -> None:
        self.toolbars.setCurrentWidget(bar)

    # ---- model ------------------------------------------------------------------------------------------

    def load(self) -> None:
        for point_id, editor in self.editors.items():
            editor.set_rich(self.ctx.dossier.description_rich(point_id))
        self.refresh()

    def texts(self) -> dict[str, RichText]:
        return {point_id: editor.rich() for point_id, editor in self.editors.items()}

    def _edited(self, point_id: str) -> None:
        self.ctx.dossier.description[point_id] = self.editors[point_id].rich()
        self.ctx.edited(f"{self.section.id}.{point_id}")

    # ---- gauge and page lines ---------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = self.ctx.dossier.language
        for editor in self.editors.values():
            editor.follow_language(lang)
        if lang != self.doc_lang:
            # The headings are the dossier's, in its language (as the export prints them).
            self.doc_lang = lang
            self.sheet_title.setText(self.section.label.get(lang))
            for point in self.section.points:
                self.headings[point.id].setText("\u2013 " + point.label.get(lang))
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        limit = self.section.max_pages or 0
        pages = self.ctx.measures.pages.get(self.section.id, 0.0)
        self.lines = self._placed_lines()
        ty = self.ctx.call.typography
        usage = self.lines.usage(ty.text_height_twips, ty.line_pitch_twips, limit or 1)
        self.usage = usage
        text = usage_text(usage.full_pages, usage.last_lines, limit, usage.remaining_lines, usage.over, self.ctx.lang)
        self.gauge.set_value(pages if not usage.over else max(pages, limit + 0.001), limit, text)
        self._place_page_lines()
        for point_id in self.editors:
            self.point_findings[point_id].show_findings(
                self.ctx.findings_for(f"{self.section.id}.{point_id}"), self.ctx.lang
            )
        section_level = [f for f in self.ctx.findings if f.field == self.section.id]
        # The page-limit finding is said here with the gauge's exact figures, not the rounded "2,3 pages".
        over = [f for f in section_level if f.message_key == "limit.pages"]
        self.section_findings.show_findings([f for f in section_level if f not in over], self.ctx.lang)
        self._show_limit_sentence(bool(over) and usage.over, usage, limit)

    def _show_limit_sentence(self, shown: bool, usage, limit: int) -> None:
        if not shown:
            self.limit_sentence.hide()
            return
        text = self.tr("✖ La description dépasse sa limite : {used} pour {max} pages au maximum.").format(
            used=usage_text(usage.full_pages, usage.last_lines, limit, 0, True, self.ctx.lang).split(" / ")[0],
            max=limit,
        )
        self.limit_sentence.setText(text)
        palette = self.limit_sentence.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_color(ERROR, self.palette()))
        self.limit_sentence.setPalette(palette)
        self.limit_sentence.setAccessibleDescription(text)
        self.limit_sentence.show()

    def _placed_lines(self) -> DescriptionLines:
        engine = self.ctx.engine
        if engine is None:
            from types import SimpleNamespace

            return DescriptionLines(SimpleNamespace(blocks=()), lambda _p: RichText())
        layout = engine.description_layout(self.ctx.dossier)
        pitch = self.ctx.call.typography.line_pitch_twips
        return DescriptionLines(layout, self.ctx.dossier.description_rich, pitch)

    def _anchor_y(self, anchor: Anchor) -> int:
        """Where a line of the engine is drawn on the sheet (its top)."""
        if anchor.point_id is None or anchor.point_id not in self.editors:
            return self.sheet_title.geometry().top()
        if anchor.heading:
            return self.headings[anchor.point_id].geometry().top()
        editor = self.editors[anchor.point_id]
        position = richdoc.position_of(editor.document(), anchor.block_index, anchor.offset, anchor.part, anchor.row)
        cursor = QTextCursor(editor.document())
        cursor.setPosition(position)
        rect = editor.cursorRect(cursor)
        return editor.mapTo(self.sheet, QPoint(0, rect.top())).y()

    def page_line_positions(self) -> tuple[int | None, int | None]:
        """(y of the end of page 1, y of the limit) on the sheet; None where the text does not reach."""
        limit = self.section.max_pages or 0
        first = first_line_on_page(self.lines, 1)
        over = first_line_on_page(self.lines, limit) if limit else None
        return (
            self._anchor_y(first.anchor) if first is not None else None,
            self._anchor_y(over.anchor) if over is not None else None,
        )

    def _place_page_lines(self) -> None:
        limit = self.section.max_pages or 0
        if self._sheet_moved:
            # An editor grew or shrank: lay the sheet out now, so positions are those about to be drawn.
            self._sheet_moved = False
            height = max(self.sheet.minimumHeight(), self.sheet.layout().sizeHint().height())
            if height != self.sheet.height():
                self.sheet.resize(self.sheet.width(), height)
            self.sheet.layout().activate()
        overlay = self.sheet.overlay
        page_lines: list[tuple[int, str]] = []
        limit_line = None
        if self.lines:
            for page in range(1, self.lines.last_page() + 1):
                line = first_line_on_page(self.lines, page)
                if line is None or page == limit:
                    continue
                page_lines.append((self._anchor_y(line.anchor) - 2, self.tr("fin de la page {n}").format(n=page)))
            if limit:
                line = first_line_on_page(self.lines, limit)
                if line is not None:
                    limit_line = (
                        self._anchor_y(line.anchor) - 2,
                        self.tr("limite de {n} pages").format(n=limit),
                    )
        if (page_lines, limit_line) != (overlay.page_lines, overlay.limit):
            # Repainted only when a line moved: the overlay covers the whole sheet.
            overlay.page_lines, overlay.limit = page_lines, limit_line
            overlay.update()

    def _geometry_changed(self, *_args) -> None:
        # An editor grew or shrank: the lines below it move with it (the engine's verdict is unchanged).
        self._sheet_moved = True
        if hasattr(self, "lines"):
            self._place_page_lines()

    def _scrolled(self, *_args) -> None:
        for editor in self.editors.values():
            editor.schedule_spelling_catch_up()

    def focus_field(self, path: str) -> bool:
        if path == self.section.id:
            target = None
            if self.lines and self.section.max_pages:
                line = first_line_on_page(self.lines, self.section.max_pages)
                if line is not None and line.anchor.point_id in self.editors:
                    target = self.editors[line.anchor.point_id]
            (target or next(iter(self.editors.values()))).setFocus()
            return True
        prefix = self.section.id + "."
        if path.startswith(prefix) and path[len(prefix) :] in self.editors:
            editor = self.editors[path[len(prefix) :]]
            editor.setFocus()
            self.scroll.ensureWidgetVisible(editor, 0, 40)
            return True
        return False

