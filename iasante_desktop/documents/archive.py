"""The zip the call accepts instead of a single PDF: IASANTE_AAPAMOR2026_<ACRONYME>.zip holding the final
PDF, the Word file and each attachment, under names any Windows machine can unpack.

Names keep their accents (zipfile sets the UTF-8 flag on every non-ASCII name, which Windows 10+, macOS
and Linux honour; an ASCII name reads the same in any encoding) but lose what Windows refuses: path
separators, the characters <>:"/\\|?*, control characters, trailing dots and spaces, device names such as
CON or NUL, and names equal but for case.
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


def _attachment_prefix(attachment: Attachment, counters: dict[str, int], lang: str) -> str:
    if attachment.kind == "cv" and attachment.partner is not None:
        return f"CV_P{attachment.partner + 1}_"
    counters[attachment.kind] = counters.get(attachment.kind, 0) + 1
    words = {"cv": "CV", "letter": "Letter" if lang == "en" else "Lettre", "annex": "Annex" if lang == "en" else "Annexe"}
    return f"{words.get(attachment.kind, 'Annexe')}_{counters[attachment.kind]}_"


def archive_members(
    dossier: Dossier, call: CallSpec, pdf: Path | None, docx: Path | None, lang: str = "fr"
) -> list[tuple[str, Path | bytes]]:
    """(name in the zip, content) for the final PDF, the Word file and every attachment, in that order."""
    stem = submission_stem(dossier, call)
    taken: set[str] = set()
    members: list[tuple[str, Path | bytes]] = []
    for path, suffix in ((pdf, "pdf"), (docx, "docx")):
        if path is not None:
            members.append((safe_member_name(f"{stem}.{suffix}", taken), Path(path)))
    counters: dict[str, int] = {}
    for attachment in ordered_attachments(dossier):
        original = Path(attachment.filename.replace("\\", "/")).name.strip().rstrip(".") or "piece.pdf"
        if not original.lower().endswith(".pdf"):
            original += ".pdf"
        members.append((safe_member_name(_attachment_prefix(attachment, counters, lang) + original, taken), attachment.data))
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
    """IASANTE_AAPAMOR2026_<ACRONYME>.zip in `dest_dir` with the PDF, the Word file and the attachments."""
    return write_archive(archive_path(dest_dir, dossier, call), archive_members(dossier, call, pdf, docx, lang), when)
