"""The partner pack: one partner's block as a Word file they fill without the app, and reading it back.

The pack is recognised by its identity (dossier id, partner id and slot, pack date, call id), written twice:
as custom document properties (docProps/custom.xml, kept by Word and by LibreOffice when they save) and as a
visible identification line that a reader parses when the properties are gone. Content controls are not
used: LibreOffice drops their tags when it saves (NOTES).

The fields sit in a two-column table: the left cell holds the label (French / English) and the call's rule
for the field in one line; the right cell holds the value, prefilled from the dossier. The budget column is a
second table, one row per budget row of the call. The CV and the team presentation are formatted texts:
`rich_to_cell` and `cell_to_rich` are the only places that convert them (paragraphs with bold and italic
runs), to be swapped for the shared Word writer and reader of formatted texts.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt, RGBColor

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, PackRecord
from iasante_desktop.core.money import AmountError, format_amount, parse_amount
from iasante_desktop.core.naming import ascii_fold
from iasante_desktop.core.partner_merge import (
    BUDGET_PREFIX,
    PackContent,
    PackIdentity,
    field_keys,
    field_label,
    partner_values,
    rich_of,
    rule_line,
)
from iasante_desktop.core import richtext
from iasante_desktop.core.richtext import BOLD, ITALIC, Para, RichText, Span
from iasante_desktop.documents.atomic import write_bytes_atomically
from iasante_desktop.documents.errors import UnreadableDocumentError
from iasante_desktop.documents.safety import DEFAULT_LIMITS, Limits, load_checked

PACK_FORMAT = "1"
MARKER = "IASANTE-PACK"
_PROPS = {
    "IasantePack": "format",
    "IasanteDossierId": "dossier_id",
    "IasantePartnerUid": "partner_uid",
    "IasantePartnerSlot": "slot",
    "IasantePackDate": "pack_date",
    "IasanteCallId": "call_id",
    "IasanteAcronym": "acronym",
}
_ID_LINE = re.compile(
    MARKER + r"/(?P<format>\d+)\s+dossier=(?P<dossier_id>[0-9a-f]{8,32})\s+partenaire=(?P<slot>\d{1,3})"
    r"\s+uid=(?P<partner_uid>[0-9a-f]{8,32})\s+date=(?P<pack_date>\d{4}-\d{2}-\d{2})(?:\s+appel=(?P<call_id>\S+))?"
)
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_GREY = RGBColor(0x59, 0x59, 0x59)
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y")


class NotAPack(UnreadableDocumentError):
    """A readable Word file that is not a partner pack (a whole dossier, say)."""


# ---- formatted text <-> Word (local, plain paragraphs with bold/italic runs) -----------------------------


def rich_to_cell(cell, text: RichText) -> None:
    """Write a formatted text into a table cell: one paragraph per paragraph, bold and italic runs.
    (To be replaced by the shared Word writer of formatted texts.)"""
    from iasante_desktop.core.partner_merge import pack_form

    paras = pack_form(text).blocks or (Para(),)
    first = True
    for para in paras:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        for span in para.spans:
            for k, piece in enumerate(span.text.split(richtext.LINE_BREAK)):
                run = paragraph.add_run()
                if k:
                    run.add_break()
                run.text = piece
                run.bold = True if BOLD in span.marks else None
                run.italic = True if ITALIC in span.marks else None


def cell_to_rich(cell) -> RichText:
    """Read a table cell's paragraphs back as a formatted text with bold and italic.
    (To be replaced by the shared Word reader of formatted texts.)"""
    from docx.oxml.ns import qn

    paras = []
    for paragraph in cell.paragraphs:
        spans = []
        for run in paragraph.runs:
            text = ""
            for child in run._r.iterchildren():
                if child.tag == qn("w:t"):
                    text += child.text or ""
                elif child.tag == qn("w:tab"):
                    text += "\t"
                elif child.tag in (qn("w:br"), qn("w:cr")):
                    text += richtext.LINE_BREAK
            marks = set()
            if run.bold:
                marks.add(BOLD)
            if run.italic:
                marks.add(ITALIC)
            spans.append(Span(text, frozenset(marks)))
        paras.append(Para(richtext.normalized_spans(spans)))
    while paras and not paras[-1].text.strip():
        paras.pop()
    while paras and not paras[0].text.strip():
        paras.pop(0)
    return RichText(paras)


# ---- writing -----------------------------------------------------------------------------------------------


def pack_filename(dossier: Dossier, slot: int) -> str:
    acronym = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_fold(dossier.acronym.strip())).strip("-") or "dossier"
    return f"{acronym}-partenaire-{slot}.docx"


def _small(paragraph, text: str, italic: bool = True, size: float = 8.5) -> None:
    run = paragraph.add_run(text)
    run.italic = italic
    run.font.size = Pt(size)
    run.font.color.rgb = _GREY


def _label_cell(cell, key: str, call: CallSpec) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(f"{field_label(key, call, 'fr')} / {field_label(key, call, 'en')}")
    run.bold = True
    rule_fr, rule_en = rule_line(key, call, "fr"), rule_line(key, call, "en")
    if rule_fr:
        _small(cell.add_paragraph(), rule_fr)
    if rule_en:
        _small(cell.add_paragraph(), rule_en)


def _value_text(key: str, value, call: CallSpec) -> str:
    if value in (None, ""):
        return ""
    if key == "status":
        return next((s.label.fr for s in call.statuses if s.id == value), str(value))
    if key == "domain":
        return next((d.label.fr for d in call.domains if d.id == value), str(value))
    if key == "contract_end":
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    if key.startswith(BUDGET_PREFIX):
        if isinstance(value, dict):
            return str(value.get("unreadable", ""))
        from decimal import Decimal

        return format_amount(Decimal(value), currency=False, space=" ")
    return str(value)


def build_pack(dossier: Dossier, call: CallSpec, index: int, when: dt.datetime) -> tuple[bytes, PackRecord]:
    """The pack's bytes for partner `index` (0-based) and the record of what it was sent with."""
    partner = dossier.partners[index]
    slot = index + 1
    values = partner_values(partner, call)
    identity = PackIdentity(
        dossier_id=dossier.dossier_id,
        partner_uid=partner.uid,
        slot=slot,
        pack_date=when.astimezone().date().isoformat(),
        call_id=call.id,
        acronym=dossier.acronym.strip(),
    )
    doc = Document()
    doc.core_properties.title = f"{dossier.acronym.strip() or 'Dossier'} — partenaire {slot}"
    doc.core_properties.subject = call.name.fr
    doc.add_heading(f"{dossier.acronym.strip() or 'Dossier'} — Partenaire {slot} / Partner {slot}", level=1)
    if dossier.title.strip():
        doc.add_paragraph(dossier.title.strip())
    doc.add_paragraph(call.name.fr)
    intro = doc.add_paragraph()
    intro.add_run(
        "Remplissez la colonne de droite dans Word ou LibreOffice, enregistrez au format .docx et renvoyez ce "
        "fichier. Ne modifiez ni la colonne de gauche ni la ligne d'identification."
    )
    _small(
        doc.add_paragraph(),
        "Fill in the right-hand column in Word or LibreOffice, save as .docx and send this file back. "
        "Do not edit the left-hand column nor the identification line.",
    )
    keys = [k for k in field_keys(call) if not k.startswith(BUDGET_PREFIX)]
    table = doc.add_table(rows=len(keys), cols=2)
    table.style = "Table Grid"
    for row, key in zip(table.rows, keys):
        _label_cell(row.cells[0], key, call)
        if key in ("cv", "team"):
            rich_to_cell(row.cells[1], rich_of(values[key]))
        else:
            row.cells[1].paragraphs[0].add_run(_value_text(key, values[key], call))
    doc.add_heading("Budget du partenaire / Partner's budget (€)", level=2)
    _small(doc.add_paragraph(), rule_line("budget", call, "fr"))
    _small(doc.add_paragraph(), rule_line("budget", call, "en"))
    rows = call.budget.rows
    budget = doc.add_table(rows=len(rows) + 1, cols=2)
    budget.style = "Table Grid"
    head = budget.rows[0].cells
    head[0].paragraphs[0].add_run(f"{call.budget.header.fr} / {call.budget.header.en}").bold = True
    head[1].paragraphs[0].add_run("Montant (€) / Amount (€)").bold = True
    for row, spec in zip(budget.rows[1:], rows):
        _label_cell(row.cells[0], BUDGET_PREFIX + spec.id, call)
        row.cells[1].paragraphs[0].add_run(_value_text(BUDGET_PREFIX + spec.id, values[BUDGET_PREFIX + spec.id], call))
    doc.add_heading("À renvoyer avec ce fichier / To send back with this file", level=2)
    doc.add_paragraph("votre CV en PDF / your CV as a PDF", style="List Bullet")
    doc.add_paragraph(
        "la lettre d'intérêt ou de soutien, s'il y en a une, en PDF / the letter of interest or support, if any, as a PDF",
        style="List Bullet",
    )
    line = doc.add_paragraph()
    _small(line, "Identification (ne pas modifier / do not edit) : ", italic=False)
    _small(line, identity_line(identity), italic=False)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = _with_custom_properties(buffer.getvalue(), identity)
    record = PackRecord(
        partner_uid=partner.uid,
        slot=slot,
        sent_at=when.astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
        filename=pack_filename(dossier, slot),
        sent=values,
        email=partner.email.strip(),
    )
    return data, record


