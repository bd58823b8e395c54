"""Open a PDF with pypdf as the app's checks and changes need it: decrypted when only an owner password
protects it. Shared by the PDF worker's jobs (check, assemble, shrink)."""

from __future__ import annotations

from typing import Any


def open_pdf(source: Any):
    """A PdfReader, decrypted when only an owner password protects it; ("reason", detail) on refusal."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    reader = PdfReader(source, strict=False)
    if reader.is_encrypted:
        try:
            outcome = reader.decrypt("")
        except DependencyError as exc:
            return None, ("crypto", str(exc))
        if outcome == PasswordType.NOT_DECRYPTED:
            return None, ("encrypted", "")
    return reader, None
