"""Open whatever the user points at: a draft, a Word dossier, or the JSON interchange form."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iasante_desktop.core.bilingual import BilingualError
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, InterchangeError, from_json

if TYPE_CHECKING:
    from iasante_desktop.drafts import Draft

MAX_JSON_BYTES = 50 * 1024 * 1024


class InputError(BilingualError):
    """A file the user named that cannot be used."""


@dataclass
class Loaded:
    dossier: Dossier
    # (fr, en) remarks of the Word importer: a guessed site, an amount it could not read, a label it missed
    notes: list[tuple[str, str]] = field(default_factory=list)
    draft: Draft | None = None  # the draft, still open and locked, when asked for (to record an export)
    # Warnings the import adds to the check: content left out that took room on the page (import.dropped_content)
    findings: list = field(default_factory=list)


def load(path: Path, call: CallSpec, keep_draft_open: bool = False) -> Loaded:
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
            result = import_docx(path, call)
        except DocumentError as exc:
            raise InputError(exc.fr, exc.en) from None
        return Loaded(result.dossier, [(note.fr, note.en) for note in result.notes], findings=result.findings)
    if suffix == ".json":
        return Loaded(_load_json(path))
    from iasante_desktop.drafts import DRAFT_SUFFIX

    if suffix != DRAFT_SUFFIX:
        raise InputError(
            f"{path.name} : format non reconnu ; attendu un fichier Word (.docx), un brouillon ({DRAFT_SUFFIX}) ou du JSON.",
            f"{path.name}: unknown format; expected a Word file (.docx), a draft ({DRAFT_SUFFIX}) or JSON.",
        )
    return _load_draft(path, keep_draft_open)


def load_dossier(path: Path, call: CallSpec) -> Dossier:
    return load(path, call).dossier


def _load_draft(path: Path, keep_open: bool) -> Loaded:
    from iasante_desktop.drafts import Draft, DraftError

    if not keep_open:
        # Reading needs no lock: a draft open in the app can be checked at the same time.
        try:
            return Loaded(Draft.read_only(path))
        except DraftError as exc:
            raise InputError(exc.fr, exc.en) from None
    try:
        draft = Draft.open(path)
    except DraftError as exc:
        raise InputError(exc.fr, exc.en) from None
    try:
        dossier = draft.load()
    except DraftError as exc:
        draft.close()
        raise InputError(exc.fr, exc.en) from None
    if keep_open:
        return Loaded(dossier, draft=draft)
    draft.close()
    return Loaded(dossier)


def _load_json(path: Path) -> Dossier:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InputError(f"{path.name} est trop volumineux.", f"{path.name} is too large.")
        data = json.loads(path.read_text(encoding="utf-8"))
        return from_json(data)
    except RecursionError:
        raise InputError(
            f"{path.name} : JSON trop profondément imbriqué.", f"{path.name}: JSON nested too deeply."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path.name} : JSON illisible ({exc}).", f"{path.name}: unreadable JSON ({exc}).") from None
    except InterchangeError as exc:
        raise InputError(f"{path.name} : {exc}", f"{path.name}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path.name} : lecture impossible ({exc.strerror}).", f"{path.name}: cannot read ({exc.strerror}).") from None
