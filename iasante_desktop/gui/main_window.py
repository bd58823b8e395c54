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
from iasante_desktop.gui.page_map import LazyPages, page_class
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.pages.registry import available_pages, page_for_field, page_title
from iasante_desktop.gui.qt_values import ACCESSIBLE_TEXT_ROLE, USER_ROLE
from iasante_desktop.gui.session import FAILED, PENDING, SAVING, DossierSession
from iasante_desktop.gui.style import EMPTY, ERROR, OK, WARNING, icon, status_icon
from iasante_desktop.gui.translation import install_language
from iasante_desktop.gui.widgets.page_list import PAGE_ROLE, PageList

if TYPE_CHECKING:  # a close event is only ever received: importing the class would build QEvent at start-up
    from PySide6.QtGui import QCloseEvent

APP_TITLE = "iasante-desktop"
CALL_SUFFIX = ".toml"


class ReadOnlyDraft:
    """Stands for a draft whose call file is missing: the dossier is shown, nothing is written to the file
    (which is not even kept open), and no export is recorded."""

    read_only = True

    def __init__(self, path: Path, call_id: str):
        self.path = Path(path)
        self.call_id = call_id

    def save(self, dossier, reason: str = "autosave") -> None:
        return None

    def checkpoint(self, label: str = "", dossier=None):
        return None

    def record_export(self, *args, **kwargs):
        return None

    def name_after_acronym(self, acronym: str) -> bool:
        return False

    def versions(self) -> list:
        return []

    def exports(self) -> list:
        return []

    def close(self) -> None:
        return None


