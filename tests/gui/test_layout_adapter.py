"""The adapter between the editor and the layout engine reads today's description layout and the rich one
(field, block index, figure extents, table rows), and finds the editor position of each."""

from __future__ import annotations

from types import SimpleNamespace as NS

from PySide6.QtGui import QColor, QImage

from iasante_desktop.core.richtext import Cell, Para, RichText, Span, Table
from iasante_desktop.gui import richdoc
from iasante_desktop.gui.layout_adapter import Anchor, DescriptionLines

PITCH = 269
HEIGHT = 14_000 // PITCH * PITCH


def line(start, page, top):
    return NS(start=start, length=10, page=page, top=top)


def rich_layout():
    """What the rich engine gives: the title, a heading, a paragraph, a figure with its caption, a table row."""
    return NS(
        blocks=(
            NS(kind="label", point_id=None, field=None, index=0, lines=(line(0, 0, 0),), extent=None),
            NS(kind="heading", point_id="objectifs", field="description.objectifs", index=-1, lines=(line(0, 0, 400),), extent=None),
            NS(kind="body", point_id="objectifs", field="description.objectifs", index=0,
               lines=(line(0, 0, 700), line(80, 0, 969)), extent=None),
            NS(kind="figure", point_id="objectifs", field="description.objectifs", index=1, lines=(),
               extent=NS(page=1, top=0, height=4000)),
            NS(kind="caption", point_id="objectifs", field="description.objectifs", index=1, lines=(line(0, 1, 4000),), extent=None),
            NS(kind="row", point_id="objectifs", field="description.objectifs", index=2, row=1,
               lines=(line(0, 1, 4400),), extent=NS(page=1, top=4400, height=269)),
        )
    )


def test_the_rich_layout_shape_gives_anchors_for_headings_figures_captions_and_rows():
    lines = DescriptionLines(rich_layout(), lambda _p: RichText(), PITCH)
    placed = lines.all()
    assert placed[1].anchor == Anchor("objectifs", True)
    assert placed[3].anchor == Anchor("objectifs", False, 0, 80)
    assert placed[4].anchor == Anchor("objectifs", False, 1, 0)  # the figure, which starts page 2
    assert lines.first_on_page(1).anchor == Anchor("objectifs", False, 1, 0)
    assert placed[5].anchor == Anchor("objectifs", False, 1, 0, "caption")
    assert placed[6].anchor == Anchor("objectifs", False, 2, 0, "row", 1)
    usage = lines.usage(HEIGHT, PITCH, 2)
    # Page 2 holds the figure (15 lines tall), its caption and a row.
    assert (usage.full_pages, usage.last_lines, usage.over) == (1, 17, False)
    assert usage.remaining_lines == (HEIGHT - (4400 + 269)) // PITCH


def test_todays_layout_shape_maps_plain_offsets_to_blocks():
    layout = NS(blocks=(NS(kind="body", point_id="p", offset=6, lines=(line(0, 0, 0), line(3, 2, 0))),))
    text = RichText([Para((Span("Alpha"),)), Para((Span("Bravo charlie"),))])
    lines = DescriptionLines(layout, lambda _p: text, PITCH)
    assert lines.first_on_page(2).anchor == Anchor("p", False, 1, 3)
    assert lines.usage(HEIGHT, PITCH, 2).over


def test_editor_positions_of_figure_captions_and_table_rows(qapp):
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    figure = richdoc.figure_from_image(image, caption=(Span("légende"),))
    table = Table(tuple((Cell((Para((Span(f"r{r}"),)),)),) for r in range(3)))
    doc = richdoc.to_document(RichText([Para((Span("abc"),)), figure, table, Para((Span("fin"),))]))

    def text_at(position, n):
        return doc.toRawText()[position : position + n]

    assert text_at(richdoc.position_of(doc, 0, 1), 2) == "bc"
    assert text_at(richdoc.position_of(doc, 1, 0, "caption"), 7) == "légende"
    assert text_at(richdoc.position_of(doc, 2, 0, "row", 2), 2) == "r2"
    assert text_at(richdoc.position_of(doc, 3, 0), 3) == "fin"


def test_formatting_typed_in_the_app_is_in_the_dossier_and_survives_a_page_rebuild(window):
    from iasante_desktop.core.richtext import BOLD

    window.show_page("resume")
    editor = window.pages["resume"].editor
    editor.insert_rich(RichText([Para((Span("gras", frozenset({BOLD})), Span(" et normal")))]))
    assert window.ctx.dossier.resume.blocks[0].spans[0] == Span("gras", frozenset({BOLD}))
    window.set_language("en")
    window.show_page("resume")
    assert window.pages["resume"].editor.rich().blocks[0].spans[0] == Span("gras", frozenset({BOLD}))
    window.set_language("fr")
