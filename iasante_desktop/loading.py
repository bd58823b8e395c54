"""Open whatever the user points at: a draft, a Word dossier, or the JSON interchange form."""

from __future__ import annotations

import json
from pathlib import Path

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, InterchangeError, from_json

MAX_JSON_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """A file the user named that cannot be used; one sentence in French and one in English."""

    def __init__(self, fr: str, en: str):
        super().__init__(en)
        self.fr = fr
        self.en = en

    def message(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


def load_dossier(path: Path, call: CallSpec) -> Dossier:
    """The dossier in a .docx, a draft (.iasante) or a .json file; InputError when it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} : fichier introuvable.", f"{path}: no such file.")
    if path.is_dir():
        raise InputError(f"{path} est un dossier, pas un fichier.", f"{path} is a folder, not a file.")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.documents.word_import import import_docx

        try:
            return import_docx(path, call).dossier
        except DocumentError as exc:
            raise InputError(exc.fr, exc.en) from None
    if suffix == ".json":
        return _load_json(path)
    from iasante_desktop.drafts import DRAFT_SUFFIX, Draft, DraftError

    if suffix != DRAFT_SUFFIX:
        raise InputError(
            f"{path.name} : format non reconnu ; attendu un fichier Word (.docx), un brouillon ({DRAFT_SUFFIX}) ou du JSON.",
            f"{path.name}: unknown format; expected a Word file (.docx), a draft ({DRAFT_SUFFIX}) or JSON.",
        )
    try:
        draft = Draft.open(path)
    except DraftError as exc:
        raise InputError(exc.fr, exc.en) from None
    try:
        return draft.load()
    except DraftError as exc:
        raise InputError(exc.fr, exc.en) from None
    finally:
        draft.close()


def _load_json(path: Path) -> Dossier:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InputError(f"{path.name} est trop volumineux.", f"{path.name} is too large.")
        data = json.loads(path.read_text(encoding="utf-8"))
        return from_json(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path.name} : JSON illisible ({exc}).", f"{path.name}: unreadable JSON ({exc}).") from None
    except InterchangeError as exc:
        raise InputError(f"{path.name} : {exc}", f"{path.name}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path.name} : lecture impossible ({exc.strerror}).", f"{path.name}: cannot read ({exc.strerror}).") from None