def freeze(page: QWidget) -> None:
    """Make a page show its dossier without letting anything be changed."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    for child in page.findChildren(QWidget):
        child.setAcceptDrops(False)
        if isinstance(child, (QLineEdit, QTextEdit, QPlainTextEdit)):
            child.setReadOnly(True)
        elif isinstance(child, (QAbstractButton, QComboBox, QAbstractSpinBox)):
            child.setEnabled(False)
        elif isinstance(child, QAbstractItemView):
            child.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def redo_shortcuts(platform_keys) -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Y (the Windows habit) and Ctrl+Shift+Z (GNOME's and macOS's),
    whichever the platform left out: GNOME binds only Ctrl+Shift+Z, Windows only Ctrl+Y."""
    keys = list(platform_keys)  # compared as text: QKeySequence(QKeySequence) would build the Qt namespace
    known = {k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys}
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if extra not in known:
            keys.append(QKeySequence(extra))
    return keys
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
        self.dialog: QtWidgets.QDialog | None = None  # the last calls dialog opened, for tests too
        self._chosen_call: CallSpec | None = None  # the call the start page chose for the next new dossier
        self.pages: LazyPages | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 600))
        self.setAcceptDrops(True)  # a call file (.toml) dropped on the window is installed
        self.read_only_label = QLabel(self)

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
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.save_state)
        self.read_only_label.hide()

        self.page_list.currentRowChanged.connect(self._show_row)
        self.prev_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        QApplication.instance().focusChanged.connect(self._update_edit_actions)

        self._create_actions()
        self._retranslate()
        self._build_pages()
        self.session.check()
        self.resize(1280, 860)
        self.setAcceptDrops(True)  # a returned partner pack (and its PDFs) dropped anywhere on the window

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
        self.act_install_call = action(self._choose_and_install_call)
        self.act_derive_call = action(self.show_derive_call)
        self.act_change_call = action(self.show_change_call)
        self.act_redo.setShortcuts(redo_shortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)))
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
        self.calls_menu = bar.addMenu("")
        self.calls_menu.addActions([self.act_install_call, self.act_derive_call])
        self.calls_menu.addSeparator()
        self.calls_menu.addAction(self.act_change_call)
        self.language_menu = bar.addMenu("Langue / Language")
        self.language_menu.addActions([self.act_french, self.act_english])
        self.act_shortcuts = action(self.show_shortcuts, "F1")
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_shortcuts)

    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.recent_menu.setTitle(self.tr("Ré&cents"))
        self.edit_menu.setTitle(self.tr("&Édition"))
        self.help_menu.setTitle(self.tr("Ai&de"))
        self.act_shortcuts.setText(self.tr("&Raccourcis clavier"))
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
        self.calls_menu.setTitle(self.tr("App&els"))
        self.act_install_call.setText(self.tr("&Installer un fichier d'appel…"))
        self.act_derive_call.setText(self.tr("&Dériver l'appel suivant…"))
        self.act_change_call.setText(self.tr("&Changer d'appel…"))
        self.read_only_label.setText(self.tr("Lecture seule"))
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
            page.install_call_requested.connect(self._choose_and_install_call)
            page.derive_call_requested.connect(self.show_derive_call)
            if self._chosen_call is not None:
                page.load_calls(select=self._chosen_call.id)
            page.call_chosen.connect(self._remember_chosen_call)
        else:
            page = cls(self.ctx)
            if self.ctx.read_only:
                freeze(page)
        if page_id == "review":
            page.go_to.connect(self.go_to_field)
        page.refresh_only_when_shown = True
        scroll = self.stack.widget(self.pages.index(page_id))
        if getattr(page, "fills_viewport", False):
            # The page scrolls its own content (the description's sheet) and keeps its gauge in view.
            scroll.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
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
                status = WARNING if days_past_close(self.chosen_call().calendar) else OK
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

    def _remember_chosen_call(self, spec: CallSpec) -> None:
        self._chosen_call = spec
        self._update_statuses()

    def chosen_call(self) -> CallSpec:
        """The call of the next new dossier: the one chosen on the start page, else the window's."""
        return self._chosen_call or self.ctx.call

    def _use_call(self, call: CallSpec, read_only: bool = False) -> bool:
        """Make `call` the window's call; True when the pages must be rebuilt for it."""
        changed = call.id != self.ctx.call.id or call.path != self.ctx.call.path or read_only != self.ctx.read_only
        self.ctx.call = call
        self.ctx.read_only = read_only
        if changed:
            self.ctx.engine = None
        self.read_only_label.setVisible(read_only)
        self.act_history.setEnabled(not read_only)
        self.act_save_as.setEnabled(not read_only)
        return changed

    def new_dossier(self, call: CallSpec | None = None) -> bool:
        from iasante_desktop.drafts import Draft, DraftError

        call = call or self.chosen_call()
        dossier = new_dossier(call)
        try:
            draft = Draft.create(None, dossier)
        except DraftError as exc:
            self.show_error(self.tr("Nouveau dossier impossible"), exc.message(self.ctx.lang))
            return False
        rebuild = self._use_call(call)
        self.session.attach(draft, dossier)
        if rebuild:
            self._build_pages()
        self.show_page("identification")
        return True

    def open_path(self, path: Path) -> bool:
        """Open a draft or import a Word file; every refusal becomes a message, never a traceback."""
        path = Path(path)
        if path.suffix.lower() == ".docx":
            return bool(self.open_word_file(path))
        from iasante_desktop.drafts import DraftError, DraftLockedError
        from iasante_desktop.loading import open_draft

        if self.ctx.draft is not None and Path(self.ctx.draft.path).resolve() == path.resolve():
            self.show_page("identification")
            return True
        try:
            draft, dossier = open_draft(path)
        except DraftLockedError as exc:
            self.show_error(self.tr("Brouillon déjà ouvert"), exc.message(self.ctx.lang))
            return False
        except DraftError as exc:
            self._offer_recovery(path, exc)
            return False
        except OSError as exc:
            self.show_error(self.tr("Ouverture impossible"), f"{path}: {exc.strerror or exc}")
            return False
        call, problem = self._call_of(dossier.call_id)
        if call is None:
            draft.close()
            return self._open_read_only(path, dossier, problem)
        rebuild = self._use_call(call)
        self.session.attach(draft, dossier)
        if rebuild:
            self._build_pages()
        self.show_page("identification")
        return True

    def _call_of(self, call_id: str) -> tuple[CallSpec | None, str]:
        """The call a dossier records, or None and why it cannot be had."""
        if call_id == self.ctx.call.id and not self.ctx.read_only:
            return self.ctx.call, ""
        from iasante_desktop.calls import CallSpecError, find_call

        try:
            found = find_call(call_id)
        except CallSpecError as exc:
            return None, self.tr("Son fichier d'appel ne peut pas être lu : {why}").format(why=exc)
        if found is None:
            return None, self.tr("Son fichier d'appel est introuvable sur cet ordinateur.")
        return found, ""

    def _open_read_only(self, path: Path, dossier, problem: str) -> bool:
        """Show a dossier whose call is missing, under the window's call, without changing anything."""
        shown = self.chosen_call()
        self._use_call(shown, read_only=True)
        self.session.attach(ReadOnlyDraft(path, dossier.call_id), dossier)
        self._build_pages()
        self.show_page("identification")
        self.show_info(
            self.tr("Dossier en lecture seule"),
            self.tr(
                "Ce dossier a été écrit pour l'appel « {call} ». {problem}\n\n"
                "Il s'ouvre en lecture seule, présenté selon l'appel « {shown} » : rien n'y sera modifié ni "
                "enregistré. Pour le modifier, installez le fichier de son appel (Appels > Installer un fichier "
                "d'appel…) puis rouvrez-le, ou faites-le passer à un autre appel (Appels > Changer d'appel…)."
            ).format(call=dossier.call_id, problem=problem, shown=shown.name.get(self.ctx.lang)),
        )
        return True

    # ---- calls ---------------------------------------------------------------------------------------------

    def _calls_changed(self, select: str | None = None) -> None:
        """The known calls changed (installed, derived): the start page lists them again."""
        if self.pages is not None and "start" in self.pages.built():
            self.pages["start"].load_calls(select=select)

    def install_call(self, path: Path, replace: bool = False) -> CallSpec | None:
        """Install a call file; a refusal is one clear message, and nothing is installed."""
        from iasante_desktop.calls import install
        from iasante_desktop.core.callfile import CallExistsError
        from iasante_desktop.core.callspec import CallSpecError

        path = Path(path)
        try:
            spec = install(path, replace=replace)
        except CallExistsError as exc:
            self.ask(
                self.tr("Appel déjà installé"),
                self.tr("{why}\n\nRemplacer l'appel installé par ce fichier ?").format(why=exc),
                self.tr("Remplacer"),
                lambda: self.install_call(path, replace=True),
            )
            return None
        except CallSpecError as exc:
            self.show_error(
                self.tr("Appel refusé"),
                self.tr("Ce fichier n'est pas un appel utilisable ; rien n'est installé.") + "\n\n" + str(exc),
            )
            return None
        self._calls_changed(select=spec.id)
        self.show_info(
            self.tr("Appel installé"),
            self.tr("L'appel « {name} » est installé (date limite : {deadline}). Il est choisi pour le prochain nouveau dossier.\n\n{path}").format(
                name=spec.name.get(self.ctx.lang), deadline=f"{spec.calendar.deadline:%d/%m/%Y}", path=spec.path
            ),
        )
        return spec

    def _choose_and_install_call(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Installer un fichier d'appel"), "", self.tr("Fichiers d'appel (*.toml)")
        )
        if path:
            self.install_call(Path(path))

    def _known_specs(self) -> list[CallSpec]:
        from iasante_desktop.calls import all_calls

        specs = [entry.spec for entry in all_calls()[0]]
        if all(s.id != self.ctx.call.id for s in specs):
            specs.append(self.ctx.call)
        return specs

    def show_derive_call(self):
        from iasante_desktop.gui.dialogs.derive_call import DeriveCallDialog

        source = self.ctx.call if self.ctx.draft is not None and not self.ctx.read_only else self.chosen_call()
        dialog = DeriveCallDialog(self._known_specs(), source, self.ctx.lang, self)
        dialog.created.connect(self._call_derived)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _call_derived(self, spec: CallSpec) -> None:
        self._chosen_call = spec
        self._calls_changed(select=spec.id)
        self.statusBar().showMessage(
            self.tr("Appel « {name} » créé et installé : {path}").format(name=spec.name.get(self.ctx.lang), path=spec.path), 8000
        )

    def show_change_call(self):
        from iasante_desktop.gui.dialogs.change_call import ChangeCallDialog

        if self.ctx.draft is None:
            self.show_info(self.tr("Changer d'appel"), self.tr("Ouvrez d'abord un dossier."))
            return None
        current = None if self.ctx.read_only else self.ctx.call
        dialog = ChangeCallDialog(
            self.ctx.dossier,
            current,
            self._known_specs(),
            self.ctx.lang,
            self,
            current_findings=None if self.ctx.read_only else list(self.ctx.findings),
        )
        dialog.chosen.connect(self.change_call)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def change_call(self, new: CallSpec) -> bool:
        """Move the open dossier to `new`: every word kept, re-checked, and noted in the draft's history."""
        from iasante_desktop.core.callmove import history_label, move_to_call
        from iasante_desktop.drafts import Draft, DraftError

        if self.ctx.draft is None:
            return False
        was_read_only = self.ctx.read_only
        if was_read_only:
            try:
                draft = Draft.open(self.ctx.draft.path)
                dossier = draft.load()
            except DraftError as exc:
                self.show_error(self.tr("Changement d'appel impossible"), exc.message(self.ctx.lang))
                return False
        else:
            if not self.session.save_now(reason="save"):
                return False
            draft, dossier = self.ctx.draft, self.ctx.dossier
        old_id = dossier.call_id
        move_to_call(dossier, new)
        try:
            draft.checkpoint(history_label(old_id, new), dossier=dossier)
        except DraftError as exc:
            dossier.call_id = old_id
            if was_read_only:
                draft.close()
            self.show_error(self.tr("Changement d'appel impossible"), exc.message(self.ctx.lang))
            return False
        self._use_call(new)
        if was_read_only:
            self.session.attach(draft, dossier)
        else:
            self.session.replace_dossier(dossier)
        self._build_pages()
        errors = sum(1 for f in self.ctx.findings if f.is_error)
        self.statusBar().showMessage(
            self.tr("Dossier passé à l'appel « {name} » : {errors} erreur(s). Noté dans l'historique.").format(
                name=new.name.get(self.ctx.lang), errors=errors
            ),
            8000,
        )
        return True

    @staticmethod
    def _dropped_calls(mime) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(CALL_SUFFIX)]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A call file (.toml) to install, or a Word file (a dossier, a partner's pack) with its PDFs."""
        if self._dropped_calls(event.mimeData()) or self._dropped_words(event.mimeData())[0]:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        calls = self._dropped_calls(event.mimeData())
        words, pdfs = self._dropped_words(event.mimeData())
        if not calls and not words:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in calls:
            self.install_call(path)
        if words:
            self.drop_files(words, pdfs)

    @staticmethod
    def _dropped_words(mime) -> tuple[list[Path], list[Path]]:
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        words = [p for p in paths if p.suffix.lower() == ".docx"]
        return words, [p for p in paths if p.suffix.lower() == ".pdf"]

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
        call, problem = self._call_of(dossier.call_id)
        if call is None:
            draft.close()
            self._open_read_only(path, dossier, problem)
            return
        rebuild = self._use_call(call)
        self.session.attach(draft, dossier)
        if rebuild:
            self._build_pages()
        self.show_page("identification")

    # ---- partner packs -------------------------------------------------------------------------------------

    def merge_pack(self, path: Path, pdfs=()):
        """Open the diff dialog of a returned partner pack; None when refused (one line, French then English)
        or when the file is not a pack."""
        from iasante_desktop.gui.pack_merging import NOT_A_PACK, start_pack_merge

        if self.ctx.draft is None:
            return None
        dialog = start_pack_merge(self.ctx, self, Path(path), pdfs, self.show_error)
        return None if dialog == NOT_A_PACK else dialog

    def open_word_file(self, path: Path, pdfs=()):
        """A Word file opened or dropped: a returned pack merges into the open dossier; anything else is
        imported as a dossier."""
        from iasante_desktop.gui.pack_merging import NOT_A_PACK, start_pack_merge

        if self.ctx.draft is not None:
            dialog = start_pack_merge(self.ctx, self, Path(path), pdfs, self.show_error)
            if dialog != NOT_A_PACK:
                return dialog
            dialog = self.merge_word(Path(path))
            if dialog is not None:
                return dialog
        elif self.open_pack(Path(path)):
            return True
        return self.import_word(Path(path))

    def open_pack(self, path: Path) -> bool:
        """A partner who has the app opens their pack: a draft with their block at its slot, under the pack's
        identities, so the pack they write back from the Partenaires page is recognised. False when the
        file is not a pack."""
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.drafts import Draft, DraftError
        from iasante_desktop.partner_packs import dossier_from_pack

        try:
            dossier = dossier_from_pack(Path(path), self.ctx.call)
        except (DocumentError, OSError):
            return False
        try:
            draft = Draft.create(None, dossier)
        except DraftError as exc:
            self.show_error(self.tr("Ouverture impossible"), exc.message(self.ctx.lang))
            return True
        self.session.attach(draft, dossier)
        self.show_page("partners")
        self.pages["partners"].list.setCurrentRow(len(dossier.partners) - 1)
        return True

    def merge_word(self, path: Path):
        """The open dossier's own Word file again (same acronym): the diff dialog rather than a second
        dossier; attachments stay. None when the file is another project's (or unreadable: the import says why)."""
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.gui.dialogs.pack_merge import PackMergeDialog
        from iasante_desktop.word_merging import prepare_word_merge, same_project

        try:
            plan = prepare_word_merge(self.ctx.dossier, self.ctx.call, Path(path))
        except (DocumentError, OSError):
            return None
        if not same_project(self.ctx.dossier, plan):
            return None
        dialog = PackMergeDialog(self.ctx, plan, (), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


    def drop_files(self, words, pdfs=()):
        """Dropped files: the first Word file with the PDFs dropped with it (they attach to the pack's partner)."""
        return self.open_word_file(Path(words[0]), pdfs)

    def import_word(self, path: Path) -> bool:
        from iasante_desktop.drafts import Draft, DraftError
        from iasante_desktop.loading import InputError, read_word

        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            call = self.chosen_call()
            result = read_word(Path(path), call)
        except InputError as exc:
            self.show_error(self.tr("Import impossible"), exc.message(self.ctx.lang))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        try:
            draft = Draft.create(None, result.dossier)
        except DraftError as exc:
            self.show_error(self.tr("Import impossible"), exc.message(self.ctx.lang))
            return False
        rebuild = self._use_call(call)
        self.session.attach(draft, result.dossier)
        if rebuild:
            self._build_pages()
        self.show_page("identification")
        lang = self.ctx.lang
        notes = [en if lang == "en" else fr for fr, en in result.notes]
        # What the import left out while it took room on the page: the measured length may be short.
        notes += [finding.message(lang) for finding in result.findings]
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

        if self.ctx.draft is None or self.ctx.read_only:
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

        if self.ctx.draft is None or self.ctx.read_only:
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
            self.open_word_file(Path(path))

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
        if self.ctx.read_only:
            self.setWindowTitle(f"{name} — {APP_TITLE} — {self.tr('lecture seule')}")
            self.save_state.setText(self.tr("lecture seule"))
            return
        state = {
            PENDING: self.tr("modifié"),
            SAVING: self.tr("enregistrement…"),
            FAILED: self.tr("non enregistré"),
        }.get(self.session.state, self.tr("enregistré"))
        # The platform appends the application's display name itself ("… — iasante-desktop"): not twice.
        self.setWindowTitle(f"{name} — {state}")
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

    def show_shortcuts(self) -> QtWidgets.QMessageBox:
        """Aide > Raccourcis clavier: the editors' and the window's keys."""
        from iasante_desktop.gui.widgets.rich_editor import shortcut_rows

        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in shortcut_rows())
        box = self.show_info(self.tr("Raccourcis clavier"), f"<table cellspacing=4>{rows}</table>")
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
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
