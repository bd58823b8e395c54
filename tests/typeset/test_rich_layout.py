"""The engine on the rich tree, with oracles that do not come from the engine's own counting: lines forced by
hand, the indents and sizes of core.document and core.richtext, and numbers written out. LibreOffice's own
layout of rich texts is compared in tests/fidelity/test_rich_agreement.py."""

from __future__ import annotations

from iasante_desktop.core.document import BODY, HEADING, LIST_LEVELS, DocBlock
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    LINE_BREAK,
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
from iasante_desktop.typeset import engine as engine_module
from iasante_desktop.typeset.flow import format_number, units_of
from tests.typeset.helpers import prose

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003010100"
    "c9fe92ef0000000049454e44ae426082"
)


def _para(text: str, *marks: str, item: ListItem | None = None) -> Para:
    return Para((Span(text, frozenset(marks)),), item)


def test_a_text_with_three_forced_breaks_in_marked_runs_has_four_lines(engine):
    para = Para((Span("un"), Span(LINE_BREAK + "deux", frozenset({BOLD})), Span(LINE_BREAK + "trois" + LINE_BREAK + "quatre")))
    assert engine.count_lines(RichText([para])) == 4
    assert engine.count_lines(RichText([para, _para("cinq")])) == 5


def test_a_plain_text_counts_the_same_lines_as_str_or_as_rich_text(engine):
    text = prose(120) + "\n" + prose(30) + LINE_BREAK + prose(12)
    assert engine.count_lines(RichText.from_plain(text)) == engine.count_lines(text)


def test_a_paragraph_all_in_bold_is_laid_out_as_the_bold_font_lays_it(engine):
    text = prose(140)
    assert engine.para_lines(_para(text, BOLD)) == engine.paragraph_spans(text, bold=True)
    # Bold Carlito is wider: its first line holds fewer characters.
    assert engine.para_lines(_para(text, BOLD))[0][1] < engine.paragraph_spans(text)[0][1]


def test_superscript_text_is_measured_at_its_reduced_size(engine):
    words = prose(300)
    assert len(engine.para_lines(_para(words, SUPERSCRIPT))) < len(engine.paragraph_spans(words)) * 0.7


def test_a_list_item_is_laid_out_in_the_width_left_by_its_level_indent(engine, call):
    text = prose(90)
    width = call.typography.text_width_twips
    for level in (0, 1):
        item = ListItem(BULLET, level, 1)
        expected = engine.paragraph_spans(text, width - LIST_LEVELS[level].left_twips)
        assert engine.para_lines(_para(text, item=item)) == expected


def test_numbers_are_written_per_level_and_restart_with_each_list(engine):
    items = [(NUMBER, 0, 1), (NUMBER, 0, 1), (NUMBER, 1, 1), (NUMBER, 1, 1), (NUMBER, 2, 1), (NUMBER, 0, 1),
             (NUMBER, 1, 1), (NUMBER, 0, 2), (BULLET, 0, 3), (BULLET, 1, 3)]
    blocks = [DocBlock(_para("x", item=ListItem(k, lv, i)), BODY, field="f", index=n) for n, (k, lv, i) in enumerate(items)]
    labels = [u.para.label for u in units_of(engine, blocks)]
    assert labels == ["1.", "2.", "a.", "b.", "i.", "3.", "a.", "1.", "\u2022", "\u25e6"]
    assert [format_number(n, "lowerRoman") for n in (4, 9, 14, 40)] == ["iv", "ix", "xiv", "xl"]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]


def _figure(height_pt: float, caption: str = "Figure 1 : schéma") -> Figure:
    return Figure(PNG_1PX, "image/png", 200.0, height_pt, (Span(caption),) if caption else ())


def test_a_figure_takes_its_height_is_never_split_and_takes_its_caption_along(engine, call):
    ty = call.typography
    filler = [DocBlock(_para(LINE_BREAK.join(["ligne"] * 40)), BODY, field="d", index=0)]
    first = engine.lay_out(filler + [DocBlock(_figure(100.0), BODY, field="d", index=1)])
    figure = next(i for i, u in enumerate(first.units) if u.kind == "figure")
    assert first.units[figure].height == 2000
    # 40 lines and a 100 pt picture do not fit a page of 52 lines: the picture opens page 2, caption below.
    tall = engine.lay_out(filler + [DocBlock(_figure(200.0), BODY, field="d", index=1)])
    figure = next(i for i, u in enumerate(tall.units) if u.kind == "figure")
    assert tall.flow.places[figure] and tall.flow.places[figure][0].page == 1
    assert tall.flow.places[figure][0].top == 0
    caption = tall.flow.places[figure + 1][0]
    assert (caption.page, caption.top) == (1, 4000 + ty.space_after_twips)


