"""Moving a dossier to another call: what changes (limits, cap, dates, file name), and the move itself.

Only the dossier's `call_id` changes: every word stays, including the text of a description point or the
amount of a budget row that the new call no longer has (it is kept in the draft, and said here).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.money import format_amount
from iasante_desktop.core.naming import file_stem


class Difference(NamedTuple):
    key: str  # "deadline", "cap", "limit.resume", "file_name", ...
    fr: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


def _date(day, lang: str) -> str:
    return f"{day:%Y-%m-%d}" if lang == "en" else f"{day:%d/%m/%Y}"


def call_differences(dossier: Dossier, old: CallSpec, new: CallSpec) -> list[Difference]:
    """What the dossier meets differently under `new` than under `old`, as sentences (fr, en)."""
    out: list[Difference] = []

    def add(key: str, fr: str, en: str) -> None:
        out.append(Difference(key, fr, en))

    if old.name != new.name:
        add("name", f"Appel : {old.name.fr} → {new.name.fr}", f"Call: {old.name.en} → {new.name.en}")
    oc, nc = old.calendar, new.calendar
    if oc.closes_at != nc.closes_at:
        add(
            "deadline",
            f"Date limite : {_date(oc.deadline, 'fr')} → {_date(nc.deadline, 'fr')} (clôture {nc.closes_at:%H:%M} UTC{nc.closes_at:%z})",
            f"Deadline: {_date(oc.deadline, 'en')} → {_date(nc.deadline, 'en')} (closes {nc.closes_at:%H:%M} UTC{nc.closes_at:%z})",
        )
    if (oc.project_start, oc.duration_months) != (nc.project_start, nc.duration_months):
        add(
            "project",
            f"Projet : du {_date(oc.project_start, 'fr')} au {_date(oc.project_end, 'fr')} → du {_date(nc.project_start, 'fr')} au {_date(nc.project_end, 'fr')}",
            f"Project: {_date(oc.project_start, 'en')} to {_date(oc.project_end, 'en')} → {_date(nc.project_start, 'en')} to {_date(nc.project_end, 'en')}",
        )
    old_sections = {s.id: s for s in old.sections}
    for section in new.sections:
        before = old_sections.pop(section.id, None)
        if before is None:
            add(f"section.{section.id}", f"Nouvelle rubrique : {section.label.fr}", f"New section: {section.label.en}")
            continue
        if section.max_lines != before.max_lines and section.max_lines is not None:
            add(
                f"limit.{section.id}",
                f"{section.label.fr} : {before.max_lines} → {section.max_lines} lignes maximum",
                f"{section.label.en}: {before.max_lines} → {section.max_lines} lines maximum",
            )
        if section.max_pages != before.max_pages and section.max_pages is not None:
            add(
                f"limit.{section.id}",
                f"{section.label.fr} : {before.max_pages} → {section.max_pages} pages maximum",
                f"{section.label.en}: {before.max_pages} → {section.max_pages} pages maximum",
            )
        if section.kind == "partners" and section.min_count != before.min_count:
            add(
                "partners.count",
                f"Partenaires : au moins {before.min_count} → au moins {section.min_count}",
                f"Partners: at least {before.min_count} → at least {section.min_count}",
            )
        gone_points = [p for p in before.points if p.id not in {q.id for q in section.points}]
        for point in gone_points:
            if dossier.description_text(point.id).strip():
                add(
                    f"point.{point.id}",
                    f"« {point.label.fr} » n'est plus demandé : son texte est gardé dans le brouillon.",
                    f"“{point.label.en}” is no longer asked for: its text is kept in the draft.",
                )
    for section in old_sections.values():
        add(
            f"section.{section.id}",
            f"La rubrique « {section.label.fr} » n'existe plus dans le nouvel appel ; ce qui y est écrit est gardé.",
            f"Section “{section.label.en}” is not in the new call; what it holds is kept.",
        )
    ob, nb = old.budget, new.budget
    if ob.cap != nb.cap:
        add("cap", f"Plafond : {format_amount(ob.cap)} → {format_amount(nb.cap)}", f"Cap: {format_amount(ob.cap)} → {format_amount(nb.cap)}")
    if (ob.bonus, ob.bonus_condition) != (nb.bonus, nb.bonus_condition):
        add(
            "bonus",
            f"Bonus inter-territoires : {format_amount(ob.bonus)} → {format_amount(nb.bonus)}",
            f"Inter-territory bonus: {format_amount(ob.bonus)} → {format_amount(nb.bonus)}",
        )
    new_rows = {r.id for r in nb.rows}
    for row in ob.rows:
        if row.id not in new_rows and any(p.budget.get(row.id) for p in dossier.partners):
            add(
                f"row.{row.id}",
                f"La ligne de budget « {row.label.fr} » n'existe plus : ses montants sont gardés dans le brouillon.",
                f"Budget row “{row.label.en}” is gone: its amounts are kept in the draft.",
            )
    before_name = file_stem(dossier.acronym, old) or old.submission.file_stem.format(acronym="<ACRONYME>")
    after_name = file_stem(dossier.acronym, new) or new.submission.file_stem.format(acronym="<ACRONYME>")
    if before_name != after_name:
        add("file_name", f"Nom des fichiers : {before_name} → {after_name}", f"File name: {before_name} → {after_name}")
    if old.submission.address != new.submission.address:
        add(
            "address",
            f"Adresse d'envoi : {old.submission.address} → {new.submission.address}",
            f"Send to: {old.submission.address} → {new.submission.address}",
        )
    return out


class VerdictChanges(NamedTuple):
    appeared: list[Finding]  # under the new call only
    resolved: list[Finding]  # under the old call only


def verdict_changes(before: Iterable[Finding], after: Iterable[Finding]) -> VerdictChanges:
    """The findings a move adds and removes, matched on rule and field."""
    before, after = list(before), list(after)
    old = {(f.rule, f.field) for f in before}
    new = {(f.rule, f.field) for f in after}
    return VerdictChanges(
        appeared=[f for f in after if (f.rule, f.field) not in old],
        resolved=[f for f in before if (f.rule, f.field) not in new],
    )


def history_label(old_id: str, new: CallSpec) -> str:
    """The history's line for a move (the draft history's labels are French, like its reasons)."""
    return f"Changement d'appel : {old_id} → {new.id}"


def move_to_call(dossier: Dossier, new: CallSpec) -> Dossier:
    """The dossier now written for `new`; nothing else changes."""
    dossier.call_id = new.id
    return dossier
