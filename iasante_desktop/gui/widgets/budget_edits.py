"""What one edit of the budget does to the dossier, kept apart from the table so it can be undone.

A budget cell holds either an amount (Partner.budget) or, when what was typed cannot be read, that text
(Partner.unreadable_amounts): never both, and nothing typed is dropped. The TOTALs an imported Word table
stated (Partner.written_total, Dossier.written_grand_total) are only there to tell the applicant that their
table did not add up; once an amount is edited in the application, its table is the source and its totals
are computed, so those written totals are taken away (and given back by an undo).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.money import AmountError, parse_amount


@dataclass(frozen=True)
class CellState:
    amount: Decimal | None = None
    unreadable: str | None = None  # the text as typed, when it is not an amount


def cell_state(partner: Partner, row_id: str) -> CellState:
    return CellState(partner.budget.get(row_id), partner.unreadable_amounts.get(row_id))


def put_cell(partner: Partner, row_id: str, state: CellState) -> None:
    if state.amount is None:
        partner.budget.pop(row_id, None)
    else:
        partner.budget[row_id] = state.amount
    if state.unreadable is None:
        partner.unreadable_amounts.pop(row_id, None)
    else:
        partner.unreadable_amounts[row_id] = state.unreadable


def read_cell(text: str) -> CellState:
    """The state a cell takes when the user commits `text`: an amount, nothing, or the unreadable text."""
    try:
        return CellState(amount=parse_amount(text))
    except AmountError:
        return CellState(unreadable=text)


def why_unreadable(text: str) -> AmountError:
    """Why a kept text is not an amount, in a sentence. A text imported or saved as unreadable stays so even
    when this version of the reader would accept it: the applicant confirms it by typing it again."""
    try:
        parse_amount(text)
    except AmountError as error:
        return error
    return AmountError(
        text,
        f"« {text.strip()} » n'a pas été lu comme un montant : retapez-le, par exemple 2 000 ou 2 000,50 €.",
        f"“{text.strip()}” was not read as an amount: type it again, for example 2 000 or 2 000,50 €.",
    )


@dataclass
class WrittenTotals:
    """The written TOTALs taken from a dossier; partners by identity, so a reorder in between is harmless."""

    partners: list[tuple[Partner, Decimal]] = field(default_factory=list)
    grand_total: Decimal | None = None

    def __bool__(self) -> bool:
        return bool(self.partners) or self.grand_total is not None


def has_written_totals(dossier: Dossier) -> bool:
    return dossier.written_grand_total is not None or any(p.written_total is not None for p in dossier.partners)


def take_written_totals(dossier: Dossier) -> WrittenTotals:
    """Remove every written TOTAL from the dossier; what was removed, for an undo."""
    taken = WrittenTotals(
        partners=[(p, p.written_total) for p in dossier.partners if p.written_total is not None],
        grand_total=dossier.written_grand_total,
    )
    for partner, _ in taken.partners:
        partner.written_total = None
    dossier.written_grand_total = None
    return taken


def give_back_written_totals(dossier: Dossier, taken: WrittenTotals) -> None:
    """Undo take_written_totals: partners removed since then are not brought back."""
    for partner, total in taken.partners:
        if any(p is partner for p in dossier.partners):
            partner.written_total = total
    if taken.grand_total is not None:
        dossier.written_grand_total = taken.grand_total
