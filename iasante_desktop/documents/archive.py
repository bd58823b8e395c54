"""The zip the call accepts instead of a single PDF: IASANTE_AAPAMOR2026_<ACRONYME>.zip is the submission,
not a copy of everything: the dossier's own pages as a PDF (without the attachments merged in), the Word
file, and each attachment once.

Every member is named after the call's pattern (`[submission] member_names` in the call spec), such as
IASANTE_AAPAMOR2026_NEURO-IA_CV_P1_DUPONT.pdf: ASCII only (accents dropped, anything but letters, digits and
'-' replaced), so the names read the same on every machine, and still guarded against what Windows refuses
(device names such as CON or NUL, names equal but for case, names too long for deep folders).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePath

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Attachment, Dossier
from iasante_desktop.documents.atomic import write_atomically
from iasante_desktop.core.naming import ascii_fold
from iasante_desktop.documents.names import submission_stem
from iasante_desktop.documents.pdf_assembly import ordered_attachments

MAX_NAME_CHARS = 100  # leaves room under Windows' 260-character paths once unpacked in a deep folder
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$"} | {
    f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}


def safe_member_name(name: str, taken: set[str], default: str = "fichier") -> str:
    """A flat name Windows accepts, unique (ignoring case) among `taken`, which it is added to."""
    name = unicodedata.normalize("NFC", PurePath(name.replace("\\", "/")).name if name else "")
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = suffix[:10]
    stem = stem.rstrip(". ") or default
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED:
        stem = "_" + stem
    room = MAX_NAME_CHARS - (len(suffix) + 1 if suffix else 0)
    stem = stem[:room].rstrip(". ") or default
    candidate = f"{stem}.{suffix}" if suffix else stem
    n = 2
    while candidate.casefold() in taken:
        marker = f" ({n})"
        trimmed = stem[: room - len(marker)].rstrip(". ")
        candidate = f"{trimmed}{marker}.{suffix}" if suffix else f"{trimmed}{marker}"
        n += 1
    taken.add(candidate.casefold())
    return candidate


_TITLES = {"pr", "prof", "dr", "m", "mme", "mlle", "mr", "mrs", "ms", "professeur", "professeure", "docteur", "docteure"}
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9]+")


def ascii_name(text: str, limit: int = 40) -> str:
    """'Hôpital Gui-de-Chauliac (v2)' -> 'Hopital-Gui-de-Chauliac-v2': ASCII letters, digits and '-'."""
    return _UNSAFE_RUN.sub("-", ascii_fold(text)).strip("-")[:limit].strip("-")


def surname(carrier_name: str) -> str:
    """The surname in 'Pr Julien Ferrand' (FERRAND) or 'Marie de La Tour' (DE-LA-TOUR), for a file name:
    titles and the first given name dropped; a single word is kept whole."""
    words = [w for w in carrier_name.replace(",", " ").split() if w.strip(".").casefold() not in _TITLES]
    if len(words) > 1:
        words = words[1:]
    return ascii_name(" ".join(words)).upper()


def attachment_member_stem(attachment: Attachment, dossier: Dossier, call: CallSpec, rank: int) -> str:
    """The member's name without '.pdf', from the call's pattern for the attachment's kind; `rank` is
    1-based within the kind (letters and annexes)."""
    stem = submission_stem(dossier, call)
    if attachment.kind == "cv" and attachment.partner is not None:
        partner = attachment.partner + 1
        known = attachment.partner < len(dossier.partners)
        name = surname(dossier.partners[attachment.partner].carrier_name) if known else ""
    else:
        partner = ""
        original = Path(attachment.filename.replace("\\", "/")).name
        name = ascii_name(attachment.title.strip() or original.rsplit(".", 1)[0])
    pattern = call.submission.member_pattern(attachment.kind)
    text = pattern.format(stem=stem, partner=partner, n=rank, name=name)
    return re.sub(r"_{2,}", "_", text).strip("_")  # an empty {name} leaves no dangling separator


def archive_members(
    dossier: Dossier, call: CallSpec, pdf: Path | None, docx: Path | None, lang: str = "fr"
) -> list[tuple[str, Path | bytes]]:
    """(name in the zip, content) for the dossier's PDF (its own pages: the attachments follow as files),
    the Word file and every attachment once, in that order. `lang` is kept for callers; names come from
    the call spec in one language."""
    stem = submission_stem(dossier, call)
    taken: set[str] = set()
    members: list[tuple[str, Path | bytes]] = []
    for path, suffix in ((pdf, "pdf"), (docx, "docx")):
        if path is not None:
            members.append((safe_member_name(f"{stem}.{suffix}", taken), Path(path)))
    counters: dict[str, int] = {}
    seen: set[tuple[str, str, str]] = set()
    for attachment in ordered_attachments(dossier):
        key = (attachment.kind, str(attachment.partner), attachment.sha256)
        if key in seen:
            continue  # the same file attached twice in the same role goes in once
        seen.add(key)
        counters[attachment.kind] = counters.get(attachment.kind, 0) + 1
        name = attachment_member_stem(attachment, dossier, call, counters[attachment.kind]) + ".pdf"
        members.append((safe_member_name(name, taken), attachment.data))
    return members


def archive_path(dest_dir: Path, dossier: Dossier, call: CallSpec) -> Path:
    return Path(dest_dir) / f"{submission_stem(dossier, call)}.zip"


def write_archive(path: Path, members: Sequence[tuple[str, Path | bytes]], when: dt.datetime | None = None) -> Path:
    """Write the members (name, file path or bytes) to a zip at `path`, atomically and 0600."""
    stamp = (when or dt.datetime.now()).timetuple()[:6]
    stamp = max(stamp, (1980, 1, 1, 0, 0, 0))  # the zip format cannot date anything earlier

    def fill(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in members:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100600 << 16  # a regular file, readable by its owner only
                data = Path(content).read_bytes() if isinstance(content, Path) else content
                archive.writestr(info, data)

    return write_atomically(Path(path), fill)


def build_archive(
    dossier: Dossier,
    call: CallSpec,
    dest_dir: Path,
    pdf: Path | None,
    docx: Path | None,
    lang: str = "fr",
    when: dt.datetime | None = None,
) -> Path:
    """IASANTE_AAPAMOR2026_<ACRONYME>.zip in `dest_dir` with the dossier's PDF (`pdf`: its own pages, not
    the merged one), the Word file and the attachments."""
    return write_archive(archive_path(dest_dir, dossier, call), archive_members(dossier, call, pdf, docx, lang), when)
