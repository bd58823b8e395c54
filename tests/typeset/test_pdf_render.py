"""The PDF the committee reads: pages, fonts, text that extracts as typed, the résumé's counted lines."""

from __future__ import annotations

import math
import re
import subprocess

import pytest
from pypdf import PdfReader

from iasante_desktop.core.document import section_title
from iasante_desktop.typeset.pdf import PdfRenderError, render_dossier_pdf
from testkit import require_tool
from factories import make_complete_dossier
from tests.typeset.helpers import prose, text_of_lines


@pytest.fixture
def dossier(call, engine):
    d = make_complete_dossier(call)
    d.resume = text_of_lines(engine, 9) + " publication attention effectivement"
    d.description = {p.id: prose(260) + "\n" + prose(40) for p in call.section("description").points}
    return d


@pytest.fixture
def rendered(dossier, call, engine, tmp_path):
    path = tmp_path / "dossier.pdf"
    bookmarks = render_dossier_pdf(dossier, call, path, author="Claire Dupont", engine=engine)
    return path, dict(bookmarks)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", str(text))


def test_sections_start_where_the_bookmarks_say_and_the_description_and_budget_open_pages(rendered, dossier, call, engine):
    path, bookmarks = rendered
    reader = PdfReader(path)
    description = section_title(call.section("description"), "fr")  # titles carry their limit
    description_pages = math.ceil(engine.description_pages(dossier))
    assert bookmarks["Acronyme"] == 0
    assert bookmarks["Budget"] == bookmarks[description] + description_pages
    assert len(reader.pages) == bookmarks["Budget"] + 1
    assert reader.pages[bookmarks[description]].extract_text().lstrip().startswith("Description de la collaboration")
    assert "DÉPENSES" in reader.pages[bookmarks["Budget"]].extract_text()
    assert "Partenaire 2" in bookmarks


def test_fonts_are_embedded(rendered):
    path, _ = rendered
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[font["/BaseFont"]] = "/FontFile2" in descendant["/FontDescriptor"]
    assert fonts and all(fonts.values()), fonts
    assert any("Carlito" in str(name) for name in fonts)


def test_pdffonts_sees_every_font_embedded(rendered):
    pdffonts = require_tool("pdffonts")
    path, _ = rendered
    rows = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows


def test_text_extracts_as_typed_even_where_ligatures_would_join_letters(rendered, dossier):
    path, _ = rendered
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    words = _words(text)
    for field in (dossier.resume, dossier.title, dossier.partners[0].cv, dossier.description["plus_value"]):
        expected = _words(field)
        start = next(i for i in range(len(words)) if words[i : i + len(expected)] == expected)
        assert start >= 0
    assert "publication" in words and "attention" in words and "effectivement" in words
    assert "\t" not in text  # spaces copy out as spaces


def _baselines(page) -> list[tuple[float, str]]:
    rows: dict[float, str] = {}

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            y = round(tm[5] * cm[3] + cm[5], 1)
            rows[y] = rows.get(y, "") + text

    page.extract_text(visitor_text=visit)
    return sorted(rows.items(), reverse=True)  # top of the page first


def test_the_resume_occupies_exactly_the_lines_the_counter_announced(rendered, dossier, engine, call):
    path, _ = rendered
    rows = _baselines(PdfReader(path).pages[0])
    labels = [row[1].strip() for row in rows]
    start = labels.index(section_title(call.section("resume"), "fr"))
    end = labels.index(section_title(call.section("resume_grand_public"), "fr"))
    assert end - start - 1 == engine.count_lines(dossier.resume) == 10


def test_metadata_names_the_dossier_the_call_and_the_author(rendered, call):
    path, _ = rendered
    meta = PdfReader(path).metadata
    assert meta.title == f"NEURO-IA \u2014 {call.name.fr}"
    assert meta.creator == "iasante-desktop"
    assert meta.author == "Claire Dupont"


def test_pages_are_a4_and_numbered(rendered, call):
    path, _ = rendered
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 20), round(float(box.height) * 20)) == pytest.approx((11906, 16838), abs=20)
    last = reader.pages[-1].extract_text()
    assert f"{len(reader.pages)} / {len(reader.pages)}" in last


def test_an_english_dossier_uses_the_english_labels(dossier, call, engine, tmp_path):
    path = tmp_path / "en.pdf"
    bookmarks = dict(render_dossier_pdf(dossier, call, path, lang="en", engine=engine))
    assert section_title(call.section("resume"), "en") in bookmarks and "Budget" in bookmarks and "Partner 1" in bookmarks
    assert "EXPENSES" in PdfReader(path).pages[bookmarks["Budget"]].extract_text()


def test_a_missing_folder_gives_a_clear_message(dossier, call, engine, tmp_path):
    with pytest.raises(PdfRenderError, match="n'existe pas"):
        render_dossier_pdf(dossier, call, tmp_path / "absent" / "x.pdf", engine=engine)


