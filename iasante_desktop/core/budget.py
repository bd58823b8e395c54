"""Budget arithmetic in Decimal: per-partner and per-row totals, and the cap the call allows."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.places import territory_of

ZERO = Decimal(0)


@dataclass(frozen=True)
class BudgetSummary:
    partner_totals: tuple[Decimal, ...]
    row_totals: dict[str, Decimal]
    total: Decimal
    cap: Decimal
    base_cap: Decimal
    bonus_applies: bool
    territories: tuple[str, ...]  # distinct territories of the partners whose site is known
    unplaced_partners: tuple[int, ...]  # 0-based indexes of partners with no known territory

    @property
    def remaining(self) -> Decimal:
        return self.cap - self.total


def partner_total(dossier: Dossier, index: int, call: CallSpec) -> Decimal:
    budget = dossier.partners[index].budget
    return sum((budget.get(row.id) or ZERO for row in call.budget.rows), ZERO)


def summarize(dossier: Dossier, call: CallSpec) -> BudgetSummary:
    rules = call.budget
    partner_totals = tuple(partner_total(dossier, i, call) for i in range(len(dossier.partners)))
    row_totals = {
        row.id: sum((p.budget.get(row.id) or ZERO for p in dossier.partners), ZERO) for row in rules.rows
    }
    territories: list[str] = []
    unplaced = []
    for i, partner in enumerate(dossier.partners):
        territory = territory_of(partner.site, call) if partner.site else None
        if territory is None:
            unplaced.append(i)
        elif territory not in territories:
            territories.append(territory)
    bonus = rules.bonus_condition == "distinct_territories" and len(territories) >= rules.bonus_min_territories
    return BudgetSummary(
        partner_totals=partner_totals,
        row_totals=row_totals,
        total=sum(partner_totals, ZERO),
        cap=rules.cap + (rules.bonus if bonus else ZERO),
        base_cap=rules.cap,
        bonus_applies=bonus,
        territories=tuple(territories),
        unplaced_partners=tuple(unplaced),
    )
