"""Is this PDF usable as an attachment? Checked when the file arrives, so the export never meets a bad one.

The parse runs in a child process (pdf_sandbox) with a timeout. Cost per file, measured here: about
0.2 s for a few pages (mostly the child's start-up), which the GUI can afford on a drop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iasante_desktop.core.dossier import ATTACHMENT_KINDS, Attachment
from iasante_desktop.documents import pdf_sandbox
from iasante_desktop.documents.errors import DocumentError, UnreadableDocumentError

MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
CHECK_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    size: int  # bytes
    title: str  # the document's own title metadata, "" when it has none
    # Fonts the file uses without carrying them: the committee's reader substitutes them, and the final
    # PDF then fails an "all fonts embedded" check. Worth a warning, not a refusal.
    unembedded_fonts: tuple[str, ...] = ()
    text: str = ""  # the first pages' text (to check that a CV is the right partner's)


def _megabytes(size: int, lang: str) -> str:
    text = f"{size / (1024 * 1024):.1f}"
    return text.replace(".", ",") if lang == "fr" else text


_REFUSALS = {
    "empty": ("« {name} » est vide.", "“{name}” is empty."),
    "not_pdf": ("« {name} » n'est pas un fichier PDF.", "“{name}” is not a PDF file."),
    "encrypted": (
        "« {name} » est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis joignez-la.",
        "“{name}” is password-protected: save a copy without a password, then attach that copy.",
    ),
    "crypto": (
        "« {name} » est chiffré et le module « cryptography » manque pour le lire (installation incomplète).",
        "“{name}” is encrypted and the “cryptography” module needed to read it is missing (incomplete installation).",
    ),
    "unreadable": (
        "« {name} » est endommagé ou incomplet : il ne peut pas être lu. Réexportez-le en PDF depuis son logiciel d'origine.",
        "“{name}” is damaged or incomplete and cannot be read. Export it to PDF again from the program that made it.",
    ),
    "no_pages": ("« {name} » ne contient aucune page.", "“{name}” has no page."),
}


def refusal(reason: str, name: str) -> UnreadableDocumentError:
    fr, en = _REFUSALS.get(reason, _REFUSALS["unreadable"])
    return UnreadableDocumentError(fr.format(name=name), en.format(name=name))


def timeout_error(name: str, seconds: float) -> UnreadableDocumentError:
    return UnreadableDocumentError(
        f"« {name} » : la lecture dépasse {seconds:.0f} s et a été arrêtée ; le fichier est sans doute endommagé. "
        "Réenregistrez-le en PDF (Imprimer > PDF), puis joignez-le à nouveau.",
        f"“{name}”: reading took over {seconds:.0f} s and was stopped; the file is probably damaged. "
        "Save it to PDF again (Print > PDF), then attach it again.",
    )


def crash_error(name: str, detail: str) -> UnreadableDocumentError:
    return UnreadableDocumentError(
        f"« {name} » n'a pas pu être analysé ({detail}).",
        f"“{name}” could not be analysed ({detail}).",
    )


def too_large(name: str, size: int) -> DocumentError:
    limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    return DocumentError(
        f"« {name} » pèse {_megabytes(size, 'fr')} Mo ; la limite est de {limit} Mo par fichier joint. "
        "Réduisez sa taille (export PDF « taille réduite ») puis joignez-le à nouveau.",
        f"“{name}” is {_megabytes(size, 'en')} MB; the limit is {limit} MB per attached file. "
        "Reduce its size (“reduced size” PDF export), then attach it again.",
    )


def check_pdf(data: bytes, filename: str, timeout: float = CHECK_TIMEOUT_SECONDS) -> PdfInfo:
    """PdfInfo for a usable PDF; a DocumentError naming `filename`, French first, for any other."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise too_large(filename, len(data))
    if not data.strip():
        raise refusal("empty", filename)  # the worker reads an empty request as "no request"
    try:
        answer = pdf_sandbox.run("check", data, timeout)
    except pdf_sandbox.WorkerTimeout:
        raise timeout_error(filename, timeout) from None
    except pdf_sandbox.WorkerCrashed as exc:
        raise crash_error(filename, str(exc)) from None
    if not answer.get("ok"):
        raise refusal(answer.get("reason", "unreadable"), filename)
    return PdfInfo(
        pages=int(answer["pages"]),
        size=len(data),
        title=str(answer.get("title", "")),
        unembedded_fonts=tuple(answer.get("unembedded_fonts", ())),
        text=str(answer.get("text", "")),
    )


def read_pdf_file(path: Path) -> bytes:
    """The bytes of a PDF the user named, refusing before reading what is missing, a folder or too large."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(f"« {path.name} » est un dossier, pas un fichier PDF.", f"“{path.name}” is a folder, not a PDF file.")
        if size > MAX_ATTACHMENT_BYTES:
            raise too_large(path.name, size)
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"« {path} » : fichier introuvable.", f"“{path}”: no such file.") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DocumentError(f"« {path.name} » : lecture impossible ({reason}).", f"“{path.name}”: cannot read ({reason}).") from None


def load_attachment(path: Path, kind: str, partner: int | None = None) -> tuple[Attachment, PdfInfo]:
    """A checked PDF from disk as an Attachment (`partner` is 0-based, for a CV) and what was found."""
    if kind not in ATTACHMENT_KINDS:
        raise ValueError(f"unknown attachment kind {kind!r}")
    path = Path(path)
    name = path.name
    from iasante_desktop.documents.convert import convert_to_pdf, needs_conversion

    if needs_conversion(path):
        read_pdf_file(path)  # the same refusals for a missing, folder or oversized file
        data = convert_to_pdf(path)  # a Word or ODT CV: LibreOffice makes the PDF, or the error says how
        name = path.stem + ".pdf"
    else:
        data = read_pdf_file(path)
    info = check_pdf(data, name)
    attachment = Attachment(kind=kind, filename=name, data=data, partner=partner, pages=info.pages, title=info.title)
    return attachment, info
