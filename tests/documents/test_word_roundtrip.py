"""A dossier exported to Word and imported back is the same dossier, for any dossier a team could write:
plain or rich texts (runs with marks, lists on several levels, figures with captions, tables), drawn from the
whole printable alphabet."""

from __future__ import annotations

import copy
import datetime as dt
import string
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples.rich_samples import png

from iasante_desktop.core.budget import partner_total
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import LINE_BREAK, Dossier, Partner
from iasante_desktop.core.richtext import (
    ALIGNS,
    LIST_KINDS,
    MARKS,
    Cell,
    Figure,
    ListItem,
    Para,
    RichText,
    Span,
    Table,
    as_rich,
    normalized,
)
from iasante_desktop.documents.word_export import render_docx
from iasante_desktop.documents.word_import import import_docx

CALL = resolve_call()

# The whole printable alphabet: every Unicode character but controls (XML 1.0 cannot hold them; the exporter
# drops them), surrogates, private-use and unassigned code points and the two Unicode separators, with the
# characters that once split or ended a value drawn more often: "·" (the facts' separator), ",", ";", ":",
# non-breaking spaces, apostrophes and the marks of French typography.
PRINTABLE = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"))
EDGY = st.sampled_from("·,;:\u00a0\u202f’'«»–—…()/&%€$ ")
CHAR = st.one_of(PRINTABLE, EDGY, st.sampled_from(string.ascii_letters + "éèàçœÉ"))

line = st.lists(st.text(alphabet=CHAR, min_size=1, max_size=60), min_size=1, max_size=3).map(
    lambda parts: LINE_BREAK.join(parts)
)


def _paragraph_ok(text: str) -> bool:
    # A paragraph is kept as typed once trimmed; one made only of dots reads as the annex's "………".
    return text == text.strip() and any(ch.isalnum() for ch in text) and all(
        part.strip() for part in text.split(LINE_BREAK)
    )


# The applicant's prose may start with the words of the template's instructions: it is still prose.
TEMPLATE_WORDS = ["Si nécessaire, ", "Dépenses éligibles ", ">> ", "……… ", "(2 pages maximum) ", "(voir pages 2-3) "]
paragraph = line.map(str.strip).filter(_paragraph_ok)
paragraph = paragraph | st.tuples(st.sampled_from(TEMPLATE_WORDS), paragraph).map("".join)


@st.composite
def prose(draw) -> str:
    """Paragraphs, some separated by empty ones (lines the reader sees); none empty at the start or end."""
    paragraphs = draw(st.lists(paragraph, min_size=0, max_size=4))
    out: list[str] = []
    for k, text in enumerate(paragraphs):
        if k:
            out.extend([""] * draw(st.integers(min_value=0, max_value=2)))
        out.append(text)
    return "\n".join(out)


# ---- rich texts: runs with marks, lists on three levels, figures with captions, tables ----

marks = st.frozensets(st.sampled_from(MARKS), max_size=3)


@st.composite
def rich_para(draw, list_ok: bool = True) -> Para:
    text = draw(paragraph)
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=max(1, len(text) - 1)), max_size=3)))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)]) if text[a:b]]
    spans = tuple(Span(piece, draw(marks)) for piece in pieces)
    item = None
    if list_ok and draw(st.booleans()):
        item = ListItem(draw(st.sampled_from(LIST_KINDS)), draw(st.integers(0, 2)), draw(st.integers(1, 3)))
    return Para(spans, item, draw(st.sampled_from(ALIGNS)))


@st.composite
def figures(draw) -> Figure:
    caption = draw(rich_para(list_ok=False)).spans
    return Figure(
        png(draw(st.integers(1, 12)), draw(st.integers(1, 12))),
        "image/png",
        draw(st.integers(40, 1800)) / 4,  # a quarter point is a whole number of EMU (3175)
        draw(st.integers(40, 2400)) / 4,
        caption,
        draw(st.just("") | st.from_regex(r"[a-z][a-z0-9_-]{0,10}\.png", fullmatch=True)),
    )


