"""A partner's block as a flat set of fields, compared three ways: what the dossier holds, what the partner
pack was sent with, what the partner sent back. No Word here: documents/partner_pack.py reads and writes the
pack; this module decides what changed, what conflicts, and applies what the user accepts.

A field's value is in JSON form (text, id, ISO date, amount as "1500.00", formatted text as its JSON tree)
so that the values sent can be stored in the draft and compared later. Formatted texts are compared in their
pack form (plain paragraphs with bold and italic): what a pack can carry, so an untouched CV never shows as
changed because the pack flattened its list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from iasante_desktop.core import richtext
from iasante_desktop.core.bilingual import BilingualError
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, PackRecord, Partner
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.money import format_amount
from iasante_desktop.core.richtext import BOLD, ITALIC, Para, RichText, Span

PLAIN_FIELDS = ("carrier_name", "status", "contract_end", "unit", "institution", "site", "domain", "email")
RICH_FIELDS = ("cv", "team")
BUDGET_PREFIX = "budget."

# Labels of the fields the call spec does not name (the CV and team labels come from the spec).
_LABELS = {
    "carrier_name": ("Nom du porteur", "Carrier's name"),
    "status": ("Statut du porteur", "Carrier's status"),
    "contract_end": ("Fin du contrat (post-doctorant)", "Contract end (post-doc)"),
    "unit": ("Unité de rattachement", "Host unit"),
    "institution": ("Établissement", "Institution"),
    "site": ("Site", "Site"),
    "domain": ("Domaine", "Field"),
    "email": ("Courriel", "E-mail"),
    "cv": ("Bref curriculum vitae", "Short curriculum vitae"),
    "team": ("Présentation de l'équipe", "Team presentation"),
}


class PackRefused(BilingualError):
    """A returned pack that does not belong here (another dossier, a partner that no longer exists)."""


def field_keys(call: CallSpec) -> list[str]:
    """Every field of a partner block, in the pack's order."""
    return [*PLAIN_FIELDS[:7], "email", *RICH_FIELDS, *(BUDGET_PREFIX + row.id for row in call.budget.rows)]


def field_label(key: str, call: CallSpec, lang: str = "fr") -> str:
    if key.startswith(BUDGET_PREFIX):
        row = next((r for r in call.budget.rows if r.id == key[len(BUDGET_PREFIX) :]), None)
        name = row.label.get(lang) if row else key[len(BUDGET_PREFIX) :]
        return f"Budget: {name}" if lang == "en" else f"Budget : {name}"
    if key in RICH_FIELDS:
        section = call.section_of_kind("partners")
        spec = next((f for f in section.fields if f.id == key), None) if section else None
        if spec is not None:
            return spec.label.get(lang)
    fr, en = _LABELS.get(key, (key, key))
    return en if lang == "en" else fr


def _labels(items, ids, lang: str) -> str:
    return ", ".join(i.label.get(lang) for i in items if i.id in ids)


def rule_line(key: str, call: CallSpec, lang: str = "fr") -> str:
    """The call's rule for one field of a partner block, in one line, from the call spec's data."""
    en = lang == "en"
    eli, budget = call.eligibility, call.budget
    date = call.calendar.project_end.strftime("%d/%m/%Y")
    if key == "carrier_name":
        allowed = _labels(call.statuses, eli.allowed_statuses, lang)
        return f"Project carrier in {eli.region}: {allowed}." if en else f"Porteur de projet en {eli.region} : {allowed}."
    if key == "status":
        every = ", ".join(s.label.get(lang) for s in call.statuses)
        excluded = _labels(call.statuses, eli.excluded_statuses, lang)
        if en:
            return f"Write one of: {every}. Not eligible: {excluded}."
        return f"Écrivez l'un de : {every}. Non éligible : {excluded}."
    if key == "contract_end":
        who = _labels(call.statuses, eli.contract_must_cover_project, lang)
        if en:
            return f"{who}: the contract must cover the project until {date} (DD/MM/YYYY)."
        return f"{who} : le contrat doit couvrir le projet jusqu'au {date} (JJ/MM/AAAA)."
    if key == "unit":
        return f"Laboratory or team in {eli.region}." if en else f"Laboratoire ou équipe de rattachement en {eli.region}."
    if key == "institution":
        return "The unit's parent institution." if en else "Établissement de tutelle de l'unité."
    if key == "site":
        if budget.bonus_condition == "distinct_territories" and budget.bonus > 0:
            base, raised = format_amount(budget.cap), format_amount(budget.cap + budget.bonus)
            n = budget.bonus_min_territories
            if en:
                return f"Town of the site in {eli.region}: it decides the cap, {base} or {raised} across {n} territories."
            return f"Commune du site en {eli.region} : elle décide du plafond, {base} ou {raised} entre {n} territoires."
        return f"Town of the site in {eli.region}." if en else f"Commune du site en {eli.region}."
    if key == "domain":
        every = ", ".join(d.label.get(lang) for d in call.domains)
        both = " + ".join(d.label.get(lang).split(" / ")[0] for d in call.domains if d.id in eli.coportage)
        if en:
            return f"Write one of: {every}. The project must be co-carried ({both})."
        return f"Écrivez l'un de : {every}. Le projet doit être co-porté ({both})."
    if key == "email":
        return "Where to write to you about the dossier." if en else "Adresse où vous écrire au sujet du dossier."
    if key in RICH_FIELDS:
        label = field_label(key, call, lang)
        extra = (" Send the CV as a PDF too." if en else " Joignez aussi le CV en PDF.") if key == "cv" else ""
        return f"{label}.{extra}"
    if key == "budget":
        expenses = ", ".join(budget.eligible_expenses)
        base, raised = format_amount(budget.cap), format_amount(budget.cap + budget.bonus)
        if en:
            return f"Eligible expenses: {expenses}. Project cap {base} ({raised} across territories)."
        return f"Dépenses éligibles : {expenses}. Plafond du projet {base} ({raised} entre territoires)."
    if key.startswith(BUDGET_PREFIX):
        row = next((r for r in call.budget.rows if r.id == key[len(BUDGET_PREFIX) :]), None)
        if row is None:
            return ""
        if not row.eligible and row.note:
            return row.note.get(lang).split(". ")[0] + "."
        covers = ", ".join(row.covers)
        return (f"Covers: {covers}." if en else f"Couvre : {covers}.") if covers else ""
    return ""


