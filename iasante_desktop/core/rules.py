"""validate(dossier, call, measures): every rule of the call applied to a dossier, as findings.

The rules are fixed kinds (required, line limit, page limit, partners, budget, naming, calendar); the
numbers and labels they apply come from the call spec. What a dossier does not say is a warning asking
for it, never an error: a Word file has no field for a status or a domain.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from iasante_desktop.core.budget import summarize
from iasante_desktop.core import deadline
from iasante_desktop.core.callspec import CallSpec, Section
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.findings import ERROR, WARNING, Finding
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.money import format_amount
from iasante_desktop.core.naming import acronym_problem
from iasante_desktop.core.places import find_outside_place, find_place

ZERO = Decimal(0)


def _label(section: Section) -> dict[str, str]:
    return {"label_fr": section.label.fr, "label_en": section.label.en}


def _joined(labels: list, lang: str) -> str:
    """« Statutaire » ou « Post-doctorant » / “Permanent staff” or “Post-doc”: the call's own words."""
    words = [f"« {label.fr} »" if lang != "en" else f"“{label.en}”" for label in labels]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {'ou' if lang != 'en' else 'or'} {words[-1]}"


def _call_words(call: CallSpec) -> dict[str, str]:
    """The call's statuses and domains as sentences name them."""
    allowed = [s.label for s in call.statuses if s.id in call.eligibility.allowed_statuses]
    domains = [d.label for d in call.domains]
    return {
        "allowed_fr": _joined(allowed, "fr"),
        "allowed_en": _joined(allowed, "en"),
        "domains_fr": _joined(domains, "fr"),
        "domains_en": _joined(domains, "en"),
    }


def _sections(dossier: Dossier, call: CallSpec, measures: Measures) -> list[Finding]:
    out: list[Finding] = []
    for section in call.sections:
        if section.kind in ("text", "lines"):
            if section.required and not dossier.text_field(section.id).strip():
                out.append(Finding(f"required.{section.id}", ERROR, section.id, "required", words=_label(section)))
            elif section.kind == "lines" and section.max_lines is not None:
                lines = measures.lines.get(section.id)
                if lines is not None and lines > section.max_lines:
                    out.append(
                        Finding(
                            f"limit.{section.id}_lines",
                            ERROR,
                            section.id,
                            "limit.lines",
                            {"lines": lines, "max": section.max_lines, "over": lines - section.max_lines},
                            _label(section),
                        )
                    )
        elif section.kind == "keywords":
            if section.required and not any(k.strip() for k in dossier.keywords):
                out.append(Finding(f"required.{section.id}", ERROR, section.id, "required", words=_label(section)))
        elif section.kind == "pages":
            for point in section.points:
                if section.required and not dossier.description_text(point.id).strip():
                    out.append(
                        Finding(
                            f"required.{section.id}.{point.id}",
                            ERROR,
                            f"{section.id}.{point.id}",
                            "required",
                            words={"label_fr": point.label.fr, "label_en": point.label.en},
                        )
                    )
            pages = measures.pages.get(section.id)
            if section.max_pages is not None and pages is not None and pages > section.max_pages:
                out.append(
                    Finding(
                        f"limit.{section.id}_pages",
                        ERROR,
                        section.id,
                        "limit.pages",
                        {"pages": round(pages, 2), "max": section.max_pages},
                        _label(section),
                    )
                )
        elif section.kind == "partners":
            out.extend(_partners(dossier, call, section))
        elif section.kind == "budget":
            out.extend(_budget(dossier, call))
    return out


