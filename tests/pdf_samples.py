"""Sample PDFs for the attachment, assembly, archive and e-mail tests: drawn with QPdfWriter (fonts
embedded, like a CV exported from a word processor), encrypted with pypdf."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter


def make_pdf(pages: int = 1, text: str = "Curriculum vitae", title: str = "") -> bytes:
    """A real A4 PDF of `pages` pages, each saying `text` and its page number."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setTitle(title)
    writer.setCreator("pdf_samples")
    painter = QPainter(writer)
    painter.setFont(QFont("Carlito", 14))
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.drawText(72, 100, f"{text} — page {number}")
    painter.end()
    buffer.close()
    return bytes(array.data())


def encrypt(data: bytes, user_password: str, owner_password: str = "owner", algorithm: str = "AES-256") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
