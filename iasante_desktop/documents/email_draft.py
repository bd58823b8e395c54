"""The submission e-mail, ready to send: an .eml draft with the file attached, and a mailto: link.

The .eml carries `X-Unsent: 1`, which makes Outlook (and mail clients that follow it) open the message as
a draft to send rather than as a received mail; Thunderbird opens it read-only ("Edit as new" sends it).
A mailto: link cannot carry an attachment (RFC 6068 has no such field): it opens a new message with the
address, subject and body, and the user attaches the file by hand.

Mail servers refuse messages over their size limit, counted after base64 (attachments grow by about 37 %):
10, 20 and 25 MB are common limits, so the encoded size is compared with each.
"""

from __future__ import annotations

import dataclasses
import mimetypes
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.wording import size_text
from iasante_desktop.documents.atomic import write_bytes_atomically
from iasante_desktop.documents.names import submission_stem
from iasante_desktop.documents.errors import DocumentError

MB = 1024 * 1024
COMMON_LIMITS_MB = (10, 20, 25)

MAILTO_NOTE = (
    "Un lien mailto: ne peut pas joindre de fichier : joignez {file} au message avant de l'envoyer.",
    "A mailto: link cannot attach a file: attach {file} to the message before sending it.",
)


@dataclass(frozen=True)
class SizeReport:
    encoded_bytes: int  # the whole message as sent, base64 included
    file_bytes: int  # the attached file on disk
    limits_exceeded: tuple[int, ...]  # which of COMMON_LIMITS_MB (in MB) the message is over
    advice_fr: str
    advice_en: str

    @property
    def encoded_mb(self) -> float:
        return self.encoded_bytes / MB

    def advice(self, lang: str = "fr") -> str:
        """What to do about the size; "" when the message is under every common limit."""
        return self.advice_en if lang == "en" else self.advice_fr

    def message(self, lang: str = "fr") -> str:
        """One sentence for the user in every case: the size, and the advice when it is too big."""
        if self.limits_exceeded:
            return self.advice(lang)
        size, lowest = size_text(self.encoded_bytes, lang), COMMON_LIMITS_MB[0]
        if lang == "en":
            return f"The e-mail weighs {size} once encoded, under the common {lowest} MB limit."
        return f"Le message pèse {size} une fois encodé, sous la limite courante de {lowest} Mo."


def size_report(encoded_bytes: int, file_bytes: int) -> SizeReport:
    over = tuple(limit for limit in COMMON_LIMITS_MB if encoded_bytes > limit * MB)
    if not over:
        return SizeReport(encoded_bytes, file_bytes, over, "", "")
    size_fr, size_en = size_text(encoded_bytes, "fr"), size_text(encoded_bytes, "en")
    highest = over[-1]
    if highest == COMMON_LIMITS_MB[-1]:
        risk_fr = f"au-delà de {highest} Mo, la plupart des messageries refusent l'envoi"
        risk_en = f"over {highest} MB, most mail services refuse to send it"
    else:
        risk_fr = f"au-delà de {highest} Mo, certaines messageries (souvent celles des établissements) le refusent"
        risk_en = f"over {highest} MB, some mail services (often institutional ones) refuse it"
    fr = (
        f"Le message pèse {size_fr} une fois encodé : {risk_fr}. "
        "Compressez les pièces numérisées (bouton « Compresser » de la page Pièces jointes : pages numérisées "
        "recompressées, pages de texte inchangées) ou déposez le fichier sur un service de transfert (par exemple "
        "FileSender de RENATER) et envoyez le lien à l'adresse de l'appel."
    )
    en = (
        f"The message weighs {size_en} once encoded: {risk_en}. "
        "Compress the scanned attachments (“Compress” on the Attachments page: scanned pages recompressed, text "
        "pages unchanged) or upload the file to a transfer service (for example RENATER's FileSender) and send "
        "the link to the call's address."
    )
    return SizeReport(encoded_bytes, file_bytes, over, fr, en)


# What the dossier's own pages weigh as a PDF, and its Word file, before they are made (measured on the
# sample dossiers: 40-90 KB with the embedded Carlito subsets; 35-45 KB for the .docx). The estimate is
# for the live gauge; the export measures the real file.
DOSSIER_PDF_ESTIMATE = 96 * 1024
DOSSIER_DOCX_ESTIMATE = 48 * 1024