# ---- formatted texts in their pack form ------------------------------------------------------------------


def pack_form(text: RichText) -> RichText:
    """What a pack carries of a formatted text: its paragraphs with bold and italic (lists become plain
    paragraphs, a table its cells' paragraphs, a figure its caption)."""
    paras: list[Para] = []

    def add(spans) -> None:
        kept = tuple(Span(s.text, frozenset(s.marks) & {BOLD, ITALIC}) for s in spans)
        paras.append(Para(richtext.normalized_spans(kept)))

    for block in text.blocks:
        if isinstance(block, Para):
            add(block.spans)
        elif isinstance(block, richtext.Table):
            for row in block.rows:
                for cell in row:
                    for p in cell.paras:
                        add(p.spans)
        elif isinstance(block, richtext.Figure) and block.caption:
            add(block.caption)
    while paras and not paras[-1].text.strip():
        paras.pop()
    return RichText(paras)


def _rich_value(text: RichText) -> Any:
    return richtext.to_json(pack_form(text))


def rich_of(value: Any) -> RichText:
    return richtext.from_json(value) if value else richtext.EMPTY


# ---- values ------------------------------------------------------------------------------------------------


def partner_values(partner: Partner, call: CallSpec) -> dict[str, Any]:
    """The partner block in JSON form, keyed as field_keys()."""
    values: dict[str, Any] = {
        "carrier_name": partner.carrier_name,
        "status": partner.status,
        "contract_end": partner.contract_end.isoformat() if partner.contract_end else None,
        "unit": partner.unit,
        "institution": partner.institution,
        "site": partner.site,
        "domain": partner.domain,
        "email": partner.email,
        "cv": _rich_value(partner.cv),
        "team": _rich_value(partner.team),
    }
    for row in call.budget.rows:
        typed = partner.unreadable_amounts.get(row.id, "").strip()
        amount = partner.budget.get(row.id)
        values[BUDGET_PREFIX + row.id] = {"unreadable": typed} if typed else (None if amount is None else format(amount, "f"))
    return values


def same(a: Any, b: Any) -> bool:
    """Equal values; empty texts, None and empty formatted texts are all "nothing"."""
    return _canon(a) == _canon(b)


def _canon(value: Any) -> Any:
    if value in (None, "", {}, []):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict) and "blocks" in value:
        text = rich_of(value)
        return None if not text.plain().strip() else richtext.to_json(pack_form(text))
    return value


def display(key: str, value: Any, call: CallSpec, lang: str = "fr") -> str:
    """A value as the diff shows it."""
    if _canon(value) is None:
        return "(vide)" if lang != "en" else "(empty)"
    if key == "status":
        item = next((s for s in call.statuses if s.id == value), None)
        return item.label.get(lang) if item else str(value)
    if key == "domain":
        item = next((d for d in call.domains if d.id == value), None)
        return item.label.get(lang) if item else str(value)
    if key == "contract_end":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except (TypeError, ValueError):
            return str(value)
    if key.startswith(BUDGET_PREFIX):
        if isinstance(value, dict):
            return f"« {value.get('unreadable', '')} » ({'illisible' if lang != 'en' else 'unreadable'})"
        return format_amount(Decimal(value))
    if key in RICH_FIELDS:
        return rich_of(value).plain()
    return str(value)


