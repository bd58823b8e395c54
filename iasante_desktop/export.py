"""The submission, for the CLI and the GUI alike: check, then build every file in a hidden staging folder
inside the destination, then move the finished files into place and note the export in the draft.

Nothing is written while the dossier has errors; warnings do not block. A failure part-way leaves the
destination as it was (the staging folder is removed), and each file that does land there is whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Attachment, Dossier
from iasante_desktop.core.findings import Finding, HasFindings
from iasante_desktop.core.wording import plural
from iasante_desktop.documents.atomic import FILE_MODE
from iasante_desktop.documents.errors import DocumentError, DocumentWriteError
from iasante_desktop.documents.names import submission_stem
from iasante_desktop.system_messages import reason, shown

if TYPE_CHECKING:
    from iasante_desktop.documents.email_draft import SizeReport
    from iasante_desktop.documents.pdf_assembly import AssemblyReport
    from iasante_desktop.documents.pdf_check import PdfInfo
    from iasante_desktop.drafts import Draft

FORMATS = ("pdf", "zip", "docx", "eml")
STAGE_PREFIX = ".iasante-export-"
STAGE_LOCK = ".en-cours"  # held (flock) by the export that owns the staging folder, for as long as it runs
# A staging folder without its lock file is from an export killed before it took it (or from an older
# version of the application): gone after this long. One with an unheld lock goes at once.
UNLOCKED_STAGE_SECONDS = 60
WINDOWS_STALE_STAGE_SECONDS = 24 * 3600  # Windows cannot tell a running export's folder: a day, as before


@dataclass
class ExportResult(HasFindings):
    files: list[Path]  # what landed in the destination, in FORMATS order
    findings: list[Finding]  # everything the check found; only warnings when the export went through
    refused: bool  # True: the dossier has errors and nothing was written
    size_report: SizeReport | None = None  # the e-mail's encoded size against common limits
    zip_size_report: SizeReport | None = None  # the same for the zip, when one was made
    assembly: AssemblyReport | None = None  # where each part starts in the final PDF
    mailto: str = ""  # a mailto: link (the file must be attached by hand)
    sent_file: Path | None = None  # the file to send: the PDF, or the zip when only the zip was asked
    notes: list[tuple[str, str]] = field(default_factory=list)  # (fr, en) remarks that did not stop the export


def _findings(dossier: Dossier, call: CallSpec, today: dt.date | None) -> list[Finding]:
    from iasante_desktop.checking import check

    return check(dossier, call, today=today).findings


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _flush(path: Path) -> None:
    # Other writers (python-docx) do not fsync; the rename into place must not outrun the data.
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(path, FILE_MODE)


def _normalise_formats(formats: Iterable[str]) -> tuple[str, ...]:
    wanted = set(formats)
    if "all" in wanted:
        wanted = set(FORMATS)
    unknown = wanted - set(FORMATS)
    if unknown or not wanted:
        raise ValueError(f"unknown export formats {sorted(unknown)}; expected some of {FORMATS}")
    return tuple(f for f in FORMATS if f in wanted)


def export(
    dossier: Dossier,
    call: CallSpec,
    dest_dir: Path,
    formats: Iterable[str] = frozenset(FORMATS),
    draft: Draft | None = None,
    lang: str = "fr",
    today: dt.date | None = None,
) -> ExportResult:
    """Write IASANTE_AAPAMOR2026_<ACRONYME>.pdf/.zip/.docx/.eml into `dest_dir`, or refuse while the
    dossier has errors. Raises DocumentError (French first) when a file cannot be made or written."""
    from iasante_desktop.documents.archive import build_archive
    from iasante_desktop.documents.email_draft import build_email, mailto_url, size_report, write_email_draft
    from iasante_desktop.documents.pdf_assembly import assemble_pdf

    wanted = _normalise_formats(formats)
    findings = _findings(dossier, call, today)
    if any(f.is_error for f in findings):
        return ExportResult(files=[], findings=findings, refused=True)
    stem = submission_stem(dossier, call)
    dest_dir = Path(dest_dir)
    _refuse_folders_in_the_way(dest_dir, [f"{stem}.{f}" for f in wanted])
    stage_lock = real_stage = None
    try:
        _make_private_folders(dest_dir)
        _remove_stale_stages(dest_dir)
        real_stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=dest_dir))
        stage_lock = _hold_stage(real_stage)
        stage = _utf8_alias(real_stage, stage_lock)
    except OSError as exc:
        if real_stage is not None:
            shutil.rmtree(real_stage, ignore_errors=True)
        if stage_lock is not None:
            os.close(stage_lock)
        raise _write_failure(dest_dir / f"{stem}.pdf", exc) from None

    result = ExportResult(files=[], findings=findings, refused=False)
    try:
        pdf = docx = archive = eml = None
        send_zip = "zip" in wanted and "pdf" not in wanted
        # The zip is the submission as separate files: the dossier's own pages, the Word file and each
        # attachment once; the single PDF merges the attachments in instead.
        pages_only = stage / "zip" / f"{stem}.pdf" if "zip" in wanted else None
        if pages_only is not None:
            pages_only.parent.mkdir(mode=0o700)
        if "pdf" in wanted or "zip" in wanted or "eml" in wanted:
            pdf = stage / f"{stem}.pdf"
            result.assembly = assemble_pdf(dossier, call, pdf, lang=lang, dossier_only=pages_only)
        if "docx" in wanted or "zip" in wanted:
            from iasante_desktop.documents.word_export import export_docx

            docx = stage / f"{stem}.docx"
            from iasante_desktop.checking import engine_for

            export_docx(dossier, call, docx, lang=lang, engine=engine_for(call))
        if "zip" in wanted:
            archive = build_archive(dossier, call, stage, pages_only, docx, lang=lang)
        sent = archive if send_zip else pdf
        if "eml" in wanted:
            eml, result.size_report = write_email_draft(dossier, call, stage, sent)
        elif sent is not None:
            encoded = len(build_email(dossier, call, sent).as_bytes())
            result.size_report = size_report(encoded, sent.stat().st_size)
        if archive is not None:
            # The zip's size against the same limits as the PDF's, whichever of the two is sent.
            result.zip_size_report = (
                result.size_report if sent == archive
                else size_report(len(build_email(dossier, call, archive).as_bytes()), archive.stat().st_size)
            )
        produced = {"pdf": pdf, "zip": archive, "docx": docx, "eml": eml}
        staged = [produced[f] for f in wanted]
        for path in staged:
            _flush(path)
        result.files = _move_into_place(staged, dest_dir, stage)
        if sent is not None:
            result.sent_file = dest_dir / sent.name if sent in staged else None
            result.mailto = mailto_url(dossier, call, sent.name)
    except DocumentWriteError as exc:
        # Said of the destination the user chose, never of the hidden staging folder that is removed now.
        if getattr(exc, "in_destination", False):
            raise
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, OSError):
            raise _write_failure(dest_dir / _user_name(cause, stage, stem), cause) from None
        fix = lambda text: text.replace(str(stage), str(dest_dir)).replace(str(real_stage), str(dest_dir))  # noqa: E731
        raise DocumentWriteError(fix(exc.fr), fix(exc.en)) from None
    except OSError as exc:
        raise _write_failure(dest_dir / _user_name(exc, stage, stem), exc) from None
    finally:
        shutil.rmtree(real_stage, ignore_errors=True)
        if stage_lock is not None:
            alias = _ALIASES.pop(stage_lock, None)
            if alias is not None:
                os.close(alias)
            os.close(stage_lock)
    if draft is not None:
        _record(draft, result, lang, call)
    return result


def export_preview(
    dossier: Dossier, call: CallSpec, dest_dir: Path, lang: str = "fr", today: dt.date | None = None
) -> ExportResult:
    """A preview to circulate among co-authors while errors remain: the dossier's own pages (the partners'
    CVs are not passed around) as <name>_APERCU.pdf and .docx, "Brouillon — non conforme" on every page, never
    under the submission's name. The findings say what still blocks the real export."""
    from iasante_desktop.checking import engine_for
    from iasante_desktop.core.document import PREVIEW_MARK
    from iasante_desktop.core.naming import preview_stem
    from iasante_desktop.documents.atomic import commit, temp_path_beside
    from iasante_desktop.documents.word_export import export_docx
    from iasante_desktop.typeset.pdf import PdfRenderError, render_dossier_pdf  # Qt loads only for a PDF

    findings = _findings(dossier, call, today)
    stem = preview_stem(dossier.acronym, call)
    dest_dir = Path(dest_dir)
    mark = PREVIEW_MARK.get(lang, PREVIEW_MARK["fr"])
    pdf, docx = dest_dir / f"{stem}.pdf", dest_dir / f"{stem}.docx"
    _refuse_folders_in_the_way(dest_dir, [pdf.name, docx.name])
    try:
        _make_private_folders(dest_dir)
    except OSError as exc:
        raise _write_failure(pdf, exc) from None
    engine = engine_for(call)
    author = dossier.partners[0].carrier_name.strip() if dossier.partners else ""
    with temp_path_beside(pdf) as temp:
        try:
            render_dossier_pdf(dossier, call, temp, lang=lang, author=author, engine=engine, watermark=mark)
        except OSError as exc:
            raise _write_failure(pdf, exc) from None
        except PdfRenderError as exc:
            raise DocumentWriteError(str(exc), str(exc)) from None  # its message holds both languages
        commit(temp, pdf)
    export_docx(dossier, call, docx, lang=lang, engine=engine, watermark=mark)
    return ExportResult(files=[pdf, docx], findings=findings, refused=False)


