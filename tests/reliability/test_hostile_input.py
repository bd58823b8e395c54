"""Files from strangers (a partner's Word file, a CV found in a mailbox) may be damaged or built to harm:
whatever the bytes, importing or attaching them ends in a result or a DocumentError with a message, never in
another exception (how long a refusal takes is measured by `python -m bench`: hostile_refusal_s).

Mutations start from files the app itself writes (an exported dossier, a Qt-drawn PDF), so most cases get
past the first checks and reach the parsers. Short run: a few hundred cases; `--long`: thousands."""

from __future__ import annotations

import io
import zipfile
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_samples import make_pdf

from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.documents.errors import DocumentError



def examples(long_run: bool, short: int, long: int):
    return settings(
        max_examples=long if long_run else short,
        deadline=None,
        derandomize=not long_run,  # the short run is the same every time; --long explores
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@pytest.fixture
def valid_docx(complete_dossier, call) -> bytes:
    from iasante_desktop.documents.word_export import render_docx

    return render_docx(complete_dossier, call)


def _import(data: bytes):
    from iasante_desktop.documents.word_import import import_docx

    try:
        result = import_docx(data, resolve_call())
        assert isinstance(result.dossier, Dossier)
    except DocumentError as exc:
        assert exc.fr and exc.en, "a refusal must say why, in French and in English"


def _rezip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


# ---- strategies ---------------------------------------------------------------------------------------------

XML_PIECES = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>",
    "</w:tc>", "<w:br/>", "<w:tab/>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:ins>", "</w:ins>",
    "<w:del>", "</w:del>", "<w:b/>", "<w:rPr>", "</w:rPr>", "<w:gridSpan w:val=\"9999999\"/>", "<w:vMerge/>",
    "&amp;", "&#0;", "&#x1F600;", "]]>", "<![CDATA[", "<?xml version='1.0'?>", "<!DOCTYPE x [<!ENTITY a 'b'>]>",
    "&a;", "Budget", "TOTAL", "Résumé", "Partenaire 1", "1 500 €", "1e999", "NaN", "\u2028", "\x00", "\ud800",
    "<w:fldSimple w:instr=\"INCLUDETEXT 'http://x'\">", "</w:fldSimple>", "<w:hyperlink>", "</w:hyperlink>",
]


@st.composite
def random_xml(draw) -> bytes:
    pieces = draw(st.lists(st.sampled_from(XML_PIECES) | st.text(max_size=30), max_size=80))
    body = "".join(pieces)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1"]))
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    return (head + body + "</w:body></w:document>").encode(encoding, "replace" if encoding == "latin-1" else "surrogatepass")


# Mutations are drawn as small lists of operations and applied to the seed file afterwards, so hypothesis
# shrinks and reports the operations, not a 100 KB blob.
byte_ops = st.lists(
    st.tuples(
        st.sampled_from(["flip", "set", "cut", "insert", "duplicate"]),
        st.floats(0, 1),  # where, as a fraction of the length
        st.integers(0, 4000),  # how much / which bit / which value
        st.binary(min_size=1, max_size=64),
    ),
    min_size=1,
    max_size=12,
)


def apply_byte_ops(data: bytes, ops) -> bytes:
    buffer = bytearray(data)
    for kind, where, amount, blob in ops:
        at = min(len(buffer) - 1, int(where * len(buffer))) if buffer else 0
        if kind == "flip" and buffer:
            buffer[at] ^= 1 << (amount % 8)
        elif kind == "set" and buffer:
            buffer[at] = amount % 256
        elif kind == "cut":
            del buffer[at : at + 1 + amount]
        elif kind == "insert":
            buffer[at:at] = blob
        elif kind == "duplicate":
            buffer[at:at] = buffer[at : at + 1 + amount]
    return bytes(buffer)


RENAMES = ["../evil.xml", "/abs.xml", "word\\document.xml", "a" * 300, "word/document.xml", "[Content_Types].xml"]
zip_ops = st.lists(
    st.tuples(
        st.sampled_from(["drop", "garble", "random_xml", "rename", "duplicate_body", "big"]),
        st.integers(0, 63),  # which member
        byte_ops,
        random_xml(),
        st.sampled_from(RENAMES),
        st.integers(1_000_000, 12_000_000),  # bytes of a highly compressible member
    ),
    min_size=1,
    max_size=4,
)


