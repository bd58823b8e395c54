"""The contract every wizard page keeps, so the window can load, refresh and navigate them alike."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iasante_desktop.gui.context import AppContext


class DossierPage(QWidget):
    """A page edits part of `ctx.dossier`. Subclasses set `page_id` and implement the four methods."""

    page_id: str = ""  # stable id: "start", "identification", "resume", ..., "review"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.events.replaced.connect(self.load)
        ctx.events.checked.connect(self.refresh)

    def title(self) -> str:
        """The page's title in the interface language (use self.tr for translation)."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill the widgets from ctx.dossier (after open, import, restore). Must not emit edits."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show fresh findings and measures (gauges, colours, marks). Called after every edit."""
        raise NotImplementedError

    def focus_field(self, path: str) -> bool:
        """Give focus to the widget editing `path` (a Finding.field); False when this page has none."""
        raise NotImplementedError
