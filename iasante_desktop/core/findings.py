"""Findings: what is wrong or missing in a dossier, with a stable rule id, a field path and the numbers.

The sentences live in one catalogue keyed by rule id; the numbers are kept apart so that a script, the GUI
and the JSON output can each present them their own way. Amounts, decimals and dates are written per
language when a sentence is made; "{days} {days|jour|jours}" writes a count with its singular or plural. Every word
that belongs to a call (its statuses, domains, region, places) comes from the call spec through `words`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from iasante_desktop.core.money import format_amount
from iasante_desktop.core.wording import decimal_text, long_date, with_plurals

ERROR = "error"
WARNING = "warning"


def display(value: Any, lang: str = "fr") -> str:
    """A finding's number as a sentence writes it: amounts, decimals and dates per language."""
    if isinstance(value, Decimal):
        return format_amount(value, lang=lang)
    if isinstance(value, float):
        return decimal_text(value, lang)
    if isinstance(value, dt.date):
        return long_date(value, lang)
    return str(value)


# rule family -> (French, English). Placeholders name keys of Finding.numbers / Finding.words.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("« {label_fr} » est vide : la rubrique est obligatoire.", "“{label_en}” is empty: it is required."),
    "required.partner_field": (
        "Partenaire {partner} : « {label_fr} » est vide.",
        "Partner {partner}: “{label_en}” is empty.",
    ),
    "required.budget": (
        "Le tableau budgétaire ne contient aucun montant.",
        "The budget table holds no amount.",
    ),
    "limit.lines": (
        "« {label_fr} » occupe {lines} lignes pour {max} au maximum ({over} de trop).",
        "“{label_en}” takes {lines} lines; the maximum is {max} ({over} too many).",
    ),
    "limit.pages": (
        "« {label_fr} » occupe {pages} pages pour {max} au maximum.",
        "“{label_en}” takes {pages} pages; the maximum is {max}.",
    ),
    "partners.count": (
        "Le dossier compte {count} {count|partenaire|partenaires} ; l'appel en demande au moins {min}.",
        "The dossier has {count} {count|partner|partners}; the call asks for at least {min}.",
    ),
    "partners.coportage": (
        "Aucun partenaire n'est du domaine « {domain_fr} » : le projet doit être co-porté par des partenaires des domaines {domains_fr}.",
        "No partner is in the “{domain_en}” field: the project must be carried jointly by partners of the fields {domains_en}.",
    ),
    "partners.domain_missing": (
        "Partenaire {partner} : indiquez son domaine ({domains_fr}) pour vérifier le co-portage.",
        "Partner {partner}: state its field ({domains_en}) so that joint leadership can be checked.",
    ),
    "partners.status.doctoral": (
        "Partenaire {partner} : le statut « {status_fr} » n'est pas éligible pour porter le projet.",
        "Partner {partner}: the status “{status_en}” is not eligible to lead the project.",
    ),
    "partners.status.contract": (
        "Partenaire {partner} : le contrat se termine le {contract_end}, avant la fin du projet le {project_end}.",
        "Partner {partner}: the contract ends on {contract_end}, before the project ends on {project_end}.",
    ),
    "partners.status_missing": (
        "Partenaire {partner} : indiquez le statut du porteur ({allowed_fr}).",
        "Partner {partner}: state the project lead's status ({allowed_en}).",
    ),
    "partners.status_other": (
        "Partenaire {partner} : l'appel admet les statuts {allowed_fr} ; vérifiez l'éligibilité.",
        "Partner {partner}: the call admits the statuses {allowed_en}; check eligibility.",
    ),
    "partners.contract_end_missing": (
        "Partenaire {partner} : indiquez la date de fin du contrat ; elle doit couvrir le projet jusqu'au {project_end}.",
        "Partner {partner}: state the contract's end date; it must cover the project until {project_end}.",
    ),
    "partners.site_missing": (
        "Partenaire {partner} : indiquez le site en {region}{why_fr}.",
        "Partner {partner}: state the site in {region}{why_en}.",
    ),
    "partners.site_other_region": (
        "Partenaire {partner} : « {site} » ({other_region}) est hors {region} : non éligible à cet appel, réservé aux porteurs de projet de {region}.",
        "Partner {partner}: “{site}” ({other_region}) is outside {region}: not eligible for this call, which is reserved to project leaders in {region}.",
    ),
    "partners.site_outside": (
        "Partenaire {partner} : « {site} » n'est pas un lieu de l'appel en {region} ; choisissez le site le plus proche dans la liste.",
        "Partner {partner}: “{site}” is not a place of {region} the call knows; pick the nearest site from the list.",
    ),
    "partners.status_unknown": (
        "Partenaire {partner} : statut « {status} » inconnu de cet appel ; choisissez-en un dans la liste.",
        "Partner {partner}: status “{status}” is unknown to this call; pick one from the list.",
    ),
    "partners.domain_unknown": (
        "Partenaire {partner} : domaine « {domain} » inconnu de cet appel ; choisissez parmi {domains_fr}.",
        "Partner {partner}: field “{domain}” is unknown to this call; pick one of {domains_en}.",
    ),
    "partners.carrier_missing": (
        "Partenaire {partner} : indiquez le nom du porteur.",
        "Partner {partner}: state the project lead's name.",
    ),
    "budget.cap": (
        "Le budget total ({total}) dépasse le plafond de {cap}{why_fr}.",
        "The total budget ({total}) exceeds the cap of {cap}{why_en}.",
    ),
    "budget.unreadable": (
        "Partenaire {partner}, « {row_fr} » : « {text} » n'est pas un montant lisible ; corrigez-le (par exemple 2 000 ou 2 000,50).",
        "Partner {partner}, “{row_en}”: “{text}” is not a readable amount; fix it (for example 2 000 or 2 000,50).",
    ),
    "budget.total_mismatch": (
        "{where_fr} : le TOTAL écrit ({written}) n'est pas la somme des montants ({computed}).",
        "{where_en}: the written TOTAL ({written}) is not the sum of the amounts ({computed}).",
    ),
    "budget.negative": (
        "Partenaire {partner}, « {row_fr} » : montant négatif ({amount}).",
        "Partner {partner}, “{row_en}”: negative amount ({amount}).",
    ),
    "budget.ineligible": (
        "Partenaire {partner}, « {row_fr} » ({amount}) : {note_fr}",
        "Partner {partner}, “{row_en}” ({amount}): {note_en}",
    ),
    "naming.acronym": (
        "L'acronyme « {acronym} » ne peut pas former le nom de fichier imposé : {why_fr}.",
        "The acronym “{acronym}” cannot make the required file name: {why_en}.",
    ),
    "attachments.duplicate": (
        "« {filename} » est joint au partenaire {partner_a}{who_a} et au partenaire {partner_b}{who_b} : le même fichier ne peut pas être le CV de deux partenaires.",
        "“{filename}” is attached to partner {partner_a}{who_a} and to partner {partner_b}{who_b}: one file cannot be two partners' CV.",
    ),
    "import.dropped_content": (
        "« {where_fr} » : le fichier Word contenait des éléments qui n'ont pas pu être importés (voir les remarques "
        "à l'import) et qui prenaient de la place sur la page : la longueur mesurée peut être trop courte, "
        "vérifiez la mise en page avant d'envoyer.",
        "“{where_en}”: the Word file held content that could not be imported (see the import notes) and took room "
        "on the page: the measured length may be short; check the layout before sending.",
    ),
    "deadline": (
        "La date limite de l'appel ({deadline}) est passée depuis {days} {days|jour|jours}.",
        "The call's deadline ({deadline}) passed {days} {days|day|days} ago.",
    ),
}


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id, e.g. "limit.resume_lines"
    severity: str  # ERROR blocks the final export, WARNING informs
    field: str  # path of the field at fault: "resume", "partners[1].status", "budget"
    message_key: str  # key into MESSAGES
    numbers: dict[str, Any] = field(default_factory=dict)  # the figures involved, JSON-ready
    words: dict[str, str] = field(default_factory=dict)  # labels and other words for the sentence

    def message(self, lang: str = "fr") -> str:
        fr, en = MESSAGES[self.message_key]
        values: dict[str, Any] = {k: display(v, lang) for k, v in self.numbers.items()}
        values.update(self.words)
        text = with_plurals(en if lang == "en" else fr, self.numbers, lang)
        return text.format(**values)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self, lang: str = "fr") -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "field": self.field,
            "message": self.message(lang),
            "message_fr": self.message("fr"),
            "message_en": self.message("en"),
            "numbers": {k: _json(v) for k, v in self.numbers.items()},
        }


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class HasFindings:
    """For results that carry `findings`: the errors, which block an export, and the warnings."""

    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_error]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then in the order of the dossier (the validator emits them in section order)."""
    return sorted(findings, key=lambda f: 0 if f.is_error else 1)
