"""The one PDF the committee receives: the dossier's pages, then each partner's CV in partner order, then
the letters of interest, then the other annexes.

Each part gets a bookmark (the dossier's sections nested under its own) and page labels saying where it
starts ("Dossier 1", "CV P1-1", "Lettre 1-1", ...), so a reviewer can jump to any part. The merge runs in
the PDF worker (a hostile attachment cannot hang the app); the file is written atomically, 0600.
"""

from __future__ import annotations

import errno
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from iasante_desktop import __version__
from iasante_desktop.core.callspec import SUPPORTED_FORMAT, CallSpec
from iasante_desktop.core.dossier import Attachment, Dossier
from iasante_desktop.documents import pdf_sandbox
from iasante_desktop.documents.atomic import commit, temp_path_beside, write_error
from iasante_desktop.documents.errors import DocumentError, DocumentWriteError
from iasante_desktop.documents.pdf_check import crash_error, refusal

ASSEMBLY_TIMEOUT_SECONDS = 120.0
CREATOR = "iasante-desktop"
_KIND_ORDER = {"cv": 0, "letter": 1, "annex": 2}


@dataclass(frozen=True)
class Part:
    """One stretch of the final PDF."""

    bookmark: str
    label: str  # page-label prefix: the part's first page reads label + "1"
    first_page: int  # 0-based, in the final PDF
    pages: int
    filename: str = ""  # the attachment's file name; "" for the dossier itself


@dataclass(frozen=True)
class AssemblyReport:
    path: Path
    pages: int
    parts: tuple[Part, ...]


def ordered_attachments(dossier: Dossier) -> list[Attachment]:
    """CVs in partner order, then letters, then annexes; each group keeps the order the user gave."""
    indexed = list(enumerate(dossier.attachments))

    def key(item: tuple[int, Attachment]) -> tuple[int, int, int]:
        position, attachment = item
        partner = attachment.partner if attachment.kind == "cv" and attachment.partner is not None else 10_000
        return (_KIND_ORDER.get(attachment.kind, 3), partner, position)

    return [attachment for _, attachment in sorted(indexed, key=key)]


def _label_and_bookmark(attachment: Attachment, dossier: Dossier, counters: dict[str, int], lang: str) -> tuple[str, str]:
    """(page-label prefix, bookmark title) for an attached file."""
    en = lang == "en"
    if attachment.kind == "cv" and attachment.partner is not None:
        n = attachment.partner + 1
        known = attachment.partner < len(dossier.partners)
        carrier = dossier.partners[attachment.partner].carrier_name.strip() if known else ""
        who = (f"Partner {n}" if en else f"Partenaire {n}") + ((": " if en else " : ") + carrier if carrier else "")
        return f"CV P{n}-", f"CV — {who}"
    counters[attachment.kind] = counters.get(attachment.kind, 0) + 1
    k = counters[attachment.kind]
    name = attachment.title.strip() or attachment.filename
    colon = ": " if en else " : "
    word, label = {
        "cv": ("CV", "CV"),
        "letter": ("Letter of interest", "Letter") if en else ("Lettre d'intérêt", "Lettre"),
    }.get(attachment.kind, ("Annex", "Annex") if en else ("Annexe", "Annexe"))
    return f"{label} {k}-", f"{word} {k}{colon}{name}"


def pdf_metadata(dossier: Dossier, call: CallSpec, lang: str = "fr") -> dict[str, str]:
    call_name = call.name.get(lang)
    subject = f"Application to the call {call_name}" if lang == "en" else f"Dossier de candidature à l'appel {call_name}"
    # Which call file, and which version of it, the dossier was checked against.
    from iasante_desktop.core.callfile import call_digest

    digest = call_digest(call)[:16]
    checked = "checked against" if lang == "en" else "vérifié selon"
    subject += f" [{checked} {call.id}, {call.path.name}, format {SUPPORTED_FORMAT}, sha256 {digest}]"
    author = dossier.partners[0].carrier_name.strip() if dossier.partners else ""
    return {
        "Title": f"{dossier.acronym.strip()} — {call_name}",
        "Author": author,
        "Subject": subject,
        "Keywords": ", ".join(k.strip() for k in dossier.keywords if k.strip()),
        "Creator": CREATOR,
        "Producer": f"{CREATOR} {__version__} (pypdf)",
    }


