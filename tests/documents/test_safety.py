"""Hostile Word files are refused with one clear sentence and without eating the machine's memory.

How long a refusal takes is measured by `python -m bench` (hostile_refusal_s), not asserted here."""

from __future__ import annotations

import io
import os
import struct
import tracemalloc
import zipfile

import pytest

from iasante_desktop.documents.errors import DocumentError, UnreadableDocumentError, UnsafeDocumentError
from iasante_desktop.documents.safety import MB, check_docx, load_checked
from iasante_desktop.documents.word_export import template_path
from iasante_desktop.documents.word_import import import_docx

SECRET = "SECRET-MARKER-7f3a9c"
# The requirement is 300 MB at most; a refusal's own peak is a few MB.
PEAK_LIMIT_BYTES = 300 * MB


@pytest.fixture(scope="module")
def template_bytes(call) -> bytes:
    return template_path(call).read_bytes()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return out.getvalue()


def _with_document(template: bytes, document_xml: bytes) -> bytes:
    members = _members(template)
    members["word/document.xml"] = document_xml
    return _zip(members)


def _refusal(source, call) -> tuple[DocumentError, int]:
    """Import `source`, expecting a refusal; returns it with the peak bytes it cost."""
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as caught:
            import_docx(source, call)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = caught.value
    assert "\n" not in error.fr and "\n" not in error.en, "a refusal is one line"
    assert error.message("fr") == error.fr and error.message("en") == error.en
    return error, peak


def _bounded(peak: int) -> None:
    assert peak < PEAK_LIMIT_BYTES


def _zip_bomb(inflated: int) -> bytes:
    """A .docx-shaped zip whose document.xml inflates to `inflated` bytes of spaces (about 1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(b"<w:document>")
            block = b" " * MB
            for _ in range(inflated // MB):
                stream.write(block)
    return out.getvalue()


def _lie_about_size(data: bytes, member: str, declared: int) -> bytes:
    """Rewrite a member's uncompressed size in its local header and the central directory."""
    blob = bytearray(data)
    name = member.encode()
    local = blob.find(b"PK\x03\x04")
    while local >= 0:
        name_len = struct.unpack_from("<H", blob, local + 26)[0]
        if bytes(blob[local + 30 : local + 30 + name_len]) == name:
            struct.pack_into("<I", blob, local + 22, declared)
        local = blob.find(b"PK\x03\x04", local + 4)
    central = blob.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", blob, central + 28)[0]
        if bytes(blob[central + 46 : central + 46 + name_len]) == name:
            struct.pack_into("<I", blob, central + 24, declared)
        central = blob.find(b"PK\x01\x02", central + 4)
    return bytes(blob)


def test_zip_bomb_is_refused_before_it_inflates(call):
    bomb = _zip_bomb(200 * MB)
    assert len(bomb) < 1 * MB
    error, peak = _refusal(bomb, call)
    assert isinstance(error, UnsafeDocumentError)
    assert "bombe zip" in error.fr and "zip bomb" in error.en
    _bounded(peak)


def test_zip_bomb_whose_headers_understate_its_size_is_refused_while_inflating(call, template_bytes):
    members = _members(template_bytes)
    members["word/document.xml"] = b"<w:document>" + b" " * (30 * MB)
    honest = _zip(members)
    liar = _lie_about_size(honest, "word/document.xml", 2000)
    error, peak = _refusal(liar, call)
    # The stream stops at the declared size and the CRC no longer matches: refused as altered, unread.
    assert isinstance(error, UnreadableDocumentError)
    assert "endommagé" in error.fr
    _bounded(peak)
    assert peak < 50 * MB, "the inflated text must never be held whole in memory"


def test_inflated_text_over_the_cap_is_refused_even_when_it_compresses_modestly(call, template_bytes):
    # Random words compress about 3:1, under the ratio cap: the chunked count of real bytes must catch it.
    words = [os.urandom(6).hex().encode() for _ in range(4000)]
    body = b"".join(b"<w:p><w:r><w:t>" + w + b"</w:t></w:r></w:p>" for w in words) * 30
    data = _with_document(template_bytes, b"<w:document><w:body>" + body + b"</w:body></w:document>")
    error, peak = _refusal(data, call)
    assert isinstance(error, UnsafeDocumentError)
    assert "démesuré" in error.fr
    _bounded(peak)


def test_entity_bomb_is_refused(call, template_bytes):
    lol = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
        )
        + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    error, peak = _refusal(_with_document(template_bytes, lol), call)
    assert isinstance(error, UnsafeDocumentError)
    assert "DOCTYPE" in error.fr
    _bounded(peak)


def test_external_entity_never_reads_the_local_file(call, template_bytes, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>Acronyme : &x;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    error, _ = _refusal(_with_document(template_bytes, xxe), call)
    assert "DOCTYPE" in error.fr
    assert SECRET not in str(error)


def test_doctype_hidden_in_utf16_xml_is_refused(call, template_bytes):
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x "y">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    ).encode("utf-16")
    error, _ = _refusal(_with_document(template_bytes, xml), call)
    assert "DOCTYPE" in error.fr


