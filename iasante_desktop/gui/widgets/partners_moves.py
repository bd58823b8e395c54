"""Adding, removing and reordering partners without breaking what points at them.

A partner's budget (its amounts, the text of its unreadable cells and the TOTAL its imported column stated)
lives inside its Partner object, so it travels with the partner. CV attachments point
at partners by 0-based index (Attachment.partner); every structural change re-numbers them here, in one
place, so the attachments page and the exported PDF never pair a CV with the wrong partner.
"""

from __future__ import annotations

from iasante_desktop.core.dossier import Attachment, Dossier, Partner


def add_partner(dossier: Dossier) -> int:
    """Append an empty partner; its index."""
    dossier.partners.append(Partner())
    return len(dossier.partners) - 1


def cv_of(dossier: Dossier, index: int) -> Attachment | None:
    return next((a for a in dossier.attachments if a.kind == "cv" and a.partner == index), None)


def remove_partner(dossier: Dossier, index: int) -> list[Attachment]:
    """Remove partner `index` with its budget; its CV goes too (a CV without its partner means nothing).
    Later partners' CVs shift down by one. Returns the attachments removed."""
    if not 0 <= index < len(dossier.partners):
        raise IndexError(index)
    gone = dossier.partners[index]
    if any(v is not None for v in gone.budget.values()) or any(t.strip() for t in gone.unreadable_amounts.values()):
        # The imported table's grand TOTAL counted this partner's amounts: it no longer describes the
        # dossier, whose total is now computed from the application's table.
        dossier.written_grand_total = None
    del dossier.partners[index]
    removed = [a for a in dossier.attachments if a.partner == index]
    kept = []
    for attachment in dossier.attachments:
        if attachment.partner == index:
            continue
        if attachment.partner is not None and attachment.partner > index:
            attachment.partner -= 1
        kept.append(attachment)
    dossier.attachments[:] = kept
    return removed


def move_partner(dossier: Dossier, index: int, new_index: int) -> None:
    """Move partner `index` to `new_index`, keeping each CV attached to its partner."""
    count = len(dossier.partners)
    if not (0 <= index < count and 0 <= new_index < count):
        raise IndexError((index, new_index))
    if index == new_index:
        return
    order = list(range(count))
    order.insert(new_index, order.pop(index))
    # order[k] is the old index of the partner now at k
    new_position = {old: new for new, old in enumerate(order)}
    dossier.partners[:] = [dossier.partners[old] for old in order]
    for attachment in dossier.attachments:
        if attachment.partner is not None and attachment.partner in new_position:
            attachment.partner = new_position[attachment.partner]


def index_of(dossier: Dossier, partner: Partner) -> int | None:
    """The current index of this very Partner object (identity, not equality: two empty partners are equal)."""
    return next((i for i, p in enumerate(dossier.partners) if p is partner), None)
