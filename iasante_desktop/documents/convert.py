"""A CV sent as a Word or OpenDocument file becomes a PDF through LibreOffice, when it is installed.

LibreOffice is looked for on PATH, then in its usual folders on Windows and macOS. It runs headless with a
private, temporary profile (a user's running LibreOffice is neither disturbed nor able to block the
conversion) and a timeout; the result is checked like any PDF. Without LibreOffice the message says how to
make the PDF by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from iasante_desktop.documents.errors import DocumentError, UnreadableDocumentError

CONVERTIBLE = (".docx", ".doc", ".odt", ".rtf")
CONVERT_TIMEOUT_SECONDS = 90.0
SOFFICE_ENV = "IASANTE_SOFFICE"  # a path to soffice, or "none" to behave as if LibreOffice were absent


def _usual_places() -> list[Path]:
    if sys.platform == "win32":
        roots = [os.environ.get(k, "") for k in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
        return [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in roots if r]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice"]
    return [Path("/usr/bin/soffice"), Path("/usr/lib/libreoffice/program/soffice"), Path("/opt/libreoffice/program/soffice")]


def find_soffice() -> Path | None:
    chosen = os.environ.get(SOFFICE_ENV, "")
    if chosen:
        return None if chosen.lower() == "none" else (Path(chosen) if Path(chosen).is_file() else None)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((p for p in _usual_places() if p.is_file()), None)


def needs_conversion(path: Path) -> bool:
    return Path(path).suffix.lower() in CONVERTIBLE


def how_to_make_pdf(name: str) -> DocumentError:
    return UnreadableDocumentError(
        f"« {name} » n'est pas un PDF et LibreOffice n'est pas installé pour le convertir : ouvrez-le dans Word "
        "(Fichier > Enregistrer sous > PDF) ou LibreOffice (Fichier > Exporter au format PDF), puis joignez le PDF.",
        f"“{name}” is not a PDF and LibreOffice is not installed to convert it: open it in Word "
        "(File > Save As > PDF) or LibreOffice (File > Export as PDF), then attach the PDF.",
    )


def convert_to_pdf(path: Path, timeout: float = CONVERT_TIMEOUT_SECONDS) -> bytes:
    """The PDF bytes of a Word/ODT file; DocumentError saying why (and how to do it by hand) otherwise."""
    path = Path(path)
    soffice = find_soffice()
    if soffice is None:
        raise how_to_make_pdf(path.name)
    with tempfile.TemporaryDirectory(prefix="iasante-convert-") as folder:
        work = Path(folder)
        source = work / ("source" + path.suffix.lower())
        try:
            shutil.copyfile(path, source)  # a plain name: LibreOffice stumbles on some characters
        except OSError as exc:
            raise DocumentError(f"« {path.name} » : lecture impossible ({exc.strerror}).",
                                f"“{path.name}”: cannot read ({exc.strerror}).") from None
        command = [str(soffice), f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise UnreadableDocumentError(
                f"« {path.name} » : la conversion en PDF par LibreOffice n'a pas abouti en {int(timeout)} s ; "
                "enregistrez-le en PDF vous-même, puis joignez le PDF.",
                f"“{path.name}”: LibreOffice did not convert it to PDF within {int(timeout)} s; save it as a PDF yourself, then attach the PDF.",
            ) from None
        except OSError as exc:
            raise UnreadableDocumentError(
                f"« {path.name} » : LibreOffice n'a pas pu être lancé ({exc.strerror}).",
                f"“{path.name}”: LibreOffice could not be started ({exc.strerror}).",
            ) from None
        produced = work / "out" / "source.pdf"
        if not produced.is_file():
            raise UnreadableDocumentError(
                f"« {path.name} » : LibreOffice n'a pas pu le convertir en PDF (fichier endommagé ?).",
                f"“{path.name}”: LibreOffice could not convert it to PDF (damaged file?).",
            )
        return produced.read_bytes()