def _partners(dossier: Dossier, call: CallSpec, section: Section) -> list[Finding]:
    out: list[Finding] = []
    count = len(dossier.partners)
    if section.min_count and count < section.min_count:
        out.append(Finding("partners.count", ERROR, "partners", "partners.count", {"count": count, "min": section.min_count}))
    eli = call.eligibility
    project_end = call.calendar.project_end
    status_ids = {s.id for s in call.statuses}
    domain_ids = {d.id for d in call.domains}
    site_words = {"region": eli.region, **_site_matters(call)}
    call_words = _call_words(call)
    for i, partner in enumerate(dossier.partners):
        n = i + 1
        where = f"partners[{i}]"
        if not partner.carrier_name.strip():
            out.append(Finding("partners.carrier_missing", WARNING, f"{where}.carrier_name", "partners.carrier_missing", {"partner": n}))
        for fld in section.fields:
            if section.required and not getattr(partner, fld.id, ""):
                out.append(
                    Finding(
                        f"required.partner.{fld.id}",
                        ERROR,
                        f"{where}.{fld.id}",
                        "required.partner_field",
                        {"partner": n},
                        {"label_fr": fld.label.fr, "label_en": fld.label.en},
                    )
                )
        if partner.status is None:
            out.append(Finding("partners.status_missing", WARNING, f"{where}.status", "partners.status_missing", {"partner": n}, call_words))
        elif partner.status not in status_ids:
            out.append(
                Finding("partners.status_unknown", WARNING, f"{where}.status", "partners.status_unknown", {"partner": n}, {"status": partner.status})
            )
        elif partner.status in eli.excluded_statuses:
            status = next(s.label for s in call.statuses if s.id == partner.status)
            out.append(
                Finding(
                    "partners.status",
                    ERROR,
                    f"{where}.status",
                    "partners.status.doctoral",
                    {"partner": n},
                    {"status_fr": status.fr, "status_en": status.en},
                )
            )
        elif partner.status not in eli.allowed_statuses:
            out.append(Finding("partners.status_other", WARNING, f"{where}.status", "partners.status_other", {"partner": n}, call_words))
        if partner.status in eli.contract_must_cover_project:
            if partner.contract_end is None:
                out.append(
                    Finding(
                        "partners.contract_end_missing",
                        WARNING,
                        f"{where}.contract_end",
                        "partners.contract_end_missing",
                        {"partner": n, "project_end": project_end},
                    )
                )
            elif partner.contract_end < project_end:
                out.append(
                    Finding(
                        "partners.status",
                        ERROR,
                        f"{where}.contract_end",
                        "partners.status.contract",
                        {"partner": n, "contract_end": partner.contract_end, "project_end": project_end},
                    )
                )
        if partner.domain is None:
            out.append(Finding("partners.domain_missing", WARNING, f"{where}.domain", "partners.domain_missing", {"partner": n}, call_words))
        elif partner.domain not in domain_ids:
            out.append(
                Finding(
                    "partners.domain_unknown",
                    WARNING,
                    f"{where}.domain",
                    "partners.domain_unknown",
                    {"partner": n},
                    {"domain": partner.domain, **call_words},
                )
            )
        if not partner.site.strip():
            out.append(Finding("partners.site_missing", WARNING, f"{where}.site", "partners.site_missing", {"partner": n}, site_words))
        elif find_place(partner.site, call) is None and (elsewhere := find_outside_place(partner.site, call)):
            # The call is « réservé aux porteurs de projet d'Occitanie »: a site in another region is not eligible.
            out.append(
                Finding(
                    "partners.site_other_region",
                    ERROR,
                    f"{where}.site",
                    "partners.site_other_region",
                    {"partner": n},
                    {"site": partner.site.strip(), "region": eli.region, "other_region": elsewhere.territory},
                )
            )
        elif find_place(partner.site, call) is None:
            out.append(
                Finding(
                    "partners.site_outside",
                    WARNING,
                    f"{where}.site",
                    "partners.site_outside",
                    {"partner": n},
                    {"site": partner.site.strip(), "region": eli.region},
                )
            )
    # Co-carrying can only be refuted once every partner's domain is known.
    if dossier.partners and all(p.domain in domain_ids for p in dossier.partners):
        present = {p.domain for p in dossier.partners}
        for domain_id in eli.coportage:
            if domain_id not in present:
                domain = next(d for d in call.domains if d.id == domain_id)
                out.append(
                    Finding(
                        "partners.coportage",
                        ERROR,
                        "partners",
                        "partners.coportage",
                        {"domain": domain_id},
                        {"domain_fr": domain.label.fr, "domain_en": domain.label.en, **call_words},
                    )
                )
    return out


def _site_matters(call: CallSpec) -> dict[str, str]:
    """Why a site is asked for, in the call's own figures."""
    rules = call.budget
    if rules.bonus_condition == "distinct_territories" and rules.bonus > 0:
        base, raised = format_amount(rules.cap), format_amount(rules.cap + rules.bonus)
        return {
            "why_fr": f" : il décide du plafond, {base} ou {raised} entre {rules.bonus_min_territories} territoires",
            "why_en": f": it decides the cap, {base} or {raised} across {rules.bonus_min_territories} territories",
        }
    return {"why_fr": "", "why_en": ""}