def set_value(partner: Partner, key: str, value: Any) -> None:
    """Write one field's JSON value into the partner."""
    if key.startswith(BUDGET_PREFIX):
        row = key[len(BUDGET_PREFIX) :]
        partner.unreadable_amounts.pop(row, None)
        partner.budget.pop(row, None)
        if isinstance(value, dict):
            partner.unreadable_amounts[row] = str(value.get("unreadable", ""))
        elif value not in (None, ""):
            partner.budget[row] = Decimal(value)
        partner.written_total = None  # the partner's column now comes from the app's table
        return
    if key in RICH_FIELDS:
        setattr(partner, key, rich_of(value))
        return
    if key == "contract_end":
        partner.contract_end = dt.date.fromisoformat(value) if value else None
        return
    if key in ("status", "domain"):
        setattr(partner, key, value or None)
        return
    if key == "site":
        partner.site = (value or "").strip()
        partner.site_confirmed = bool(partner.site)  # the partner stated it
        return
    setattr(partner, key, value or "")


# ---- identity ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackIdentity:
    dossier_id: str
    partner_uid: str
    slot: int  # 1-based
    pack_date: str  # YYYY-MM-DD
    call_id: str = ""
    acronym: str = ""


@dataclass
class PackContent:
    """What a returned pack holds: who it is for, the fields found, and what could not be read."""

    identity: PackIdentity
    values: dict[str, Any]
    notes: list[tuple[str, str]] = field(default_factory=list)  # (fr, en)
    filename: str = ""


def locate(dossier: Dossier, identity: PackIdentity) -> int:
    """The 0-based index of the partner a pack is for; PackRefused when it is not for this dossier."""
    if identity.dossier_id != dossier.dossier_id:
        other = f" (« {identity.acronym} »)" if identity.acronym else ""
        raise PackRefused(
            f"Ce pack partenaire appartient à un autre dossier{other} : rien n'a été modifié.",
            f"This partner pack belongs to another dossier{other}: nothing was changed.",
        )
    for i, partner in enumerate(dossier.partners):
        if identity.partner_uid and partner.uid == identity.partner_uid:
            return i
    raise PackRefused(
        f"Ce pack est celui du partenaire {identity.slot}, qui n'existe plus dans ce dossier : rien n'a été modifié.",
        f"This pack is partner {identity.slot}'s, who is no longer in this dossier: nothing was changed.",
    )


def sent_record(dossier: Dossier, partner_uid: str) -> PackRecord | None:
    """The last pack written for this partner."""
    return next((r for r in reversed(dossier.packs) if r.partner_uid == partner_uid), None)


# ---- the diff ----------------------------------------------------------------------------------------------


@dataclass
class FieldChange:
    key: str
    ours: Any  # what the dossier holds now
    theirs: Any  # what the partner sent
    sent: Any = None  # what the pack was prefilled with (None when unknown)
    conflict: bool = False  # the assistant changed the field after sending the pack, and the partner too
    accept: bool = True  # take the partner's value (for a conflict: the user's choice)


def diff(dossier: Dossier, call: CallSpec, index: int, pack: PackContent) -> list[FieldChange]:
    """The fields where the partner's value differs from the dossier's, in the pack's order. A field the
    partner left as it was sent is not a change (the assistant's later edit stands). A conflict (both
    changed it) is not accepted until the user chooses."""
    partner = dossier.partners[index]
    ours = partner_values(partner, call)
    record = sent_record(dossier, partner.uid)
    base = record.sent if record else None
    changes = []
    for key in field_keys(call):
        if key not in pack.values:
            continue
        theirs = pack.values[key]
        if same(theirs, ours.get(key)):
            continue
        sent = base.get(key) if base is not None else None
        if base is not None and key in base and same(theirs, sent):
            continue  # untouched by the partner
        conflict = base is not None and key in base and not same(ours.get(key), sent)
        changes.append(FieldChange(key, ours.get(key), theirs, sent, conflict, accept=not conflict))
    return changes


def apply(dossier: Dossier, index: int, changes: list[FieldChange]) -> list[str]:
    """Write the accepted changes into partner `index`; the keys written."""
    partner = dossier.partners[index]
    done = []
    for change in changes:
        if change.accept:
            set_value(partner, change.key, change.theirs)
            done.append(change.key)
    return done


def findings_after(dossier: Dossier, call: CallSpec, index: int, changes: list[FieldChange]) -> list[Finding]:
    """The call's rules for the partner's block as it would be with every change accepted."""
    import copy

    from iasante_desktop.core.measures import Measures
    from iasante_desktop.core.rules import validate

    trial = copy.deepcopy(dossier)
    trial.attachments = []
    apply(trial, index, [FieldChange(c.key, c.ours, c.theirs, accept=True) for c in changes])
    prefix = f"partners[{index}]"
    return [
        f
        for f in validate(trial, call, Measures(), today=call.calendar.deadline)
        if f.field == prefix or f.field.startswith(prefix + ".")
    ]


def provenance(partner: Partner, filename: str, when: dt.datetime, keys: list[str], call: CallSpec) -> str:
    """The history's line for a merge: who sent what, when, in which file."""
    who = partner.carrier_name.strip() or "partenaire"
    if partner.email.strip():
        who += f" <{partner.email.strip()}>"
    names = ", ".join(field_label(k, call) for k in keys) or "aucun champ"
    return f"Reçu de {who} le {when.astimezone().strftime('%d/%m/%Y')}, fichier {filename} : {names}"