def identity_line(identity: PackIdentity) -> str:
    return (
        f"{MARKER}/{PACK_FORMAT} dossier={identity.dossier_id} partenaire={identity.slot} "
        f"uid={identity.partner_uid} date={identity.pack_date} appel={identity.call_id}"
    )


def _with_custom_properties(data: bytes, identity: PackIdentity) -> bytes:
    """The .docx with docProps/custom.xml holding the pack's identity."""
    values = {
        "IasantePack": PACK_FORMAT,
        "IasanteDossierId": identity.dossier_id,
        "IasantePartnerUid": identity.partner_uid,
        "IasantePartnerSlot": str(identity.slot),
        "IasantePackDate": identity.pack_date,
        "IasanteCallId": identity.call_id,
        "IasanteAcronym": identity.acronym,
    }
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{props}</Properties>'
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/docProps/custom.xml" ContentType="{_CUSTOM_TYPE}"/></Types>'.encode(),
                )
            elif item.filename == "_rels/.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdIasantePack" Type="{_CUSTOM_REL}" Target="docProps/custom.xml"/>'
                    "</Relationships>".encode(),
                )
            target.writestr(item, content)
        target.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def write_pack(dossier: Dossier, call: CallSpec, index: int, dest_dir: Path, when: dt.datetime | None = None) -> tuple[Path, PackRecord]:
    """Write partner `index`'s pack into `dest_dir` and record it in `dossier.packs` (the caller saves)."""
    when = when or dt.datetime.now(dt.timezone.utc)
    data, record = build_pack(dossier, call, index, when)
    path = write_bytes_atomically(Path(dest_dir) / record.filename, data)
    dossier.packs.append(record)
    return path, record


