"""Rich content in Word files: the writer's real Word structures, the reader keeping what applicants write, and
what the model cannot hold said in a note rather than dropped in silence (issues 9 and 14)."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import nsdecls, qn
from samples.rich_samples import (
    EMF,
    SVG,
    insert_after,
    jpeg_header,
    png,
    png_header,
    rich_description,
    rich_dossier,
    swap_picture,
)

from iasante_desktop.core.document import LIST_LEVELS
from iasante_desktop.core.richtext import BULLET, NUMBER, Figure, as_rich, normalized
from iasante_desktop.documents.word_export import render_docx
from iasante_desktop.documents.word_import import (
    DROPPED_RULE,
    NOTE_DROPPED,
    NOTE_DROPPED_ROOM,
    import_docx,
)

W = nsdecls("w")


def _xml(data: bytes, member: str = "word/document.xml") -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(member).decode()


# ---- the writer ----


def test_rich_description_and_summary_survive_export_then_import(call):
    dossier = rich_dossier(call)
    result = import_docx(render_docx(dossier, call), call)
    assert result.notes == []
    assert normalized(as_rich(result.dossier.description["objectifs"])) == normalized(rich_description())
    assert as_rich(result.dossier.resume) == as_rich(dossier.resume)


def test_each_numbered_list_gets_its_own_num_so_that_it_restarts(call):
    data = render_docx(rich_dossier(call), call)
    body = Document(io.BytesIO(data)).element.body
    nums = {}
    for p in body.iter(qn("w:p")):
        num_id = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            nums.setdefault("".join(t.text for t in p.iter(qn("w:t"))), num_id.get(qn("w:val")))
    assert nums["un corpus annoté ;"] == nums["un modèle"] == nums["dont 200 locuteurs"]
    assert nums["collecte"] == nums["annotation"] != nums["un modèle"]
    numbering = _xml(data, "word/numbering.xml")
    assert f'w:numId="{nums["collecte"]}"' in numbering and '<w:startOverride w:val="1"/>' in numbering


def test_template_carries_the_list_definitions_written_from_the_list_levels(call):
    from iasante_desktop.documents.word_export import template_path

    root = Document(str(template_path(call))).part.numbering_part.element
    by_name = {a.find(qn("w:name")).get(qn("w:val")): a for a in root.findall(qn("w:abstractNum")) if a.find(qn("w:name")) is not None}
    for name, kind in (("iasante-bullets", BULLET), ("iasante-numbers", NUMBER)):
        levels = by_name[name].findall(qn("w:lvl"))
        assert len(levels) == len(LIST_LEVELS)
        for lvl, spec in zip(levels, LIST_LEVELS):
            ind = lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
            assert (int(ind.get(qn("w:left"))), int(ind.get(qn("w:hanging")))) == (spec.left_twips, spec.hanging_twips)
            fmt = lvl.find(qn("w:numFmt")).get(qn("w:val"))
            assert fmt == ("bullet" if kind == BULLET else spec.number_format)


def test_writer_adds_the_numbering_part_when_the_template_has_none(call, tmp_path, monkeypatch):
    from iasante_desktop.documents import word_export

    document = Document(str(word_export.template_path(call)))
    part = document.part
    rel = next(r for r in part.rels.values() if r.reltype.endswith("/numbering"))
    part.drop_rel(rel.rId)
    bare = tmp_path / "template.docx"
    document.save(str(bare))
    assert "numbering" not in " ".join(zipfile.ZipFile(bare).namelist())
    monkeypatch.setattr(word_export, "template_path", lambda _call: bare)
    data = render_docx(rich_dossier(call), call)
    assert "iasante-numbers" in _xml(data, "word/numbering.xml")
    assert Document(io.BytesIO(data)).part.numbering_part is not None  # python-docx re-reads it


def test_figure_is_an_inline_picture_of_its_size_with_a_plain_caption_paragraph(call):
    data = render_docx(rich_dossier(call), call)
    xml = _xml(data)
    assert f'cx="{340 * 12700}" cy="{255 * 12700}"' in xml
    assert "<wp:anchor" not in xml
    body = Document(io.BytesIO(data)).element.body
    paragraphs = list(body.iter(qn("w:p")))
    at = next(i for i, p in enumerate(paragraphs) if p.find(f".//{qn('w:drawing')}") is not None)
    caption = paragraphs[at + 1]
    assert "".join(t.text for t in caption.iter(qn("w:t"))) == "Figure 1 : le pipeline"
    assert caption.find(f".//{qn('w:drawing')}") is None


def test_table_has_borders_widths_margins_a_repeated_header_and_shading(call):
    data = render_docx(rich_dossier(call), call)
    body = Document(io.BytesIO(data)).element.body
    table = [t for t in body.iter(qn("w:tbl")) if "WP1" in "".join(x.text or "" for x in t.iter(qn("w:t")))][0]
    assert [int(c.get(qn("w:w"))) for c in table.iter(qn("w:gridCol"))] == [3000, 2000]
    assert table.find(f".//{qn('w:tblBorders')}/{qn('w:insideH')}").get(qn("w:val")) == "single"
    assert table.find(f".//{qn('w:tblCellMar')}/{qn('w:left')}").get(qn("w:w")) == "108"
    rows = table.findall(qn("w:tr"))
    assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert rows[1].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    assert rows[0].find(f".//{qn('w:shd')}").get(qn("w:fill")) == "D9D9D9"
    assert rows[1].find(f".//{qn('w:shd')}") is None


def test_runs_carry_their_marks(call):
    xml = _xml(render_docx(rich_dossier(call), call))
    assert '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">mots en gras</w:t></w:r>' in xml
    assert '<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">in vitro</w:t>' in xml
    assert '<w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">3</w:t>' in xml


# ---- the reader: lists, pictures and captions as Word and LibreOffice write them ----


def test_lists_by_paragraph_style_resolve_through_the_styles_numbering(call, complete_dossier):
    base = render_docx(complete_dossier, call)
    document = Document(io.BytesIO(base))
    anchor = next(p for p in document.paragraphs if p.text == complete_dossier.description["plus_value"])
    for text, style in (("premier point", "List Number"), ("second point", "List Number"), ("une puce", "List Bullet")):
        new = document.add_paragraph(text, style=style)
        anchor._p.addnext(new._p)
        anchor = new
    out = io.BytesIO()
    document.save(out)
    text = as_rich(import_docx(out.getvalue(), call).dossier.description["plus_value"])
    items = [(p.text, p.list_item.kind if p.list_item else None) for p in text.blocks]
    assert items[1:] == [("premier point", NUMBER), ("second point", NUMBER), ("une puce", BULLET)]


def test_a_paragraph_starting_with_figure_after_a_picture_is_its_caption(call, complete_dossier):
    from iasante_desktop.core.richtext import RichText

    dossier = complete_dossier
    dossier.description["plus_value"] = RichText([Figure(png(8, 8), "image/png", 100.0, 50.0, (), "a.png")])
    data = render_docx(dossier, call)
    data = insert_after(data, "– Objectifs scientifiques, défis et enjeux à plus long terme (AAP nationaux ou internationaux visés…)", f'<w:p {W}><w:r><w:t>x</w:t></w:r></w:p>')
    document = Document(io.BytesIO(data))
    paragraphs = document.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p._p.find(f".//{qn('w:drawing')}") is not None)
    paragraphs[at]._p.addnext(document.add_paragraph("Fig. 2 – la cohorte")._p)
    out = io.BytesIO()
    document.save(out)
    text = as_rich(import_docx(out.getvalue(), call).dossier.description["plus_value"])
    figure = text.blocks[0]
    assert isinstance(figure, Figure) and figure.caption_text == "Fig. 2 – la cohorte"
    assert (figure.width_pt, figure.height_pt) == (100.0, 50.0)


# ---- what the model cannot hold ----

ANCHORED_PICTURE = (
    f'<w:p {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:r><w:drawing>'
    '<wp:anchor><wp:extent cx="3000000" cy="2000000"/><a:graphic><a:graphicData '
    'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:anchor></w:drawing></w:r></w:p>'
)
CHART = (
    f'<w:p {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:r><w:drawing>'
    '<wp:inline><wp:extent cx="3000000" cy="2000000"/><a:graphic><a:graphicData '
    'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></wp:inline></w:drawing></w:r></w:p>'
)
EQUATION = (
    f'<w:p {W} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><w:r><w:t>Soit </w:t></w:r>'
    "<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>"
)
COMMENT = f'<w:p {W}><w:r><w:t>Relu.</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>'
FOOTNOTE = f'<w:p {W}><w:r><w:t>Voir la note.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
TEXT_BOX = (
    f'<w:p {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
    "<w:p><w:r><w:t>encadré</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
)

POINT = "– Plus-value de la collaboration"


@pytest.mark.parametrize(
    "xml, words, room",
    [
        (ANCHORED_PICTURE, "image flottante", True),
        (CHART, "graphique", True),
        (EQUATION, "équation", True),
        (TEXT_BOX, "zone de texte", True),
        (FOOTNOTE, "note de bas de page", True),
        (COMMENT, "commentaire", False),
    ],
)
def test_what_the_model_cannot_hold_is_named_with_its_field(call, complete_dossier, xml, words, room):
    data = insert_after(render_docx(complete_dossier, call), POINT, xml)
    result = import_docx(data, call)
    notes = [n for n in result.notes if n.kind in (NOTE_DROPPED, NOTE_DROPPED_ROOM)]
    assert len(notes) == 1, result.notes
    note = notes[0]
    assert words in note.fr and "Plus-value de la collaboration" in note.fr
    assert note.en and "Added value of the collaboration" in note.en
    assert note.field == "description.plus_value"
    assert (note.kind == NOTE_DROPPED_ROOM) is room
    assert [f.rule for f in result.findings] == ([DROPPED_RULE] if room else [])
    # the rest of the point is kept
    assert complete_dossier.description["plus_value"].plain() in result.dossier.description["plus_value"].plain()


def test_check_says_the_page_count_may_be_short_when_a_floating_picture_was_left_out(call, complete_dossier, tmp_path, capsys):
    from iasante_desktop.cli import main

    path = tmp_path / "flottant.docx"
    path.write_bytes(insert_after(render_docx(complete_dossier, call), POINT, ANCHORED_PICTURE))
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert f"[{DROPPED_RULE}]" in out and "image flottante" in out
    main(["check", str(path), "--json", "--lang", "en"])
    out = capsys.readouterr().out
    assert DROPPED_RULE in out and "measured length may be short" in out


# ---- hostile and odd pictures (issue 9, item 6) ----

HOSTILE = {
    "declares 100 000 x 100 000 pixels": (png_header(100_000, 100_000), "100000 × 100000 pixels"),
    "truncated JPEG": (jpeg_header(800, 600, b"\x12" * 4000, end=False), "JPEG tronquée"),
    "truncated PNG": (png(64, 64)[:-20], "PNG tronquée"),
    "SVG": (SVG, "format SVG"),
    "EMF": (EMF, "format EMF"),
    "not a picture at all": (b"<html>bonjour</html>" * 10, "pas une image lisible"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_picture_is_one_line_and_the_rest_of_the_dossier_is_imported(call, case):
    data, words = HOSTILE[case]
    docx = swap_picture(render_docx(rich_dossier(call), call), data)
    tracemalloc.start()
    try:
        result = import_docx(docx, call)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    notes = [n for n in result.notes if "pipeline.png" in n.fr]
    assert len(notes) == 1 and words in notes[0].fr, result.notes
    assert "\n" not in notes[0].fr and "pipeline.png" in notes[0].en
    assert notes[0].kind == NOTE_DROPPED_ROOM  # the picture took room: the check warns
    text = as_rich(result.dossier.description["objectifs"])
    assert not text.figures() and text.tables() and "Figure 1 : le pipeline" in text.plain()
    assert result.dossier.acronym == "NEURO-IA"
    assert peak < 100 * 1024 * 1024


def test_a_40_mb_photo_is_refused_with_a_message_and_the_rest_imported(call):
    photo = jpeg_header(6000, 4000, b"\x5a" * (40 * 1024 * 1024))
    docx = swap_picture(render_docx(rich_dossier(call), call), photo, stored=True)
    tracemalloc.start()
    try:
        result = import_docx(docx, call)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    notes = [n for n in result.notes if "pipeline.png" in n.fr]
    assert len(notes) == 1 and "40 Mo" in notes[0].fr and "25 Mo" in notes[0].fr
    assert as_rich(result.dossier.description["objectifs"]).tables()
    assert peak < 250 * 1024 * 1024


def test_a_large_photo_under_the_caps_is_kept(call):
    photo = jpeg_header(6000, 4000, b"\x5a" * (12 * 1024 * 1024))
    docx = swap_picture(render_docx(rich_dossier(call), call), photo, stored=True)
    result = import_docx(docx, call)
    figure = as_rich(result.dossier.description["objectifs"]).figures()[0]
    assert figure.mime == "image/jpeg" and len(figure.data) == len(photo)


def test_a_picture_whose_bytes_are_not_what_its_name_says_is_read_by_its_bytes(call):
    docx = swap_picture(render_docx(rich_dossier(call), call), jpeg_header(640, 480))
    result = import_docx(docx, call)
    figure = as_rich(result.dossier.description["objectifs"]).figures()[0]
    assert figure.mime == "image/jpeg" and (figure.width_pt, figure.height_pt) == (340.0, 255.0)
    assert any("en réalité une image JPEG" in n.fr for n in result.notes)


@pytest.mark.soffice
def test_libreoffice_converts_the_rich_export_cleanly_and_shows_its_figure_lists_and_table(call, tmp_path):
    import subprocess

    from pypdf import PdfReader
    from samples.word_samples import require_soffice

    soffice = require_soffice()
    source = tmp_path / "dossier.docx"
    source.write_bytes(render_docx(rich_dossier(call), call))
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=180, check=True,
    )
    assert b"Error" not in completed.stderr and b"rror" not in completed.stdout
    reader = PdfReader(tmp_path / "dossier.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    for words in ("Figure 1 : le pipeline", "WP1 : collecte", "• un corpus annoté", "1. collecte", "2. annotation"):
        assert words in text, words
    from testkit import require_tool

    listed = subprocess.run(
        [require_tool("pdfimages"), "-list", str(tmp_path / "dossier.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listed) == 1 and listed[0].split()[3:5] == ["48", "36"], listed  # the figure, once


def _as_libreoffice_frame(docx: bytes, wrap: str = "<wp:wrapTopAndBottom/>") -> bytes:
    """The figure and its caption moved into a frame anchored to the paragraph, as LibreOffice writes a
    captioned picture (Insert > Caption) to .docx."""
    from docx.oxml import parse_xml
    from lxml import etree

    document = Document(io.BytesIO(docx))
    paragraphs = list(document.element.body.iter(qn("w:p")))
    at = next(i for i, p in enumerate(paragraphs) if p.find(f".//{qn('w:drawing')}") is not None)
    picture, caption = paragraphs[at], paragraphs[at + 1]
    drawing = etree.tostring(picture.find(f".//{qn('w:drawing')}")).decode()
    frame = parse_xml(
        f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="0" distR="0" '
        'simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="2"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH><wp:positionV '
        'relativeFrom="paragraph"><wp:posOffset>635</wp:posOffset></wp:positionV><wp:extent cx="4318000" '
        f'cy="3500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap}<wp:docPr id="90" name="Cadre1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r>{drawing}</w:r>'
        '<w:r><w:br/></w:r><w:r><w:t xml:space="preserve">Figure 1 : le </w:t></w:r><w:r><w:rPr><w:i/></w:rPr>'
        "<w:t>pipeline</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>"
    )
    picture.addprevious(frame)
    picture.getparent().remove(picture)
    caption.getparent().remove(caption)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_libreoffice_captioned_frame_becomes_the_figure_with_its_caption(call):
    from iasante_desktop.core.richtext import ITALIC

    result = import_docx(_as_libreoffice_frame(render_docx(rich_dossier(call), call)), call)
    figure = as_rich(result.dossier.description["objectifs"]).figures()[0]
    assert figure.caption_text == "Figure 1 : le pipeline"
    assert [s.text for s in figure.caption if ITALIC in s.marks] == ["pipeline"]
    assert (figure.width_pt, figure.height_pt) == (340.0, 255.0)
    assert not [n for n in result.notes if n.kind in (NOTE_DROPPED, NOTE_DROPPED_ROOM)]
    assert any("ancrée" in n.fr and "pipeline.png" in n.fr for n in result.notes)


def test_a_frame_with_text_flowing_around_it_is_named_and_warned_about(call):
    docx = _as_libreoffice_frame(render_docx(rich_dossier(call), call), wrap='<wp:wrapSquare wrapText="bothSides"/>')
    result = import_docx(docx, call)
    assert not as_rich(result.dossier.description["objectifs"]).figures()
    notes = [n for n in result.notes if n.kind == NOTE_DROPPED_ROOM]
    assert len(notes) == 1 and "image flottante" in notes[0].fr
    assert [f.rule for f in result.findings] == [DROPPED_RULE]