@st.composite
def tables(draw) -> Table:
    columns = draw(st.integers(1, 3))
    count = draw(st.integers(1, 3))
    rows = tuple(
        tuple(Cell(tuple(draw(st.lists(rich_para(), min_size=1, max_size=2)))) for _ in range(columns))
        for _ in range(count)
    )
    widths = tuple(draw(st.integers(300, 4000)) for _ in range(columns))
    shaded = tuple(sorted(draw(st.sets(st.integers(0, count - 1), max_size=count))))
    return Table(rows, widths, draw(st.integers(0, count)), shaded)


@st.composite
def rich_texts(draw) -> RichText:
    blocks = draw(st.lists(st.one_of(rich_para(), rich_para(), figures(), tables()), min_size=1, max_size=6))
    out: list = []
    for k, block in enumerate(blocks):
        if k and draw(st.integers(0, 4)) == 0:
            out.append(Para())  # an empty paragraph between two blocks: a line the reader sees
        out.append(block)
    return RichText(out)


long_text = st.one_of(prose(), rich_texts())

one_line = st.text(alphabet=CHAR, min_size=1, max_size=40).map(str.strip).filter(lambda t: any(ch.isalnum() for ch in t))
# Keywords are separated by "," and ";" in the dossier: a keyword cannot hold them (by design, not a loss).
keyword = one_line.map(lambda t: t.replace(",", " ").replace(";", " ").strip()).filter(
    lambda t: any(ch.isalnum() for ch in t)
)
amount = st.decimals(min_value=Decimal("0"), max_value=Decimal("99999.99"), places=2)
place_names = [place.name for place in CALL.places]


@st.composite
def partners(draw) -> Partner:
    status = draw(st.sampled_from([None, *[s.id for s in CALL.statuses]]))
    rows = draw(st.lists(st.sampled_from([r.id for r in CALL.budget.rows]), unique=True, max_size=5))
    return Partner(
        carrier_name=draw(one_line),
        status=status,
        contract_end=draw(st.none() | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))),
        unit=draw(st.just("") | one_line),
        institution=draw(st.just("") | one_line),
        site=draw(st.sampled_from(place_names)),
        site_confirmed=draw(st.booleans()),
        domain=draw(st.sampled_from([None, *[d.id for d in CALL.domains]])),
        cv=draw(long_text),
        team=draw(long_text),
        budget={row: draw(amount) for row in rows},
    )


@st.composite
def dossiers(draw) -> Dossier:
    return Dossier(
        call_id=CALL.id,
        # The call's acronyms start with a letter or digit; "___" alone is the annex's placeholder.
        acronym=draw(st.from_regex(r"[A-Z0-9][A-Z0-9_-]{0,19}", fullmatch=True)),
        title=draw(one_line),
        keywords=draw(st.lists(keyword, max_size=6)),
        theme=draw(st.just("") | one_line),
        resume=draw(long_text),
        resume_grand_public=draw(long_text),
        partners=draw(st.lists(partners(), min_size=1, max_size=6)),
        description={p.id: draw(long_text) for p in CALL.section("description").points},
    )


def _lists_renumbered(blocks) -> list:
    """List ids numbered 1, 2, … by first appearance: the ids a file gives back (one per Word w:num)."""
    ids: dict = {}
    out = []
    for block in blocks:
        if isinstance(block, Para) and block.list_item is not None:
            n = ids.setdefault((block.list_item.list_id, block.list_item.kind), len(ids) + 1)
            block = block._replace(list_item=block.list_item._replace(list_id=n))
        out.append(block)
    return out


def canonical(value) -> RichText:
    """The canonical form of a text: normalized, list ids renumbered (in each table cell too)."""
    blocks = []
    for block in _lists_renumbered(normalized(as_rich(value)).blocks):
        if isinstance(block, Table):
            rows = tuple(tuple(Cell(tuple(_lists_renumbered(cell.paras))) for cell in row) for row in block.rows)
            block = block._replace(rows=rows)
        blocks.append(block)
    return RichText(blocks)


