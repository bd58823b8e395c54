"""The paginator alone, in twips: widows and orphans, spacing, headings kept with their text."""

from iasante_desktop.typeset.paginate import Block, paginate

PITCH = 269
HEIGHT = 10 * PITCH  # a page of exactly ten lines


def _pages(flow):
    return [[p.page for p in places] for places in flow.places]


def test_a_paragraph_that_fits_stays_on_the_page():
    flow = paginate([Block(4, PITCH), Block(6, PITCH)], HEIGHT)
    assert _pages(flow) == [[0] * 4, [0] * 6]
    assert flow.pages == 1
    assert flow.fractional_pages == 1.0


def test_a_three_line_paragraph_is_not_split_two_plus_one():
    flow = paginate([Block(8, PITCH), Block(3, PITCH)], HEIGHT)
    assert _pages(flow)[1] == [1, 1, 1]


def test_a_split_leaves_at_least_two_lines_on_each_page():
    flow = paginate([Block(1, PITCH), Block(10, PITCH)], HEIGHT)
    assert _pages(flow)[1] == [0] * 8 + [1] * 2  # 9 would fit, but one widow line is not allowed
    flow = paginate([Block(9, PITCH), Block(6, PITCH)], HEIGHT)
    assert _pages(flow)[1] == [1] * 6  # one orphan line is not allowed either


def test_between_paragraphs_the_larger_spacing_applies_not_the_sum():
    flow = paginate([Block(1, PITCH, space_after=120), Block(1, PITCH, space_before=240)], HEIGHT)
    assert flow.places[1][0].top == PITCH + 240


def test_spacing_is_dropped_at_the_top_of_a_page():
    flow = paginate([Block(10, PITCH, space_after=120), Block(2, PITCH, space_before=240)], HEIGHT)
    assert (flow.places[1][0].page, flow.places[1][0].top) == (1, 0)


def test_a_heading_moves_to_the_next_page_with_its_text():
    blocks = [Block(8, PITCH), Block(1, PITCH, keep_with_next=True), Block(4, PITCH)]
    flow = paginate(blocks, HEIGHT)
    assert _pages(flow)[1] == [1]
    assert _pages(flow)[2] == [1] * 4


def test_a_page_break_before_starts_a_new_page_and_fractional_pages_count_the_last_one():
    flow = paginate([Block(3, PITCH), Block(5, PITCH, page_break_before=True)], HEIGHT)
    assert _pages(flow)[1] == [1] * 5
    assert flow.fractional_pages == 1.5


def test_a_table_row_is_never_split():
    flow = paginate([Block(8, PITCH), Block(4, PITCH, splittable=False)], HEIGHT)
    assert _pages(flow)[1] == [1] * 4


def test_keeping_with_a_paragraph_that_opens_a_new_page_does_not_move_the_heading():
    blocks = [Block(3, PITCH), Block(1, PITCH, keep_with_next=True), Block(2, PITCH, page_break_before=True)]
    flow = paginate(blocks, HEIGHT)
    assert _pages(flow) == [[0] * 3, [0], [1] * 2]


def test_a_heading_kept_with_a_table_header_goes_where_the_first_row_goes():
    # 7 lines, a heading, a header row and a 3-line row on 10-line pages: the row cannot follow on page 1,
    # so the header row and the heading go with it (a chain of keep-with-next).
    blocks = [Block(7, PITCH), Block(1, PITCH, keep_with_next=True),
              Block(1, PITCH, keep_with_next=True, splittable=False), Block(3, PITCH, splittable=False)]
    assert _pages(paginate(blocks, HEIGHT)) == [[0] * 7, [1], [1], [1] * 3]


def test_a_block_opening_a_page_gets_its_extra_room_above_it():
    flow = paginate([Block(10, PITCH), Block(2, PITCH, page_top_extra=100)], HEIGHT)
    assert [(p.page, p.top, p.opens_page) for p in flow.places[1]] == [(1, 100, True), (1, 100 + PITCH, False)]
