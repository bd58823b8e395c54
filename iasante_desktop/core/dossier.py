"""The dossier a team fills in, as plain data, and its JSON interchange form (docs/interchange.md).

The long texts (both summaries, each partner's CV and team, each description point) are formatted texts
(core.richtext.RichText); assigning a plain string to one of them converts it ("\\n" between paragraphs,
U+2028 a line break inside one), so format-1 data, tests and scripts keep working. Acronym, title, keywords
and theme stay plain.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from iasante_desktop.core import richtext
from iasante_desktop.core.richtext import LINE_BREAK, RichText, as_rich  # noqa: F401 - LINE_BREAK is part of this module's interface

FORMAT_VERSION = 2
# The dossier's formatted fields; a plain string assigned to one becomes a RichText.
RICH_DOSSIER_FIELDS = frozenset({"resume", "resume_grand_public"})
RICH_PARTNER_FIELDS = frozenset({"cv", "team"})

ATTACHMENT_KINDS = ("cv", "letter", "annex")
# Statuses and domains are ids of the call spec's `statuses` and `domains`; the rules judge them.
_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
# An amount as the interchange form writes it: a dot, at most two decimals, under ten digits of euros.
_AMOUNT = re.compile(r"-?[0-9]{1,10}(\.[0-9]{1,2})?")
# A dossier's and a partner's stable identity: what a returned partner pack names to be recognised.
_UID = re.compile(r"[0-9a-f]{8,32}")


def new_uid(length: int = 32) -> str:
    return uuid.uuid4().hex[:length]


class InterchangeError(ValueError):
    """A JSON dossier that does not follow docs/interchange.md; the message names the key."""


class RichTexts(dict):
    """The description's points: point id -> RichText; a plain string stored in it is converted."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key: str, value: RichText | str) -> None:
        super().__setitem__(key, as_rich(value))

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: str, default: RichText | str = "") -> RichText:  # type: ignore[override]
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self) -> RichTexts:
        return RichTexts(self)


