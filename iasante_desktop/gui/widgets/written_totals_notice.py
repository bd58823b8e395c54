"""The budget page's notice about the TOTALs an imported Word table stated.

They are kept so that an applicant whose table did not add up is told so (budget.total_mismatch), but the
export always writes the totals it computes: the notice says what the imported table stated, and its button
drops those figures. Right after they were dropped (by the button or by an amount edit), a second line says
so and offers to undo it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iasante_desktop.core.budget import BudgetSummary
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.money import format_amount
from iasante_desktop.gui.style import WARNING
from iasante_desktop.gui.widgets.budget_commands import UseComputedTotalsCommand
from iasante_desktop.gui.widgets.budget_edits import WrittenTotals
from iasante_desktop.gui.widgets.partners_tint import tint


class WrittenTotalsNotice(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Totaux du tableau importé"))
        tint(self.text, WARNING)
        self.use_computed = QPushButton(self.tr("&Utiliser les totaux calculés"), self)
        self.use_computed.setAccessibleName(self.tr("Utiliser les totaux calculés"))
        self.dropped = QLabel(self)
        self.dropped.setWordWrap(True)
        self.dropped.setAccessibleName(self.tr("Totaux importés abandonnés"))
        self.undo_button = QPushButton(self.tr("Annu&ler"), self)
        self.undo_button.setAccessibleName(self.tr("Rétablir les totaux du tableau importé"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        # The stack moves its index after a command ran (and after the page refreshed for it): follow it.
        self.undo_stack.indexChanged.connect(self._index_changed)

        first = QHBoxLayout()
        first.addWidget(self.text, 1)
        first.addWidget(self.use_computed)
        second = QHBoxLayout()
        second.addWidget(self.dropped, 1)
        second.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self._shown = ""
        self.show_totals(None, None)

    def show_totals(self, dossier: Dossier | None, summary: BudgetSummary | None) -> None:
        """What the imported table stated against what the amounts add up to; hidden when it stated nothing."""
        text = self.describe(dossier, summary) if dossier is not None and summary is not None else ""
        if text != self._shown:
            self._shown = text
            self.text.setText(text)
        self.text.setVisible(bool(text))
        self.use_computed.setVisible(bool(text))
        self._show_dropped()

    def describe(self, dossier: Dossier, summary: BudgetSummary) -> str:
        written, computed, differs = [], [], False
        for i, partner in enumerate(dossier.partners):
            if partner.written_total is None:
                continue
            where = self.tr("partenaire %1").replace("%1", str(i + 1))
            total = summary.partner_totals[i] if i < len(summary.partner_totals) else None
            written.append(f"{format_amount(partner.written_total)} ({where})")
            computed.append(f"{format_amount(total)} ({where})")
            differs = differs or total != partner.written_total
        if dossier.written_grand_total is not None:
            where = self.tr("total général")
            written.append(f"{format_amount(dossier.written_grand_total)} ({where})")
            computed.append(f"{format_amount(summary.total)} ({where})")
            differs = differs or summary.total != dossier.written_grand_total
        if not written:
            return ""
        text = (
            self.tr("Le tableau importé indiquait TOTAL %1 ; l'export écrira les totaux calculés : %2.")
            .replace("%1", ", ".join(written))
            .replace("%2", ", ".join(computed))
        )
        if differs:
            text += " " + self.tr(
                "Tant qu'ils diffèrent, l'export est bloqué : corrigez les montants ou utilisez les totaux calculés."
            )
        return text

    def _index_changed(self, _index: int) -> None:
        # A stack being destroyed empties itself and says so; by then there is nothing left to show.
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self):
            self._show_dropped()

    def _show_dropped(self) -> None:
        """The line offering to undo only while the last edit is the one that dropped the written TOTALs."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        taken = getattr(command, "taken", None)
        dropped = isinstance(taken, WrittenTotals) and bool(taken)
        if dropped:
            figures = [format_amount(total) for _, total in taken.partners]
            if taken.grand_total is not None:
                figures.append(format_amount(taken.grand_total))
            if isinstance(command, UseComputedTotalsCommand):
                text = self.tr("Les totaux calculés remplacent ceux du tableau importé (%1).")
                button, name = self.tr("Annu&ler"), self.tr("Rétablir les totaux du tableau importé")
            else:
                # The undo gives back the amount as well: the button says so.
                text = self.tr("Montant modifié : les totaux du tableau importé (%1) ne sont plus vérifiés, ils sont maintenant calculés.")
                button, name = self.tr("Annu&ler la modification"), self.tr("Annuler la modification du montant")
            self.dropped.setText(text.replace("%1", ", ".join(figures)))
            self.undo_button.setText(button)
            self.undo_button.setAccessibleName(name)
        self.dropped.setVisible(dropped)
        self.undo_button.setVisible(dropped)
        # Hidden as a whole when it has nothing to say, so it takes no room in the page's layout.
        self.setVisible(bool(self._shown) or dropped)
