"""What every page of the wizard shares: the call, the dossier being edited, the layout engine, the language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.measures import Measures

if TYPE_CHECKING:  # the budget and the findings load with the checker, once a dossier is open
    from iasante_desktop.core.budget import BudgetSummary
    from iasante_desktop.core.findings import Finding


class DossierEvents(QObject):
    """The model's events. Pages write user edits into `AppContext.dossier`, then call `edited()`; the
    window re-measures, re-validates and schedules the autosave, then emits `checked` to every page."""

    edited = Signal(str)  # field path that changed ("resume", "partners[1].budget.mission", "partners")
    checked = Signal()  # findings and measures are fresh
    replaced = Signal()  # a whole new dossier was loaded (open, import, restore): pages reload from it


@dataclass
class AppContext:
    call: CallSpec
    dossier: Dossier
    lang: str = "fr"
    findings: list[Finding] = field(default_factory=list)
    measures: Measures = field(default_factory=Measures)
    # The budget summary of the last check, with the findings and measures: pages read it rather than
    # summing the budget again (None until something checked the dossier).
    budget: BudgetSummary | None = None
    events: DossierEvents = field(default_factory=DossierEvents)
    # The window's layout engine (typeset.engine.LayoutEngine): pages use it for line offsets (marks) so the
    # editor marks exactly what the checker counts. None in page tests that build no engine.
    engine: Any = None
    # The open draft (drafts.Draft) when there is one: the review page reads its export records.
    draft: Any = None
    # True when the dossier's call file is missing: the dossier is shown, nothing can be changed or saved.
    read_only: bool = False

    def edited(self, path: str) -> None:
        self.events.edited.emit(path)

    def set_dossier_language(self, lang: str) -> None:
        """The dossier's language (FR or EN): its headings in the export and the spelling follow it."""
        if lang in ("fr", "en") and lang != self.dossier.language:
            self.dossier.language = lang
            self.edited("language")

    def budget_summary(self) -> BudgetSummary:
        """The checked budget summary; summed here when nothing has checked this dossier yet."""
        if self.budget is None:
            from iasante_desktop.core.budget import summarize

            return summarize(self.dossier, self.call)
        return self.budget

    def findings_for(self, prefix: str) -> list[Finding]:
        """Findings whose field is `prefix` or lies under it ("partners[0]" covers "partners[0].status")."""
        return [
            f
            for f in self.findings
            if f.field == prefix or f.field.startswith(prefix + ".") or f.field.startswith(prefix + "[")
        ]
