"""The engine against LibreOffice on rich texts: bold, italic and underlined runs, superscript and subscript,
bulleted and numbered lists on two levels, figures of several sizes with captions, tables with header rows
and lists in cells, in French and English.

Each text is written to .docx by python-docx directly (tests/fidelity/rich_docx.py, not the app's Word
writer), all in one file, each text opening a page; soffice converts it once. Every line LibreOffice drew is
read back from the PDF with its page and height, and compared with the engine's layout of the same tree:
line counts, lines per page, each line's height on its page, and the fractional page count.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest
from docx.shared import Twips
from pypdf import PdfReader

from fidelity.rich_docx import Numbering, add_rich, add_styled_para, base_document, picture
from fidelity.test_libreoffice_agreement import ENGLISH, FRENCH
from iasante_desktop.core.document import BODY, DocBlock, description_blocks, paragraph_style
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    LINE_BREAK,
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
)
from iasante_desktop.typeset.engine import LayoutEngine
from iasante_desktop.typeset.flow import repeated_header, row_line_tops
from testkit import require_tool

pytestmark = pytest.mark.soffice

KINDS = ("runs", "scripts", "lists", "figures", "tables", "mixed")
TEXTS_PER_KIND = 8  # 48 texts, half French, half English
TOLERANCE_TWIPS = 10  # half a point: LibreOffice rounds positions to 1/100 pt and line pitch to twips
# Where LibreOffice 7.4 still differs, and why (measured; each is asserted to be still there, so that a fix
# or a new difference shows):
KNOWN_DIFFERENCES = {
    # Rows taller than what a page leaves them, split by force (docs/layout-rules.md):
    # - a row of 15 074 twips with repeated header rows, starting 3 000 twips above a page's foot:
    #   LibreOffice moves it to the next page before splitting it; the engine starts it where it is;
    "mixed-1-en": "lines",
    # - a row split below a repeated header: LibreOffice fits one more line on the page than the engine
    #   (its last line ends 4 twips past the page's foot; elsewhere it keeps 10 twips for the border).
    "mixed-2-fr": "pages",
}


def _words(rng: random.Random, lang: str, n: int) -> list[str]:
    source = (FRENCH if lang == "fr" else ENGLISH).split(" ")
    start = rng.randint(0, len(source) - 1)
    return [(source * 4)[start + k] for k in range(n)]


def _marked_para(rng: random.Random, lang: str, n: int, marks_pool, item: ListItem | None = None) -> Para:
    words = _words(rng, lang, n)
    spans: list[Span] = []
    k = 0
    while k < len(words):
        take = rng.randint(1, 6)
        marks = rng.choice(marks_pool)
        text = " ".join(words[k : k + take]) + (" " if k + take < len(words) else "")
        spans.append(Span(text, frozenset(marks)))
        k += take
    return Para(tuple(spans), item)


RUN_MARKS = [(), (), (BOLD,), (ITALIC,), (BOLD, ITALIC), (UNDERLINE,), (BOLD, UNDERLINE)]


def _script_para(rng: random.Random, lang: str, n: int) -> Para:
    """Prose with units, formulas and note calls: m², CO₂, 10⁻³, word¹."""
    words = _words(rng, lang, n)
    spans: list[Span] = []
    for k, word in enumerate(words):
        spans.append(Span(word))
        roll = rng.random()
        if roll < 0.08:
            spans.append(Span(rng.choice(["2", "3", "-3", "\u00e8me", "er", "1", "12"]), frozenset({SUPERSCRIPT})))
        elif roll < 0.14:
            spans.append(Span(rng.choice(["2", "i", "max", "0", "t+1"]), frozenset({SUBSCRIPT})))
        if k < len(words) - 1:
            spans.append(Span(" "))
    return Para(tuple(spans))


def _list(rng: random.Random, lang: str, kind: str, list_id: int, items: int) -> list[Para]:
    out = []
    level = 0
    for i in range(items):
        level = 0 if i == 0 else rng.choice([0, 1, level])
        marks = RUN_MARKS if rng.random() < 0.5 else [()]
        out.append(_marked_para(rng, lang, rng.randint(4, 45), marks, ListItem(kind, level, list_id)))
    return out


def _figure(rng: random.Random, lang: str, seed: int) -> Figure:
    width = rng.choice([120, 180, 240, 300, 360, 420, 450])
    height = rng.choice([40, 72, 110, 150, 200, 260, 330])
    photo = rng.random() < 0.5
    data, mime = picture(max(40, width * 2), max(40, height * 2), photo, seed)
    word = "Figure" if lang == "en" else "Figure"
    caption = ()
    if rng.random() < 0.8:
        caption = (Span(f"{word} {seed} : ", frozenset({BOLD})), Span(" ".join(_words(rng, lang, rng.randint(3, 30)))))
    return Figure(data, mime, float(width), float(height), caption, f"fig{seed}.{'jpg' if photo else 'png'}")


def _table(rng: random.Random, lang: str) -> Table:
    columns = rng.choice([2, 3, 3, 4])
    total = 9072
    if columns == 2:
        widths = (3000, total - 3000)
    else:
        first = rng.choice([1800, 2400, 2835])
        rest = (total - first) // (columns - 1)
        widths = (first,) + (rest,) * (columns - 1)
    rows = []
    header = tuple(Cell((Para((Span(" ".join(_words(rng, lang, rng.randint(1, 4))), frozenset({BOLD})),)),)) for _ in range(columns))
    rows.append(header)
    for r in range(rng.randint(2, 6)):
        cells = []
        for c in range(columns):
            roll = rng.random()
            if roll < 0.15:
                paras = tuple(_list(rng, lang, rng.choice([BULLET, NUMBER]), 50 + r * 10 + c, rng.randint(2, 3)))
            elif roll < 0.35:
                paras = tuple(_marked_para(rng, lang, rng.randint(2, 20), RUN_MARKS) for _ in range(2))
            else:
                paras = (_marked_para(rng, lang, rng.randint(1, 30), RUN_MARKS),)
            cells.append(Cell(paras))
        rows.append(tuple(cells))
    return Table(tuple(rows), widths, header_rows=1, shaded_rows=(0,))


def _texts(seed: int = 9090) -> list[tuple[str, RichText]]:
    rng = random.Random(seed)
    out = []
    for kind in KINDS:
        for i in range(TEXTS_PER_KIND):
            lang = "fr" if i % 2 == 0 else "en"
            blocks: list = []
            if kind == "runs":
                blocks = [_marked_para(rng, lang, rng.randint(8, 150), RUN_MARKS) for _ in range(rng.randint(2, 5))]
                if i % 3 == 1:  # a line break inside a marked paragraph
                    first = blocks[0]
                    blocks[0] = first._replace(spans=first.spans[:1] + (Span(LINE_BREAK),) + first.spans[1:])
            elif kind == "scripts":
                blocks = [_script_para(rng, lang, rng.randint(10, 140)) for _ in range(rng.randint(2, 4))]
            elif kind == "lists":
                blocks = [_marked_para(rng, lang, rng.randint(10, 60), RUN_MARKS)]
                blocks += _list(rng, lang, BULLET, 1, rng.randint(3, 7))
                blocks.append(_marked_para(rng, lang, rng.randint(10, 60), [()]))
                blocks += _list(rng, lang, NUMBER, 2, rng.randint(3, 8))
                blocks += _list(rng, lang, NUMBER, 3, rng.randint(2, 4))  # a new list: numbering restarts
            elif kind == "figures":
                for k in range(rng.randint(2, 4)):
                    blocks.append(_marked_para(rng, lang, rng.randint(20, 160), RUN_MARKS))
                    blocks.append(_figure(rng, lang, 10 * i + k))
            elif kind == "tables":
                blocks = [_marked_para(rng, lang, rng.randint(10, 80), RUN_MARKS), _table(rng, lang)]
                if i % 2:
                    blocks += [_marked_para(rng, lang, rng.randint(10, 80), [()]), _table(rng, lang)]
            else:
                for k in range(rng.randint(3, 6)):
                    choice = rng.random()
                    if choice < 0.35:
                        blocks.append(_marked_para(rng, lang, rng.randint(20, 200), RUN_MARKS))
                    elif choice < 0.55:
                        blocks += _list(rng, lang, rng.choice([BULLET, NUMBER]), 10 + k, rng.randint(2, 6))
                    elif choice < 0.8:
                        blocks.append(_figure(rng, lang, 100 + 10 * i + k))
                    else:
                        blocks.append(_table(rng, lang))
                    blocks.append(_script_para(rng, lang, rng.randint(10, 60)))
            blocks.append(Para((Span("Fin." if lang == "fr" else "End."),)))
            out.append((f"{kind}-{i}-{lang}", RichText(blocks)))
    return out


DESCRIPTIONS = 8  # whole rich descriptions: title, point headings kept with what follows, every kind of block


def _descriptions(call, seed: int = 1414) -> list[Dossier]:
    rng = random.Random(seed)
    points = [p.id for p in call.section("description").points]
    out = []
    for k in range(DESCRIPTIONS):
        lang = "fr" if k % 2 == 0 else "en"
        scale = 0.3 + k * 0.08  # from about one page to about three
        description = {}
        for n, point in enumerate(points):
            blocks: list = []
            for _ in range(rng.randint(1, 2)):
                roll = rng.random()
                if roll < 0.5:
                    blocks.append(_marked_para(rng, lang, int(rng.randint(20, 120) * scale), RUN_MARKS))
                elif roll < 0.65:
                    blocks += _list(rng, lang, rng.choice([BULLET, NUMBER]), 1 + n, rng.randint(2, 5))
                elif roll < 0.85:
                    blocks.append(_figure(rng, lang, 300 + 10 * k + n))
                else:
                    blocks.append(_table(rng, lang))
            if n == k % len(points):
                blocks.insert(0, _figure(rng, lang, 400 + k))  # a point opening with a figure: its heading goes along
            description[point] = RichText(blocks)
        out.append(Dossier(call_id=call.id, description=description, language=lang))
    return out


def _write_description(doc, dossier: Dossier, call, numbering: Numbering) -> None:
    """The description as core.document states it, written with python-docx: the title with a page break, the
    points' headings with their spacing and keep-with-next, the blocks."""
    ty = call.typography
    for block in description_blocks(dossier, call, dossier.language):
        style = paragraph_style(block.style, ty)
        if block.style == BODY:
            add_rich(doc, RichText([block.content]), numbering, block.field, ty.space_after_twips)
        else:
            add_styled_para(doc, block.content.text, style, page_break=block.page_break_before)


