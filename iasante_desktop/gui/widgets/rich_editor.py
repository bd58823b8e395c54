"""The formatted-text editor of every long field: marks, lists with levels, figures and tables (in the
description), paste filtering, spelling, a toolbar and a context menu holding the same actions.

It edits a core.richtext.RichText: `rich()` reads it back, `set_rich()` loads one (gui/richdoc.py converts).

Keyboard (also listed in Aide > Raccourcis clavier):
- Ctrl+B, Ctrl+I, Ctrl+U: bold, italic, underline; Ctrl+Shift+= superscript, Ctrl+= subscript;
- "- " or "* " at the start of a paragraph starts a bulleted list, "1. " a numbered one;
- in a list, Tab and Shift+Tab change the level; in a table they go from cell to cell; elsewhere Tab (and
  Ctrl+Tab everywhere) leaves the field;
- Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo; Ctrl+Shift+V pastes plain text;
- the Menu key or Shift+F10 opens the context menu (spelling suggestions, every formatting action).

Editor shortcuts win over the window's while the editor has the focus (ShortcutOverride): Ctrl+I is italic
here, not the window's Word import.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
)
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QTextEdit,
    QToolBar,
    QWidget,
)

from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    NUMBER,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    Cell,
    Figure,
    Para,
    RichText,
    Table,
)
from iasante_desktop.gui import richdoc
from iasante_desktop.gui.richdoc import CAPTION, FIG_HEIGHT_PT, FIG_WIDTH_PT, FIGURE_BLOCK, LIST_ID

CM_PER_PT = 2.54 / 72

# name -> (shortcuts); texts come from tr() in _texts() so they follow the interface language
SHORTCUTS: dict[str, list[str]] = {
    "bold": ["Ctrl+B"],
    "italic": ["Ctrl+I"],
    "underline": ["Ctrl+U"],
    "superscript": ["Ctrl+Shift+=", "Ctrl+Shift++", "Ctrl++"],
    "subscript": ["Ctrl+="],
    "bullets": [],
    "numbers": [],
    "indent": [],
    "outdent": [],
    "figure": [],
    "table": [],
    "paste_plain": ["Ctrl+Shift+V"],
    "undo": ["Ctrl+Z"],
    "redo": ["Ctrl+Y", "Ctrl+Shift+Z"],
}
MARK_ACTIONS = {"bold": BOLD, "italic": ITALIC, "underline": UNDERLINE, "superscript": SUPERSCRIPT, "subscript": SUBSCRIPT}
TABLE_ACTIONS = ("row_above", "row_below", "column_left", "column_right", "remove_row", "remove_column", "remove_table")


class RichTextEdit(QTextEdit):
    """A QTextEdit editing a RichText. `figures`/`tables`: whether the field can hold them."""

    edited = Signal()  # the user changed the text (not emitted by set_rich)
    notice = Signal(str)  # a message for the user (an image refused, a figure left out)
    language_requested = Signal(str)  # the user chose the dossier's language ("fr"/"en") in the context menu

    def __init__(
        self,
        typography=None,
        figures: bool = False,
        tables: bool = False,
        spelling=None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.figures_allowed = figures
        self.tables_allowed = tables
        if typography is not None:
            from iasante_desktop.gui.widgets.limited_editor import screen_font

            self.setFont(screen_font(typography))
            self.document().setDefaultFont(self.font())
        space_after_pt = typography.space_after_twips / 20 if typography is not None else 0.0
        richdoc.set_screen_scale(self.document(), self.logicalDpiX() / 72.0, space_after_pt)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(True)
        self._loading = False
        self.overflow_start: int | None = None
        self.last_notice = ""
        self.actions_by_name: dict[str, QAction] = {}
        self._create_actions()
        self.width_box: QDoubleSpinBox | None = None
        self.highlighter = None
        if spelling is not None:
            from iasante_desktop.gui.spelling import SpellHighlighter

            self.highlighter = SpellHighlighter(self.document(), spelling, self.visible_document_rect)
            self.verticalScrollBar().valueChanged.connect(self.schedule_spelling_catch_up)
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setSingleShot(True)
        self._catch_up_timer.setInterval(0)
        self._catch_up_timer.timeout.connect(self.spelling_catch_up)
        self.document().contentsChanged.connect(self._contents_changed)
        # The toolbar's state follows the cursor once the events of a keystroke are handled, not per signal.
        self._actions_timer = QTimer(self)
        self._actions_timer.setSingleShot(True)
        self._actions_timer.setInterval(0)
        self._actions_timer.timeout.connect(self._update_actions)
        self.cursorPositionChanged.connect(self._actions_timer.start)
        self.currentCharFormatChanged.connect(lambda _fmt: self._actions_timer.start())

    # ---- the model --------------------------------------------------------------------------------------

    def rich(self) -> RichText:
        return richdoc.from_document(self.document())

    def set_rich(self, text: RichText) -> None:
        """Load a text (not an edit: no `edited`, the undo history starts afresh)."""
        self._loading = True
        blocked = self.blockSignals(True)
        try:
            richdoc.fill_document(self.document(), text)
            self.document().clearUndoRedoStacks()
        finally:
            self.blockSignals(blocked)
            self._loading = False
        self._update_actions()

    def plain_text(self) -> str:
        return self.rich().plain()

    def _contents_changed(self) -> None:
        if not self._loading and not self.signalsBlocked():
            self.edited.emit()

    # ---- actions ----------------------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "bold": self.tr("Gras"),
            "italic": self.tr("Italique"),
            "underline": self.tr("Souligné"),
            "superscript": self.tr("Exposant"),
            "subscript": self.tr("Indice"),
            "bullets": self.tr("Liste à puces"),
            "numbers": self.tr("Liste numérotée"),
            "indent": self.tr("Augmenter le niveau de liste"),
            "outdent": self.tr("Diminuer le niveau de liste"),
            "figure": self.tr("Insérer une figure…"),
            "table": self.tr("Insérer un tableau"),
            "paste_plain": self.tr("Coller sans mise en forme"),
            "undo": self.tr("Annuler"),
            "redo": self.tr("Rétablir"),
            "row_above": self.tr("Insérer une ligne au-dessus"),
            "row_below": self.tr("Insérer une ligne en dessous"),
            "column_left": self.tr("Insérer une colonne à gauche"),
            "column_right": self.tr("Insérer une colonne à droite"),
            "remove_row": self.tr("Supprimer la ligne"),
            "remove_column": self.tr("Supprimer la colonne"),
            "remove_table": self.tr("Supprimer le tableau"),
        }

    def _create_actions(self) -> None:
        texts = self._texts()
        slots = {
            "bullets": lambda: self.toggle_list(BULLET),
            "numbers": lambda: self.toggle_list(NUMBER),
            "indent": lambda: self.change_level(1),
            "outdent": lambda: self.change_level(-1),
            "figure": self.choose_figure,
            "table": lambda: self.insert_table(3, 3),
            "paste_plain": self.paste_plain,
            "undo": self.undo,
            "redo": self.redo,
            "row_above": lambda: self._table_op("row_above"),
            "row_below": lambda: self._table_op("row_below"),
            "column_left": lambda: self._table_op("column_left"),
            "column_right": lambda: self._table_op("column_right"),
            "remove_row": lambda: self._table_op("remove_row"),
            "remove_column": lambda: self._table_op("remove_column"),
            "remove_table": lambda: self._table_op("remove_table"),
        }
        # The buttons' faces: the first letter of the mark's name in the interface language (G, I, S / B, I, U).
        glyphs = {"bold": self.tr("G", "bold button"), "italic": self.tr("I", "italic button"),
                  "underline": self.tr("S", "underline button"), "superscript": "x²", "subscript": "x₂",
                  "bullets": "•", "numbers": "1.", "indent": "→", "outdent": "←", "figure": self.tr("Fig."), "table": "▦"}
        for name, text in texts.items():
            if name == "figure" and not self.figures_allowed:
                continue
            if (name == "table" or name in TABLE_ACTIONS) and not self.tables_allowed:
                continue
            act = QAction(text, self)
            act.setObjectName(f"action_{name}")
            keys = [QKeySequence(k) for k in SHORTCUTS.get(name, [])]
            if keys:
                act.setShortcuts(keys)
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                act.setToolTip(f"{text} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
            act.setIconText(glyphs.get(name, text))
            if name in MARK_ACTIONS:
                act.setCheckable(True)
                act.triggered.connect(lambda checked=False, mark=MARK_ACTIONS[name]: self.toggle_mark(mark))
            else:
                if name in ("bullets", "numbers"):
                    act.setCheckable(True)
                act.triggered.connect(slots[name])
            # A toolbar button took the focus: give it back, so the user types where the action applied.
            act.triggered.connect(lambda checked=False: self.setFocus(Qt.FocusReason.OtherFocusReason))
            self.addAction(act)
            self.actions_by_name[name] = act

    def action(self, name: str) -> QAction | None:
        return self.actions_by_name.get(name)

    def make_toolbar(self, parent: QWidget | None = None) -> QToolBar:
        """A small toolbar with this editor's actions; each button has an accessible name."""
        bar = QToolBar(parent)
        bar.setAccessibleName(self.tr("Mise en forme"))
        groups = [
            ["bold", "italic", "underline", "superscript", "subscript"],
            ["bullets", "numbers", "outdent", "indent"],
            ["figure", "table"],
        ]
        for group in groups:
            present = [n for n in group if n in self.actions_by_name]
            if not present:
                continue
            if bar.actions():
                bar.addSeparator()
            for name in present:
                act = self.actions_by_name[name]
                bar.addAction(act)
                button = bar.widgetForAction(act)
                if button is not None:
                    button.setAccessibleName(act.text())
                    button.setObjectName(f"button_{name}")
        from PySide6.QtWidgets import QToolButton

        for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(self.tr("Autres actions de mise en forme"))
        font = bar.font()
        for name in ("bold", "italic", "underline"):
            button = bar.widgetForAction(self.actions_by_name[name])
            f = button.font()
            f.setBold(name == "bold")
            f.setItalic(name == "italic")
            f.setUnderline(name == "underline")
            button.setFont(f)
        del font
        if self.figures_allowed:
            bar.addSeparator()
            label = QLabel(self.tr("Largeur de la figure :"), bar)
            box = QDoubleSpinBox(bar)
            box.setRange(0.5, 16.0)
            box.setSpecialValueText("–")  # no figure at the cursor
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setSuffix(" cm")
            box.setAccessibleName(self.tr("Largeur de la figure (cm)"))
            box.lineEdit().setAccessibleName(box.accessibleName())
            box.setEnabled(False)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
            box.editingFinished.connect(lambda: self.set_figure_width_cm(box.value()))
            self.width_box = box
            self._update_actions()
        return bar

    def _update_actions(self) -> None:
        if self._loading:
            return
        fmt = self.currentCharFormat()
        marks = richdoc.marks_of_format(fmt)
        for name, mark in MARK_ACTIONS.items():
            act = self.actions_by_name.get(name)
            if act is not None:
                act.setChecked(mark in marks)
        lst = self.textCursor().currentList()
        kind = None
        if lst is not None:
            kind = NUMBER if lst.format().style() not in richdoc._BULLET_STYLES else BULLET
        self.actions_by_name["bullets"].setChecked(kind == BULLET)
        self.actions_by_name["numbers"].setChecked(kind == NUMBER)
        self.actions_by_name["indent"].setEnabled(lst is not None)
        self.actions_by_name["outdent"].setEnabled(lst is not None)
        in_table = self.textCursor().currentTable() is not None
        for name in TABLE_ACTIONS:
            if name in self.actions_by_name:
                self.actions_by_name[name].setEnabled(in_table)
        if self.width_box is not None:
            image = self._figure_format()
            self.width_box.setEnabled(image is not None)
            if image is None:
                blocked = self.width_box.blockSignals(True)
                self.width_box.setValue(self.width_box.minimum())
                self.width_box.blockSignals(blocked)
            else:
                blocked = self.width_box.blockSignals(True)
                self.width_box.setValue(richdoc._scale(self.document()).pt(image[1].width()) * CM_PER_PT)
                self.width_box.blockSignals(blocked)

    # ---- marks ------------------------------------------------------------------------------------------

    def toggle_mark(self, mark: str) -> None:
        on = mark not in richdoc.marks_of_format(self.currentCharFormat())
        fmt = QTextCharFormat()
        if mark == BOLD:
            fmt.setFontWeight(700 if on else 400)
        elif mark == ITALIC:
            fmt.setFontItalic(on)
        elif mark == UNDERLINE:
            fmt.setFontUnderline(on)
        else:
            align = (
                QTextCharFormat.VerticalAlignment.AlignSuperScript
                if mark == SUPERSCRIPT
                else QTextCharFormat.VerticalAlignment.AlignSubScript
            )
            fmt.setVerticalAlignment(align if on else QTextCharFormat.VerticalAlignment.AlignNormal)
        self.mergeCurrentCharFormat(fmt)
        self._update_actions()

    # ---- lists ------------------------------------------------------------------------------------------

    def _next_list_id(self) -> int:
        ids = [int(f.toListFormat().property(LIST_ID)) for f in self.document().allFormats()
               if f.isListFormat() and f.toListFormat().hasProperty(LIST_ID)]
        return max(ids, default=0) + 1

    def _selected_blocks(self):
        cursor = self.textCursor()
        doc = self.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        out = []
        while block.isValid():
            out.append(block)
            if block == last:
                break
            block = block.next()
        return out

    def toggle_list(self, kind: str) -> None:
        """Make the selected paragraphs a list of `kind`; the same button again ends the list."""
        cursor = self.textCursor()
        lst = cursor.currentList()
        cursor.beginEditBlock()
        if lst is not None:
            current = BULLET if lst.format().style() in richdoc._BULLET_STYLES else NUMBER
            if current == kind:
                for block in self._selected_blocks():
                    self._remove_from_list(block)
            else:
                fmt = lst.format()
                new = richdoc.list_format(kind, max(0, fmt.indent() - 1), int(fmt.property(LIST_ID) or self._next_list_id()))
                lst.setFormat(new)
        else:
            cursor.createList(richdoc.list_format(kind, 0, self._next_list_id()))
        cursor.endEditBlock()
        self._update_actions()

    def _remove_from_list(self, block) -> None:
        lst = block.textList()
        if lst is None:
            return
        lst.remove(block)
        c = QTextCursor(block)
        fmt = c.blockFormat()
        fmt.setIndent(0)
        c.setBlockFormat(fmt)

    def change_level(self, delta: int) -> None:
        """Move the selected list items one level down (delta 1) or up (-1); up from level 0 ends the item."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            lst = block.textList()
            if lst is None:
                continue
            fmt = lst.format()
            level = fmt.indent() - 1 + delta
            if level < 0:
                self._remove_from_list(block)
                continue
            level = min(level, 8)
            kind = BULLET if fmt.style() in richdoc._BULLET_STYLES else NUMBER
            list_id = int(fmt.property(LIST_ID)) if fmt.hasProperty(LIST_ID) else self._next_list_id()
            target = self._neighbour_list(block, kind, level, list_id)
            if target is not None:
                target.add(block)
            else:
                QTextCursor(block).createList(richdoc.list_format(kind, level, list_id))
        cursor.endEditBlock()
        self._update_actions()

    def _neighbour_list(self, block, kind: str, level: int, list_id: int):
        """The list of the same id, kind and level among the items just before `block` (same run of items)."""
        prev = block.previous()
        while prev.isValid() and prev.textList() is not None:
            fmt = prev.textList().format()
            if int(fmt.property(LIST_ID) or -1) != list_id:
                break
            prev_kind = BULLET if fmt.style() in richdoc._BULLET_STYLES else NUMBER
            if fmt.indent() - 1 == level and prev_kind == kind:
                return prev.textList()
            prev = prev.previous()
        return None

    def _auto_list(self) -> bool:
        """"- ", "* " or "1. " typed at the start of a paragraph: a list starts (one undo step)."""
        cursor = self.textCursor()
        if cursor.hasSelection() or cursor.currentList() is not None or cursor.currentTable() is not None:
            return False
        block = cursor.block()
        before = block.text()[: cursor.positionInBlock()]
        kind = BULLET if before in ("-", "*", "•") else NUMBER if before in ("1.", "1)") else None
        if kind is None:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.createList(richdoc.list_format(kind, 0, self._next_list_id()))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self._update_actions()
        return True

    # ---- figures ----------------------------------------------------------------------------------------

    def insert_figure(self, figure: Figure) -> None:
        if not self.figures_allowed:
            self._notice(self.tr("Ce champ ne peut pas contenir de figure : l'image n'a pas été insérée."))
            return
        self.insert_rich(RichText([figure]))

    def insert_figure_bytes(self, data: bytes | None, image=None, name: str = "") -> bool:
        try:
            if data is not None:
                figure = richdoc.figure_from_file_bytes(data, name)
            else:
                figure = richdoc.figure_from_image(image, name=name)
        except richdoc.ImageRefused as exc:
            if str(exc) == "svg":
                self._notice(self.tr("Les images SVG ne peuvent pas être converties ici : exportez-la en PNG."))
            else:
                self._notice(
                    self.tr("« {name} » n'est pas une image lisible (PNG, JPEG ou SVG attendu).").format(
                        name=name or "image"
                    )
                )
            return False
        self.insert_figure(figure)
        return True

    def choose_figure(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Insérer une figure"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            with open(path, "rb") as fh:
                self.insert_figure_bytes(fh.read(), name=path.replace("\\", "/").rsplit("/", 1)[-1])

    def _figure_format(self):
        """(cursor selecting the image, its format) when the cursor is on a figure or its caption."""
        cursor = self.textCursor()
        block = cursor.block()
        if block.blockFormat().hasProperty(CAPTION):
            block = block.previous()
        if not block.isValid() or not block.blockFormat().hasProperty(FIGURE_BLOCK):
            return None
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().isImageFormat():
                c = QTextCursor(self.document())
                c.setPosition(frag.position())
                c.setPosition(frag.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                return c, frag.charFormat().toImageFormat()
            it += 1
        return None

    def set_figure_width_cm(self, width_cm: float) -> None:
        self.set_figure_width_pt(width_cm / CM_PER_PT)

    def set_figure_width_pt(self, width_pt: float) -> None:
        """Resize the figure at the cursor, keeping its aspect ratio (one undo step)."""
        found = self._figure_format()
        if found is None:
            return
        cursor, fmt = found
        width_pt = max(20.0, min(richdoc.TEXT_WIDTH_PT, width_pt))
        old_w = float(fmt.property(FIG_WIDTH_PT) or richdoc._scale(self.document()).pt(fmt.width()))
        old_h = float(fmt.property(FIG_HEIGHT_PT) or richdoc._scale(self.document()).pt(fmt.height()))
        height_pt = round(width_pt * old_h / old_w, 2) if old_w else width_pt
        scale = richdoc._scale(self.document())
        fmt.setWidth(scale.px(width_pt))
        fmt.setHeight(scale.px(height_pt))
        fmt.setProperty(FIG_WIDTH_PT, round(width_pt, 2))
        fmt.setProperty(FIG_HEIGHT_PT, height_pt)
        cursor.setCharFormat(fmt)
        self._update_actions()

    # ---- resizing a figure with the mouse: its bottom-right corner is a handle ------------------------------

    HANDLE_PX = 12

    def _figure_rect_at(self, pos: QPoint):
        """(image position, its rectangle in viewport coordinates) when `pos` is on a figure, else None."""
        if not self.figures_allowed:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        if not block.blockFormat().hasProperty(FIGURE_BLOCK):
            return None
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().isImageFormat():
                fmt = frag.charFormat().toImageFormat()
                c = QTextCursor(self.document())
                c.setPosition(frag.position())
                line = self.cursorRect(c)
                bottom = line.bottom()
                rect = QRect(round(line.left()), round(bottom - fmt.height()), round(fmt.width()), round(fmt.height()))
                return frag.position(), rect
            it += 1
        return None

    def _on_handle(self, pos: QPoint):
        found = self._figure_rect_at(pos)
        if found is None:
            return None
        _position, rect = found
        corner = rect.bottomRight()
        if abs(pos.x() - corner.x()) <= self.HANDLE_PX and abs(pos.y() - corner.y()) <= self.HANDLE_PX:
            return found
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        found = self._on_handle(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if found is not None:
            position, rect = found
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            self._resizing = (rect, event.position().toPoint())
            from PySide6.QtWidgets import QRubberBand

            self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            self._band.setGeometry(rect)
            self._band.show()
            return
        super().mousePressEvent(event)

    def _resized_rect(self, pos: QPoint) -> QRect:
        rect, start = self._resizing
        width = max(20, rect.width() + pos.x() - start.x())
        height = round(width * rect.height() / max(1, rect.width()))
        return QRect(rect.topLeft(), QSize(width, height))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        if getattr(self, "_resizing", None) is not None:
            self._band.setGeometry(self._resized_rect(pos))
            return
        if self.figures_allowed and not event.buttons():
            on = self._on_handle(pos) is not None
            self.viewport().setCursor(Qt.CursorShape.SizeFDiagCursor if on else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if getattr(self, "_resizing", None) is not None:
            rect = self._resized_rect(event.position().toPoint())
            self._resizing = None
            self._band.hide()
            self._band.deleteLater()
            self.set_figure_width_pt(richdoc._scale(self.document()).pt(rect.width()))
            return
        super().mouseReleaseEvent(event)

    def caption_cursor(self) -> QTextCursor | None:
        """A cursor at the end of the caption of the figure at the cursor."""
        found = self._figure_format()
        if found is None:
            return None
        block = self.document().findBlock(found[0].position()).next()
        if not block.blockFormat().hasProperty(CAPTION):
            return None
        c = QTextCursor(block)
        c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        return c

    # ---- tables -----------------------------------------------------------------------------------------

    def insert_table(self, rows: int = 3, columns: int = 3) -> None:
        if not self.tables_allowed:
            return
        cells = tuple(tuple(Cell((Para(),)) for _ in range(columns)) for _ in range(rows))
        before = self.textCursor().selectionStart()
        self.insert_rich(RichText([Table(cells, header_rows=1)]))
        # The cursor goes into the first cell, ready to type the header.
        for frame in self.document().rootFrame().childFrames():
            if hasattr(frame, "cellAt") and frame.firstPosition() >= before:
                self.setTextCursor(frame.cellAt(0, 0).firstCursorPosition())
                break
        self._update_actions()

    def _table_op(self, op: str) -> None:
        cursor = self.textCursor()
        table = cursor.currentTable()
        if table is None:
            return
        cell = table.cellAt(cursor)
        row, col = cell.row(), cell.column()
        cursor.beginEditBlock()
        if op == "row_above":
            table.insertRows(row, 1)
        elif op == "row_below":
            table.insertRows(row + 1, 1)
        elif op in ("column_left", "column_right"):
            table.insertColumns(col if op == "column_left" else col + 1, 1)
            self._even_columns(table)
        elif op == "remove_row":
            if table.rows() > 1:
                table.removeRows(row, 1)
            else:
                self._remove_table(table)
        elif op == "remove_column":
            if table.columns() > 1:
                table.removeColumns(col, 1)
                self._even_columns(table)
            else:
                self._remove_table(table)
        elif op == "remove_table":
            self._remove_table(table)
        cursor.endEditBlock()
        if op.startswith("remove_") and op != "remove_table" and table.rows() and table.columns():
            # Stay in the table, in the cell nearest to the one removed.
            r, c = min(row, table.rows() - 1), min(col, table.columns() - 1)
            self.setTextCursor(table.cellAt(r, c).firstCursorPosition())
        self._update_actions()

    def _next_cell(self, step: int) -> None:
        """Tab in a table goes to the next cell (a new row after the last one) and selects its content, as
        word processors do; Shift+Tab to the previous one."""
        cursor = self.textCursor()
        table = cursor.currentTable()
        cell = table.cellAt(cursor)
        index = cell.row() * table.columns() + cell.column() + step
        if index < 0:
            return
        if index >= table.rows() * table.columns():
            table.appendRows(1)
        row, column = divmod(index, table.columns())
        target = table.cellAt(row, column)
        cursor = target.firstCursorPosition()
        cursor.setPosition(target.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)  # the cell's content selected, as word processors do

    def _even_columns(self, table) -> None:
        fmt = table.format()
        cols = table.columns()
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 / cols)] * cols)
        fmt.clearProperty(richdoc.TABLE_WIDTHS)
        table.setFormat(fmt)

    def _remove_table(self, table) -> None:
        c = QTextCursor(self.document())
        c.setPosition(table.firstPosition() - 1)
        c.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        c.removeSelectedText()

    # ---- paste and drop ---------------------------------------------------------------------------------

    def insert_rich(self, text: RichText) -> None:
        """Insert a text at the cursor, as one undo step: a first paragraph joins the current one."""
        text, dropped = richdoc.restrict(text, self.figures_allowed, self.tables_allowed)
        if dropped:
            self._notice(self.tr("Ce champ ne peut pas contenir de figure : {n} image(s) laissée(s) de côté.").format(n=dropped))
        if not text.blocks:
            return
        # Fresh list ids: a pasted list never joins a list already in the text.
        base = self._next_list_id()
        blocks = []
        for b in text.blocks:
            if isinstance(b, Para) and b.list_item is not None:
                b = b._replace(list_item=b.list_item._replace(list_id=b.list_item.list_id + base))
            blocks.append(b)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block = cursor.block()
        first = blocks[0]
        rest = blocks[1:]
        in_text = bool(block.text()) or block.textList() is not None or cursor.currentTable() is not None
        if isinstance(first, Para) and in_text:
            for span in first.spans:
                cursor.insertText(span.text, richdoc.char_format(span.marks))
            richdoc.write_blocks(cursor, rest, first_new=True)
        elif isinstance(first, Table) and in_text:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            richdoc.write_blocks(cursor, blocks, first_new=True)
        else:
            richdoc.write_blocks(cursor, blocks, first_new=bool(block.text()))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._update_actions()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt API
        """Qt's copy (HTML, plain text) plus the selection as the dossier's tree, so that a copy between two
        fields keeps figures (Qt's HTML names images it alone can resolve) and list ids."""
        mime = super().createMimeDataFromSelection()
        selected = richdoc.selection_rich(self.textCursor())
        if selected is not None:
            # Added to Qt's own object, which stays Qt's: a QMimeData made here in Python and handed to the
            # clipboard was deleted twice when the application ended (a crash on quitting after a copy).
            # That object lists only Qt's formats, so the tree is read by asking for it (_tree_of).
            mime.setData(richdoc.TREE_MIME, richdoc.tree_bytes(selected))
        return mime

    @staticmethod
    def _tree_of(source: QMimeData) -> RichText | None:
        data = source.data(richdoc.TREE_MIME)
        return richdoc.tree_from_bytes(bytes(data)) if not data.isEmpty() else None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt API
        return (
            not source.data(richdoc.TREE_MIME).isEmpty()
            or bool(richdoc.mime_images(source))
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        tree = self._tree_of(source)
        if tree is not None:
            self.insert_rich(tree)
            return
        images = richdoc.mime_images(source)
        if images:
            if not self.figures_allowed:
                self._notice(self.tr("Ce champ ne peut pas contenir de figure : l'image n'a pas été insérée."))
                if not source.hasText():
                    return
            else:
                for data, image, name in images:
                    self.insert_figure_bytes(data, image, name)
                return
        if source.hasHtml():
            missing: list[str] = []
            self.insert_rich(richdoc.html_to_rich(source.html(), missing))
            if missing and self.figures_allowed:
                self._notice(
                    self.tr("{n} image(s) du texte collé n'ont pas pu être lues : collez-les une à une ou déposez leur fichier.").format(
                        n=len(missing)
                    )
                )
        elif source.hasText():
            self.insert_rich(richdoc.plain_to_rich(source.text()))

    def paste_plain(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self.textCursor().insertText(text.replace("\r\n", "\n"))

    def _notice(self, message: str) -> None:
        self.last_notice = message
        self.notice.emit(message)
        from PySide6.QtWidgets import QToolTip

        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.cursorRect().bottomLeft()), message, self)

    # ---- keys -------------------------------------------------------------------------------------------

    def _matches(self, event: QKeyEvent) -> str | None:
        """The editor action whose shortcut this key is (a dictionary look-up: asked for every key)."""
        if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return None
        return _shortcut_table().get(event.keyCombination().toCombined())

    def _name_if_offered(self, name: str | None) -> str | None:
        return name if name in self.actions_by_name else None

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            if self._name_if_offered(self._matches(event)) is not None:
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress:
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            ):
                if self.textCursor().currentList() is not None:
                    self.change_level(-1 if key == Qt.Key.Key_Backtab or mods else 1)
                    return True
                if self.textCursor().currentTable() is not None:
                    self._next_cell(-1 if key == Qt.Key.Key_Backtab or mods else 1)
                    return True
            if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ControlModifier:
                self.focusNextChild()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        name = self._name_if_offered(self._matches(event))
        if name is not None:
            self.actions_by_name[name].trigger()
            return
        key = event.key()
        if key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self._show_menu_at(self.cursorRect().bottomLeft())
            return
        if event.text() == " " and self._auto_list():
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            fmt = self.textCursor().blockFormat()
            if fmt.hasProperty(FIGURE_BLOCK) or fmt.hasProperty(CAPTION):
                # After a figure or its caption, a new plain paragraph, not another caption.
                cursor = self.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                if fmt.hasProperty(FIGURE_BLOCK) and cursor.block().next().blockFormat().hasProperty(CAPTION):
                    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(richdoc.block_format(), richdoc.char_format(()))
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)

    # ---- context menu -----------------------------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _show_menu_at(self, pos: QPoint) -> None:
        menu = self.build_context_menu(pos)
        menu.popup(self.viewport().mapToGlobal(pos))

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Spelling suggestions for the word under `pos` (viewport coordinates), then every action."""
        cursor = self.cursorForPosition(pos)
        if not self.textCursor().hasSelection():
            self.setTextCursor(cursor)
        menu = QMenu(self)
        menu.setObjectName("editor_menu")
        self._add_spelling_entries(menu, cursor.position())
        standard = self.createStandardContextMenu(pos)
        for act in standard.actions():
            act.setParent(menu)
            menu.addAction(act)
        standard.deleteLater()
        menu.addSeparator()
        for group in (
            ["bold", "italic", "underline", "superscript", "subscript"],
            ["bullets", "numbers", "indent", "outdent"],
            ["figure", "table", "paste_plain"],
        ):
            for name in group:
                if name in self.actions_by_name:
                    menu.addAction(self.actions_by_name[name])
            menu.addSeparator()
        if self.textCursor().currentTable() is not None:
            for name in TABLE_ACTIONS:
                menu.addAction(self.actions_by_name[name])
            menu.addSeparator()
        self._add_language_menu(menu)
        return menu

    def _add_spelling_entries(self, menu: QMenu, position: int) -> None:
        if self.highlighter is None or not self.highlighter.service.enabled:
            return
        found = self.highlighter.misspelt_at(position)
        if found is None:
            return
        start, length, word = found
        suggestions = self.highlighter.service.suggestions(word)
        for suggestion in suggestions:
            act = menu.addAction(suggestion)
            act.setObjectName("spelling_suggestion")
            f = act.font()
            f.setBold(True)
            act.setFont(f)
            act.triggered.connect(lambda _=False, s=suggestion: self._replace(start, length, s))
        if not suggestions:
            none = menu.addAction(self.tr("(aucune suggestion)"))
            none.setEnabled(False)
        add = menu.addAction(self.tr("Ajouter « {word} » à mon dictionnaire").format(word=word))
        add.setObjectName("spelling_add")
        add.triggered.connect(lambda: self.highlighter.service.add_word(word))
        menu.addSeparator()

    def _add_language_menu(self, menu: QMenu) -> None:
        """The dossier's language, which the spelling follows (only where a page listens)."""
        if self.highlighter is None or not self.isSignalConnected(self._language_signal()):
            return
        sub = menu.addMenu(self.tr("Langue du dossier (orthographe)"))
        sub.setObjectName("language_menu")
        current = self.highlighter.service.lang
        for code, label in (("fr", "Français"), ("en", "English")):
            act = sub.addAction(label)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setObjectName(f"language_{code}")
            act.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))

    def _language_signal(self):
        from PySide6.QtCore import QMetaMethod

        return QMetaMethod.fromSignal(self.language_requested)

    def _replace(self, start: int, length: int, text: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    # ---- page fit and overflow marks ---------------------------------------------------------------------

    def fit_text_width(self, width_twips: int) -> None:
        """Wrap at the dossier's text width (as close as screen fonts allow; the gauges never rely on it)."""
        text_px = width_twips / 20 * self.logicalDpiX() / 72.0
        chrome = 2 * self.frameWidth() + 2 * self.document().documentMargin()
        chrome += self.verticalScrollBar().sizeHint().width()
        self.setFixedWidth(round(text_px + chrome))

    def mark_overflow(self, start: int | None) -> None:
        """Tint from plain-text offset `start` to the end (the text past a limit); None clears the tint."""
        self.overflow_start = start
        if start is None:
            if self.extraSelections():
                self.setExtraSelections([])
            return
        from iasante_desktop.gui.style import overflow_background

        doc = self.document()
        length = doc.characterCount() - 1
        position = min(start, length)
        current = self.extraSelections()
        if len(current) == 1 and current[0].cursor.selectionStart() == position and current[0].cursor.selectionEnd() == length:
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(length, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(overflow_background(self.palette()))
        selection.format = fmt
        self.setExtraSelections([selection])

    def follow_language(self, lang: str) -> None:
        """Spelling in the dossier's language."""
        if self.highlighter is not None:
            self.highlighter.service.set_language(lang)

    # ---- spelling visibility ----------------------------------------------------------------------------

    def visible_document_rect(self) -> QRect | None:
        """The part of the document on screen, in document coordinates; None when nothing is."""
        if not self.isVisible():
            return None
        region = self.viewport().visibleRegion().boundingRect()
        if region.isEmpty():
            return None
        return region.translated(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def schedule_spelling_catch_up(self, *_args) -> None:
        if self.highlighter is not None and self.highlighter.pending:
            self._catch_up_timer.start()

    def spelling_catch_up(self) -> None:
        if self.highlighter is not None:
            self.highlighter.catch_up()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.figures_allowed:
            self._paint_caption_placeholders()

    def _paint_caption_placeholders(self) -> None:
        """An empty caption says what it is for, in grey, until something is typed in it."""
        doc = self.document()
        block = doc.begin()
        painter = None
        layout = doc.documentLayout()
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        while block.isValid():
            if not block.text() and block.blockFormat().hasProperty(CAPTION):
                if painter is None:
                    from PySide6.QtGui import QPainter, QPalette

                    painter = QPainter(self.viewport())
                    font = self.font()
                    font.setItalic(True)
                    painter.setFont(font)
                    painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                rect = layout.blockBoundingRect(block).translated(-dx, -dy).toRect()
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.tr("Légende de la figure (facultative)"))
            block = block.next()
        if painter is not None:
            painter.end()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.schedule_spelling_catch_up()


def field_frame(editor: RichTextEdit, parent: QWidget | None = None) -> QFrame:
    """The editor with its toolbar above it, as one framed field."""
    from PySide6.QtWidgets import QVBoxLayout

    frame = QFrame(parent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    bar = editor.make_toolbar(frame)
    layout.addWidget(bar)
    layout.addWidget(editor)
    frame.toolbar = bar  # type: ignore[attr-defined]
    return frame





_SHORTCUT_TABLE: dict[int, str] = {}


def _shortcut_table() -> dict[int, str]:
    """Key combination (as an int) -> action name, built once."""
    if not _SHORTCUT_TABLE:
        for name, keys in SHORTCUTS.items():
            for key in keys:
                sequence = QKeySequence(key)
                if sequence.count():
                    _SHORTCUT_TABLE[sequence[0].toCombined()] = name
                    # Shift+= arrives as Shift++ on most layouts, and the other way round.
        plus = QKeySequence("Ctrl+Shift++")[0].toCombined()
        _SHORTCUT_TABLE.setdefault(plus, "superscript")
    return _SHORTCUT_TABLE


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for Aide > Raccourcis clavier, in the interface language."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("RichTextEdit", text)

    return [
        ("Ctrl+B", tr("Gras")),
        ("Ctrl+I", tr("Italique")),
        ("Ctrl+U", tr("Souligné")),
        ("Ctrl+Maj+=", tr("Exposant")),
        ("Ctrl+=", tr("Indice")),
        ("- / * / 1.", tr("En début de paragraphe, suivi d'une espace : commence une liste")),
        (tr("Tab / Maj+Tab"), tr("Dans une liste : niveau suivant / précédent")),
        (tr("Tab / Maj+Tab"), tr("Dans un tableau : cellule suivante (une ligne de plus après la dernière) / précédente")),
        (tr("Tab / Ctrl+Tab"), tr("Hors d'une liste (Ctrl+Tab partout) : champ suivant")),
        (tr("Maj+Entrée"), tr("Retour à la ligne dans le paragraphe")),
        ("Ctrl+Z", tr("Annuler")),
        ("Ctrl+Y / Ctrl+Maj+Z", tr("Rétablir")),
        ("Ctrl+Maj+V", tr("Coller sans mise en forme")),
        (tr("Menu / Maj+F10"), tr("Menu contextuel : orthographe et mise en forme")),
        ("Ctrl+S", tr("Enregistrer")),
        ("Ctrl+E", tr("Exporter")),
        ("F1", tr("Cette aide")),
    ]
