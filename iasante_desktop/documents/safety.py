"""Check a Word file before any parser sees it: a .docx from an unknown sender is hostile input.

python-docx inflates whole zip members at once (NOTES: 626 MB of memory for a 340 KB file) and trusts the
zip's headers, so everything that can cost memory or time is bounded here first: the file size, the number
of members, the sizes the headers declare, the compression ratio, and the bytes that really come out of
inflation, read in chunks so that a bomb whose headers lie is stopped after at most one chunk past the cap.
XML parts may not carry a DOCTYPE: Word never writes one, and it is the door to entity bombs and external
entities that would read local files. The parser reads UTF-16 and UTF-32 as readily as UTF-8, so each part
is decoded the way an XML parser would (byte-order mark, first bytes, declared encoding) before it is
searched.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from iasante_desktop.documents.errors import DocumentError, UnreadableDocumentError, UnsafeDocumentError

MB = 1024 * 1024
_CHUNK = 64 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_FORBIDDEN = ("<!doctype", "<!entity")
_TAIL = max(len(m) for m in _FORBIDDEN)
# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Without a mark, the XML specification (appendix F) tells the encoding family from the first bytes.
_WIDE = ("utf-32-be", "utf-32-le", "utf-16-be", "utf-16-le")
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


@dataclass(frozen=True)
class Limits:
    """Caps far above any real dossier (a filled template is about 40 KB; its document.xml about 200 KB)."""

    # A dossier with a few photos weighs tens of MB; a 40 MB photo must not make the rest unreadable (the
    # picture itself is refused by documents/images.py, whose cap is 25 MB a picture).
    max_file_bytes: int = 64 * MB
    max_members: int = 1000
    max_member_bytes: int = 60 * MB  # one image or part, inflated
    max_total_bytes: int = 120 * MB  # everything python-docx will hold in memory
    max_xml_bytes: int = 4 * MB  # one XML part: parsing and walking 4 MB of tiny paragraphs takes about 2 s
    max_ratio: int = 150  # inflated / compressed, checked on members over ratio_floor_bytes
    ratio_floor_bytes: int = 1 * MB
    max_paragraphs: int = 20_000  # the filled annex has about 100, a long dossier a few thousand


DEFAULT_LIMITS = Limits()


def _mb(size: int) -> str:
    return f"{size / MB:.0f}".replace(".", ",")


def _unsafe(name: str, fr: str, en: str) -> UnsafeDocumentError:
    return UnsafeDocumentError(f"{name} : {fr}", f"{name}: {en}")


def _unreadable(name: str, fr: str, en: str) -> UnreadableDocumentError:
    return UnreadableDocumentError(f"{name} : {fr}", f"{name}: {en}")


def read_source(source: str | Path | bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """The bytes of a file given by path or as bytes, and the name to use in messages; never reads past the cap."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = "document"
    else:
        path = Path(source)
        name = path.name
        try:
            with open(path, "rb") as handle:
                # A file over the cap is refused before a byte of it is read; a file that grows while it is
                # read (or a pipe) is still stopped by the bounded read below.
                if os.fstat(handle.fileno()).st_size > limits.max_file_bytes:
                    data = b""
                    raise _unsafe(
                        name,
                        f"fichier trop volumineux (plus de {_mb(limits.max_file_bytes)} Mo) pour un dossier de candidature.",
                        f"file too large (over {_mb(limits.max_file_bytes)} MB) for an application.",
                    )
                data = handle.read(limits.max_file_bytes + 1)
        except FileNotFoundError:
            raise _unreadable(name, "fichier introuvable.", "no such file.") from None
        except IsADirectoryError:
            raise _unreadable(name, "c'est un dossier, pas un fichier.", "this is a folder, not a file.") from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise _unreadable(name, f"lecture impossible ({reason}).", f"cannot be read ({reason}).") from None
    if len(data) > limits.max_file_bytes:
        raise _unsafe(
            name,
            f"fichier trop volumineux (plus de {_mb(limits.max_file_bytes)} Mo) pour un dossier de candidature.",
            f"file too large (over {_mb(limits.max_file_bytes)} MB) for an application.",
        )
    return data, name


def _refuse_other_formats(data: bytes, name: str) -> None:
    if not data:
        raise _unreadable(name, "le fichier est vide.", "the file is empty.")
    if data.startswith(_OLE_MAGIC):
        # An encrypted .docx is an OLE container holding an "EncryptedPackage" stream (MS-OFFCRYPTO).
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _unreadable(
                name,
                "le document est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe.",
                "the document is protected by a password; save a copy without a password.",
            )
        raise _unreadable(
            name,
            "ancien format Word (.doc) ; ouvrez-le et enregistrez-le au format .docx.",
            "old Word format (.doc); open it and save it as .docx.",
        )
    if data.startswith(b"{\\rtf"):
        raise _unreadable(
            name, "document RTF ; enregistrez-le au format Word (.docx).", "RTF document; save it as Word (.docx)."
        )
    if data.startswith(b"%PDF"):
        raise _unreadable(
            name,
            "c'est un PDF ; l'import attend le modèle Word (.docx) rempli.",
            "this is a PDF; import expects the filled Word template (.docx).",
        )
    if not data.startswith(_ZIP_MAGICS):
        raise _unreadable(name, "ce n'est pas un document Word (.docx).", "this is not a Word document (.docx).")


