"""What can go wrong with a draft file, said in French first and English second, and what can be saved.

The records are NamedTuples: this module loads while the start page is built, where a frozen dataclass
costs four times as much to define."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple
from iasante_desktop.core.bilingual import BilingualError
from iasante_desktop.system_messages import reason, shown


class VersionInfo(NamedTuple):
    """One saved version of the dossier (a full snapshot). `reason` is "save", "autosave", "restore",
    "close" or "import"; `saved_at` is an aware UTC datetime."""

    id: int
    saved_at: dt.datetime
    reason: str
    label: str = ""
    # Only in DraftError.recoverable: attachments whose bytes are damaged and that recovery leaves out.
    lost_attachments: tuple[str, ...] = ()
    # Only for the last saved state (CURRENT_STATE_ID) of a damaged file: the fields (interchange keys)
    # whose end is lost, or that are lost and were taken from the newest version holding them.
    incomplete_fields: tuple[str, ...] = ()


class ExportRecord(NamedTuple):
    """The files an export produced (name, sha256, size in bytes) and the findings shown at that moment."""

    id: int
    when: dt.datetime
    files: list[tuple[str, str, int]]
    findings: list[dict]
    # The call file the dossier was checked against: {"id", "file", "sha256", "derived_from"}; None for an
    # export recorded without it (before calls could be installed).
    call: dict | None = None


CURRENT_STATE_ID = 0  # in DraftError.recoverable: the last saved state itself, when it is still readable


class DraftError(BilingualError):
    """A draft that cannot be opened or saved. `recoverable` lists what a damaged file still holds, newest
    first: the last saved state (id CURRENT_STATE_ID) when it differs from every version, then the saved
    versions; the GUI offers them through `Draft.open_recovering(path, version.id)`."""

    def __init__(
        self,
        fr: str,
        en: str,
        *,
        path: Path | None = None,
        recoverable: list[VersionInfo] | None = None,
    ) -> None:
        super().__init__(fr, en)
        self.path = path
        self.recoverable: list[VersionInfo] = list(recoverable or [])
        # True when the system refused (disk full, permissions, a lock, a name too long), not the file's
        # content: the command line exits 3 for these and 2 for a file it cannot use.
        self.system = False


def _system(error: DraftError) -> DraftError:
    error.system = True
    return error


class DraftLockedError(DraftError):
    """The draft is open in another window or another running copy of the application."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.system = True


# ---- the messages, in one place so the GUI and the tests see the same words --------------------------------


def not_found(path: Path) -> DraftError:
    return DraftError(
        f"Le brouillon « {shown(path.name)} » est introuvable ({shown(path.parent)}).",
        f"The draft “{shown(path.name)}” cannot be found ({shown(path.parent)}).",
        path=path,
    )


def not_a_draft(path: Path, why_fr: str, why_en: str) -> DraftError:
    return DraftError(
        f"« {shown(path.name)} » n'est pas un brouillon iasante-desktop : {why_fr}.",
        f"“{shown(path.name)}” is not an iasante-desktop draft: {why_en}.",
        path=path,
    )


# The parts of a dossier as the user knows them, to name what a recovery could not read whole.
FIELD_LABELS = {
    "call_id": ("appel", "call"),
    "format_version": ("version du format", "format version"),
    "language": ("langue", "language"),
    "acronym": ("acronyme", "acronym"),
    "title": ("titre", "title"),
    "keywords": ("mots-clés", "keywords"),
    "theme": ("thématique", "theme"),
    "resume": ("résumé", "summary"),
    "resume_grand_public": ("résumé grand public", "lay summary"),
    "partners": ("partenaires", "partners"),
    "description": ("description du projet", "project description"),
    "written_grand_total": ("montant total", "grand total"),
    "attachments": ("liste des pièces jointes", "list of attachments"),
}


def _labels(keys: tuple[str, ...], lang: int) -> str:
    return ", ".join(FIELD_LABELS.get(key, (key, key))[lang] for key in keys)


def damaged(path: Path, recoverable: list[VersionInfo]) -> DraftError:
    if recoverable:
        latest = recoverable[0]
        when = latest.saved_at.astimezone().strftime("%d/%m/%Y %H:%M")
        fr_tail = (
            f" {len(recoverable)} état(s) enregistré(s) restent lisibles ; le plus récent date du {when}. "
            "Vous pouvez repartir de l'un d'eux (le fichier endommagé est conservé à part)."
        )
        en_tail = (
            f" {len(recoverable)} saved state(s) are still readable; the latest is from {when}. "
            "You can start again from one of them (the damaged file is kept aside)."
        )
        if latest.incomplete_fields:
            fr_tail += (
                " Dans le dernier état enregistré, ces parties sont incomplètes (la fin manque ou elles "
                f"viennent d'une version antérieure), à relire : {_labels(latest.incomplete_fields, 0)}."
            )
            en_tail += (
                " In the last saved state these parts are incomplete (their end is missing or they come "
                f"from an earlier version), to be checked: {_labels(latest.incomplete_fields, 1)}."
            )
        if latest.lost_attachments:
            names = ", ".join(latest.lost_attachments)
            fr_tail += f" Pièces jointes illisibles, à joindre de nouveau : {names}."
            en_tail += f" Unreadable attachments, to attach again: {names}."
    else:
        fr_tail = " Aucune version enregistrée n'est lisible."
        en_tail = " No saved version is readable."
    return DraftError(
        f"Le brouillon « {shown(path.name)} » est endommagé et ne peut pas être ouvert tel quel." + fr_tail,
        f"The draft “{shown(path.name)}” is damaged and cannot be opened as it is." + en_tail,
        path=path,
        recoverable=recoverable,
    )