def base64_bytes(size: int) -> int:
    """What `size` bytes become in a MIME body: base64 (4 for 3) in lines of 76 characters ending in CRLF."""
    encoded = 4 * ((size + 2) // 3)
    return encoded + 2 * -(-encoded // 76)


def estimated_size_report(dossier: Dossier, call: CallSpec, send_zip: bool = False) -> SizeReport:
    """The e-mail's size, once encoded, for the file the export would attach (the single PDF, or the zip),
    estimated from the attachments without making anything: for the attachments and review pages, live."""
    attached = sum(a.size for a in dossier.attachments)
    file_bytes = DOSSIER_PDF_ESTIMATE + attached + (DOSSIER_DOCX_ESTIMATE if send_zip else 0)
    try:
        submission_stem(dossier, call)
    except DocumentError:  # no valid acronym yet: a stand-in of a typical length
        dossier = dataclasses.replace(dossier, acronym="ACRONYME")
    name = submission_stem(dossier, call) + (".zip" if send_zip else ".pdf")
    envelope = _message(dossier, call, name, b"")
    return size_report(len(envelope.as_bytes()) + base64_bytes(file_bytes), file_bytes)


def subject(dossier: Dossier, call: CallSpec) -> str:
    return f"{submission_stem(dossier, call)} — candidature à l'appel « {call.name.fr} »"


def body(dossier: Dossier, call: CallSpec, attached: str) -> str:
    """French first, English second: the committee reads French, an English-writing team signs both."""
    acronym = dossier.acronym.strip()
    title = dossier.title.strip()
    carriers = [p.carrier_name.strip() for p in dossier.partners if p.carrier_name.strip()]
    signature = ", ".join(carriers)
    fr = (
        "Madame, Monsieur,\n\n"
        f"Veuillez trouver ci-joint le dossier de candidature du projet {acronym}"
        + (f" « {title} »" if title else "")
        + f" à l'appel « {call.name.fr} » : {attached}.\n\n"
        "Bien cordialement,\n"
        + (signature + "\n" if signature else "")
    )
    en = (
        "Dear Madam or Sir,\n\n"
        f"Please find attached the application of the project {acronym}"
        + (f" “{title}”" if title else "")
        + f" to the call “{call.name.en}”: {attached}.\n\n"
        "Kind regards,\n"
        + (signature + "\n" if signature else "")
    )
    return f"{fr}\n---\n\n{en}"


def build_email(dossier: Dossier, call: CallSpec, attachment: Path) -> EmailMessage:
    attachment = Path(attachment)
    try:
        data = attachment.read_bytes()
    except OSError as exc:
        raise DocumentError(
            f"« {attachment.name} » : lecture impossible ({exc.strerror}).", f"“{attachment.name}”: cannot read ({exc.strerror})."
        ) from None
    return _message(dossier, call, attachment.name, data)


def _message(dossier: Dossier, call: CallSpec, name: str, data: bytes) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = call.submission.address
    message["Subject"] = subject(dossier, call)
    message["X-Unsent"] = "1"
    message.set_content(body(dossier, call, name))
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    maintype, subtype = mime.split("/", 1)
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def write_email_draft(dossier: Dossier, call: CallSpec, dest_dir: Path, attachment: Path) -> tuple[Path, SizeReport]:
    """<stem>.eml in `dest_dir`, atomically and 0600, with the size as a mail server will count it."""
    message = build_email(dossier, call, attachment)
    encoded = message.as_bytes()
    path = write_bytes_atomically(Path(dest_dir) / f"{submission_stem(dossier, call)}.eml", encoded)
    return path, size_report(len(encoded), Path(attachment).stat().st_size)


def mailto_url(dossier: Dossier, call: CallSpec, attached: str) -> str:
    """mailto: with address, subject and body; the file must still be attached by hand (MAILTO_NOTE)."""
    text = body(dossier, call, attached).replace("\n", "\r\n")
    return (
        f"mailto:{quote(call.submission.address, safe='@')}"
        f"?subject={quote(subject(dossier, call), safe='')}&body={quote(text, safe='')}"
    )
