"""The budget page: the annex's table with live totals, the cap gauge and the budget rules' findings, and
what an imported Word table stated as its TOTALs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.widgets.budget_gauge import CapGauge
from iasante_desktop.gui.style import ERROR, WARNING
from iasante_desktop.gui.widgets.budget_table import BudgetTable
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.partners_tint import tint
from iasante_desktop.gui.widgets.written_totals_notice import WrittenTotalsNotice


class BudgetPage(DossierPage):
    page_id = "budget"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        budget = ctx.call.budget
        self.intro = QLabel(
            self.tr("Répartition envisagée des dépenses. Dépenses éligibles : %1. Tapez les montants comme sur papier : 2 000 ou 2 000,50 €.").replace(
                "%1", budget.eligible_text(ctx.lang)
            )
        )
        self.intro.setWordWrap(True)
        self.table = BudgetTable(ctx.call, ctx.dossier, ctx.lang)
        table_label = QLabel(self.tr("&Montants par partenaire :"))
        table_label.setBuddy(self.table)

        self.written_totals = WrittenTotalsNotice(self.table.undo_stack)
        self.written_totals.use_computed.clicked.connect(self.use_computed_totals)

        self.amount_message = QLabel()
        self.amount_message.setWordWrap(True)
        tint(self.amount_message, ERROR)
        self.amount_message.hide()
        self.amount_message.setAccessibleName(self.tr("Montants illisibles"))

        notes = [
            "⚠ " + self.tr("%1 : %2").replace("%1", row.label.get(ctx.lang)).replace("%2", row.note.get(ctx.lang))
            for row in budget.rows
            if not row.eligible and row.note is not None
        ]
        self.row_notes = QLabel("\n".join(notes))
        self.row_notes.setWordWrap(True)
        tint(self.row_notes, WARNING)
        self.row_notes.setAccessibleName(self.tr("Lignes de dépenses à vérifier"))
        self.row_notes.setVisible(bool(notes))

        self.gauge = CapGauge()
        self.findings = FindingsLabel()
        self.findings.setAccessibleName(self.tr("Problèmes relevés dans le budget"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_heading())
        layout.addWidget(self.intro)
        layout.addWidget(table_label)
        layout.addWidget(self.table)
        layout.addWidget(self.written_totals)
        layout.addWidget(self.amount_message)
        layout.addWidget(self.row_notes)
        layout.addWidget(self.gauge)
        layout.addWidget(self.findings)
        layout.addStretch(1)

        self.table.amount_edited.connect(self._amount_edited)
        self.table.unreadable_changed.connect(self._show_unreadable)
        self.table.written_totals_edited.connect(lambda: self.ctx.edited("budget"))
        self.load()

    def load(self) -> None:
        self.table.set_dossier(self.ctx.dossier)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        if self.table.dossier is not ctx.dossier:
            self.table.set_dossier(ctx.dossier)
        self.table.sync(summary=ctx.budget_summary())
        budget_findings = [f for f in ctx.findings if f.field == "budget" or ".budget" in f.field]
        self.table.show_findings(budget_findings)
        self.gauge.show_summary(ctx.budget_summary(), ctx.call)
        self.written_totals.show_totals(ctx.dossier, ctx.budget_summary())
        # Cell-level findings are on the cells; list every budget finding too so none hides in a tooltip.
        self.findings.show_findings(budget_findings, ctx.lang)
        # Once an amount sits in an ineligible row, its finding repeats the row's note: say it once.
        self.row_notes.setVisible(bool(self.row_notes.text()) and not any(f.rule == "budget.ineligible" for f in budget_findings))

    def focus_field(self, path: str) -> bool:
        if path == "budget":
            self.table.setFocus()
            return True
        if path.startswith("partners[") and ".budget" in path:
            index_text, _, rest = path[len("partners[") :].partition("]")
            row_id = rest.split(".budget", 1)[1].lstrip(".")
            try:
                partner = int(index_text)
            except ValueError:
                return False
            if not 0 <= partner < len(self.ctx.dossier.partners):
                return False
            cell = self.table.cell_of(partner, row_id) if row_id else (self.table.total_row, partner)
            if cell is None:
                return False
            self.table.setCurrentCell(*cell)
            self.table.setFocus()
            return True
        return False

    def use_computed_totals(self) -> None:
        """The button of the imported-totals notice; the table then keeps the keyboard for Ctrl+Z."""
        if self.table.use_computed_totals():
            self.table.setFocus()

    def _amount_edited(self, partner: int, row_id: str) -> None:
        self.ctx.edited(f"partners[{partner}].budget.{row_id}")

    def _show_unreadable(self) -> None:
        lang = self.ctx.lang
        labels = {row.id: row.label.get(lang) for row in self.ctx.call.budget.rows}
        lines = [
            self.tr("Partenaire %1, %2 : %3")
            .replace("%1", str(u.partner + 1))
            .replace("%2", labels[u.row_id])
            .replace("%3", u.error.message(lang))
            for u in self.table.unreadable()
        ]
        self.amount_message.setText("\n".join(lines))
        self.amount_message.setVisible(bool(lines))
