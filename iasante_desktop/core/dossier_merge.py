"""Re-importing a whole Word dossier into the open one: field by field, what the dossier holds → what the
Word file says, accepted whole or field by field. An empty field in the Word file is never a change (nothing
in the dossier is lost), attachments are not touched, and partners the Word file has beyond the dossier's
are offered as new partners."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iasante_desktop.core import richtext
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, Partner
from iasante_desktop.core.partner_merge import (
    RICH_FIELDS,
    FieldChange,
    display as partner_display,
    field_keys,
    field_label,
    partner_values,
    same,
    set_value,
)

TOP_TEXT = ("acronym", "title", "keywords", "theme")
TOP_RICH = ("resume", "resume_grand_public")
_TOP_LABELS = {
    "acronym": ("Acronyme", "Acronym"),
    "title": ("Titre du projet", "Project title"),
    "keywords": ("Mots clés", "Keywords"),
    "theme": ("Thématique", "Theme"),
    "resume": ("Résumé", "Summary"),
    "resume_grand_public": ("Résumé grand public", "Lay summary"),
}


def _partner_full(partner: Partner, call: CallSpec) -> dict[str, Any]:
    values = partner_values(partner, call)
    for key in RICH_FIELDS:
        values[key] = richtext.to_json(getattr(partner, key))  # the whole formatted text, lists included
    return values


def dossier_values(dossier: Dossier, call: CallSpec) -> dict[str, Any]:
    values: dict[str, Any] = {
        "acronym": dossier.acronym,
        "title": dossier.title,
        "keywords": ", ".join(k for k in dossier.keywords if k.strip()),
        "theme": dossier.theme,
    }
    for key in TOP_RICH:
        values[key] = richtext.to_json(getattr(dossier, key))
    section = call.section_of_kind("pages")
    for point in section.points if section else ():
        values[f"description.{point.id}"] = richtext.to_json(dossier.description_rich(point.id))
    for i, partner in enumerate(dossier.partners):
        for key, value in _partner_full(partner, call).items():
            values[f"partners[{i}].{key}"] = value
    return values


def _empty(value: Any) -> bool:
    return same(value, None)


def diff_dossiers(ours: Dossier, theirs: Dossier, call: CallSpec) -> list[FieldChange]:
    """The fields where the imported dossier says something else than the open one."""
    mine, other = dossier_values(ours, call), dossier_values(theirs, call)
    changes = []
    for key, value in other.items():
        if key.startswith("partners[") and int(key[len("partners[") : key.index("]")]) >= len(ours.partners):
            continue
        if _empty(value) or same(value, mine.get(key)):
            continue
        changes.append(FieldChange(key, mine.get(key), value))
    for i in range(len(ours.partners), len(theirs.partners)):
        changes.append(FieldChange(f"partners[{i}]", None, _partner_full(theirs.partners[i], call)))
    return changes


def label(key: str, call: CallSpec, lang: str = "fr") -> str:
    if key in _TOP_LABELS:
        fr, en = _TOP_LABELS[key]
        return en if lang == "en" else fr
    if key.startswith("description."):
        section = call.section_of_kind("pages")
        point = next((p for p in section.points if p.id == key.split(".", 1)[1]), None) if section else None
        return point.label.get(lang) if point else key
    index = int(key[len("partners[") : key.index("]")])
    word = "Partner" if lang == "en" else "Partenaire"
    if "]." not in key:
        return f"{word} {index + 1} ({'new' if lang == 'en' else 'nouveau'})"
    return f"{word} {index + 1} — {field_label(key.split('].', 1)[1], call, lang)}"


def display(key: str, value: Any, call: CallSpec, lang: str = "fr") -> str:
    if key.startswith("partners[") and "]." not in key:
        return (value or {}).get("carrier_name") or ("(unnamed)" if lang == "en" else "(sans nom)")
    if key.startswith("partners["):
        return partner_display(key.split("].", 1)[1], value, call, lang)
    if _empty(value):
        return "(empty)" if lang == "en" else "(vide)"
    if isinstance(value, dict):
        return richtext.from_json(value).plain()
    return str(value)


def apply_dossier(dossier: Dossier, changes: list[FieldChange], call: CallSpec) -> list[str]:
    """Write the accepted changes; the keys written. Attachments are not touched."""
    done = []
    for change in changes:
        if not change.accept:
            continue
        key, value = change.key, change.theirs
        if key in ("acronym", "title", "theme"):
            setattr(dossier, key, value)
        elif key == "keywords":
            dossier.keywords = [k.strip() for k in str(value).split(",") if k.strip()]
        elif key in TOP_RICH:
            setattr(dossier, key, richtext.from_json(value))
        elif key.startswith("description."):
            dossier.description[key.split(".", 1)[1]] = richtext.from_json(value)
        elif key.startswith("partners[") and "]." not in key:
            partner = Partner()
            for sub in field_keys(call):
                if sub in value:
                    _set_partner(partner, sub, value[sub])
            dossier.partners.append(partner)
        else:
            index = int(key[len("partners[") : key.index("]")])
            _set_partner(dossier.partners[index], key.split("].", 1)[1], value)
        done.append(key)
    return done


def _set_partner(partner: Partner, key: str, value: Any) -> None:
    if key in RICH_FIELDS:
        setattr(partner, key, richtext.from_json(value) if value else richtext.EMPTY)
    else:
        set_value(partner, key, value)


def import_label(filename: str, when: dt.datetime, keys: list[str], call: CallSpec) -> str:
    names = ", ".join(label(k, call) for k in keys) or "aucun champ"
    return f"Importé de {filename} le {when.astimezone().strftime('%d/%m/%Y')} : {names}"
