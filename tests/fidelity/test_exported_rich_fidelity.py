"""The Word file the app writes for a formatted description (bold words, lists on two levels, figures with
captions, tables), as LibreOffice lays it out, puts on each page the lines the app counted, at the heights it
placed them.

tests/fidelity/test_rich_agreement.py proves the engine on files built with python-docx directly; this one
proves the app's own Word writer against the engine, which is what the committee receives. It was written
after a preview, looked at by hand, showed LibreOffice dropping the space after every list item of the
exported file: the writer's `w:beforeAutospacing="0"` made LibreOffice treat list items as auto-spaced.
"""

from __future__ import annotations

import math
import random
import struct
import zlib

import pytest

from factories import make_complete_dossier
from fidelity.test_exported_word_fidelity import _description_pages, exported_baselines
from iasante_desktop.core.richtext import BOLD, BULLET, ITALIC, NUMBER, Cell, Figure, ListItem, Para, RichText, Span, Table
from iasante_desktop.typeset.engine import LayoutEngine

pytestmark = pytest.mark.soffice

SENTENCES = [
    "Les capteurs portés produisent des séries temporelles riches, aujourd'hui peu exploitées faute d'annotations.",
    "We will pseudonymise the data at source and train federated models across both sites.",
    "Le CHU de Nîmes suit 4 200 patients ; 38 % d'entre eux portent déjà un objet connecté.",
    "Livrables : un jeu de données annoté (M6), un prototype d'alerte (M10), un article soumis (M12).",
    "Risques — volume d'annotations insuffisant, dérive des capteurs — et parades : annotation active.",
]


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = (b"\x00" + b"\x30\x60\xa0" * width) * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _prose(rng: random.Random) -> Para:
    words = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3))).split(" ")
    spans = []
    for word in words:
        marks = frozenset({BOLD}) if rng.random() < 0.1 else frozenset({ITALIC}) if rng.random() < 0.05 else frozenset()
        spans.append(Span(word + " ", marks))
    return Para(tuple(spans))


def _point(rng: random.Random, list_id: int) -> RichText:
    blocks = [_prose(rng)]
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["list", "numbers", "figure", "table", "prose"])
        if kind in ("list", "numbers"):
            list_id += 1
            for _ in range(rng.randint(2, 5)):
                level = rng.choice([0, 0, 1])
                text = rng.choice(SENTENCES)[: rng.randint(20, 90)]
                blocks.append(Para((Span(text),), ListItem(BULLET if kind == "list" else NUMBER, level, list_id)))
        elif kind == "figure":
            width = rng.choice([200.0, 300.0, 453.6])
            height = rng.choice([80.0, 150.0, 226.8])
            caption = (Span(f"Figure {list_id} : calendrier des travaux"),) if rng.random() < 0.8 else ()
            blocks.append(Figure(_png(60, 30), "image/png", width, height, caption, "figure.png"))
        elif kind == "table":
            columns = rng.randint(2, 4)
            rows = tuple(
                tuple(Cell((Para((Span(rng.choice(["WP1", "Collecte", "Mois 1-4", "Modèle et validation"])),)),)) for _ in range(columns))
                for _ in range(rng.randint(2, 5))
            )
            blocks.append(Table(rows, (), header_rows=1))
        else:
            blocks.append(_prose(rng))
        blocks.append(_prose(rng))
    return RichText(blocks)


def _rich_dossiers(call) -> list:
    rng = random.Random(909)
    points = [p.id for p in call.section("description").points]
    out = []
    for k in range(30):
        dossier = make_complete_dossier(call)
        dossier.resume = RichText([Para((Span("Un résumé "), Span("en gras", frozenset({BOLD})), Span(" et en clair.")))])
        dossier.description = {point: _point(rng, 10 * i) for i, point in enumerate(points[: 2 + k % 4])}
        out.append(dossier)
    return out


def _visible_tops(layout) -> list[list[int]]:
    """Per page, the tops (twips) of the lines that print text: a paragraph's non-blank lines, every line of a
    table row (its cells are on one baseline), never a figure's picture."""
    pages: list[set[int]] = [set() for _ in range(layout.page_count)]
    for block, line in layout.lines:
        if block.kind == "figure":
            continue
        if block.kind in ("row", "header") or block.text[line.start : line.start + line.length].strip():
            pages[line.page].add(line.top)
    return [sorted(page) for page in pages]


@pytest.fixture(scope="module")
def rendered(call, qapp, tmp_path_factory):
    dossiers = _rich_dossiers(call)
    return dossiers, exported_baselines(dossiers, call, tmp_path_factory.mktemp("rich-exported"))


def test_formatted_descriptions_in_the_exported_file_sit_where_the_app_placed_them(call, rendered):
    engine = LayoutEngine(call)
    dossiers, renderings = rendered
    title = call.section("description").label.fr
    results = []
    for dossier, lines in zip(dossiers, renderings):
        layout = engine.description_layout(dossier)
        ours = _visible_tops(layout)
        lo = [sorted(set(page), reverse=True) for page in _description_pages(lines, title)]
        ours_offsets = [[top - page[0] for top in page] for page in ours if page]
        lo_offsets = [[round((page[0] - y) * 20) for y in page] for page in lo if page]
        same_places = len(ours_offsets) == len(lo_offsets) and all(
            len(a) == len(b) and all(abs(x - y) <= 10 for x, y in zip(a, b)) for a, b in zip(ours_offsets, lo_offsets)
        )
        results.append((layout.pages, [len(p) for p in ours], [len(p) for p in lo], same_places))
    same_pages = sum(math.ceil(pages) == len(lo) for pages, _, lo, _ in results)
    same_lines = sum(ours == lo for _, ours, lo, _ in results)
    same_places = sum(places for *_, places in results)
    print(
        f"\nexported formatted descriptions: {same_pages}/{len(results)} same page count, {same_lines}/{len(results)} "
        f"same lines on every page, {same_places}/{len(results)} every line at the same height (±10 twips)"
    )
    mismatches = [(k, round(pages, 3), ours, lo) for k, (pages, ours, lo, places) in enumerate(results) if ours != lo or not places]
    assert same_pages == len(results), mismatches
    assert same_lines == len(results), mismatches
    assert same_places == len(results), mismatches
    assert max(pages for pages, *_ in results) > 1.5  # the dossiers reach a second page