def merge_pdf(
    dossier_pdf: Path,
    bookmarks: Sequence[tuple[str, int]],
    dossier: Dossier,
    call: CallSpec,
    path: Path,
    lang: str = "fr",
    timeout: float = ASSEMBLY_TIMEOUT_SECONDS,
    job: pdf_sandbox.Job | None = None,
) -> AssemblyReport:
    """Merge an already rendered dossier PDF (with its section bookmarks, 0-based pages) and the
    dossier's attachments into `path`. `job`: a worker already started for "assemble"."""
    path = Path(path)
    attachments = ordered_attachments(dossier)
    dossier_title = "Application" if lang == "en" else "Dossier de candidature"
    planned = [(dossier_title, "Dossier ", "")]  # (bookmark, label, file name) per part, in order
    counters: dict[str, int] = {}
    for attachment in attachments:
        label, bookmark = _label_and_bookmark(attachment, dossier, counters, lang)
        planned.append((bookmark, label, attachment.filename))
    try:
        work = Path(tempfile.mkdtemp(prefix=".iasante-pdf-", dir=path.parent))  # 0700
    except OSError as exc:
        if job is not None:
            job.cancel()
        raise write_error(path, exc) from None
    try:
        sources = [Path(dossier_pdf)]
        for index, attachment in enumerate(attachments):
            sources.append(work / f"{index:03d}.pdf")
            sources[-1].write_bytes(attachment.data)
        parts = [
            {"path": str(source), "label": label, "bookmark": bookmark}
            for source, (bookmark, label, _) in zip(sources, planned, strict=True)
        ]
        parts[0]["bookmarks"] = [[title, page] for title, page in bookmarks]
        with temp_path_beside(path) as temp:
            request = {
                "output": str(temp),
                "parts": parts,
                "metadata": pdf_metadata(dossier, call, lang),
                "lang": "en" if lang == "en" else "fr-FR",
            }
            answer = _run_assembly(request, [name or "dossier.pdf" for _, _, name in planned], timeout, job)
            job = None
            commit(temp, path)
    except OSError as exc:
        raise write_error(path, exc) from None
    finally:
        if job is not None:  # never asked: something failed before the request was sent
            job.cancel()
        shutil.rmtree(work, ignore_errors=True)
    report_parts = tuple(
        Part(bookmark=bookmark, label=label, first_page=first, pages=count, filename=filename)
        for (bookmark, label, filename), (first, count) in zip(planned, answer["parts"], strict=True)
    )
    return AssemblyReport(path=path, pages=int(answer["pages"]), parts=report_parts)


def _run_assembly(request: dict, names: list[str], timeout: float, job: pdf_sandbox.Job | None = None) -> dict:
    try:
        job = job or pdf_sandbox.start("assemble")
        answer = job.answer(json.dumps(request).encode("utf-8"), timeout)
    except pdf_sandbox.WorkerTimeout:
        raise DocumentError(
            f"L'assemblage du PDF final dépasse {timeout:.0f} s et a été arrêté ; une pièce jointe est sans doute "
            "endommagée : retirez-les une à une pour trouver laquelle.",
            f"Assembling the final PDF took over {timeout:.0f} s and was stopped; an attachment is probably "
            "damaged: remove them one at a time to find which.",
        ) from None
    except pdf_sandbox.WorkerCrashed as exc:
        raise crash_error("PDF final", str(exc)) from None
    if not answer.get("ok"):
        part = answer.get("part")
        name = names[part] if isinstance(part, int) and 0 <= part < len(names) else "PDF"
        raise refusal(answer.get("reason", "unreadable"), name)
    return answer


def _check_whole(rendered: Path) -> None:
    """Qt's PDF writer says nothing when the disk refuses its writes (full disk, file size limit): a file it
    wrote that does not end with its %%EOF was cut by the system, not made wrong by the dossier."""
    with open(rendered, "rb") as handle:
        handle.seek(max(0, rendered.stat().st_size - 64))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(errno.EIO, "the rendered PDF was cut short by the system", str(rendered))


def assemble_pdf(
    dossier: Dossier, call: CallSpec, path: Path, lang: str = "fr", dossier_only: Path | None = None
) -> AssemblyReport:
    """Lay out the dossier with the engine that counts its lines, then merge its attachments into `path`.
    `dossier_only`: where to keep, as well, the dossier's own pages without the attachments (for the zip,
    which carries the attachments as files of their own)."""
    from iasante_desktop.typeset.pdf import PdfRenderError, render_dossier_pdf  # Qt loads only when a PDF is made

    path = Path(path)
    author = dossier.partners[0].carrier_name.strip() if dossier.partners else ""
    # The worker starts now and imports pypdf on the other core while this one draws the dossier.
    job = _start_assembly()
    try:
        with temp_path_beside(path.with_name(path.stem + "-dossier.pdf")) as rendered:
            try:
                bookmarks = render_dossier_pdf(dossier, call, rendered, lang=lang, author=author)
            except OSError as exc:
                raise write_error(path, exc) from None
            except PdfRenderError as exc:
                raise DocumentWriteError(str(exc), str(exc)) from None  # its message already holds both languages
            if not rendered.is_file() or rendered.stat().st_size == 0:
                raise DocumentError(
                    "La mise en page du dossier n'a produit aucune page.", "Laying out the dossier produced no page."
                )
            try:
                _check_whole(rendered)
            except OSError as exc:
                raise write_error(path, exc) from None
            if dossier_only is not None:
                try:
                    shutil.copyfile(rendered, dossier_only)
                except OSError as exc:
                    raise write_error(Path(dossier_only), exc) from None
            report = merge_pdf(rendered, bookmarks, dossier, call, path, lang, job=job)
            job = None
            pdf_sandbox.prestart("assemble")  # whoever exports once exports again after the next fix
            return report
    finally:
        if job is not None:
            job.cancel()


def _start_assembly() -> pdf_sandbox.Job:
    try:
        return pdf_sandbox.start("assemble")
    except pdf_sandbox.WorkerCrashed as exc:
        raise crash_error("PDF final", str(exc)) from None
