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


def file_stem(acronym: str, call: CallSpec) -> str | None:
    """'IASANTE_AAPAMOR2026_NEURO-IA' for a valid acronym, None otherwise."""
    if acronym_problem(acronym, call):
        return None
    return call.submission.file_stem.format(acronym=ascii_fold(acronym.strip()).upper())