# ---- rich content ---------------------------------------------------------------------------------------


def _schema_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    for x in range(100, 700):
        for y in (100, 300):
            image.setPixelColor(x, y, QColor(0, 0, 120))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _photo(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(0, height, 50):
        for x in range(0, width, 50):
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 3) % 256, (x + y) % 256))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 95)
    buffer.close()
    return bytes(data.data())


@pytest.fixture(scope="module")
def rich_pdf(call, engine, tmp_path_factory):
    from iasante_desktop.core.richtext import (
        BOLD, BULLET, NUMBER, SUBSCRIPT, SUPERSCRIPT, Cell, Figure, ListItem, Para, RichText, Span, Table,
    )

    d = make_complete_dossier(call)
    points = [p.id for p in call.section("description").points]
    photo = Figure(_photo(3000, 2000), "image/jpeg", 300.0, 200.0, (Span("Figure 1 : "), Span("photo", frozenset({BOLD}))))
    d.description = {p: prose(40) for p in points}
    d.description[points[0]] = RichText([
        Para((Span("Le CO"), Span("2", frozenset({SUBSCRIPT})), Span(" et le m"), Span("3", frozenset({SUPERSCRIPT})),
              Span(" "), Span("comptent", frozenset({BOLD})))),
        Para((Span("premier point"),), ListItem(NUMBER, 0, 1)),
        Para((Span("sous-point"),), ListItem(NUMBER, 1, 1)),
        Para((Span("une puce"),), ListItem(BULLET, 0, 2)),
        photo,
        Figure(_schema_png(), "image/png", 200.0, 100.0, (Span("Figure 2 : schéma"),)),
        Table(((Cell((Para((Span("Lot", frozenset({BOLD})),)),)), Cell((Para((Span("Durée", frozenset({BOLD})),)),))),
               (Cell((Para((Span("WP1"),)),)), Cell((Para((Span("6 mois"),)),)))), (3000, 3000), 1, (0,)),
    ])
    path = tmp_path_factory.mktemp("rich") / "rich.pdf"
    render_dossier_pdf(d, call, path, engine=engine, watermark="Brouillon \u2014 non conforme")
    plain = tmp_path_factory.mktemp("plain") / "plain.pdf"
    render_dossier_pdf(d, call, plain, engine=engine)
    return path, plain, photo


def test_a_photo_is_embedded_as_jpeg_at_300_dpi_of_its_printed_size_and_line_art_losslessly(rich_pdf):
    path, _, photo = rich_pdf
    images = [
        ref.get_object()
        for page in PdfReader(path).pages
        for ref in page["/Resources"].get("/XObject", {}).values()
        if ref.get_object().get("/Subtype") == "/Image"
    ]
    assert len(images) == 2
    jpeg = [image for image in images if image["/Filter"] == "/DCTDecode"]
    assert len(jpeg) == 1  # the photo; the schema is kept lossless
    width, height = jpeg[0]["/Width"], jpeg[0]["/Height"]
    assert width == math.ceil(photo.width_pt / 72 * 300) and height == math.ceil(photo.height_pt / 72 * 300)
    assert path.stat().st_size < len(photo.data)  # recompressed, not the original 3000-pixel photo


def test_rich_text_prints_its_numbers_bullets_runs_scripts_caption_and_table(rich_pdf):
    path, _, _ = rich_pdf
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in ("1.", "premier point", "a.", "sous-point", "\u2022", "une puce", "CO", "comptent",
                     "Figure 1 :", "photo", "Lot", "Durée", "WP1", "6 mois"):
        assert expected in text, expected


def test_a_watermark_marks_every_page_of_a_preview_and_no_page_of_the_submission(rich_pdf):
    path, plain, _ = rich_pdf
    marked = [page.extract_text() for page in PdfReader(path).pages]
    assert marked and all("Brouillon" in text and "non conforme" in text for text in marked)
    assert not any("Brouillon" in page.extract_text() for page in PdfReader(plain).pages)


def _png_declaring(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_a_picture_declaring_100000_pixels_square_prints_a_frame_of_its_size_instead(call, engine, tmp_path):
    from iasante_desktop.core.richtext import Figure, RichText, Span

    d = make_complete_dossier(call)
    point = call.section("description").points[0].id
    d.description = {point: RichText([Figure(_png_declaring(100_000, 100_000), "image/png", 200.0, 150.0, (Span("Figure 1"),))])}
    path = tmp_path / "hostile.pdf"
    render_dossier_pdf(d, call, path, engine=engine)
    reader = PdfReader(path)
    images = [ref for page in reader.pages for ref in page["/Resources"].get("/XObject", {}).values()]
    assert images == []
    assert "Figure 1" in "\n".join(page.extract_text() for page in reader.pages)
