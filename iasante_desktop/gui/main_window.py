"""The main window: page list with status icons, stacked pages, Previous/Next, menus, drafts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# QtCore.Qt, message boxes and file dialogs are looked up where used, never at start-up (gui/qt_values.py).
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.deadline import days_past_close
from iasante_desktop.core.dossier import new_dossier
from iasante_desktop.gui import settings
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.page_map import LazyPages
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.pages.registry import available_pages, page_class, page_for_field, page_title
from iasante_desktop.gui.qt_values import ACCESSIBLE_TEXT_ROLE, USER_ROLE
from iasante_desktop.gui.session import FAILED, PENDING, SAVING, DossierSession
from iasante_desktop.gui.style import EMPTY, ERROR, OK, WARNING, icon, status_icon
from iasante_desktop.gui.translation import install_language
from iasante_desktop.gui.widgets.page_list import PAGE_ROLE, PageList

if TYPE_CHECKING:  # a close event is only ever received: importing the class would build QEvent at start-up
    from PySide6.QtGui import QCloseEvent

APP_TITLE = "iasante-desktop"
SHOWN_ROLE = USER_ROLE + 1  # what a page list item last showed: status, enabled, text


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, call: CallSpec, lang: str = "fr", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = AppContext(call=call, dossier=new_dossier(call), lang=lang)
        self.session = DossierSession(self.ctx, self)
        self.session.state_changed.connect(self._update_title)
        self.session.save_failed.connect(self._save_failed)
        self.ctx.events.checked.connect(self._update_statuses)
        self.ctx.events.replaced.connect(self._dossier_replaced)
        self.message_box: QtWidgets.QMessageBox | None = None  # the last message shown (non-blocking), for tests too
        self.pages: LazyPages | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 600))

        self.page_list = PageList(self)
        self.page_list.setIconSize(QSize(16, 16))
        self.page_list.setFixedWidth(250)
        self.stack = QStackedWidget(self)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.save_state = QLabel(self)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.page_list)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.save_state)

        self.page_list.currentRowChanged.connect(self._show_row)
        self.prev_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        QApplication.instance().focusChanged.connect(self._update_edit_actions)

        self._create_actions()
        self._retranslate()
        self._build_pages()
        self.session.check()
        self.resize(1280, 860)

    # ---- actions and menus ---------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        def action(slot, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
            act = QAction(self)
            # setShortcuts takes a standard key (every binding the platform has for it) or a list; setShortcut
            # would make PySide6 build the Qt namespace while resolving its overloads.
            if isinstance(shortcut, str):
                act.setShortcuts([QKeySequence(shortcut)])
            elif shortcut is not None:
                act.setShortcuts(shortcut)
            act.triggered.connect(slot)
            return act

        self.act_new = action(self.new_dossier, QKeySequence.StandardKey.New)
        self.act_open = action(self._choose_and_open, QKeySequence.StandardKey.Open)
        self.act_import = action(self._choose_and_import, "Ctrl+I")
        self.act_save = action(self.save_checkpoint, QKeySequence.StandardKey.Save)
        self.act_save_as = action(self._choose_and_save_as, QKeySequence.StandardKey.SaveAs)
        self.act_history = action(self.show_history, "Ctrl+H")
        self.act_export = action(self.show_export, "Ctrl+E")
        self.act_quit = action(self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = action(lambda: self._edit_command("undo"), QKeySequence.StandardKey.Undo)
        self.act_redo = action(lambda: self._edit_command("redo"), QKeySequence.StandardKey.Redo)
        self.act_french = action(lambda: self.set_language("fr"))
        self.act_english = action(lambda: self.set_language("en"))
        group = QActionGroup(self)
        for act in (self.act_french, self.act_english):
            act.setCheckable(True)
            group.addAction(act)
        (self.act_english if self.ctx.lang == "en" else self.act_french).setChecked(True)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.act_import)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_save, self.act_save_as, self.act_history])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.language_menu = bar.addMenu("Langue / Language")
        self.language_menu.addActions([self.act_french, self.act_english])

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.recent_menu.setTitle(self.tr("Ré&cents"))
        self.edit_menu.setTitle(self.tr("&Édition"))
        self.act_new.setText(self.tr("&Nouveau"))
        self.act_open.setText(self.tr("&Ouvrir…"))
        self.act_import.setText(self.tr("&Importer un fichier Word…"))
        self.act_save.setText(self.tr("&Enregistrer"))
        self.act_save_as.setText(self.tr("Enregistrer &sous…"))
        self.act_history.setText(self.tr("&Historique des versions…"))
        self.act_export.setText(self.tr("E&xporter…"))
        self.act_quit.setText(self.tr("&Quitter"))
        self.act_undo.setText(self.tr("&Annuler"))
        self.act_redo.setText(self.tr("&Rétablir"))
        self.act_french.setText("&Français")
        self.act_english.setText("&English")
        self.prev_button.setText(self.tr("< &Précédent"))
        self.next_button.setText(self.tr("&Suivant >"))
        self.prev_button.setAccessibleName(self.tr("Page précédente"))
        self.next_button.setAccessibleName(self.tr("Page suivante"))
        self.page_list.setAccessibleName(self.tr("Rubriques du dossier"))
        self.stack.setAccessibleName(self.tr("Rubrique affichée"))
        self.save_state.setAccessibleName(self.tr("État de l'enregistrement"))
        self._update_title()

    def _fill_recent_menu(self) -> None:
        from iasante_desktop.drafts import recent_drafts

        self.recent_menu.clear()
        paths = recent_drafts()
        if not paths:
            empty = self.recent_menu.addAction(self.tr("(aucun brouillon récent)"))
            empty.setEnabled(False)
        for index, path in enumerate(paths[:10], start=1):
            act = self.recent_menu.addAction(f"&{index % 10} {path.name}")
            act.setToolTip(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    def _edit_command(self, command: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, command):
            getattr(widget, command)()

    def _update_edit_actions(self, _old=None, new=None) -> None:
        editable = new is not None and hasattr(new, "undo") and hasattr(new, "redo")
        self.act_undo.setEnabled(editable)
        self.act_redo.setEnabled(editable)

    # ---- pages ---------------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """(Re)create the page list and one empty slot per page; pages are built when first shown."""
        current = self.current_page_id()
        if isinstance(self.pages, LazyPages):
            for page in self.pages.built().values():
                # A page being replaced must stop listening to the model right away.
                page.detach()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.page_list.blockSignals(True)
        self.page_list.clear()
        ids = available_pages()
        self.pages = LazyPages(ids, self._make_page)
        for page_id in ids:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.stack.addWidget(scroll)
            self.page_list.add_page(page_id, page_title(page_id, self.ctx.call, self.ctx.lang))
        self.page_list.blockSignals(False)
        self._update_statuses()
        self.show_page(current if current in self.pages else "start")

    def _make_page(self, page_id: str) -> DossierPage:
        cls = page_class(page_id)
        if cls is None:
            raise KeyError(page_id)
        if page_id == "start":
            from iasante_desktop.drafts import recent_drafts

            page = cls(self.ctx, recent=recent_drafts)
            page.new_requested.connect(self.new_dossier)
            page.open_requested.connect(self._choose_and_open)
            page.import_requested.connect(self._choose_and_import)
            page.recent_chosen.connect(self.open_path)
        else:
            page = cls(self.ctx)
        if page_id == "review":
            page.go_to.connect(self.go_to_field)
        page.refresh_only_when_shown = True
        self.stack.widget(self.pages.index(page_id)).setWidget(page)
        return page

    def page_ids(self) -> list[str]:
        return list(self.pages)

    def current_page_id(self) -> str | None:
        item = self.page_list.currentItem()
        return item.data(PAGE_ROLE) if item is not None else None

    def show_page(self, page_id: str) -> None:
        ids = self.page_ids()
        if page_id in ids:
            self.page_list.setCurrentRow(ids.index(page_id))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self.page_ids()[row]]  # built on first show
        self.stack.setCurrentIndex(row)
        page.shown()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.page_list.count() - 1)

    def go_previous(self) -> None:
        self.page_list.setCurrentRow(max(0, self.page_list.currentRow() - 1))

    def go_next(self) -> None:
        # Never blocked: a draft may be incomplete. From the start page with nothing open, "next" begins one.
        if self.ctx.draft is None and self.current_page_id() == "start":
            self.new_dossier()
            return
        self.page_list.setCurrentRow(min(self.page_list.count() - 1, self.page_list.currentRow() + 1))

    def go_to_field(self, field: str) -> bool:
        """Show the page editing `field` and give that field the keyboard focus."""
        page_id = page_for_field(field, self.ctx.call)
        page = self.pages.get(page_id)
        if page is None:
            return False
        self.show_page(page_id)
        found = page.focus_field(field)
        focused = QApplication.focusWidget()
        scroll = self.stack.currentWidget()
        if found and isinstance(scroll, QScrollArea) and focused is not None and page.isAncestorOf(focused):
            scroll.ensureWidgetVisible(focused)
        return found

    def _update_statuses(self) -> None:
        worst: dict[str, str] = {}
        for finding in self.ctx.findings:
            page_id = page_for_field(finding.field, self.ctx.call)
            status = ERROR if finding.is_error else WARNING
            if worst.get(page_id) != ERROR:
                worst[page_id] = status
        overall = ERROR if ERROR in worst.values() else (WARNING if worst else OK)
        open_dossier = self.ctx.draft is not None
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            page_id = item.data(PAGE_ROLE)
            if open_dossier:
                status = overall if page_id == "review" else worst.get(page_id, OK)
            elif page_id == "start":  # the call's deadline concerns whoever opens the app, dossier or not
                status = WARNING if days_past_close(self.ctx.call.calendar) else OK
            else:
                status = EMPTY
            enabled = open_dossier or page_id == "start"
            # Called after every keystroke: an item is touched only when what it shows changed.
            shown = f"{status}|{enabled}|{item.text()}"
            if item.data(SHOWN_ROLE) == shown:
                continue
            item.setData(shown, SHOWN_ROLE)
            item.setIcon(status_icon(status))
            label = {
                OK: self.tr("complet"),
                WARNING: self.tr("avertissements"),
                ERROR: self.tr("erreurs"),
                EMPTY: self.tr("aucun dossier ouvert"),
            }[status]
            item.setData(f"{item.text()} — {label}", ACCESSIBLE_TEXT_ROLE)
            item.setEnabled(enabled)
            item.setToolTip(label)
        self._update_title()

    # ---- dossiers and drafts -------------------------------------------------------------------------------

    def new_dossier(self) -> bool:
        from iasante_desktop.drafts import Draft, DraftError

        dossier = new_dossier(self.ctx.call)
        try:
            draft = Draft.create(None, dossier)
        except DraftError as exc:
            self.show_error(self.tr("Nouveau dossier impossible"), exc.message(self.ctx.lang))
            return False
        self.session.attach(draft, dossier)
        self.show_page("identification")
        return True

    def open_path(self, path: Path) -> bool:
        """Open a draft or import a Word file; every refusal becomes a message, never a traceback."""
        path = Path(path)
        if path.suffix.lower() == ".docx":
            return self.import_word(path)
        from iasante_desktop.drafts import Draft, DraftError, DraftLockedError

        if self.ctx.draft is not None and Path(self.ctx.draft.path).resolve() == path.resolve():
            self.show_page("identification")
            return True
        try:
            draft = Draft.open(path)
        except DraftLockedError as exc:
            self.show_error(self.tr("Brouillon déjà ouvert"), exc.message(self.ctx.lang))
            return False
        except DraftError as exc:
            self._offer_recovery(path, exc)
            return False
        except OSError as exc:
            self.show_error(self.tr("Ouverture impossible"), f"{path}: {exc.strerror or exc}")
            return False
        try:
            dossier = draft.load()
        except DraftError as exc:
            draft.close()
            self._offer_recovery(path, exc)
            return False
        self.session.attach(draft, dossier)
        self.show_page("identification")
        return True

    def _offer_recovery(self, path: Path, error) -> None:
        """A damaged draft: say so and, when a saved version is still readable, offer to open it."""
        versions = list(getattr(error, "recoverable", []) or [])
        if not versions:
            self.show_error(self.tr("Brouillon illisible"), error.message(self.ctx.lang))
            return
        best = max(versions, key=lambda v: v.saved_at)
        when = best.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = error.message(self.ctx.lang) + "\n\n" + self.tr(
            "La dernière version lisible date du {when}. L'ouvrir ?"
        ).format(when=when)
        self.ask(
            self.tr("Brouillon endommagé"),
            text,
            self.tr("Ouvrir la dernière version lisible"),
            lambda: self._open_recovering(path, best.id),
        )

    def _open_recovering(self, path: Path, version_id: int) -> None:
        from iasante_desktop.drafts import Draft, DraftError

        try:
            draft = Draft.open_recovering(path, version_id)
            dossier = draft.load()
        except DraftError as exc:
            self.show_error(self.tr("Récupération impossible"), exc.message(self.ctx.lang))
            return
        self.session.attach(draft, dossier)
        self.show_page("identification")

    def import_word(self, path: Path) -> bool:
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.documents.word_import import import_docx
        from iasante_desktop.drafts import Draft, DraftError

        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            result = import_docx(Path(path), self.ctx.call)
        except DocumentError as exc:
            self.show_error(self.tr("Import impossible"), exc.message(self.ctx.lang))
            return False
        except OSError as exc:
            self.show_error(self.tr("Import impossible"), f"{Path(path).name}: {exc.strerror or exc}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        try:
            draft = Draft.create(None, result.dossier)
        except DraftError as exc:
            self.show_error(self.tr("Import impossible"), exc.message(self.ctx.lang))
            return False
        self.session.attach(draft, result.dossier)
        self.show_page("identification")
        notes = [note.message(self.ctx.lang) if hasattr(note, "message") else str(note) for note in result.notes]
        if notes:
            self.show_info(
                self.tr("Import terminé"),
                self.tr("Le fichier {name} a été importé. Points à vérifier :").format(name=Path(path).name)
                + "\n\n• "
                + "\n• ".join(notes),
            )
        return True

    def save_checkpoint(self) -> None:
        if self.ctx.draft is None:
            return
        if self.session.checkpoint():
            self.statusBar().showMessage(self.tr("Version enregistrée dans l'historique."), 4000)

    def save_as(self, path: Path) -> bool:
        from iasante_desktop.drafts import DRAFT_SUFFIX, DraftError

        if self.ctx.draft is None:
            return False
        path = Path(path)
        if path.suffix != DRAFT_SUFFIX:
            path = path.with_name(path.name + DRAFT_SUFFIX)
        if not self.session.save_now(reason="save"):
            return False
        try:
            self.ctx.draft.save_as(path)
        except DraftError as exc:
            self.show_error(self.tr("Enregistrement impossible"), exc.message(self.ctx.lang))
            return False
        except OSError as exc:
            self.show_error(self.tr("Enregistrement impossible"), f"{path}: {exc.strerror or exc}")
            return False
        self._update_title()
        self.pages["start"].refresh()
        return True

    def show_history(self):
        from iasante_desktop.gui.dialogs.history import HistoryDialog

        if self.ctx.draft is None:
            return None
        self.session.save_now()
        dialog = HistoryDialog(self.ctx.draft, self.ctx.lang, self)
        dialog.restored.connect(self.session.replace_dossier)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_export(self) -> None:
        if "review" in self.pages:
            self.show_page("review")
            self.pages["review"].export_button.setFocus()

    def _choose_and_open(self) -> None:
        from iasante_desktop.drafts import DRAFT_SUFFIX

        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir un brouillon"),
            "",
            self.tr("Brouillons (*{suffix});;Fichiers Word (*.docx)").format(suffix=DRAFT_SUFFIX),
        )
        if path:
            self.open_path(Path(path))

    def _choose_and_import(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Importer un fichier Word"), "", self.tr("Fichiers Word (*.docx)")
        )
        if path:
            self.import_word(Path(path))

    def _choose_and_save_as(self) -> None:
        from iasante_desktop.core.naming import file_stem
        from iasante_desktop.drafts import DRAFT_SUFFIX

        if self.ctx.draft is None:
            return
        stem = file_stem(self.ctx.dossier.acronym, self.ctx.call) or "dossier"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer une copie portable"),
            stem + DRAFT_SUFFIX,
            self.tr("Brouillons (*{suffix})").format(suffix=DRAFT_SUFFIX),
        )
        if path:
            self.save_as(Path(path))

    def _dossier_replaced(self) -> None:
        self._update_statuses()
        self._update_title()

    # ---- language ------------------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.ctx.lang:
            return
        settings.set_language(lang)
        install_language(lang)
        self.ctx.lang = lang
        (self.act_english if lang == "en" else self.act_french).setChecked(True)
        self._retranslate()
        # Pages take their labels from the call spec and tr() when built: rebuilding them is the one way
        # every label, placeholder and accessible name follows the language.
        self._build_pages()
        self.session.check()
        self.language_changed.emit(lang)

    # ---- title, messages, closing --------------------------------------------------------------------------

    def _update_title(self, *_args) -> None:
        draft = self.ctx.draft
        if draft is None:
            self.setWindowTitle(APP_TITLE)
            self.save_state.clear()
            return
        name = self.ctx.dossier.acronym.strip() or Path(draft.path).name
        state = {
            PENDING: self.tr("modifié"),
            SAVING: self.tr("enregistrement…"),
            FAILED: self.tr("non enregistré"),
        }.get(self.session.state, self.tr("enregistré"))
        self.setWindowTitle(f"{name} — {APP_TITLE} — {state}")
        self.save_state.setText(state)

    def _save_failed(self, message: str) -> None:
        self.show_error(self.tr("Enregistrement impossible"), message)

    def _message(self, kind: QtWidgets.QMessageBox.Icon, title: str, text: str) -> QtWidgets.QMessageBox:
        # Window-modal and non-blocking: the event loop keeps running (autosave, tests).
        box = QtWidgets.QMessageBox(kind, title, text, QtWidgets.QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        return box

    def show_error(self, title: str, text: str) -> QtWidgets.QMessageBox:
        box = self._message(QtWidgets.QMessageBox.Icon.Warning, title, text)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def show_info(self, title: str, text: str) -> QtWidgets.QMessageBox:
        box = self._message(QtWidgets.QMessageBox.Icon.Information, title, text)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def ask(self, title: str, text: str, accept_text: str, on_accept) -> QtWidgets.QMessageBox:
        box = self._message(QtWidgets.QMessageBox.Icon.Question, title, text)
        yes = box.addButton(accept_text, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: on_accept() if button is yes else None)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.session.close()
        event.accept()