# ---- the e-mail --------------------------------------------------------------------------------------------


def _unsent_to_partner(dossier: Dossier, call: CallSpec, index: int, subject: str) -> tuple[EmailMessage, str, str, str]:
    """An unsent e-mail addressed to partner `index`, with the dossier's acronym, the deadline and a greeting
    for its text."""
    partner = dossier.partners[index]
    message = EmailMessage(policy=policy.SMTP)
    if partner.email.strip():
        message["To"] = partner.email.strip()
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    hello = f"Bonjour {partner.carrier_name.strip()}," if partner.carrier_name.strip() else "Bonjour,"
    return message, dossier.acronym.strip() or "dossier", call.calendar.deadline.strftime("%d/%m/%Y"), hello


def pack_email(dossier: Dossier, call: CallSpec, index: int, pack: Path, sender: str = "") -> EmailMessage:
    """An unsent e-mail to the partner with the pack attached; French first, English second."""
    acronym = dossier.acronym.strip() or "dossier"
    message, acronym, deadline, hello = _unsent_to_partner(
        dossier, call, index, f"{acronym} — votre partie du dossier / your part of the application ({call.name.fr})"
    )
    fr = (
        f"{hello}\n\n"
        f"Pour le dossier {acronym} à l'appel « {call.name.fr} », merci de compléter le fichier joint "
        f"({pack.name}) : votre bloc de partenaire et votre colonne du budget. Il s'ouvre dans Word ou "
        "LibreOffice ; la règle de l'appel est rappelée sous chaque champ.\n"
        "Renvoyez-le avec votre CV en PDF (et la lettre d'intérêt s'il y en a une) "
        f"bien avant la date limite du {deadline}.\n\nMerci !\n"
    )
    en = (
        "Hello,\n\n"
        f"For the application {acronym} to the call “{call.name.en}”, please fill in the attached file "
        f"({pack.name}): your partner block and your budget column. It opens in Word or LibreOffice; the "
        "call's rule is given under each field.\n"
        f"Send it back with your CV as a PDF (and the letter of interest, if any) well before the {deadline} deadline.\n\n"
        "Thank you!\n"
    )
    message.set_content(f"{fr}\n---\n\n{en}" + (f"\n{sender}\n" if sender else ""))
    message.add_attachment(
        Path(pack).read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename=Path(pack).name,
    )
    return message