@pytest.mark.parametrize(
    ("declared", "codec"),
    [
        ("UTF-32", "utf-32"),  # with its byte-order mark
        ("UTF-32BE", "utf-32-be"),  # without one: told by the first bytes
        ("UTF-32LE", "utf-32-le"),
        ("UTF-16BE", "utf-16-be"),
        ("UTF-16", "utf-16-be"),  # big-endian with no mark
        ("UTF-7", "utf-7"),  # an ASCII-looking encoding in which "<" may be written "+ADw-"
    ],
)
def test_doctype_hidden_in_any_encoding_an_xml_parser_reads_is_refused(call, template_bytes, declared, codec):
    text = (
        f'<?xml version="1.0" encoding="{declared}"?><!DOCTYPE d [<!ENTITY x "y">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    )
    xml = text.encode(codec)
    if codec == "utf-7":
        xml = xml.replace(b"<!DOCTYPE", b"+ADw-!DOCTYPE").replace(b"<!ENTITY", b"+ADw-!ENTITY")
    error, _ = _refusal(_with_document(template_bytes, xml), call)
    assert isinstance(error, UnsafeDocumentError)
    assert "DOCTYPE" in error.fr


def test_xml_in_an_encoding_nobody_knows_is_refused_with_a_message(call, template_bytes):
    xml = b'<?xml version="1.0" encoding="X-MARTIAN-9"?><w:document/>'
    error, _ = _refusal(_with_document(template_bytes, xml), call)
    assert isinstance(error, UnsafeDocumentError)
    assert "X-MARTIAN-9" in error.fr


def test_file_over_the_size_cap_is_refused_without_reading_it_whole(call, tmp_path):
    huge = tmp_path / "enorme.docx"
    with open(huge, "wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(70 * MB)  # sparse: costs no disk
    error, peak = _refusal(huge, call)
    assert "enorme.docx" in error.fr and "trop volumineux" in error.fr
    _bounded(peak)
    assert peak < 30 * MB


def test_truncated_file_is_refused_as_damaged(call, template_bytes):
    error, _ = _refusal(template_bytes[: len(template_bytes) // 2], call)
    assert isinstance(error, UnreadableDocumentError)
    assert "endommagé ou incomplet" in error.fr and "truncated" in error.en


def test_random_bytes_are_not_a_word_document(call):
    error, _ = _refusal(os.urandom(4096).replace(b"PK", b"pk"), call)
    assert "ce n'est pas un document Word" in error.fr


def test_empty_file_is_refused(call, tmp_path):
    empty = tmp_path / "vide.docx"
    empty.write_bytes(b"")
    error, _ = _refusal(empty, call)
    assert error.fr == "vide.docx : le fichier est vide."


def test_old_doc_renamed_docx_asks_to_save_as_docx(call):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 512
    error, _ = _refusal(ole, call)
    assert "ancien format Word (.doc)" in error.fr and ".docx" in error.fr


def test_password_protected_docx_says_so_in_french(call):
    # An encrypted .docx is an OLE container holding EncryptedInfo and EncryptedPackage streams.
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + "EncryptionInfo".encode("utf-16-le")
        + b"\x00" * 50
        + "EncryptedPackage".encode("utf-16-le")
    )
    error, _ = _refusal(ole, call)
    assert "protégé par un mot de passe" in error.fr
    assert "protected by a password" in error.en


def test_pdf_given_instead_of_word_is_named(call):
    error, _ = _refusal(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", call)
    assert "PDF" in error.fr


def test_odt_renamed_docx_is_named(call):
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document/>"})
    error, _ = _refusal(odt, call)
    assert "OpenDocument" in error.fr


def test_archive_with_thousands_of_members_is_refused(call):
    crowd = _zip({"[Content_Types].xml": b"<Types/>", **{f"word/m{i}.xml": b"<a/>" for i in range(3000)}})
    error, peak = _refusal(crowd, call)
    assert "3001 éléments" in error.fr
    _bounded(peak)


def test_corrupted_deflate_stream_is_refused_as_damaged(call, template_bytes):
    members = _members(template_bytes)
    raw = _zip(members)
    # Flip bytes in the middle of the compressed document.xml stream.
    at = raw.find(b"word/document.xml") + 60
    broken = raw[:at] + bytes(b ^ 0xFF for b in raw[at : at + 64]) + raw[at + 64 :]
    error, _ = _refusal(broken, call)
    assert isinstance(error, UnreadableDocumentError)


def test_a_main_part_that_is_not_a_word_document_is_refused(call, template_bytes):
    forged = _with_document(template_bytes, b'<?xml version="1.0"?><w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    error, _ = _refusal(forged, call)
    assert isinstance(error, UnreadableDocumentError)
    assert "illisible" in error.fr


def test_the_official_template_passes_the_checks(template_bytes):
    check_docx(template_bytes, "template.docx")  # no exception


def test_a_missing_file_is_named(call, tmp_path):
    with pytest.raises(DocumentError) as caught:
        load_checked(tmp_path / "absent.docx")
    assert caught.value.fr == "absent.docx : fichier introuvable."

