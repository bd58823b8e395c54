"""The contract every wizard page keeps, so the window can load, refresh and navigate them alike."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.registry import page_title


class DossierPage(QWidget):
    """A page edits part of `ctx.dossier`. Subclasses set `page_id` and implement load, refresh and
    focus_field; the title comes from the page registry."""

    page_id: str = ""  # stable id: "start", "identification", "resume", ..., "review"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        # The window shows one page at a time and sets this: a hidden page then skips the refresh after each
        # edit (a keystroke must not repaint eight pages) and catches up once when it is shown. A page on its
        # own (tests, dialogs) refreshes on every check.
        self.refresh_only_when_shown = False
        self.stale = False
        ctx.events.replaced.connect(self.load)
        ctx.events.checked.connect(self._model_checked)

    def detach(self) -> None:
        """Stop following the model (the window is about to drop this page)."""
        for signal, slot in ((self.ctx.events.replaced, self.load), (self.ctx.events.checked, self._model_checked)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _model_checked(self) -> None:
        # isVisibleTo(window): the page the window has on show, whether or not the window is on screen yet.
        if self.refresh_only_when_shown and not self.isVisibleTo(self.window()):
            self.stale = True
            return
        self.stale = False
        self.refresh()

    def shown(self) -> None:
        """The window put this page on screen: catch up on the edits made while it was hidden.

        Called by the window rather than done in showEvent: a Python showEvent makes PySide6 build the
        QEvent classes (≈ 2.5 ms) while the first page is being shown."""
        if self.stale:
            self.stale = False
            self.refresh()

    def title(self) -> str:
        """The page's title in the interface language, as the page list shows it."""
        return page_title(self.page_id, self.ctx.call, self.ctx.lang)

    def title_heading(self) -> QLabel:
        """The page's title as the heading every page starts with."""
        import html  # here, not at the top: the start page has no heading of this kind

        return QLabel(f"<h2>{html.escape(self.title())}</h2>", self)

    def load(self) -> None:
        """Fill the widgets from ctx.dossier (after open, import, restore). Must not emit edits."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show fresh findings and measures (gauges, colours, marks). Called after every edit the page can
        see (see refresh_only_when_shown) and from load()."""
        raise NotImplementedError

    def focus_field(self, path: str) -> bool:
        """Give focus to the widget editing `path` (a Finding.field); False when this page has none."""
        raise NotImplementedError
