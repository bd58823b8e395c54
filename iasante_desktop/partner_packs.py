"""Partner packs end to end, for the CLI and the GUI alike: write a pack and its e-mail; read a returned pack,
recognise it, compare it with the dossier, check it against the call's rules, and merge what is accepted
with the PDFs that came with it, noting where each change came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, PackRecord
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.partner_merge import (
    FieldChange,
    PackContent,
    apply,
    diff,
    findings_after,
    locate,
    provenance,
    sent_record,
)


@dataclass
class MergePlan:
    """A returned pack, recognised and compared, waiting for the user's choices."""

    index: int  # 0-based partner
    content: PackContent
    changes: list[FieldChange]
    findings: list[Finding]  # the call's rules on the block with every change accepted
    record: PackRecord | None
    source: Path

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]

    @property
    def conflicts(self) -> list[FieldChange]:
        return [c for c in self.changes if c.conflict]

    # What the diff dialog asks of any plan (a returned pack here, a re-imported Word dossier in word_merging).

    def label(self, key: str, call: CallSpec, lang: str) -> str:
        from iasante_desktop.core.partner_merge import field_label

        return field_label(key, call, lang)

    def show(self, key: str, value, call: CallSpec, lang: str) -> str:
        from iasante_desktop.core.partner_merge import display

        return display(key, value, call, lang)

    def finish(self, dossier: Dossier, call: CallSpec, pdfs=()) -> "MergeOutcome":
        return finish_merge(dossier, call, self, list(pdfs))


@dataclass
class MergeOutcome:
    keys: list[str]
    label: str  # the history's line
    attached: list[str] = field(default_factory=list)  # file names attached
    notes: list[tuple[str, str]] = field(default_factory=list)  # (fr, en) about PDFs that could not be attached


def make_pack(dossier: Dossier, call: CallSpec, index: int, dest_dir: Path, when: dt.datetime | None = None) -> tuple[Path, Path]:
    """Write partner `index`'s pack and its unsent e-mail into `dest_dir`; the pack is recorded in the
    dossier (the caller saves it). Returns (pack, e-mail)."""
    from iasante_desktop.documents.partner_pack import write_pack, write_pack_email

    if not 0 <= index < len(dossier.partners):
        from iasante_desktop.documents.errors import DocumentError

        raise DocumentError(
            f"Le dossier compte {len(dossier.partners)} partenaire(s) : pas de partenaire {index + 1}.",
            f"The dossier has {len(dossier.partners)} partner(s): there is no partner {index + 1}.",
        )
    Path(dest_dir).mkdir(parents=True, exist_ok=True)
    pack, _record = write_pack(dossier, call, index, Path(dest_dir), when)
    eml = write_pack_email(dossier, call, index, pack, Path(dest_dir))
    return pack, eml


def prepare_merge(dossier: Dossier, call: CallSpec, source: Path) -> MergePlan:
    """Read and recognise a returned pack. Raises PackRefused (another dossier, a partner gone), NotAPack and
    DocumentError (unreadable); the dossier is not touched."""
    from iasante_desktop.documents.partner_pack import read_pack

    content = read_pack(Path(source), call)
    index = locate(dossier, content.identity)
    changes = diff(dossier, call, index, content)
    findings = findings_after(dossier, call, index, changes)
    record = sent_record(dossier, dossier.partners[index].uid)
    return MergePlan(index, content, changes, findings, record, Path(source))


def finish_merge(
    dossier: Dossier, call: CallSpec, plan: MergePlan, pdfs: list[Path] = (), when: dt.datetime | None = None
) -> MergeOutcome:
    """Apply the accepted changes and attach the returned PDFs to the partner; the caller saves the draft
    with `outcome.label` as the version's label."""
    from iasante_desktop.documents.errors import DocumentError
    from iasante_desktop.documents.partner_pack import sort_returned_pdfs
    from iasante_desktop.export import attach_file

    when = when or dt.datetime.now(dt.timezone.utc)
    keys = apply(dossier, plan.index, plan.changes)
    outcome = MergeOutcome(keys, "")
    files = sort_returned_pdfs([Path(p) for p in pdfs])
    for path, kind in [(files.cv, "cv")] + [(p, "letter") for p in files.letters]:
        if path is None:
            continue
        try:
            attached = attach_file(dossier, path, kind, plan.index if kind == "cv" else None)
        except DocumentError as exc:
            outcome.notes.append((exc.fr, exc.en))
            continue
        attached.attachment.partner = plan.index
        outcome.attached.append(attached.attachment.filename)
        outcome.notes.extend(attached.warnings)
    partner = dossier.partners[plan.index]
    record = sent_record(dossier, partner.uid)
    if record is not None:
        record.received_at = when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
        record.received_file = plan.source.name
    else:  # a pack whose sending this dossier did not record (an older copy of the draft): note its return
        dossier.packs.append(
            PackRecord(
                partner_uid=partner.uid,
                slot=plan.index + 1,
                sent_at="",
                filename=plan.source.name,
                received_at=when.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
                received_file=plan.source.name,
            )
        )
    label = provenance(partner, plan.source.name, when, keys, call)
    if outcome.attached:
        label += " ; pièces jointes : " + ", ".join(outcome.attached)
    outcome.label = label
    return outcome


def dossier_from_pack(source: Path, call: CallSpec) -> Dossier:
    """A partner who has the app opens their pack in it: a dossier holding their block at its slot, with the
    pack's identities, so that the pack they write back from it is recognised by the assistant's dossier."""
    from iasante_desktop.core.dossier import Partner
    from iasante_desktop.core.partner_merge import set_value
    from iasante_desktop.documents.partner_pack import read_pack

    content = read_pack(Path(source), call)
    identity = content.identity
    slot = max(identity.slot, 1)
    dossier = Dossier(call_id=call.id, acronym=identity.acronym, dossier_id=identity.dossier_id)
    dossier.partners = [Partner() for _ in range(slot)]
    partner = dossier.partners[slot - 1]
    partner.uid = identity.partner_uid
    for key, value in content.values.items():
        set_value(partner, key, value)
    return dossier
