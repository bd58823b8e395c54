"""The partners board: per partner, when their pack was sent and came back, and what is still missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier

# What the board tracks, in its order: (key, French, English)
MISSING_ITEMS = (
    ("cv_pdf", "CV en PDF", "CV as a PDF"),
    ("status", "statut", "status"),
    ("site", "site", "site"),
    ("budget", "colonne du budget", "budget column"),
    ("letter", "lettre", "letter"),
)


@dataclass
class BoardRow:
    index: int  # 0-based
    name: str
    email: str
    sent_at: dt.datetime | None = None
    received_at: dt.datetime | None = None
    missing: list[str] = field(default_factory=list)  # keys of MISSING_ITEMS

    def missing_text(self, lang: str = "fr") -> str:
        names = {key: (en if lang == "en" else fr) for key, fr, en in MISSING_ITEMS}
        return ", ".join(names[k] for k in self.missing)


def _when(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def missing_for(dossier: Dossier, index: int) -> list[str]:
    partner = dossier.partners[index]
    out = []
    if not any(a.kind == "cv" and a.partner == index for a in dossier.attachments):
        out.append("cv_pdf")
    if partner.status is None:
        out.append("status")
    if not partner.site.strip():
        out.append("site")
    if not any(v is not None for v in partner.budget.values()) and not any(t.strip() for t in partner.unreadable_amounts.values()):
        out.append("budget")
    if not any(a.kind == "letter" and a.partner == index for a in dossier.attachments):
        out.append("letter")
    return out


def board(dossier: Dossier, call: CallSpec) -> list[BoardRow]:
    rows = []
    for i, partner in enumerate(dossier.partners):
        records = [r for r in dossier.packs if r.partner_uid == partner.uid]
        sent = max((_when(r.sent_at) for r in records if _when(r.sent_at)), default=None)
        received = max((_when(r.received_at) for r in records if _when(r.received_at)), default=None)
        rows.append(BoardRow(i, partner.carrier_name.strip(), partner.email.strip(), sent, received, missing_for(dossier, i)))
    return rows
