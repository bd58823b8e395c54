"""How long the worst hostile Word file takes to be refused (the tests check what is refused and the memory
it costs; the time lives here, never in a timed test). Requirement: 5 s at most for any of them."""

from __future__ import annotations

import io
import os
import struct
import tempfile
import time
import zipfile
from pathlib import Path

MB = 1024 * 1024


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite a member's declared sizes (local and central headers) to `size`: a zip bomb that hides."""
    blob = bytearray(data)
    name = member.encode()
    # (signature, offset of the name's length, offset of the name, offset of the uncompressed size)
    for signature, length_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        at = 0
        while (at := blob.find(signature, at)) >= 0:
            n = struct.unpack_from("<H", blob, at + length_at)[0]
            if bytes(blob[at + name_at : at + name_at + n]) == name:
                struct.pack_into("<I", blob, at + size_at, size)
            at += 4
    return bytes(blob)


def hostile_files(template: bytes) -> dict[str, bytes | Path]:
    members = _members(template)
    out: dict[str, bytes | Path] = {}
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (200 * MB))
    out["zip bomb, 200 MB of spaces"] = bomb.getvalue()
    lying = dict(members, **{"word/document.xml": b"<w:document>" + b" " * (30 * MB)})
    out["zip bomb with understated sizes"] = _lie_about_size(_zip(lying), "word/document.xml", 2000)
    words = [os.urandom(6).hex().encode() for _ in range(4000)]
    body = b"".join(b"<w:p><w:r><w:t>" + w + b"</w:t></w:r></w:p>" for w in words) * 30
    out["inflated text over the cap"] = _zip(dict(members, **{"word/document.xml": b"<w:document><w:body>" + body + b"</w:body></w:document>"}))
    many = b"<w:p/>" * 300_000
    out["300 000 paragraphs"] = _zip(dict(members, **{"word/document.xml": b"<w:document><w:body>" + many + b"</w:body></w:document>"}))
    huge = Path(tempfile.mkdtemp(prefix="bench-hostile-")) / "enorme.docx"
    with open(huge, "wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(25 * MB)
    out["25 MB file"] = huge
    return out


def refusal_times(call) -> dict[str, float]:
    from iasante_desktop.documents.errors import DocumentError
    from iasante_desktop.documents.word_export import template_path
    from iasante_desktop.documents.word_import import import_docx

    times: dict[str, float] = {}
    for name, source in hostile_files(template_path(call).read_bytes()).items():
        started = time.perf_counter()
        try:
            import_docx(source, call)
        except DocumentError:
            pass
        times[name] = time.perf_counter() - started
    return times
