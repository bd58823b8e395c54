"""The budget cap as the applicant sees it: a gauge "12 500 € / 20 000 €" and the sentence saying why the
cap is what it is. The figures come from core.budget.summarize; nothing here decides a rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from iasante_desktop.core.budget import BudgetSummary
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.money import format_amount


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def cap_explanation(summary: BudgetSummary, call: CallSpec) -> str:
    """Why the cap is 15 000 € or 20 000 €, and what would change it, in the interface language."""
    rules = call.budget
    base = format_amount(summary.base_cap)
    bonus = format_amount(rules.bonus)
    if rules.bonus <= 0 or rules.bonus_condition == "none":
        text = _fill(QCoreApplication.translate("BudgetCap", "Plafond : %1."), format_amount(summary.cap))
    elif summary.bonus_applies:
        text = _fill(
            QCoreApplication.translate("BudgetCap", "Plafond : %1 de base + %2 car les partenaires sont dans %3 territoires (%4)."),
            base,
            bonus,
            len(summary.territories),
            ", ".join(summary.territories),
        )
    elif len(summary.territories) == 1:
        text = _fill(
            QCoreApplication.translate("BudgetCap", "Plafond : %1. Tous les partenaires sont dans un seul territoire, %2 : + %3 si un partenaire est dans un autre territoire de la région %4."),
            base,
            summary.territories[0],
            bonus,
            call.eligibility.region,
        )
    else:
        text = _fill(
            QCoreApplication.translate("BudgetCap", "Plafond : %1. Indiquez le site de chaque partenaire : + %2 si les partenaires sont dans au moins %3 territoires de la région %4."),
            base,
            bonus,
            rules.bonus_min_territories,
            call.eligibility.region,
        )
    if summary.unplaced_partners and summary.territories:
        numbers = ", ".join(str(i + 1) for i in summary.unplaced_partners)
        if len(summary.unplaced_partners) == 1:
            sentence = QCoreApplication.translate("BudgetCap", "Site inconnu pour le partenaire %1.")
        else:
            sentence = QCoreApplication.translate("BudgetCap", "Site inconnu pour les partenaires %1.")
        text += " " + _fill(sentence, numbers)
    return text


def territories_text(summary: BudgetSummary) -> str:
    """'Territoires : Haute-Garonne, Hérault → plafond 20 000 €' for the partners page."""
    if not summary.territories:
        return _fill(QCoreApplication.translate("BudgetCap", "Territoires : aucun site connu → plafond %1"), format_amount(summary.cap))
    return _fill(
        QCoreApplication.translate("BudgetCap", "Territoires : %1 → plafond %2"), ", ".join(summary.territories), format_amount(summary.cap)
    )


class CapGauge(QWidget):
    """How much of the cap the budget uses; turns red past the cap."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Budget total par rapport au plafond"))
        self.bar.setTextVisible(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Explication du plafond"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.explanation)

    def show_summary(self, summary: BudgetSummary, call: CallSpec) -> None:
        # Asked after every keystroke; re-applying the style sheet re-polishes the bar, so only on a change.
        shown = getattr(self, "_shown", None)
        if shown is not None and shown[1] is call and shown[0] == summary:
            return
        self._shown = (summary, call)
        # Whole euros fit an int range; the bar stops at the cap and the text tells how far beyond.
        cap = max(int(summary.cap), 1)
        total = int(summary.total) if summary.total > 0 else 0
        self.bar.setRange(0, cap)
        self.bar.setValue(min(total, cap))
        label = f"{format_amount(summary.total)} / {format_amount(summary.cap)}"
        self.bar.setFormat(label.replace("%", "%%"))
        over = summary.total > summary.cap
        self.bar.setStyleSheet("QProgressBar::chunk { background-color: #c62828; }" if over else "")
        if over:
            tail = _fill(self.tr("Dépassement de %1."), format_amount(summary.total - summary.cap))
        else:
            tail = _fill(self.tr("Reste %1."), format_amount(summary.remaining))
        self.explanation.setText(cap_explanation(summary, call) + " " + tail)
        self.bar.setAccessibleDescription(label + " — " + self.explanation.text())

    def text(self) -> str:
        return self.bar.format()