def apply_zip_ops(data: bytes, ops, stored: bool) -> bytes:
    members = _members(data)
    for kind, which, garble, xml, new_name, size in ops:
        names = sorted(members)
        if not names:
            break
        name = names[which % len(names)]
        if kind == "drop":
            del members[name]
        elif kind == "garble":
            members[name] = apply_byte_ops(members[name], garble)
        elif kind == "random_xml":
            members[name] = xml
        elif kind == "rename":
            members[new_name] = members.pop(name)
        elif kind == "duplicate_body" and "word/document.xml" in members:
            body = members["word/document.xml"]
            start = body.find(b"<w:body>") + len(b"<w:body>")
            members["word/document.xml"] = body[:start] + body[start:-len(b"</w:body></w:document>")] * 20 + body[start:]
        elif kind == "big":
            members[name] = b" " * size
    return _rezip(members, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


# ---- Word -----------------------------------------------------------------------------------------------------


def test_the_unmutated_export_imports(valid_docx):
    # The seed must be valid, or every mutation would only exercise the first refusal.
    from iasante_desktop.documents.word_import import import_docx

    assert import_docx(valid_docx, resolve_call()).dossier.acronym == "NEURO-IA"


def test_mutated_word_bytes_are_imported_or_refused(valid_docx, long_run):
    @examples(long_run, short=150, long=2000)
    @given(ops=byte_ops)
    def run(ops):
        _import(apply_byte_ops(valid_docx, ops))

    run()


def test_mutated_word_archives_are_imported_or_refused(valid_docx, long_run):
    @examples(long_run, short=150, long=2000)
    @given(ops=zip_ops, stored=st.booleans())
    def run(ops, stored):
        _import(apply_zip_ops(valid_docx, ops, stored))

    run()


def test_random_document_xml_is_imported_or_refused(valid_docx, long_run):
    @examples(long_run, short=100, long=1500)
    @given(xml=random_xml())
    def run(xml):
        members = _members(valid_docx)
        members["word/document.xml"] = xml
        _import(_rezip(members))

    run()


@cache
def _rich_docx() -> bytes:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
    from samples.rich_samples import rich_dossier

    from iasante_desktop.documents.word_export import render_docx

    call = resolve_call()
    return render_docx(rich_dossier(call), call)


def test_mutated_pictures_are_imported_or_named_in_a_note(long_run):
    """A picture's bytes damaged anywhere (header, size fields, end): the dossier is imported, the picture
    kept or refused with a note, never an exception."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
    from samples.rich_samples import jpeg_header, png, swap_picture

    seeds = [png(64, 48), jpeg_header(640, 480, b"\x11" * 2000)]

    @examples(long_run, short=120, long=2000)
    @given(seed=st.sampled_from(seeds), ops=byte_ops)
    def run(seed, ops):
        from iasante_desktop.documents.word_import import import_docx

        data = swap_picture(_rich_docx(), apply_byte_ops(seed, ops))
        result = import_docx(data, resolve_call())
        assert result.dossier.acronym == "NEURO-IA"
        assert all(n.fr and n.en and "\n" not in n.fr for n in result.notes)

    run()


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, b"%PDF-1.7\n", b"<html></html>", bytes(range(256)) * 40],
    ids=["empty", "zip-header-only", "old-word-ole", "pdf", "html", "binary"],
)
def test_files_that_are_not_word_documents_are_refused_with_a_message(data):
    from iasante_desktop.documents.word_import import import_docx

    with pytest.raises(DocumentError) as refused:
        import_docx(data, resolve_call())
    assert refused.value.fr and refused.value.en


# ---- PDF ------------------------------------------------------------------------------------------------------


@cache
def _valid_pdf() -> bytes:
    return make_pdf(pages=3, text="CV — Claire Dupont")


PDF_TOKENS = [
    b"/Length 999999999", b"/Count -1", b"/Count 99999999", b"/Kids [1 0 R]", b"/Parent 3 0 R", b"0 0 R",
    b"startxref\n0\n", b"trailer << /Root 1 0 R /Size 9999999 >>", b"/Filter /FlateDecode", b"/Encrypt 5 0 R",
    b"endstream", b"endobj", b"xref\n0 999999\n", b"<<" * 200, b"[" * 500, b"/Type /Pages",
]


pdf_ops = st.tuples(
    st.one_of(st.just([]), byte_ops),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(PDF_TOKENS)), max_size=4),
)


def apply_pdf_ops(data: bytes, ops) -> bytes:
    garble, insertions = ops
    buffer = bytearray(apply_byte_ops(data, garble) if garble else data)
    for where, token in insertions:
        at = int(where * len(buffer))
        buffer[at:at] = token
    return bytes(buffer)


def _check(data: bytes) -> None:
    from iasante_desktop.documents.pdf_check import PdfInfo, check_pdf

    try:
        info = check_pdf(data, "cv.pdf")
        assert isinstance(info, PdfInfo) and info.pages >= 1
    except DocumentError as exc:
        assert exc.fr and exc.en
        assert "cv.pdf" in exc.fr


def test_the_unmutated_pdf_is_accepted(qapp):
    from iasante_desktop.documents.pdf_check import check_pdf

    assert check_pdf(_valid_pdf(), "cv.pdf").pages == 3


def test_mutated_pdfs_are_accepted_or_refused(qapp, long_run):
    @examples(long_run, short=60, long=1500)
    @given(ops=pdf_ops)
    def run(ops):
        _check(apply_pdf_ops(_valid_pdf(), ops))

    run()