def _canonical_dossier(dossier: Dossier) -> Dossier:
    dossier = copy.deepcopy(dossier)
    dossier.resume = canonical(dossier.resume)
    dossier.resume_grand_public = canonical(dossier.resume_grand_public)
    dossier.description = {k: canonical(v) for k, v in dossier.description.items()}
    for partner in dossier.partners:
        partner.cv, partner.team = canonical(partner.cv), canonical(partner.team)
    return dossier


def _as_imported(dossier: Dossier) -> Dossier:
    """What the Word file states about `dossier`: the totals it writes, the points that hold text."""
    for index, partner in enumerate(dossier.partners):
        partner.written_total = partner_total(dossier, index, CALL)
    dossier.written_grand_total = sum((p.written_total for p in dossier.partners), Decimal(0))
    dossier.description = {k: v for k, v in dossier.description.items() if as_rich(v)}
    return _canonical_dossier(dossier)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(dossiers())
def test_export_then_import_gives_back_the_same_dossier(dossier):
    data = render_docx(dossier, CALL)
    imported = import_docx(data, CALL)
    assert _canonical_dossier(imported.dossier) == _as_imported(dossier)
    assert imported.notes == []


def test_an_empty_paragraph_and_an_unconfirmed_site_survive_export_then_import(complete_dossier):
    complete_dossier.resume = "Premier paragraphe.\n\nSecond paragraphe."
    complete_dossier.partners[0].site_confirmed = False
    imported = import_docx(render_docx(complete_dossier, CALL), CALL).dossier
    assert as_rich(imported.resume) == as_rich("Premier paragraphe.\n\nSecond paragraphe.")
    assert (imported.partners[0].site, imported.partners[0].site_confirmed) == (complete_dossier.partners[0].site, False)


def test_an_unreadable_amount_survives_export_then_import_as_typed(complete_dossier):
    complete_dossier.partners[1].budget.pop("fonctionnement", None)
    complete_dossier.partners[1].unreadable_amounts = {"fonctionnement": "environ 2k"}
    imported = import_docx(render_docx(complete_dossier, CALL), CALL).dossier
    assert imported.partners[1].unreadable_amounts == {"fonctionnement": "environ 2k"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(dossiers())
def test_english_export_reads_back_the_same_and_says_it_is_english(dossier):
    imported = import_docx(render_docx(dossier, CALL, lang="en"), CALL).dossier
    expected = _as_imported(dossier)
    expected.language = "en"
    assert _canonical_dossier(imported) == expected


# ---- the losses of issue 14, each with a test that failed before ----


@pytest.mark.parametrize(
    "unit",
    ["IRIT · équipe SAMoVA", "IRIT, équipe SAMoVA ; UMR 5505", "Unité : IRIT", "IRIT ·", "LAAS\u00a0·\u00a0CNRS : équipe"],
)
def test_a_partner_fact_holding_separators_reads_back_whole(complete_dossier, unit):
    complete_dossier.partners[0].unit = unit
    complete_dossier.partners[0].institution = "Université de Toulouse · UT3 : Paul Sabatier"
    for lang in ("fr", "en"):
        result = import_docx(render_docx(complete_dossier, CALL, lang=lang), CALL)
        partner = result.dossier.partners[0]
        assert (partner.unit, partner.institution) == (unit, "Université de Toulouse · UT3 : Paul Sabatier")
        assert partner.carrier_name == complete_dossier.partners[0].carrier_name


def test_non_breaking_spaces_and_line_breaks_in_facts_and_cv_read_back_as_typed(complete_dossier):
    complete_dossier.partners[0].cv = "M.\u00a0Dupont\u202f: 12\u00a0000 patients\u2028seconde ligne · fin ; a, b"
    complete_dossier.partners[0].carrier_name = "Claire\u00a0Dupont"
    imported = import_docx(render_docx(complete_dossier, CALL), CALL).dossier
    assert as_rich(imported.partners[0].cv) == as_rich(complete_dossier.partners[0].cv)
    assert imported.partners[0].carrier_name == "Claire\u00a0Dupont"