def call_record(call: CallSpec) -> dict:
    """Which call file (and which version of it, by SHA-256) a dossier was checked against."""
    from iasante_desktop.core.callfile import call_digest

    return {"id": call.id, "file": str(call.path), "sha256": call_digest(call), "derived_from": call.derived_from}


def _utf8_alias(stage: Path, lock_fd: int) -> Path:
    """`stage` under a name Qt and the PDF worker can take. A folder whose name is not UTF-8 (old shares,
    USB keys: Linux only, where names are bytes) cannot become a QString: Qt would write nowhere. Linux
    names the same folder /proc/<pid>/fd/<n> through a descriptor this process holds (the worker, a child,
    can use it too); renames through it stay within the folder's file system."""
    try:
        os.fsdecode(os.fsencode(stage)).encode("utf-8")
        return stage
    except UnicodeEncodeError:
        pass
    proc = Path(f"/proc/{os.getpid()}/fd")
    if not proc.is_dir():  # pragma: no cover - only Linux has byte names that are not UTF-8
        return stage
    fd = os.open(stage, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    _ALIASES[lock_fd] = fd
    return proc / str(fd)


_ALIASES: dict[int, int] = {}  # stage lock descriptor -> descriptor of the stage folder named through /proc


def _user_name(exc: OSError, stage: Path, stem: str) -> str:
    """The name, as the user will know it, of the file a failure concerns (not a staging path)."""
    for name in (exc.filename, getattr(exc, "filename2", None)):
        if name:
            base = os.path.basename(os.fsdecode(name))
            if base.startswith(stem):
                return base
    return f"{stem}.pdf"


def _write_failure(target: Path, exc: BaseException) -> DocumentWriteError:
    why_fr, why_en, todo_fr, todo_en = reason(exc)
    error = DocumentWriteError(
        f"« {shown(target.name)} » n'a pas pu être écrit dans {shown(target.parent)} : {why_fr}. "
        f"Ce dossier est resté tel qu'il était ; {todo_fr}.",
        f"“{shown(target.name)}” could not be written in {shown(target.parent)}: {why_en}. "
        f"That folder was left as it was; {todo_en}.",
    )
    error.in_destination = True
    return error


def _refuse_folders_in_the_way(dest_dir: Path, names: list[str]) -> None:
    """A folder (or anything but a plain file) carrying an export's name is the user's: never moved away or
    deleted to make room. Said before any work is done."""
    for name in names:
        target = dest_dir / name
        if os.path.lexists(target) and not (target.is_file() and not target.is_symlink()):
            raise DocumentWriteError(
                f"« {shown(name)} » existe déjà dans {shown(dest_dir)} et ce n'est pas un fichier (un dossier ?) : "
                "l'export ne le remplace pas. Renommez-le ou déplacez-le, ou choisissez un autre dossier, puis "
                "exportez de nouveau.",
                f"“{shown(name)}” already exists in {shown(dest_dir)} and is not a file (a folder?): the export "
                "does not replace it. Rename or move it, or choose another folder, then export again.",
            )


def _hold_stage(stage: Path) -> int:
    """Mark `stage` as in use by this export (a lock the kernel drops if the process is killed)."""
    fd = os.open(stage / STAGE_LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _stage_in_use(folder: Path) -> bool:
    lock = folder / STAGE_LOCK
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        try:
            age = dt.datetime.now().timestamp() - folder.stat().st_mtime
        except OSError:
            return True
        return age < UNLOCKED_STAGE_SECONDS
    except OSError:
        return True
    try:
        if os.name != "posix":  # pragma: no cover - Windows has no flock to probe: the former day's wait
            try:
                return dt.datetime.now().timestamp() - folder.stat().st_mtime < WINDOWS_STALE_STAGE_SECONDS
            except OSError:
                return True
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        return False
    finally:
        os.close(fd)


def _move_into_place(staged: list[Path], dest_dir: Path, stage: Path) -> list[Path]:
    """Move the finished files into `dest_dir` as one set: if any move fails, the files of a previous
    export come back, so the folder never mixes two exports."""
    _refuse_folders_in_the_way(dest_dir, [path.name for path in staged])  # one may have appeared meanwhile
    backups: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    target = dest_dir
    try:
        for path in staged:
            target = dest_dir / path.name
            if target.exists():
                backup = stage / f".previous-{path.name}"
                os.replace(target, backup)
                backups.append((backup, target))
            os.replace(path, target)
            placed.append(target)
    except OSError as exc:
        for done in placed:
            done.unlink(missing_ok=True)
        for backup, previous in backups:
            os.replace(backup, previous)
        raise _write_failure(target, exc) from None
    return placed


def _make_private_folders(folder: Path) -> None:
    """Create `folder` and any missing parent, each 0700: they will hold the dossier's files."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask


def _remove_stale_stages(dest_dir: Path) -> None:
    """Staging folders a killed export left behind (they hold copies of CVs: personal data), removed at the
    next export into the same folder. A running export holds its folder's lock, and is left alone."""
    for folder in dest_dir.glob(f"{STAGE_PREFIX}*"):
        try:
            if folder.is_dir() and not folder.is_symlink() and not _stage_in_use(folder):
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _record(draft: Draft, result: ExportResult, lang: str, call: CallSpec) -> None:
    from iasante_desktop.drafts import DraftError

    files = [(path.name, _sha256(path), path.stat().st_size) for path in result.files]
    try:
        draft.record_export(
            dt.datetime.now(dt.timezone.utc), files, [f.to_json(lang) for f in result.findings], call=call_record(call)
        )
    except DraftError as exc:
        # The files are written and whole; only the history line is missing.
        result.notes.append(
            (f"Export réussi, mais non noté dans l'historique du brouillon : {exc.fr}",
             f"Export done, but not noted in the draft's history: {exc.en}")
        )


# ---- attaching a PDF -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachOutcome:
    attachment: Attachment
    info: PdfInfo
    replaced: Attachment | None  # the partner's previous CV, now removed
    already_attached: bool  # the very same file (same bytes, same role) was already there: nothing changed
    warnings: tuple[tuple[str, str], ...] = ()  # (fr, en): a CV that names another partner more than its own


def attach_file(dossier: Dossier, path: Path, kind: str, partner: int | None = None) -> AttachOutcome:
    """Check the PDF at `path` and add it to the dossier; a CV replaces the same partner's previous one.
    `partner` is 0-based. Raises DocumentError when the PDF cannot be used or the partner does not exist."""
    from iasante_desktop.documents.pdf_check import load_attachment

    if kind == "cv":
        count = len(dossier.partners)
        if partner is None or not 0 <= partner < count:
            shown = "?" if partner is None else partner + 1
            raise DocumentError(
                f"Le dossier compte {count} {plural(count, 'partenaire', 'partenaires')} : le CV doit être celui d'un partenaire de 1 à {count} (reçu {shown}).",
                f"The dossier has {count} {plural(count, 'partner', 'partners', 'en')}: the CV must belong to a partner from 1 to {count} (got {shown}).",
            )
    else:
        partner = None
    attachment, info = load_attachment(path, kind, partner)
    for existing in dossier.attachments:
        if existing.kind == kind and existing.partner == partner and existing.sha256 == attachment.sha256:
            return AttachOutcome(existing, info, None, already_attached=True)
    replaced = None
    if kind == "cv":
        replaced = next((a for a in dossier.attachments if a.kind == "cv" and a.partner == partner), None)
        dossier.attachments = [a for a in dossier.attachments if not (a.kind == "cv" and a.partner == partner)]
    dossier.attachments.append(attachment)
    warnings = ()
    if kind == "cv":
        from iasante_desktop.core.attachment_checks import cv_names_other_partner

        found = cv_names_other_partner(info.text, dossier, partner)
        warnings = (found,) if found else ()
    return AttachOutcome(attachment, info, replaced, already_attached=False, warnings=warnings)
