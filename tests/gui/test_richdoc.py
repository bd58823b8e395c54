"""The editor's converter: RichText -> QTextDocument -> RichText gives the same text back (normalized), and
foreign HTML and plain text come in as the tree."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    NUMBER,
    SUBSCRIPT,
    SUPERSCRIPT,
    UNDERLINE,
    Cell,
    Figure,
    ListItem,
    Para,
    RichText,
    Span,
    Table,
    normalized,
)
from iasante_desktop.gui import richdoc

B = frozenset({BOLD})
I = frozenset({ITALIC})  # noqa: E741


def png(width=40, height=20, color="red") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return richdoc.image_bytes(image)


def P(*spans, item=None, align="left") -> Para:  # noqa: N802
    return Para(tuple(s if isinstance(s, Span) else Span(s) for s in spans), item, align)


def cell(*paras) -> Cell:
    return Cell(tuple(paras))


VARIED = {
    "empty": RichText(),
    "marks": RichText([P("Un ", Span("gras", B), " ", Span("it", I), " ", Span("s", frozenset({UNDERLINE})),
                         " x", Span("2", frozenset({SUPERSCRIPT})), " H", Span("2", frozenset({SUBSCRIPT})),
                         Span("tout", frozenset({BOLD, ITALIC, UNDERLINE})))]),
    "breaks and empty paragraphs": RichText([P("a\u2028b"), P(), P("« guillemets\u00a0»"), P("centré", align="center"),
                                             P("justifié", align="justify"), P("droite", align="right")]),
    "lists with levels": RichText([
        P("intro"),
        P("un", item=ListItem(BULLET, 0, 1)), P("sous", item=ListItem(BULLET, 1, 1)),
        P("sous-sous", item=ListItem(BULLET, 2, 1)), P("deux", item=ListItem(BULLET, 0, 1)),
        P("n1", item=ListItem(NUMBER, 0, 2)), P("n1a", item=ListItem(NUMBER, 1, 2)), P("n2", item=ListItem(NUMBER, 0, 2)),
        P("autre liste", item=ListItem(NUMBER, 0, 3)),
        P("fin"),
    ]),
    "figures": RichText([
        P("avant"),
        Figure(png(), "image/png", 200.0, 100.0, (Span("Figure 1 : "), Span("Gantt", I)), "gantt.png"),
        Figure(png(30, 30, "blue"), "image/png", 453.6, 453.6),
        P("après"),
    ]),
    "figure first": RichText([Figure(png(), "image/png", 100.0, 50.0, (Span("légende"),))]),
    "tables": RichText([
        P("t"),
        Table(((cell(P(Span("h1", B))), cell(P("h2"))), (cell(P("a"), P("b")), cell(P()))), (3000, 6072), 1, (0,)),
        P("entre"),
        Table(((cell(P("x", item=ListItem(BULLET, 0, 7))),),)),
        Table(((cell(P("collée")),),)),
        P("fin"),
    ]),
    "table first and last": RichText([Table(((cell(P("seule")), cell(P("ligne"))),), (4536, 4536))]),
}


@pytest.mark.parametrize("name", list(VARIED))
def test_round_trip_through_the_document_gives_the_same_text(qapp, name):
    text = VARIED[name]
    back = richdoc.from_document(richdoc.to_document(text))
    assert normalized(back) == normalized(text)


def test_round_trip_keeps_the_figure_bytes_size_and_name(qapp):
    text = VARIED["figures"]
    back = richdoc.from_document(richdoc.to_document(text))
    assert back.figures()[0].data == text.figures()[0].data
    assert (back.figures()[0].width_pt, back.figures()[0].height_pt, back.figures()[0].name) == (200.0, 100.0, "gantt.png")


WORD_HTML = """<html><body>
<p class=MsoNormal><span style='font-family:"Times New Roman";color:#C00000;font-size:16pt'><b>Gras</b> et
<i>italique</i></span></p>
<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'><span style='font-family:Symbol'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>premier point</p>
<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt'><span style='font-family:Symbol'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>second point</p>
<ul><li>web</li><li>liste<ul><li>imbriquée</li></ul></li></ul>
<table border=1><tr><td><b>A</b></td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>
<p>x<sup>2</sup></p></body></html>"""


def test_pasted_word_html_keeps_emphasis_lists_and_tables_and_drops_fonts(qapp):
    text = richdoc.html_to_rich(WORD_HTML)
    paras = [b for b in text.blocks if isinstance(b, Para)]
    assert paras[0] == P(Span("Gras", B), " et ", Span("italique", I))
    word_items = [p for p in paras if p.text in ("premier point", "second point")]
    assert [p.list_item.kind for p in word_items] == [BULLET, BULLET]
    assert word_items[0].list_item.list_id == word_items[1].list_item.list_id
    web = {p.text: p.list_item for p in paras if p.text in ("web", "liste", "imbriquée")}
    assert web["imbriquée"].level == 1 and web["imbriquée"].list_id == web["web"].list_id
    (table,) = text.tables()
    assert [[c.text for c in row] for row in table.rows] == [["A", "B"], ["1", "2"]]
    assert paras[-1] == P("x", Span("2", frozenset({SUPERSCRIPT})))
    assert not any(not p.spans for p in paras), "no empty paragraph left behind the table"


def test_a_bullet_glyph_and_a_tab_become_a_list_item(qapp):
    text = richdoc.plain_to_rich("Objectifs :\n•\tun prototype\n•\tune cohorte\n1.\tpremier")
    assert [b.list_item and b.list_item.kind for b in text.blocks] == [None, BULLET, BULLET, NUMBER]
    assert text.blocks[1].text == "un prototype"


def test_fields_without_figures_keep_captions_and_flatten_tables(qapp):
    text = RichText([Figure(png(), "image/png", 10.0, 5.0, (Span("légende"),)), Table(((cell(P("a")), cell(P("b"))),))])
    kept, dropped = richdoc.restrict(text, figures=False, tables=False)
    assert dropped == 1
    assert [b.text for b in kept.blocks] == ["légende", "a", "b"]


def test_an_image_becomes_a_figure_at_the_text_width_keeping_its_ratio(qapp):
    figure = richdoc.figure_from_file_bytes(png(400, 100), "schema.png")
    assert figure.mime == "image/png" and figure.width_pt == pytest.approx(453.6)
    assert figure.height_pt == pytest.approx(453.6 / 4, abs=0.01)


def test_an_svg_is_drawn_as_a_png_figure(qapp):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="red"/></svg>'
    figure = richdoc.figure_from_file_bytes(svg, "schema.svg")
    assert figure.mime == "image/png" and figure.name == "schema.png"
    assert figure.height_pt == pytest.approx(453.6 / 2, abs=0.5)


def test_a_file_that_is_not_an_image_is_refused(qapp):
    with pytest.raises(richdoc.ImageRefused):
        richdoc.figure_from_file_bytes(b"not an image at all", "photo.png")


def test_an_image_inline_in_pasted_html_becomes_a_figure_and_a_missing_one_is_named(qapp):
    import base64

    data = base64.b64encode(png(200, 100)).decode()
    missing: list[str] = []
    text = richdoc.html_to_rich(
        f'<p>avant</p><p><img src="data:image/png;base64,{data}"></p><p>après <img src="file:///nowhere/x.png"></p>',
        missing,
    )
    assert [type(b).__name__ for b in text.blocks] == ["Para", "Figure", "Para"]
    assert text.figures()[0].width_pt == pytest.approx(453.6)
    assert len(missing) == 1 and "x.png" in missing[0]


LIBREOFFICE_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>
<meta name="generator" content="LibreOffice 7.4"/><style type="text/css">p { line-height: 115%; margin-bottom: 0.25cm }</style>
</head><body lang="fr-FR" dir="ltr"><p style="margin-bottom: 0cm"><font face="Carlito, serif"><font size="3" style="font-size: 12pt">
Un <b>projet</b> <span style="font-weight: bold"><i>ambitieux</i></span> et <u>souligné</u>, CO<sub>2</sub>.</font></font></p>
<ul><li><p style="margin-bottom: 0cm"><font face="Carlito, serif">premier</font></p>
<ul><li><p style="margin-bottom: 0cm"><font face="Carlito, serif">sous-point</font></p></li></ul></li>
<li><p style="margin-bottom: 0cm"><font face="Carlito, serif">second</font></p></li></ul>
<ol><li><p style="margin-bottom: 0cm">un</p></li><li><p style="margin-bottom: 0cm">deux</p></li></ol>
</body></html>"""


def test_pasted_libreoffice_html_keeps_marks_and_nested_lists(qapp):
    text = richdoc.html_to_rich(LIBREOFFICE_HTML)
    first = text.blocks[0]
    assert (Span("projet", B) in first.spans) and Span("ambitieux", frozenset({BOLD, ITALIC})) in first.spans
    assert Span("souligné", frozenset({UNDERLINE})) in first.spans
    assert Span("2", frozenset({SUBSCRIPT})) in first.spans
    items = [(b.text, b.list_item.kind, b.list_item.level) for b in text.blocks[1:]]
    assert items == [("premier", BULLET, 0), ("sous-point", BULLET, 1), ("second", BULLET, 0), ("un", NUMBER, 0), ("deux", NUMBER, 0)]
    bullets = {b.list_item.list_id for b in text.blocks[1:4]}
    assert len(bullets) == 1 and text.blocks[4].list_item.list_id not in bullets