@dataclass
class Partner:
    carrier_name: str = ""
    status: str | None = None  # an id of the call spec's statuses, None while unknown
    contract_end: dt.date | None = None
    unit: str = ""
    institution: str = ""
    site: str = ""  # a gazetteer place name, "" while unknown
    site_confirmed: bool = False  # the user accepted the site (rather than it being inferred)
    domain: str | None = None  # an id of the call spec's domains, None while unknown
    cv: RichText = richtext.EMPTY
    team: RichText = richtext.EMPTY
    budget: dict[str, Decimal] = field(default_factory=dict)  # budget row id -> amount
    # budget row id -> the text as typed or imported, when it could not be read as an amount: kept so that
    # nothing typed is lost, and so that the export is blocked until someone fixes it
    unreadable_amounts: dict[str, str] = field(default_factory=dict)
    written_total: Decimal | None = None  # the TOTAL an imported table states, kept to check it
    email: str = ""  # the carrier's e-mail address: where the partner pack and reminders go
    # Stable identity of this partner block (survives reordering); a returned pack names it. Not compared:
    # two partners with the same content are equal whatever their identity.
    uid: str = field(default_factory=lambda: new_uid(12), compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in RICH_PARTNER_FIELDS:
            value = as_rich(value)
        object.__setattr__(self, name, value)


@dataclass
class Attachment:
    kind: str  # one of ATTACHMENT_KINDS
    filename: str
    data: bytes = field(repr=False, default=b"")
    partner: int | None = None  # 0-based partner index for a CV
    pages: int | None = None
    title: str = ""

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        import hashlib  # here, not at the top: the window's start does not need it (3-4 ms)

        return hashlib.sha256(self.data).hexdigest()


@dataclass
class PackRecord:
    """A partner pack written for one partner: when, which file, and the values it was prefilled with (the
    base of the three-way merge when it comes back), then when and from which file it came back."""

    partner_uid: str
    slot: int  # 1-based partner number when the pack was written
    sent_at: str  # ISO date-time, UTC
    filename: str
    sent: dict[str, Any] = field(default_factory=dict)  # field key -> value as the pack shows it (JSON form)
    email: str = ""
    received_at: str = ""  # ISO date-time of the last merge of a returned pack, "" until then
    received_file: str = ""


@dataclass
class Dossier:
    call_id: str
    format_version: int = FORMAT_VERSION
    acronym: str = ""
    title: str = ""
    keywords: list[str] = field(default_factory=list)
    theme: str = ""
    resume: RichText = richtext.EMPTY
    resume_grand_public: RichText = richtext.EMPTY
    partners: list[Partner] = field(default_factory=list)
    description: RichTexts = field(default_factory=RichTexts)  # description point id -> text
    written_grand_total: Decimal | None = None
    attachments: list[Attachment] = field(default_factory=list)
    language: str = "fr"
    # Stable identity of the dossier (a partner pack carries it); not compared, like Partner.uid.
    dossier_id: str = field(default_factory=new_uid, compare=False)
    packs: list[PackRecord] = field(default_factory=list)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in RICH_DOSSIER_FIELDS:
            value = as_rich(value)
        elif name == "description" and not isinstance(value, RichTexts):
            value = RichTexts(value)
        object.__setattr__(self, name, value)

    def description_rich(self, point_id: str) -> RichText:
        return self.description.get(point_id, richtext.EMPTY)

    def description_text(self, point_id: str) -> str:
        """A point's plain text (its paragraphs, "\\n" between them)."""
        return self.description_rich(point_id).plain()

    def rich_field(self, path: str) -> RichText:
        """The formatted text at a field path such as 'resume', 'description.plus_value' or 'partners[1].cv';
        a plain field (acronym, title, keywords, theme) as unformatted text."""
        if path.startswith("description."):
            return self.description_rich(path.split(".", 1)[1])
        if path.startswith("partners["):
            index, attr = path[len("partners[") :].split("].", 1)
            return as_rich(getattr(self.partners[int(index)], attr))
        if path == "keywords":
            return as_rich(", ".join(self.keywords))
        return as_rich(getattr(self, path))

    def text_field(self, path: str) -> str:
        """The plain text at a field path (see rich_field)."""
        return self.rich_field(path).plain()


def new_dossier(call: Any, partners: int = 2) -> Dossier:
    """An empty dossier for a call, with the annex's two partner blocks."""
    return Dossier(call_id=call.id, partners=[Partner() for _ in range(partners)])


# ---- JSON interchange --------------------------------------------------------------------------------------


def _amount_out(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _amount_in(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InterchangeError(f"« {where} »: un montant s'écrit comme un texte \"1500.00\" (amount as string)")
    if not _AMOUNT.fullmatch(str(value)):
        raise InterchangeError(
            f"« {where} »: montant illisible {str(value)[:40]!r} ; attendu par exemple \"1500.50\" (unreadable amount)"
        )
    try:
        return Decimal(str(value))
    except InvalidOperation:  # pragma: no cover - the pattern admits only what Decimal reads
        raise InterchangeError(f"« {where} »: montant illisible (unreadable amount)") from None


def to_json(
    dossier: Dossier, include_attachment_data: bool = True, image_out: richtext.ImageOut = richtext.inline_image
) -> dict[str, Any]:
    """The interchange form; `image_out` writes a figure's image (inline base64 by default; the draft file
    stores images as blobs and writes a reference)."""

    def rich(text: RichText) -> dict[str, Any]:
        return richtext.to_json(text, image_out)

    partners = []
    for p in dossier.partners:
        partners.append(
            {
                "carrier_name": p.carrier_name,
                "status": p.status,
                "contract_end": p.contract_end.isoformat() if p.contract_end else None,
                "unit": p.unit,
                "institution": p.institution,
                "site": p.site,
                "site_confirmed": p.site_confirmed,
                "domain": p.domain,
                "cv": rich(p.cv),
                "team": rich(p.team),
                "budget": {row: _amount_out(v) for row, v in p.budget.items()},
                "unreadable_amounts": dict(p.unreadable_amounts),
                "written_total": _amount_out(p.written_total),
                "email": p.email,
                "uid": p.uid,
            }
        )
    attachments = []
    for a in dossier.attachments:
        item: dict[str, Any] = {
            "kind": a.kind,
            "filename": a.filename,
            "partner": a.partner,
            "pages": a.pages,
            "title": a.title,
            "size": a.size,
            "sha256": a.sha256,
        }
        if include_attachment_data:
            item["data_base64"] = base64.b64encode(a.data).decode("ascii")
        attachments.append(item)
    packs = [
        {
            "partner_uid": r.partner_uid,
            "slot": r.slot,
            "sent_at": r.sent_at,
            "filename": r.filename,
            "sent": dict(r.sent),
            "email": r.email,
            "received_at": r.received_at,
            "received_file": r.received_file,
        }
        for r in dossier.packs
    ]
    return {
        "call_id": dossier.call_id,
        "dossier_id": dossier.dossier_id,
        "format_version": dossier.format_version,
        "language": dossier.language,
        "acronym": dossier.acronym,
        "title": dossier.title,
        "keywords": list(dossier.keywords),
        "theme": dossier.theme,
        "resume": rich(dossier.resume),
        "resume_grand_public": rich(dossier.resume_grand_public),
        "partners": partners,
        "description": {point: rich(text) for point, text in dossier.description.items()},
        "written_grand_total": _amount_out(dossier.written_grand_total),
        "attachments": attachments,
        "packs": packs,
    }


def _uid_in(data: dict[str, Any], key: str, where: str, length: int) -> str:
    """A stored identity, or a new one for data written before identities existed (formats 1 and 2)."""
    value = _expect(data, key, str, where, "")
    if not value:
        return new_uid(length)
    if not _UID.fullmatch(value):
        raise InterchangeError(f"« {where}{key} »: identifiant invalide (invalid id)")
    return value


def _expect(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any) -> Any:
    if key not in data or data[key] is None:
        return default
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InterchangeError(f"« {where}{key} »: type inattendu {type(value).__name__} (unexpected type)")
    return value


def _rich_in(data: dict[str, Any], key: str, where: str, image_in: richtext.ImageIn | None) -> RichText:
    """A formatted field: a string (format 1, or plain text in format 2) or a formatted-text object."""
    value = data.get(key)
    if value is None:
        return richtext.EMPTY
    if not isinstance(value, (str, dict)):
        raise InterchangeError(f"« {where}{key} »: un texte ou un texte mis en forme est attendu (text expected)")
    try:
        if image_in is None:
            return richtext.from_json(value, f"{where}{key}")
        return richtext.from_json(value, f"{where}{key}", image_in)
    except richtext.RichTextError as exc:
        raise InterchangeError(str(exc)) from None


def from_json(data: dict[str, Any], image_in: richtext.ImageIn | None = None) -> Dossier:
    """A dossier from its interchange form, format 1 (plain texts) or 2 (formatted texts); `image_in`
    reads a figure's image reference (inline base64 by default)."""
    if not isinstance(data, dict):
        raise InterchangeError("le document JSON doit être un objet (must be an object)")
    call_id = _expect(data, "call_id", str, "", None)
    if not call_id:
        raise InterchangeError("« call_id » manquant (missing)")
    version = _expect(data, "format_version", int, "", FORMAT_VERSION)
    if version > FORMAT_VERSION:
        raise InterchangeError(
            f"« format_version » {version}: écrit par une version plus récente de l'application (newer format)"
        )
    dossier = Dossier(call_id=call_id, format_version=FORMAT_VERSION, dossier_id=_uid_in(data, "dossier_id", "", 32))
    for key in ("acronym", "title", "theme"):
        setattr(dossier, key, _expect(data, key, str, "", ""))
    for key in ("resume", "resume_grand_public"):
        setattr(dossier, key, _rich_in(data, key, "", image_in))
    dossier.language = _expect(data, "language", str, "", "fr")
    keywords = _expect(data, "keywords", list, "", [])
    if not all(isinstance(k, str) for k in keywords):
        raise InterchangeError("« keywords »: une liste de textes est attendue (list of strings)")
    dossier.keywords = list(keywords)
    description = _expect(data, "description", dict, "", {})
    dossier.description = RichTexts(
        {point: _rich_in(description, point, "description.", image_in) for point in description}
    )
    dossier.written_grand_total = _amount_in(data.get("written_grand_total"), "written_grand_total")
    for i, raw in enumerate(_expect(data, "partners", list, "", [])):
        where = f"partners[{i}]."
        if not isinstance(raw, dict):
            raise InterchangeError(f"« partners[{i}] »: un objet est attendu (object expected)")
        status = _expect(raw, "status", str, where, None)
        if status is not None and not _ID.fullmatch(status):
            raise InterchangeError(f"« {where}status »: {status[:40]!r} n'est pas un identifiant (not an id)")
        domain = _expect(raw, "domain", str, where, None)
        if domain is not None and not _ID.fullmatch(domain):
            raise InterchangeError(f"« {where}domain »: {domain[:40]!r} n'est pas un identifiant (not an id)")
        contract_end = _expect(raw, "contract_end", str, where, None)
        try:
            end = dt.date.fromisoformat(contract_end) if contract_end else None
        except ValueError:
            raise InterchangeError(f"« {where}contract_end »: date AAAA-MM-JJ attendue (YYYY-MM-DD)") from None
        budget_raw = _expect(raw, "budget", dict, where, {})
        budget = {}
        for row, value in budget_raw.items():
            amount = _amount_in(value, f"{where}budget.{row}")
            if amount is not None:
                budget[row] = amount
        unreadable = _expect(raw, "unreadable_amounts", dict, where, {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in unreadable.items()):
            raise InterchangeError(f"« {where}unreadable_amounts »: des textes sont attendus (strings expected)")
        dossier.partners.append(
            Partner(
                carrier_name=_expect(raw, "carrier_name", str, where, ""),
                status=status,
                contract_end=end,
                unit=_expect(raw, "unit", str, where, ""),
                institution=_expect(raw, "institution", str, where, ""),
                site=_expect(raw, "site", str, where, ""),
                site_confirmed=_expect(raw, "site_confirmed", bool, where, False),
                domain=domain,
                cv=_rich_in(raw, "cv", where, image_in),
                team=_rich_in(raw, "team", where, image_in),
                budget=budget,
                unreadable_amounts=dict(unreadable),
                written_total=_amount_in(raw.get("written_total"), f"{where}written_total"),
                email=_expect(raw, "email", str, where, ""),
                uid=_uid_in(raw, "uid", where, 12),
            )
        )
    for i, raw in enumerate(_expect(data, "attachments", list, "", [])):
        where = f"attachments[{i}]."
        if not isinstance(raw, dict):
            raise InterchangeError(f"« attachments[{i}] »: un objet est attendu (object expected)")
        kind = _expect(raw, "kind", str, where, "")
        if kind not in ATTACHMENT_KINDS:
            raise InterchangeError(f"« {where}kind »: {kind!r} inconnu; attendu {ATTACHMENT_KINDS}")
        try:
            payload = base64.b64decode(_expect(raw, "data_base64", str, where, ""), validate=True)
        except ValueError:
            raise InterchangeError(f"« {where}data_base64 »: base64 invalide (invalid base64)") from None
        dossier.attachments.append(
            Attachment(
                kind=kind,
                filename=_expect(raw, "filename", str, where, ""),
                data=payload,
                partner=_expect(raw, "partner", int, where, None),
                pages=_expect(raw, "pages", int, where, None),
                title=_expect(raw, "title", str, where, ""),
            )
        )
    for i, raw in enumerate(_expect(data, "packs", list, "", [])):
        where = f"packs[{i}]."
        if not isinstance(raw, dict):
            raise InterchangeError(f"« packs[{i}] »: un objet est attendu (object expected)")
        dossier.packs.append(
            PackRecord(
                partner_uid=_expect(raw, "partner_uid", str, where, ""),
                slot=_expect(raw, "slot", int, where, 0),
                sent_at=_expect(raw, "sent_at", str, where, ""),
                filename=_expect(raw, "filename", str, where, ""),
                sent=dict(_expect(raw, "sent", dict, where, {})),
                email=_expect(raw, "email", str, where, ""),
                received_at=_expect(raw, "received_at", str, where, ""),
                received_file=_expect(raw, "received_file", str, where, ""),
            )
        )
    return dossier
