"""Open whatever the user points at: a draft, a Word dossier, or the JSON interchange form.

The one way files are read, for the command line and the window alike: `read_word` for a Word dossier (its
notes and the warnings the import adds), `open_draft` for a draft kept open (its DraftError subclasses
left as they are, so the window can offer a damaged draft's versions), `load` for anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iasante_desktop.core.bilingual import BilingualError, Message
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier, InterchangeError, from_json
from iasante_desktop.system_messages import shown

if TYPE_CHECKING:
    from iasante_desktop.drafts import Draft

MAX_JSON_BYTES = 50 * 1024 * 1024


class InputError(BilingualError):
    """A file the user named that cannot be used. `system`: the system refused (permissions, disk, a lock),
    not the file's content."""

    def __init__(self, fr: str, en: str, system: bool = False) -> None:
        super().__init__(fr, en)
        self.system = system


def _from_draft_error(exc) -> InputError:
    return InputError(exc.fr, exc.en, system=getattr(exc, "system", False))


@dataclass
class Loaded:
    dossier: Dossier
    # remarks of the Word importer: a guessed site, an amount it could not read, a label it missed
    notes: list[Message] = field(default_factory=list)
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
        return read_word(path, call)
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


def read_word(path: Path, call: CallSpec) -> Loaded:
    """A Word dossier as a dossier, with the importer's notes and the warnings it adds to the check;
    InputError (one line, French then English) when the file cannot be used."""
    from iasante_desktop.documents.errors import DocumentError
    from iasante_desktop.documents.word_import import import_docx

    try:
        result = import_docx(Path(path), call)
    except DocumentError as exc:
        raise InputError(exc.fr, exc.en) from None
    except OSError as exc:
        raise InputError(
            f"{shown(Path(path).name)} : lecture impossible ({exc.strerror or exc}).",
            f"{shown(Path(path).name)}: cannot read ({exc.strerror or exc}).",
            system=True,
        ) from None
    return Loaded(result.dossier, [Message(note.fr, note.en) for note in result.notes], findings=result.findings)


def open_draft(path: Path) -> tuple[Draft, Dossier]:
    """A draft opened for editing (locked) and its dossier. Raises the drafts' own errors: DraftLockedError,
    or a DraftError that may offer the versions still readable."""
    from iasante_desktop.drafts import Draft, DraftError

    draft = Draft.open(path)
    try:
        return draft, draft.load()
    except DraftError:
        try:
            draft.close()
        except DraftError:
            pass
        raise


def _load_draft(path: Path, keep_open: bool) -> Loaded:
    from iasante_desktop.drafts import Draft, DraftError

    if not keep_open:
        # Reading needs no lock: a draft open in the app can be checked at the same time.
        try:
            return Loaded(Draft.read_only(path))
        except DraftError as exc:
            raise _from_draft_error(exc) from None
    from iasante_desktop.drafts.errors import DraftLockedError, DraftNameTooLongError, DraftReadOnlyError

    try:
        draft, dossier = open_draft(path)
    except (DraftLockedError, DraftReadOnlyError) as exc:
        # Exporting only reads the dossier: a draft open in the app, or one that cannot be written, is read
        # as `check` reads it; only the note of the export in its history is given up, and said.
        try:
            dossier = Draft.read_only(path)
        except DraftError as exc2:
            raise _from_draft_error(exc2) from None
        if isinstance(exc, DraftLockedError):
            why_fr, why_en = "il est ouvert dans une autre fenêtre ou un autre programme", "it is open in another window or program"
        elif isinstance(exc, DraftNameTooLongError):
            why_fr, why_en = "son nom est trop long pour y enregistrer", "its name is too long to save into it"
        else:
            why_fr, why_en = "il est en lecture seule", "it is read-only"
        note = Message(
            f"le brouillon « {shown(path.name)} » est lu tel qu'enregistré ({why_fr}) : cet export ne sera pas "
            "noté dans son historique.",
            f"the draft “{shown(path.name)}” is read as last saved ({why_en}): this export will not be noted in "
            "its history.",
        )
        return Loaded(dossier, notes=[note])
    except DraftError as exc:
        raise _from_draft_error(exc) from None
    return Loaded(dossier, draft=draft)


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
