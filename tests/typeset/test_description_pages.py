"""The description's pages: starts on a new page, the annex's five points in order, what falls past page 2."""

from __future__ import annotations

import math

from iasante_desktop.core.document import section_title
from iasante_desktop.core.dossier import Dossier
from tests.typeset.helpers import prose


def _description(call, words_per_point: int, paragraphs: int = 2) -> Dossier:
    points = call.section("description").points
    return Dossier(
        call_id=call.id,
        description={p.id: "\n".join(prose(words_per_point + 7 * k) for k in range(paragraphs)) for p in points},
    )


def test_a_short_description_takes_part_of_one_page(engine, call):
    layout = engine.description_layout(_description(call, 35))
    assert 0.3 < layout.pages < 1
    assert layout.page_count == 1
    assert layout.first_line_past(2) is None
    assert layout.overflow_offsets(2) == {}


def test_a_long_description_takes_two_and_a_half_pages_and_says_where_page_three_starts(engine, call):
    dossier = _description(call, 175)
    layout = engine.description_layout(dossier)
    assert 2.2 < layout.pages < 2.9, layout.pages
    assert layout.page_count == 3 == math.ceil(layout.pages)
    offsets = layout.overflow_offsets(2)
    first_point = next(iter(offsets))
    body = [b for b in layout.blocks if b.kind == "body" and b.point_id == first_point]
    placed = [(b.offset + line.start, line.page) for b in body for line in b.lines]
    assert all(page < 2 for start, page in placed if start < offsets[first_point])
    assert all(page >= 2 for start, page in placed if start >= offsets[first_point])
    assert engine.measure(dossier).first_overflow_line["description"] == layout.first_line_past(2)


def test_the_description_opens_with_its_title_then_the_five_points_in_the_call_order(engine, call):
    layout = engine.description_layout(_description(call, 40))
    assert layout.blocks[0].kind == "label"
    assert layout.blocks[0].text == section_title(call.section("description"), "fr")  # with its limit
    headings = [b for b in layout.blocks if b.kind == "heading"]
    assert [h.point_id for h in headings] == [p.id for p in call.section("description").points]
    assert headings[0].text == "\u2013 " + call.section("description").points[0].label.fr
    # A fresh page, opened by a page break: LibreOffice keeps the title's space before (measured in
    # tests/fidelity/test_exported_word_fidelity.py).
    assert layout.blocks[0].lines[0].top == call.typography.heading_space_before_twips


def test_a_heading_never_ends_a_page(engine, call):
    for words in range(120, 320, 9):
        layout = engine.description_layout(_description(call, words, paragraphs=1))
        blocks = list(layout.blocks)
        for heading, following in zip(blocks, blocks[1:]):
            if heading.kind == "heading":
                assert following.lines[0].page == heading.lines[-1].page


def test_an_english_dossier_gets_the_english_titles(engine, call):
    dossier = _description(call, 30)
    dossier.language = "en"
    layout = engine.description_layout(dossier)
    assert layout.blocks[0].text == section_title(call.section("description"), "en")


def test_more_text_never_means_fewer_pages(engine, call):
    previous = 0.0
    for words in range(20, 400, 25):
        pages = engine.description_pages(_description(call, words))
        assert pages >= previous
        previous = pages
