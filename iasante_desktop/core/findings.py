"""Findings: what is wrong or missing in a dossier, with a stable rule id, a field path and the numbers.

The sentences live in one catalogue keyed by rule id; the numbers are kept apart so that a script, the GUI
and the JSON output can each present them their own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from iasante_desktop.core.money import format_amount

ERROR = "error"
WARNING = "warning"


def _num(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
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
        "Le dossier compte {count} partenaire(s) ; l'appel en demande au moins {min}.",
        "The dossier has {count} partner(s); the call asks for at least {min}.",
    ),
    "partners.coportage": (
        "Aucun partenaire n'est un acteur « {domain_fr} » : le projet doit être co-porté par un acteur de l'IA et un acteur de la Santé.",
        "No partner is a “{domain_en}” actor: the project must be co-carried by an AI actor and a health actor.",
    ),
    "partners.domain_missing": (
        "Partenaire {partner} : indiquez son domaine (IA ou Santé) pour vérifier le co-portage.",
        "Partner {partner}: state its field (AI or health) so that co-carrying can be checked.",
    ),
    "partners.status.doctoral": (
        "Partenaire {partner} : les doctorants ne sont pas éligibles comme porteurs.",
        "Partner {partner}: doctoral students are not eligible as carriers.",
    ),
    "partners.status.contract": (
        "Partenaire {partner} : le contrat se termine le {contract_end}, avant la fin du projet le {project_end}.",
        "Partner {partner}: the contract ends on {contract_end}, before the project ends on {project_end}.",
    ),
    "partners.status_missing": (
        "Partenaire {partner} : indiquez le statut du porteur (statutaire ou post-doctorant).",
        "Partner {partner}: state the carrier's status (permanent staff or post-doc).",
    ),
    "partners.status_other": (
        "Partenaire {partner} : l'appel est réservé aux statutaires et aux post-doctorants ; vérifiez l'éligibilité.",
        "Partner {partner}: the call is reserved to permanent staff and post-docs; check eligibility.",
    ),
    "partners.contract_end_missing": (
        "Partenaire {partner} : indiquez la date de fin du contrat ; elle doit couvrir le projet jusqu'au {project_end}.",
        "Partner {partner}: state the contract's end date; it must cover the project until {project_end}.",
    ),
    "partners.site_missing": (
        "Partenaire {partner} : indiquez le site en {region}{why_fr}.",
        "Partner {partner}: state the site in {region}{why_en}.",
    ),
    "partners.site_outside": (
        "Partenaire {partner} : « {site} » n'est pas un lieu de {region} connu de l'appel ; choisissez le site le plus proche dans la liste.",
        "Partner {partner}: “{site}” is not a place of {region} the call knows; pick the nearest site from the list.",
    ),
    "partners.status_unknown": (
        "Partenaire {partner} : statut « {status} » inconnu de cet appel ; choisissez-en un dans la liste.",
        "Partner {partner}: status “{status}” is unknown to this call; pick one from the list.",
    ),
    "partners.domain_unknown": (
        "Partenaire {partner} : domaine « {domain} » inconnu de cet appel ; choisissez IA ou Santé.",
        "Partner {partner}: field “{domain}” is unknown to this call; pick AI or health.",
    ),
    "partners.carrier_missing": (
        "Partenaire {partner} : indiquez le nom du porteur.",
        "Partner {partner}: state the carrier's name.",
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
    "import.dropped_content": (
        "« {where_fr} » : le fichier Word contenait des éléments qui n'ont pas pu être importés (voir les remarques "
        "à l'import) et qui prenaient de la place sur la page : la longueur mesurée peut être trop courte, "
        "vérifiez la mise en page avant d'envoyer.",
        "“{where_en}”: the Word file held content that could not be imported (see the import notes) and took room "
        "on the page: the measured length may be short; check the layout before sending.",
    ),
    "deadline": (
        "La date limite de l'appel ({deadline}) est passée depuis {days} jour(s).",
        "The call's deadline ({deadline}) passed {days} day(s) ago.",
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
        values = {k: _display(v) for k, v in self.numbers.items()}
        values.update(self.words)
        return (en if lang == "en" else fr).format(**values)

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


def _display(value: Any) -> str:
    if isinstance(value, Decimal):
        return format_amount(value)
    return _num(value)


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
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
