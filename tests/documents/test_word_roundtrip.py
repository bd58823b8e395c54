"""A dossier exported to Word and imported back is the same dossier, for any dossier a team could write."""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import LINE_BREAK, Dossier, Partner
from iasante_desktop.core.budget import partner_total
from iasante_desktop.documents.word_export import render_docx
from iasante_desktop.documents.word_import import import_docx

CALL = resolve_call()

# A safe alphabet: French letters with accents and ligatures, digits, everyday punctuation, apostrophes and
# the typographic marks of French writing. Left out on purpose: control characters (XML 1.0 cannot hold
# them; the exporter drops them), "·" (separates the facts line), "," and ";" inside keywords (they separate
# keywords), and ":" (a paragraph "Résumé : …" would rightly read as a label).
LETTERS = string.ascii_letters + "éèêëàâäîïôöùûüçœæÉÈÊÀÂÎÔÙÛÇŒÆ" + string.digits
PUNCTUATION = " .,;!?'’()-–«»€%/&+\u00a0"
ALPHABET = LETTERS + PUNCTUATION

word = st.text(alphabet=LETTERS, min_size=1, max_size=12)
line = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=60), min_size=1, max_size=3).map(
    lambda parts: LINE_BREAK.join(parts)
)


def _clean(text: str) -> str:
    return text.strip()


def _paragraph_ok(text: str) -> bool:
    # A paragraph is kept as typed once trimmed; one made only of dots reads as the annex's "………".
    return text == text.strip() and any(ch.isalnum() for ch in text) and all(
        part.strip() for part in text.split(LINE_BREAK)
    )


# The applicant's prose may start with the words of the template's instructions: it is still prose.
TEMPLATE_WORDS = ["Si nécessaire, ", "Dépenses éligibles ", ">> ", "……… ", "(2 pages maximum) ", "(voir pages 2-3) "]
paragraph = line.map(_clean).filter(_paragraph_ok)
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


one_line = st.text(alphabet=LETTERS + " -'’éà", min_size=1, max_size=40).map(str.strip).filter(
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
        cv=draw(prose()),
        team=draw(prose()),
        budget={row: draw(amount) for row in rows},
    )


@st.composite
def dossiers(draw) -> Dossier:
    return Dossier(
        call_id=CALL.id,
        # The call's acronyms start with a letter or digit; "___" alone is the annex's placeholder.
        acronym=draw(st.from_regex(r"[A-Z0-9][A-Z0-9_-]{0,19}", fullmatch=True)),
        title=draw(one_line),
        keywords=draw(st.lists(one_line, max_size=6)),
        theme=draw(st.just("") | one_line),
        resume=draw(prose()),
        resume_grand_public=draw(prose()),
        partners=draw(st.lists(partners(), min_size=1, max_size=6)),
        description={p.id: draw(prose()) for p in CALL.section("description").points},
    )


def _as_imported(dossier: Dossier) -> Dossier:
    """What the Word file states about `dossier`: the totals it writes, the points that hold text."""
    for index, partner in enumerate(dossier.partners):
        partner.written_total = partner_total(dossier, index, CALL)
    dossier.written_grand_total = sum((p.written_total for p in dossier.partners), Decimal(0))
    dossier.description = {k: v for k, v in dossier.description.items() if v}
    return dossier


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_export_then_import_gives_back_the_same_dossier(dossier):
    data = render_docx(dossier, CALL)
    imported = import_docx(data, CALL)
    assert imported.dossier == _as_imported(dossier)
    assert imported.notes == []


def test_an_empty_paragraph_and_an_unconfirmed_site_survive_export_then_import(complete_dossier):
    complete_dossier.resume = "Premier paragraphe.\n\nSecond paragraphe."
    complete_dossier.partners[0].site_confirmed = False
    imported = import_docx(render_docx(complete_dossier, CALL), CALL).dossier
    assert imported.resume == "Premier paragraphe.\n\nSecond paragraphe."
    assert (imported.partners[0].site, imported.partners[0].site_confirmed) == (complete_dossier.partners[0].site, False)


def test_an_unreadable_amount_survives_export_then_import_as_typed(complete_dossier):
    complete_dossier.partners[1].budget.pop("fonctionnement", None)
    complete_dossier.partners[1].unreadable_amounts = {"fonctionnement": "environ 2k"}
    imported = import_docx(render_docx(complete_dossier, CALL), CALL).dossier
    assert imported.partners[1].unreadable_amounts == {"fonctionnement": "environ 2k"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_english_export_reads_back_the_same_and_says_it_is_english(dossier):
    imported = import_docx(render_docx(dossier, CALL, lang="en"), CALL).dossier
    expected = _as_imported(dossier)
    expected.language = "en"
    assert imported == expected
