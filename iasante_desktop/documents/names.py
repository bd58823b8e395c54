"""The name every exported file carries, IASANTE_AAPAMOR2026_<ACRONYME>, or a refusal when the acronym
cannot make one (the rules report it as `naming.acronym`; this guards writers called directly)."""

from __future__ import annotations

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.naming import file_stem
from iasante_desktop.documents.errors import DocumentError


def submission_stem(dossier: Dossier, call: CallSpec) -> str:
    stem = file_stem(dossier.acronym, call)
    if stem is None:
        raise DocumentError(
            f"L'acronyme « {dossier.acronym} » ne permet pas de nommer les fichiers comme l'exige l'appel.",
            f"The acronym “{dossier.acronym}” cannot make the file names the call requires.",
        )
    return stem