def _title(k: int) -> str:
    return f"Texte {k:02d}"


def _doc_blocks(k: int, text: RichText) -> list[DocBlock]:
    title = DocBlock(Para((Span(_title(k)),)), BODY, page_break_before=True)
    return [title] + [DocBlock(b, BODY, field=f"text{k}", index=i) for i, b in enumerate(text.blocks)]


def _pdf_lines(pdf: Path) -> list[list[float]]:
    """Per page, the baselines (pt from the page's bottom) of the lines LibreOffice drew, top first, with
    their first text: a superscript (4.5 pt above its line) or subscript (1.2 pt below) is not a line."""
    pages = []
    for page in PdfReader(pdf).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font_dict, font_size, found=found):
            if text.strip():
                size = abs(font_size * (tm[3] or 1) * (cm[3] or 1))
                found.append((tm[5] * cm[3] + cm[5], size, text))

        page.extract_text(visitor_text=visit)
        found.sort(key=lambda item: -item[0])
        # Body-size text makes the lines; a superscript or subscript belongs to the line it is within 6 pt of.
        lines: list[tuple[float, str]] = []
        for y, size, text in found:
            if size > 9 and not (lines and abs(lines[-1][0] - y) < 2):
                lines.append((y, text))
        for y, size, text in found:
            if size <= 9 and not any(abs(base - y) < 6 for base, _ in lines):
                lines.append((y, text))
        lines.sort(key=lambda item: -item[0])
        pages.append(lines)
    return pages