def test_a_table_row_is_as_tall_as_its_tallest_cell_and_its_borders(engine, call):
    pitch = call.typography.line_pitch_twips
    row = (Cell((_para("a"), _para("b" + LINE_BREAK + "c"))), Cell((_para("d"),)))
    table = Table((row, row), (3000, 3000))
    units = units_of(engine, [DocBlock(table, BODY, field="t", index=0)])
    assert [u.height for u in units] == [10 + 3 * pitch + 10, 3 * pitch + 10]


def test_a_table_row_is_never_split_across_pages(engine):
    filler = DocBlock(_para(LINE_BREAK.join(["ligne"] * 48)), BODY, field="d", index=0)
    cell = Cell((_para(LINE_BREAK.join(["cellule"] * 6)),))
    laid = engine.lay_out([filler, DocBlock(Table(((cell, cell),), (3000, 3000)), BODY, field="d", index=1)])
    row = laid.flow.places[1]
    assert {p.page for p in row} == {1}


def _rich_dossier(call, figure_height: float = 150.0) -> Dossier:
    points = [p.id for p in call.section("description").points]
    description = {p: RichText([_para(prose(200))]) for p in points}
    description[points[1]] = RichText(
        [_para(prose(60)), _figure(figure_height), _para("puce", item=ListItem(BULLET, 0, 1)),
         Table(((Cell((_para("x"),)), Cell((_para("y"),))),), (3000, 3000))]
    )
    return Dossier(call_id=call.id, description=description)


def test_the_description_layout_names_each_block_by_its_field_and_index_with_figure_and_row_extents(engine, call):
    layout = engine.description_layout(_rich_dossier(call))
    point = call.section("description").points[1].id
    blocks = layout.of_field(f"description.{point}")
    assert [(b.kind, b.index) for b in blocks] == [
        ("heading", -1), ("body", 0), ("figure", 1), ("caption", 1), ("body", 2), ("row", 3)
    ]
    figure = blocks[2]
    assert figure.extent is not None and figure.extent.height == 3000
    assert blocks[5].extent.height == 10 + call.typography.line_pitch_twips + 10
    # The caption's text starts in the point's plain text where RichText.plain() puts it.
    plain = RichText(_rich_dossier(call).description[point].blocks).plain()
    caption = blocks[3]
    assert plain[caption.offset :].startswith("Figure 1 : schéma")


def test_a_taller_figure_makes_the_description_longer_by_its_height(engine, call):
    short = engine.description_layout(_rich_dossier(call, 100.0)).pages
    tall = engine.description_layout(_rich_dossier(call, 300.0)).pages
    assert tall > short


def test_a_keystroke_in_a_rich_paragraph_lays_out_that_paragraph_only(engine, call, monkeypatch):
    dossier = _rich_dossier(call)
    point = call.section("description").points[1].id
    engine.measure(dossier)
    calls = []
    real = engine_module.paragraph_lines
    monkeypatch.setattr(engine_module, "paragraph_lines", lambda *a: calls.append(a[0]) or real(*a))
    text = dossier.description[point]
    edited = Para((Span(prose(60)), Span(" gras", frozenset({BOLD}))))
    dossier.description[point] = RichText((edited,) + text.blocks[1:])
    engine.measure(dossier)
    assert calls == [edited.text]


def test_a_heading_is_kept_with_the_figure_that_follows_it(engine, call):
    filler = DocBlock(_para(LINE_BREAK.join(["ligne"] * 40)), BODY, field="d", index=0)
    heading = DocBlock(_para("– Titre"), HEADING, field="e", index=-1)
    laid = engine.lay_out([filler, heading, DocBlock(_figure(200.0, ""), BODY, field="e", index=0)])
    assert laid.flow.places[1][0].page == laid.flow.places[2][0].page == 1
