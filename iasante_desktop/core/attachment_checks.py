"""What makes attachments trustworthy for the assistant who files them: the same file is not attached to two
partners, and a CV is the CV of the partner it is filed under (its text names its own carrier more than
another partner's)."""

from __future__ import annotations

import re
import unicodedata

from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.findings import ERROR, Finding


def duplicate_findings(dossier: Dossier) -> list[Finding]:
    """An error for each file attached to two partners (same bytes), naming both partners."""
    by_size: dict[int, list] = {}
    for attachment in dossier.attachments:
        if attachment.partner is not None and attachment.data:
            by_size.setdefault(attachment.size, []).append(attachment)
    out = []
    seen: set[tuple[int, int, str]] = set()
    for group in by_size.values():
        if len(group) < 2:
            continue  # only files of equal size are hashed
        by_hash: dict[str, list] = {}
        for attachment in group:
            by_hash.setdefault(attachment.sha256, []).append(attachment)
        for same in by_hash.values():
            partners = sorted({a.partner for a in same})
            for first, second in zip(partners, partners[1:]):
                key = (first, second, same[0].sha256)
                if key in seen:
                    continue
                seen.add(key)
                names = [
                    dossier.partners[i].carrier_name.strip() if 0 <= i < len(dossier.partners) else ""
                    for i in (first, second)
                ]
                out.append(
                    Finding(
                        "attachments.duplicate",
                        ERROR,
                        "attachments",
                        "attachments.duplicate",
                        {"partner_a": first + 1, "partner_b": second + 1},
                        {
                            "filename": same[0].filename,
                            "who_a": f" ({names[0]})" if names[0] else "",
                            "who_b": f" ({names[1]})" if names[1] else "",
                        },
                    )
                )
    return out


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _surname(name: str) -> str:
    words = [w for w in re.split(r"[\s,]+", _fold(name)) if len(w) >= 3]
    return words[-1] if words else ""


def _count(text: str, word: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) if word else 0


def cv_names_other_partner(text: str, dossier: Dossier, index: int) -> tuple[str, str] | None:
    """(fr, en) when a CV's text names another partner's carrier more often than its own; None otherwise."""
    if not text.strip() or not 0 <= index < len(dossier.partners):
        return None
    folded = _fold(text)
    own = dossier.partners[index].carrier_name.strip()
    own_count = _count(folded, _surname(own))
    best = None
    for i, partner in enumerate(dossier.partners):
        if i == index or not partner.carrier_name.strip():
            continue
        surname = _surname(partner.carrier_name)
        if surname and surname == _surname(own):
            continue
        count = _count(folded, surname)
        if count > own_count and (best is None or count > best[1]):
            best = (i, count)
    if best is None:
        return None
    other = dossier.partners[best[0]].carrier_name.strip()
    who = own or f"partenaire {index + 1}"
    return (
        f"Ce CV cite {other} (partenaire {best[0] + 1}) plus souvent que {who} : est-ce le bon partenaire ?",
        f"This CV names {other} (partner {best[0] + 1}) more often than {own or f'partner {index + 1}'}: is it the right partner?",
    )
