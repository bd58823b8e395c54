"""Rich dossiers and odd pictures for the Word reader and writer tests, built in memory (nothing committed).

- `png(w, h)`: a real, tiny PNG; `png_header(w, h)`: a PNG that only declares its size (a "100 000 × 100 000"
  picture costs 60 bytes); `jpeg_header(w, h, body)`: a JPEG's structure around `body`, never decoded.
- `rich_dossier(call)`: the complete dossier with bold words in the summaries, two lists (two levels), a
  figure with its caption and a table in the description.
- `swap_picture(docx, data)`: the same .docx with its first picture's bytes replaced, the way a picture of
  another type or a damaged one ends up in a real file.
- `insert_after(docx, text, xml)`: raw WordprocessingML placed after the paragraph reading `text`.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from docx import Document
from docx.oxml import parse_xml

from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    NUMBER,
    SUPERSCRIPT,
    Cell,
    Figure,
    ListItem,
    Para,
    RichText,
    Span,
    Table,
)

B, I = frozenset({BOLD}), frozenset({ITALIC})


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def png_header(width: int, height: int) -> bytes:
    """A PNG declaring `width` × `height` pixels with almost no data: a decompression bomb's header."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )


def jpeg_header(width: int, height: int, body: bytes = b"\x00" * 64, end: bool = True) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sos = b"\xff\xda" + struct.pack(">HB", 12, 3) + b"\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xd8" + app0 + sof + sos + body + (b"\xff\xd9" if end else b"")


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>'
EMF = b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + b"\x00" * 64


def rich_description() -> RichText:
    return RichText(
        [
            Para((Span("Nous visons "), Span("trois objectifs", B), Span(" ("), Span("in vitro", I), Span(") :"))),
            Para((Span("un corpus annoté ;"),), ListItem(BULLET, 0, 1)),
            Para((Span("dont 200 locuteurs"),), ListItem(BULLET, 1, 1)),
            Para((Span("un modèle"),), ListItem(BULLET, 0, 1)),
            Para((Span("Étapes :"),)),
            Para((Span("collecte"),), ListItem(NUMBER, 0, 2)),
            Para((Span("annotation"),), ListItem(NUMBER, 0, 2)),
            Figure(png(48, 36), "image/png", 340.0, 255.0, (Span("Figure 1 : le pipeline"),), "pipeline.png"),
            Table(
                (
                    (Cell((Para((Span("Lot", B),)),)), Cell((Para((Span("Mois", B),)),))),
                    (Cell((Para((Span("WP1 : collecte"),)),)), Cell((Para((Span("1–6"),)),))),
                    (Cell((Para((Span("WP2"),)),)), Cell((Para((Span("7–12"),)),))),
                ),
                (3000, 2000),
                header_rows=1,
                shaded_rows=(0,),
            ),
            Para((Span("Enfin, 10"), Span("3", frozenset({SUPERSCRIPT})), Span(" heures d'écoute."))),
        ]
    )


def rich_dossier(call):
    from factories import make_complete_dossier

    dossier = make_complete_dossier(call)
    dossier.resume = RichText([Para((Span("Un résumé avec des "), Span("mots en gras", B), Span(".")))])
    dossier.description = {**dossier.description, "objectifs": rich_description()}
    return dossier


def swap_picture(docx: bytes, data: bytes, stored: bool = False) -> bytes:
    """The .docx with the bytes of its first picture (word/media/…) replaced by `data`."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    swapped = False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if not swapped and info.filename.startswith("word/media/"):
                content, swapped = data, True
                target.writestr(info.filename, content, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
                continue
            target.writestr(info, content)
    assert swapped, "the file has no picture to swap"
    return out.getvalue()


def insert_after(docx: bytes, text: str, xml: str) -> bytes:
    document = Document(io.BytesIO(docx))
    paragraph = next(p for p in document.paragraphs if p.text == text)
    paragraph._p.addnext(parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