def write_pack_email(dossier: Dossier, call: CallSpec, index: int, pack: Path, dest_dir: Path) -> Path:
    message = pack_email(dossier, call, index, pack)
    return write_bytes_atomically(Path(dest_dir) / (Path(pack).stem + ".eml"), message.as_bytes())


# ---- reading -----------------------------------------------------------------------------------------------


def _custom_properties(data: bytes) -> dict[str, str]:
    """The pack's custom properties, when the file still has them (its size is already checked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "docProps/custom.xml" not in archive.namelist():
                return {}
            text = archive.read("docProps/custom.xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}
    found = {}
    for name, value in re.findall(r'<property[^>]*\bname="(Iasante\w+)"[^>]*>\s*<vt:\w+>([^<]*)</vt:\w+>', text):
        found[name] = value
    return found


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", folded.lower()).strip()


def _identity(data: bytes, document) -> PackIdentity | None:
    props = _custom_properties(data)
    if props.get("IasanteDossierId") and props.get("IasantePartnerUid"):
        try:
            slot = int(props.get("IasantePartnerSlot", "0"))
        except ValueError:
            slot = 0
        return PackIdentity(
            dossier_id=props["IasanteDossierId"],
            partner_uid=props["IasantePartnerUid"],
            slot=slot,
            pack_date=props.get("IasantePackDate", ""),
            call_id=props.get("IasanteCallId", ""),
            acronym=props.get("IasanteAcronym", ""),
        )
    for paragraph in document.paragraphs:
        match = _ID_LINE.search(paragraph.text)
        if match:
            return PackIdentity(
                dossier_id=match["dossier_id"],
                partner_uid=match["partner_uid"],
                slot=int(match["slot"]),
                pack_date=match["pack_date"],
                call_id=match["call_id"] or "",
            )
    return None


def sniff_identity(source, limits: Limits = DEFAULT_LIMITS) -> PackIdentity | None:
    """The pack identity of a Word file, None when it is not a pack (a whole dossier, say)."""
    data, _name = load_checked(source, limits)
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a hostile or damaged file: the importer will say why
        return None
    return _identity(data, document)


def _choice(text: str, items) -> str | None:
    wanted = _key(text)
    if not wanted:
        return None
    for item in items:
        if wanted in (_key(item.id), _key(item.label.fr), _key(item.label.en)):
            return item.id
    for item in items:  # "Santé" for "Santé / Biomédical / Médical"
        if wanted in (_key(item.label.fr.split("/")[0]), _key(item.label.en.split("/")[0])):
            return item.id
    return None


def _date(text: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def read_pack(source, call: CallSpec, limits: Limits = DEFAULT_LIMITS) -> PackContent:
    """Read a returned pack: its identity and every field found. NotAPack when the file has no pack
    identity; DocumentError when it cannot be read at all."""
    data, name = load_checked(source, limits)
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any parser failure on a hostile file means "unreadable"
        raise UnreadableDocumentError(
            f"{name} : ce document Word est illisible.", f"{name}: this Word document cannot be read."
        ) from None
    identity = _identity(data, document)
    if identity is None:
        raise NotAPack(
            f"{name} n'est pas un pack partenaire (aucune ligne d'identification IASANTE-PACK).",
            f"{name} is not a partner pack (no IASANTE-PACK identification line).",
        )
    keys = field_keys(call)
    by_label = {_key(f"{field_label(k, call, 'fr')} / {field_label(k, call, 'en')}"): k for k in keys}
    by_label.update({_key(field_label(k, call, "fr")): k for k in keys})
    content = PackContent(identity=identity, values={}, filename=Path(name).name)
    for table in document.tables:
        for row in table.rows:
            cells = row.cells
            if len(cells) < 2:
                continue
            first = cells[0].paragraphs[0].text if cells[0].paragraphs else ""
            key = by_label.get(_key(first))
            if key is None or key in content.values:
                continue
            _read_value(content, key, cells[1], call)
    return content


def _read_value(content: PackContent, key: str, cell, call: CallSpec) -> None:
    label_fr, label_en = field_label(key, call, "fr"), field_label(key, call, "en")
    if key in ("cv", "team"):
        content.values[key] = richtext.to_json(cell_to_rich(cell))
        return
    text = "\n".join(p.text for p in cell.paragraphs).strip()
    if key in ("status", "domain"):
        items = call.statuses if key == "status" else call.domains
        if not text:
            content.values[key] = None
            return
        found = _choice(text, items)
        if found is None:
            content.notes.append(
                (f"« {label_fr} » : « {text[:60]} » n'est pas un choix de l'appel ; valeur ignorée.",
                 f"“{label_en}”: “{text[:60]}” is not one of the call's choices; value ignored.")
            )
            return
        content.values[key] = found
        return
    if key == "contract_end":
        if not text:
            content.values[key] = None
            return
        date = _date(text)
        if date is None:
            content.notes.append(
                (f"« {label_fr} » : « {text[:40]} » n'est pas une date JJ/MM/AAAA ; valeur ignorée.",
                 f"“{label_en}”: “{text[:40]}” is not a DD/MM/YYYY date; value ignored.")
            )
            return
        content.values[key] = date.isoformat()
        return
    if key.startswith(BUDGET_PREFIX):
        try:
            amount = parse_amount(text)
        except AmountError:
            content.values[key] = {"unreadable": text}
            return
        content.values[key] = None if amount is None else format(amount, "f")
        return
    content.values[key] = " ".join(text.split()) if key != "email" else text.strip()


@dataclass(frozen=True)
class ReturnedFiles:
    """PDFs that came back with a pack: the CV and the letters."""

    cv: Path | None
    letters: tuple[Path, ...]


def sort_returned_pdfs(paths: list[Path]) -> ReturnedFiles:
    """A PDF whose name speaks of a letter is a letter; the first other one is the CV, any further one a letter."""
    cv = None
    letters = []
    for path in paths:
        if re.search(r"lettre|letter|soutien|support|interet|interest", _key(Path(path).stem)):
            letters.append(Path(path))
        elif cv is None:
            cv = Path(path)
        else:
            letters.append(Path(path))
    return ReturnedFiles(cv, tuple(letters))


# ---- the reminder ------------------------------------------------------------------------------------------


def reminder_email(dossier: Dossier, call: CallSpec, index: int, missing_fr: str, missing_en: str) -> EmailMessage:
    """An unsent reminder to partner `index` listing what the dossier still lacks from them."""
    acronym = dossier.acronym.strip() or "dossier"
    message, acronym, deadline, hello = _unsent_to_partner(
        dossier, call, index, f"{acronym} — relance / reminder : {missing_fr}"
    )
    fr = (
        f"{hello}\n\nPour finaliser le dossier {acronym} (date limite : {deadline}), il nous manque encore de votre "
        f"part : {missing_fr}.\nMerci de nous l'envoyer dès que possible.\n"
    )
    en = (
        f"Hello,\n\nTo complete the application {acronym} (deadline: {deadline}), we still need from you: "
        f"{missing_en}.\nPlease send it as soon as you can.\n"
    )
    message.set_content(f"{fr}\n---\n\n{en}")
    return message


def write_reminder(dossier: Dossier, call: CallSpec, index: int, missing_fr: str, missing_en: str, dest_dir: Path) -> Path:
    message = reminder_email(dossier, call, index, missing_fr, missing_en)
    stem = pack_filename(dossier, index + 1)[: -len(".docx")]
    return write_bytes_atomically(Path(dest_dir) / f"{stem}-relance.eml", message.as_bytes())
