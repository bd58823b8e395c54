"""The file name the call imposes, IASANTE_AAPAMOR2026_<ACRONYME>, made from the dossier's acronym."""

from __future__ import annotations

import re
import unicodedata

from iasante_desktop.core.callspec import CallSpec


def ascii_fold(text: str) -> str:
    """Drop accents the way a file system without Unicode would need: 'Santé' -> 'Sante'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace("Œ", "OE")


def acronym_problem(acronym: str, call: CallSpec) -> str | None:
    """None when the acronym makes a valid file name; else a short reason code."""
    acronym = acronym.strip()
    if not acronym:
        return "empty"
    if any(ch.isspace() for ch in acronym):
        return "space"
    if not re.fullmatch(call.submission.acronym_pattern, ascii_fold(acronym)):
        return "characters"
    return None


PREVIEW_SUFFIX = "_APERCU"


def preview_stem(acronym: str, call: CallSpec) -> str:
    """The name of a preview: the submission's name with _APERCU after it, never the submission's own, and
    something usable even while the acronym is missing or invalid ('IASANTE_AAPAMOR2026_SANS-ACRONYME_APERCU')."""
    stem = file_stem(acronym, call)
    if stem is None:
        cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_fold(acronym.strip())).strip("-").upper()[:40]
        stem = call.submission.file_stem.format(acronym=cleaned or "SANS-ACRONYME")
    return stem + PREVIEW_SUFFIX


def file_stem(acronym: str, call: CallSpec) -> str | None:
    """'IASANTE_AAPAMOR2026_NEURO-IA' for a valid acronym, None otherwise."""
    if acronym_problem(acronym, call):
        return None
    return call.submission.file_stem.format(acronym=ascii_fold(acronym.strip()).upper())