@pytest.fixture(scope="module")
def engine(call, qapp) -> LayoutEngine:
    return LayoutEngine(call)


@pytest.fixture(scope="module")
def compared(call, engine, tmp_path_factory):
    ty = call.typography
    texts = _texts()
    folder = tmp_path_factory.mktemp("rich")
    doc = base_document(ty)
    numbering = Numbering(doc, ty.font_family)
    for k, (_, text) in enumerate(texts):
        title = doc.paragraphs[0] if k == 0 and doc.paragraphs else doc.add_paragraph()
        title.paragraph_format.page_break_before = True
        title.paragraph_format.space_after = Twips(ty.space_after_twips)
        title.add_run(_title(k))
        add_rich(doc, text, numbering, k, ty.space_after_twips)
    descriptions = _descriptions(call)
    for dossier in descriptions:
        _write_description(doc, dossier, call, numbering)
    path = folder / "rich.docx"
    doc.save(path)
    subprocess.run(
        [require_tool("soffice"), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=600,
    )
    pages = _pdf_lines(folder / "rich.pdf")
    # Split LibreOffice's pages by text: each text opens a page with its title.
    by_text: list[list[list[float]]] = []
    for lines in pages:
        if lines and lines[0][1].strip().startswith(("Texte", "Description")):
            by_text.append([])
        if by_text:
            by_text[-1].append([y for y, _ in lines])
    assert len(by_text) == len(texts) + len(descriptions), "every text opens a page in LibreOffice's PDF"
    top_y = (ty.page_height_twips - ty.margin_twips) / 20
    ascent = round((top_y - by_text[0][0][0]) * 20)  # the first title's line starts at the page's top
    results = []
    for k, (name, text) in enumerate(texts):
        laid = engine.lay_out(_doc_blocks(k, text))
        ours: list[list[int]] = [[] for _ in range(laid.flow.pages)]
        for unit, places in zip(laid.units, laid.flow.places):
            if unit.kind == "para":
                for (s, n), place in zip(unit.para.lines, places):
                    if unit.para.para.text[s : s + n].strip():
                        ours[place.page].append(place.top)
            elif unit.kind == "row":
                for place in row_line_tops(unit, places):
                    ours[place.page].append(place.top)
                for line, place in enumerate(places):
                    for header, top in repeated_header(unit, places, line):
                        ours[place.page] += [top + header.content_top + j * ty.line_pitch_twips
                                             for j in range(header.lines_in_row)]
        ours = [sorted(set(p)) for p in ours]
        lo = [[round((top_y - y) * 20) - ascent for y in page] for page in by_text[k]]
        last_lo = (len(lo) - 1) + (lo[-1][-1] + ty.line_pitch_twips) / ty.text_height_twips
        last_ours = (len(ours) - 1) + (ours[-1][-1] + ty.line_pitch_twips) / ty.text_height_twips
        results.append(
            {
                "name": name,
                "ours": ours,
                "lo": lo,
                "lines_equal": sum(map(len, ours)) == sum(map(len, lo)),
                "pages_equal": [len(p) for p in ours] == [len(p) for p in lo],
                "places_equal": len(ours) == len(lo)
                and all(
                    len(a) == len(b) and all(abs(x - y) <= TOLERANCE_TWIPS for x, y in zip(a, b))
                    for a, b in zip(ours, lo)
                ),
                "pages_ours": last_ours,
                "pages_lo": last_lo,
            }
        )
    for k, dossier in enumerate(descriptions):
        layout = engine.description_layout(dossier)
        ours = [[] for _ in range(layout.page_count)]
        for block, line in layout.lines:
            if block.kind in ("row", "header") or block.text[line.start : line.start + line.length].strip():
                ours[line.page].append(line.top)
        ours = [sorted(set(p)) for p in ours]
        lo = [[round((top_y - y) * 20) - ascent for y in page] for page in by_text[len(texts) + k]]
        last_lo = (len(lo) - 1) + (lo[-1][-1] + ty.line_pitch_twips) / ty.text_height_twips
        results.append(
            {
                "name": f"description-{k}-{dossier.language}",
                "ours": ours,
                "lo": lo,
                "lines_equal": sum(map(len, ours)) == sum(map(len, lo)),
                "pages_equal": [len(p) for p in ours] == [len(p) for p in lo],
                "places_equal": len(ours) == len(lo)
                and all(
                    len(a) == len(b) and all(abs(x - y) <= TOLERANCE_TWIPS for x, y in zip(a, b))
                    for a, b in zip(ours, lo)
                ),
                # PDF text shows no figure: both sides are measured to their last line of text (the engine's
                # own `pages`, which the gauge shows, ends at a final figure's foot).
                "pages_ours": (len(ours) - 1) + (ours[-1][-1] + ty.line_pitch_twips) / ty.text_height_twips,
                "pages_lo": last_lo,
            }
        )
    return results


def _report(results) -> str:
    n = len(results)
    lines = sum(r["lines_equal"] for r in results)
    pages = sum(r["pages_equal"] for r in results)
    places = sum(r["places_equal"] for r in results)
    worst = max(abs(r["pages_ours"] - r["pages_lo"]) for r in results)
    by_kind = {
        kind: f"{sum(r['lines_equal'] for r in results if r['name'].startswith(kind))}/"
        f"{sum(1 for r in results if r['name'].startswith(kind))}"
        for kind in KINDS + ("description",)
    }
    return (
        f"\nrich texts: {lines}/{n} same line count, {pages}/{n} same lines on every page, {places}/{n} every "
        f"line at the same height; worst page difference {worst:.3f}; line counts by kind {by_kind}"
    )


def test_there_are_at_least_forty_rich_texts_in_french_and_english(compared):
    assert len(compared) >= 40
    assert {r["name"].rsplit("-", 1)[1] for r in compared} == {"fr", "en"}


def _known(r, kind: str) -> bool:
    return KNOWN_DIFFERENCES.get(r["name"]) == kind or (kind == "pages" and KNOWN_DIFFERENCES.get(r["name"]) == "lines")


def test_rich_line_counts_agree_with_libreoffice(compared):
    print(_report(compared))
    wrong = [(r["name"], [len(p) for p in r["ours"]], [len(p) for p in r["lo"]]) for r in compared
             if not r["lines_equal"] and not _known(r, "lines")]
    assert not wrong, wrong


def test_rich_lines_fall_on_the_same_pages_as_in_libreoffice(compared):
    wrong = [(r["name"], [len(p) for p in r["ours"]], [len(p) for p in r["lo"]]) for r in compared
             if not r["pages_equal"] and not _known(r, "pages")]
    assert not wrong, wrong


def test_the_known_differences_are_still_the_only_ones(compared):
    """When the engine learns one of them, this fails: remove it from KNOWN_DIFFERENCES."""
    different = {r["name"] for r in compared if not (r["lines_equal"] and r["pages_equal"] and r["places_equal"])}
    assert different == set(KNOWN_DIFFERENCES)


def test_rich_page_counts_agree_within_five_hundredths(compared):
    wrong = [(r["name"], round(r["pages_ours"], 3), round(r["pages_lo"], 3)) for r in compared
             if abs(r["pages_ours"] - r["pages_lo"]) > 0.05]
    assert not wrong, wrong


def test_every_rich_line_sits_at_the_height_libreoffice_gives_it(compared):
    wrong = []
    for r in compared:
        if not r["places_equal"] and not _known(r, "pages"):
            first = next(
                ((p, a, b) for p, (pa, pb) in enumerate(zip(r["ours"], r["lo"])) for a, b in zip(pa, pb)
                 if abs(a - b) > TOLERANCE_TWIPS),
                None,
            )
            wrong.append((r["name"], first))
    assert not wrong, wrong
