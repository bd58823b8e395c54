"""The submission e-mail, ready to send: an .eml draft with the file attached, and a mailto: link.

The .eml carries `X-Unsent: 1`, which makes Outlook (and mail clients that follow it) open the message as
a draft to send rather than as a received mail; Thunderbird opens it read-only ("Edit as new" sends it).
A mailto: link cannot carry an attachment (RFC 6068 has no such field): it opens a new message with the
address, subject and body, and the user attaches the file by hand.

Mail servers refuse messages over their size limit, counted after base64 (attachments grow by about 37 %):
10, 20 and 25 MB are common limits, so the encoded size is compared with each.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
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
        size, lowest = _mb(self.encoded_mb, lang), COMMON_LIMITS_MB[0]
        if lang == "en":
            return f"The e-mail weighs {size} MB once encoded, under the common {lowest} MB limit."
        return f"Le message pèse {size} Mo une fois encodé, sous la limite courante de {lowest} Mo."


def _mb(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text if lang == "en" else text.replace(".", ",")


def size_report(encoded_bytes: int, file_bytes: int) -> SizeReport:
    over = tuple(limit for limit in COMMON_LIMITS_MB if encoded_bytes > limit * MB)
    if not over:
        return SizeReport(encoded_bytes, file_bytes, over, "", "")
    size_fr, size_en = _mb(encoded_bytes / MB, "fr"), _mb(encoded_bytes / MB, "en")
    highest = over[-1]
    if highest == COMMON_LIMITS_MB[-1]:
        risk_fr = f"au-delà de {highest} Mo, la plupart des messageries refusent l'envoi"
        risk_en = f"over {highest} MB, most mail services refuse to send it"
    else:
        risk_fr = f"au-delà de {highest} Mo, certaines messageries (souvent celles des établissements) le refusent"
        risk_en = f"over {highest} MB, some mail services (often institutional ones) refuse it"
    fr = (
        f"Le message pèse {size_fr} Mo une fois encodé : {risk_fr}. "
        "Réduisez les pièces jointes (export PDF « taille réduite ») ou déposez le fichier sur un service de "
        "transfert (par exemple FileSender de RENATER) et envoyez le lien à l'adresse de l'appel."
    )
    en = (
        f"The message weighs {size_en} MB once encoded: {risk_en}. "
        "Shrink the attachments (“reduced size” PDF export) or upload the file to a transfer service "
        "(for example RENATER's FileSender) and send the link to the call's address."
    )
    return SizeReport(encoded_bytes, file_bytes, over, fr, en)


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
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = call.submission.address
    message["Subject"] = subject(dossier, call)
    message["X-Unsent"] = "1"
    message.set_content(body(dossier, call, attachment.name))
    mime = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
    maintype, subtype = mime.split("/", 1)
    try:
        data = attachment.read_bytes()
    except OSError as exc:
        raise DocumentError(
            f"« {attachment.name} » : lecture impossible ({exc.strerror}).", f"“{attachment.name}”: cannot read ({exc.strerror})."
        ) from None
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment.name)
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