def _budget(dossier: Dossier, call: CallSpec) -> list[Finding]:
    out: list[Finding] = []
    rules = call.budget
    summary = summarize(dossier, call)
    any_amount = any(v is not None for p in dossier.partners for v in p.budget.values())
    any_typed = any(t.strip() for p in dossier.partners for t in p.unreadable_amounts.values())
    if not any_amount and not any_typed:
        out.append(Finding("required.budget", ERROR, "budget", "required.budget"))
    for i, partner in enumerate(dossier.partners):
        for row in rules.rows:
            where = f"partners[{i}].budget.{row.id}"
            words = {"row_fr": row.label.fr, "row_en": row.label.en}
            text = partner.unreadable_amounts.get(row.id, "").strip()
            if text:
                out.append(Finding("budget.unreadable", ERROR, where, "budget.unreadable", {"partner": i + 1}, {**words, "text": text}))
            amount = partner.budget.get(row.id)
            if amount is None:
                continue
            if amount < 0:
                out.append(Finding("budget.negative", ERROR, where, "budget.negative", {"partner": i + 1, "amount": amount}, words))
            elif amount > 0 and not row.eligible:
                note = row.note or row.label
                out.append(
                    Finding(
                        "budget.ineligible",
                        WARNING,
                        where,
                        "budget.ineligible",
                        {"partner": i + 1, "amount": amount},
                        {**words, "note_fr": note.fr, "note_en": note.en},
                    )
                )
        if partner.written_total is not None and partner.written_total != summary.partner_totals[i]:
            out.append(
                Finding(
                    "budget.total_mismatch",
                    ERROR,
                    f"partners[{i}].budget",
                    "budget.total_mismatch",
                    {"partner": i + 1, "written": partner.written_total, "computed": summary.partner_totals[i]},
                    {"where_fr": f"Partenaire {i + 1}", "where_en": f"Partner {i + 1}"},
                )
            )
    if dossier.written_grand_total is not None and dossier.written_grand_total != summary.total:
        out.append(
            Finding(
                "budget.total_mismatch",
                ERROR,
                "budget",
                "budget.total_mismatch",
                {"written": dossier.written_grand_total, "computed": summary.total},
                {"where_fr": "Total général", "where_en": "Grand total"},
            )
        )
    if summary.total > summary.cap:
        region = call.eligibility.region
        places = ", ".join(summary.territories)
        if summary.bonus_applies:
            why_fr = f" (partenaires dans {len(summary.territories)} territoires : {places})"
            why_en = f" (partners in {len(summary.territories)} territories: {places})"
        elif rules.bonus > 0:
            bonus, needed = format_amount(rules.bonus), rules.bonus_min_territories
            why_fr = f" (partenaires dans un seul territoire ; {bonus} de plus si la collaboration relie {needed} territoires de {region})"
            why_en = f" (partners in a single territory; {bonus} more when the collaboration spans {needed} territories of {region})"
        else:
            why_fr = why_en = ""
        out.append(
            Finding(
                "budget.cap",
                ERROR,
                "budget",
                "budget.cap",
                {"total": summary.total, "cap": summary.cap, "territories": len(summary.territories)},
                {"why_fr": why_fr, "why_en": why_en},
            )
        )
    return out


_ACRONYM_WHY = {
    "space": ("il contient une espace", "it contains a space"),
    "characters": (
        "seuls les lettres, chiffres, « - » et « _ » sont admis (40 caractères au plus)",
        "only letters, digits, “-” and “_” are allowed (40 characters at most)",
    ),
}


def validate(dossier: Dossier, call: CallSpec, measures: Measures, today: dt.date | None = None) -> list[Finding]:
    """All findings for the dossier, in the annex's order, then naming and calendar."""
    findings = _sections(dossier, call, measures)
    from iasante_desktop.core.attachment_checks import duplicate_findings

    findings.extend(duplicate_findings(dossier))
    problem = acronym_problem(dossier.acronym, call)
    if problem and problem != "empty":
        why_fr, why_en = _ACRONYM_WHY[problem]
        findings.append(
            Finding(
                "naming.acronym",
                ERROR,
                "acronym",
                "naming.acronym",
                words={"acronym": dossier.acronym, "why_fr": why_fr, "why_en": why_en},
            )
        )
    # `today` (a date) is for tests of the rules; the application always asks the one clock (core.deadline),
    # which counts from the call's closing moment, never from the machine's local date.
    late = call.calendar.days_past_deadline(today) if today is not None else deadline.days_past_close(call.calendar)
    if late:
        findings.append(Finding("deadline", WARNING, "", "deadline", {"days": late, "deadline": call.calendar.deadline}))
    return findings