def newer_format(path: Path, found: int) -> DraftError:
    return DraftError(
        f"Le brouillon « {shown(path.name)} » a été écrit par une version plus récente de l'application "
        f"(format {found}). Mettez l'application à jour pour l'ouvrir.",
        f"The draft “{shown(path.name)}” was written by a newer version of the application (format {found}). "
        "Update the application to open it.",
        path=path,
    )


class DraftReadOnlyError(DraftError):
    """The draft (or its folder) cannot be written: it can still be read, checked and exported."""


class DraftNameTooLongError(DraftReadOnlyError):
    """The draft's name leaves no room for its journal: it can be read, not edited."""


def name_too_long(path: Path, room: int) -> DraftError:
    return _system(DraftNameTooLongError(
        f"Le nom du brouillon « {shown(path.name)} » est trop long pour ce disque : l'application doit pouvoir "
        f"écrire « {shown(path.name)}-journal » à côté pendant chaque enregistrement. Renommez-le (au plus "
        f"{room} caractères) ou choisissez un nom plus court.",
        f"The draft's name “{shown(path.name)}” is too long for this disk: the application must be able to "
        f"write “{shown(path.name)}-journal” beside it at each save. Rename it (at most {room} characters) or "
        "choose a shorter name.",
        path=path,
    ))


def read_only(path: Path) -> DraftError:
    return _system(DraftReadOnlyError(
        f"Le brouillon « {shown(path.name)} » est en lecture seule : l'application ne pourrait pas y enregistrer "
        "vos modifications. Copiez-le dans un dossier où vous pouvez écrire.",
        f"The draft “{shown(path.name)}” is read-only: the application could not save your changes to it. "
        "Copy it to a folder you can write to.",
        path=path,
    ))


def _why(detail: BaseException | str) -> tuple[str, str, str, str]:
    if isinstance(detail, BaseException):
        return reason(detail)
    return (detail, detail, "vérifiez le disque et le dossier, puis réessayez", "check the disk and the folder, then try again")


def _capital(text: str) -> str:
    """The advice as the start of its own sentence."""
    return text[:1].upper() + text[1:]


def folder_problem(path: Path, detail: BaseException | str) -> DraftError:
    why_fr, why_en, todo_fr, todo_en = _why(detail)
    return _system(DraftError(
        f"Impossible d'écrire le brouillon « {shown(path.name)} » dans {shown(path.parent)} : {why_fr}. {_capital(todo_fr)}.",
        f"Cannot write the draft “{shown(path.name)}” in {shown(path.parent)}: {why_en}. {_capital(todo_en)}.",
        path=path,
    ))


def unreadable(path: Path, detail: BaseException | str) -> DraftError:
    why_fr, why_en, todo_fr, todo_en = _why(detail)
    return _system(DraftError(
        f"Impossible de lire le brouillon « {shown(path.name)} » ({shown(path.parent)}) : {why_fr}. {_capital(todo_fr)}.",
        f"Cannot read the draft “{shown(path.name)}” ({shown(path.parent)}): {why_en}. {_capital(todo_en)}.",
        path=path,
    ))


def create_failed(path: Path, detail: BaseException | str) -> DraftError:
    why_fr, why_en, todo_fr, todo_en = _why(detail)
    return _system(DraftError(
        f"Le brouillon « {shown(path.name)} » n'a pas pu être créé dans {shown(path.parent)} : {why_fr}. "
        f"Aucun fichier n'a été laissé ; {todo_fr}.",
        f"The draft “{shown(path.name)}” could not be created in {shown(path.parent)}: {why_en}. "
        f"No file was left behind; {todo_en}.",
        path=path,
    ))


def already_exists(path: Path) -> DraftError:
    return DraftError(
        f"Le brouillon « {shown(path.name)} » existe déjà dans {shown(path.parent)} : il n'a pas été remplacé. "
        "Choisissez un autre nom, ou supprimez l'ancien d'abord.",
        f"The draft “{shown(path.name)}” already exists in {shown(path.parent)}: it was not replaced. "
        "Choose another name, or delete the old one first.",
        path=path,
    )


def being_written(path: Path) -> DraftLockedError:
    return DraftLockedError(
        f"Le brouillon « {shown(path.name)} » est déjà en cours d'écriture par un autre programme : rien n'a été "
        "remplacé. Attendez qu'il ait fini, ou choisissez un autre nom.",
        f"The draft “{shown(path.name)}” is already being written by another program: nothing was replaced. "
        "Wait until it is done, or choose another name.",
        path=path,
    )


def missing_folder(path: Path) -> DraftError:
    return _system(DraftError(
        f"Le dossier {shown(path.parent)} n'existe pas : le brouillon « {shown(path.name)} » ne peut pas y être écrit.",
        f"The folder {shown(path.parent)} does not exist: the draft “{shown(path.name)}” cannot be written there.",
        path=path,
    ))


def save_failed(path: Path, detail: BaseException | str) -> DraftError:
    why_fr, why_en, todo_fr, todo_en = _why(detail)
    return _system(DraftError(
        f"L'enregistrement du brouillon « {shown(path.name)} » a échoué : {why_fr}. La dernière version "
        f"enregistrée est intacte ; {todo_fr}.",
        f"Saving the draft “{shown(path.name)}” failed: {why_en}. The last saved state is intact; {todo_en}.",
        path=path,
    ))


def unknown_version(path: Path, version_id: int) -> DraftError:
    return DraftError(
        f"La version {version_id} n'existe pas dans le brouillon « {shown(path.name)} ».",
        f"Version {version_id} does not exist in the draft “{shown(path.name)}”.",
        path=path,
    )


def closed(path: Path) -> DraftError:
    return DraftError(
        f"Le brouillon « {shown(path.name)} » est fermé.",
        f"The draft “{shown(path.name)}” is closed.",
        path=path,
    )