def _damaged(name: str) -> UnreadableDocumentError:
    return _unreadable(
        name,
        "le fichier est endommagé ou incomplet (copie interrompue ?) ; ouvrez-le dans Word et enregistrez-le à nouveau.",
        "the file is damaged or truncated (interrupted copy?); open it in Word and save it again.",
    )


def _check_members(archive: zipfile.ZipFile, name: str, limits: Limits) -> None:
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise _unsafe(
            name,
            f"archive anormale ({len(members)} éléments) ; refusée par précaution.",
            f"abnormal archive ({len(members)} members); refused as a precaution.",
        )
    names = {m.filename for m in members}
    if "mimetype" in names and "content.xml" in names:
        raise _unreadable(
            name,
            "document OpenDocument (.odt) ; enregistrez-le au format Word (.docx).",
            "OpenDocument file (.odt); save it as Word (.docx).",
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise _unreadable(name, "ce n'est pas un document Word (.docx).", "this is not a Word document (.docx).")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise _unreadable(
                name,
                "le document est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe.",
                "the document is protected by a password; save a copy without a password.",
            )
        total += member.file_size
        bomb = (
            member.file_size > limits.max_member_bytes
            or total > limits.max_total_bytes
            or (
                member.file_size > limits.ratio_floor_bytes
                and member.file_size > limits.max_ratio * max(member.compress_size, 1)
            )
        )
        if bomb:
            raise _bomb(name)


def _bomb(name: str) -> UnsafeDocumentError:
    return _unsafe(
        name,
        "le contenu décompressé serait démesuré (« bombe zip ») ; fichier refusé.",
        "the content would inflate to an absurd size (zip bomb); file refused.",
    )


def _xml_encoding(first: bytes, name: str) -> str | None:
    """The encoding an XML parser would read this part in, or None when the part is not XML at all.

    Decided on content, not name: python-docx parses a part as XML by its declared type, whatever its name.
    """
    for bom, encoding in _BOMS:
        if first.startswith(bom):
            return encoding
    for encoding in _WIDE:
        unit = 4 if "32" in encoding else 2
        head = first[: 64 - 64 % unit]
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text.lstrip(" \t\r\n").startswith("<"):
            return encoding
    if not first.lstrip(b" \t\r\n").startswith(b"<"):
        return None
    declared = _DECLARED.match(first)
    if declared is None:
        return "utf-8"
    encoding = declared.group(1).decode("ascii")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise _unsafe(
            name,
            f"une partie du document est écrite dans un codage inconnu ({encoding}) ; fichier refusé.",
            f"part of the document uses an unknown encoding ({encoding}); file refused.",
        ) from None
    # A declaration read in ASCII bytes cannot name a two- or four-byte encoding truthfully; the bytes win.
    return "utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name


def _doctype(name: str) -> UnsafeDocumentError:
    return _unsafe(
        name,
        "le document contient une déclaration DOCTYPE, que Word n'écrit jamais (entités "
        "malveillantes possibles) ; fichier refusé.",
        "the document holds a DOCTYPE declaration, which Word never writes (possibly malicious "
        "entities); file refused.",
    )


def _inflate_checked(archive: zipfile.ZipFile, name: str, limits: Limits) -> None:
    """Inflate every member in chunks, counting what really comes out, and look into XML for a DOCTYPE."""
    total = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        size = 0
        tail = ""
        decoder = None
        is_xml: bool | None = None
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                if is_xml is None:
                    encoding = _xml_encoding(chunk, name)
                    is_xml = encoding is not None
                    if encoding is not None:
                        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
                size += len(chunk)
                total += len(chunk)
                # A header may understate the size; what came out is what counts.
                if is_xml and size > limits.max_xml_bytes:
                    raise _too_much_text(name)
                if size > limits.max_member_bytes or total > limits.max_total_bytes or size > member.file_size:
                    raise _bomb(name)
                if decoder is not None:
                    window = tail + decoder.decode(chunk).lower()
                    if any(marker in window for marker in _FORBIDDEN):
                        raise _doctype(name)
                    tail = window[-_TAIL:]


def _too_much_text(name: str) -> UnsafeDocumentError:
    return _unsafe(
        name,
        "le texte du document est démesuré pour un dossier de candidature ; fichier refusé.",
        "the document's text is far too large for an application; file refused.",
    )


def check_docx(data: bytes, name: str = "document", limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise a DocumentError with one French line (and its English twin) unless the bytes are a safe .docx."""
    if len(data) > limits.max_file_bytes:
        raise _unsafe(
            name,
            f"fichier trop volumineux (plus de {_mb(limits.max_file_bytes)} Mo) pour un dossier de candidature.",
            f"file too large (over {_mb(limits.max_file_bytes)} MB) for an application.",
        )
    _refuse_other_formats(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_members(archive, name, limits)
            _inflate_checked(archive, name, limits)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError, KeyError):
        # zipfile reports truncation, bad CRCs, unknown compression methods and overlapping entries this way.
        raise _damaged(name) from None


def load_checked(source: str | Path | bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """Read and check a .docx; returns its bytes and the name for messages."""
    data, name = read_source(source, limits)
    check_docx(data, name, limits)
    return data, name
