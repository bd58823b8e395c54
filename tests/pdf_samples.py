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


def make_scanned_pdf(dpi: int = 200, text_pages: int = 1) -> bytes:
    """A CV as a scanner makes it: `text_pages` text pages, then one A4 page that is a single grey-noise
    picture at `dpi`, stored losslessly (Flate) as many scanners do."""
    import os
    import zlib

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(text_pages, "CV texte"))))
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    light = bytes(235 + (i % 21) for i in range(256))  # paper with a little grain
    pixels = os.urandom(width * height * 3).translate(light)
    picture = StreamObject()
    picture._data = zlib.compress(pixels, 1)
    picture.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(width), NameObject("/Height"): NumberObject(height),
        NameObject("/ColorSpace"): NameObject("/DeviceRGB"), NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject("/FlateDecode"),
    })
    page = writer.add_blank_page(595, 842)
    content = DecodedStreamObject()
    content.set_data(b"q 595 0 0 842 0 0 cm /Scan Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): writer._add_object(picture)}),
        NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/ImageC")]),
    })
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
