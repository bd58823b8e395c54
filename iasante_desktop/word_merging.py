"""Re-importing a whole Word dossier into the open one, for the GUI: read it, compare it, apply the choices
(the same diff dialog as a returned partner pack). Attachments stay as they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.dossier_merge import apply_dossier, diff_dossiers, display, import_label, label
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.partner_merge import FieldChange


@dataclass
class WordMergePlan:
    changes: list[FieldChange]
    source: Path
    notes: list[tuple[str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    index: int = -1  # no single partner
    acronym: str = ""  # the Word file's acronym: the same project as the open dossier's, or another one

    @property
    def conflicts(self) -> list[FieldChange]:
        return []

    def label(self, key: str, call: CallSpec, lang: str) -> str:
        return label(key, call, lang)

    def show(self, key: str, value, call: CallSpec, lang: str) -> str:
        return display(key, value, call, lang)

    def finish(self, dossier: Dossier, call: CallSpec, pdfs=()):
        keys = apply_dossier(dossier, self.changes, call)
        return _Outcome(keys, import_label(self.source.name, dt.datetime.now(dt.timezone.utc), keys, call))


@dataclass
class _Outcome:
    keys: list[str]
    label: str
    attached: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def prepare_word_merge(dossier: Dossier, call: CallSpec, source: Path) -> WordMergePlan:
    """Read a Word dossier and compare it with the open one; DocumentError when it cannot be read."""
    from iasante_desktop.documents.word_import import import_docx

    result = import_docx(Path(source), call)
    notes = [(n.fr, n.en) for n in result.notes]
    return WordMergePlan(diff_dossiers(dossier, result.dossier, call), Path(source), notes, acronym=result.dossier.acronym.strip())


def same_project(dossier: Dossier, plan: WordMergePlan) -> bool:
    """Whether a Word file is the open dossier again (same acronym), to merge rather than open a second one."""
    return bool(plan.acronym) and plan.acronym.casefold() == dossier.acronym.strip().casefold()
