"""The Word file we export, as LibreOffice renders it, holds the line and page counts the app announced.

This is the promise behind every gauge: the résumé the committee reads in the exported dossier takes the
lines the app counted, and the description the pages it counted, line for line on each page.
"""

from __future__ import annotations

import math
import random
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from factories import make_complete_dossier
from iasante_desktop.documents.word_export import export_docx
from iasante_desktop.typeset.engine import LayoutEngine
from testkit import require_tool

pytestmark = pytest.mark.soffice

# Prose unlike the engine's tuning samples: clinical and administrative French, English, figures, lists.
PROSE = [
    "Les hospitalisations pour décompensation cardiaque coûtent cher et surviennent souvent sans signe "
    "d'alerte perçu par le patient. Les capteurs portés (montres, patchs ECG, balances connectées) produisent "
    "pourtant des séries temporelles riches, aujourd'hui peu exploitées faute d'annotations cliniques fiables.",
    "Le CHU de Nîmes suit 4 200 patients insuffisants cardiaques ; 38 % d'entre eux portent déjà un objet "
    "connecté. L'équipe de Toulouse (IRIT, UMR 5505) apporte ses méthodes d'apprentissage frugal et "
    "d'explicabilité : cartes d'attention, contrefactuels, quantification d'incertitude.",
    "We will pseudonymise the data at source, train federated models across both sites, and compare them with "
    "the cardiologists' own judgement on 300 retrospective cases (primary endpoint: AUROC; secondary: time to "
    "alert, false alarms per patient-month).",
    "Livrables : un jeu de données annoté (M6), un prototype d'alerte (M10), un article soumis (M12) et un "
    "dossier ANR PRCE déposé à l'automne 2027 avec l'industriel partenaire, intéressé par une licence.",
    "Risques identifiés — volume d'annotations insuffisant, dérive des capteurs, acceptabilité par les "
    "soignants — et parades : annotation active, recalibrage trimestriel, ateliers de co-conception.",
]


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(PROSE) for _ in range(sentences))


def _dossiers(call) -> list:
    rng = random.Random(2026)
    out = []
    points = [p.id for p in call.section("description").points]
    for resume_sentences, lay_sentences, body_sentences in [(1, 1, 2), (3, 2, 5), (4, 4, 12), (5, 3, 18), (6, 5, 24), (2, 6, 32)]:
        dossier = make_complete_dossier(call)
        dossier.resume = "\n".join(_text(rng, 1) for _ in range(resume_sentences))
        dossier.resume_grand_public = _text(rng, lay_sentences)
        dossier.description = {
            point: "\n".join(_text(rng, rng.randint(1, 2)) for _ in range(max(1, body_sentences // 5)))
            for point in points
        }
        out.append(dossier)
    return out


def _lines(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, baseline, text) of every line LibreOffice laid out, top to bottom."""
    found: dict[tuple[int, float], list[str]] = {}
    for number, page in enumerate(PdfReader(pdf).pages):

        def visit(text, cm, tm, font_dict, font_size, number=number):
            if text.strip():
                found.setdefault((number, round(tm[5] * cm[3] + cm[5], 0)), []).append(text)

        page.extract_text(visitor_text=visit)
    return sorted(((p, y, "".join(t)) for (p, y), t in found.items()), key=lambda item: (item[0], -item[1]))


def _between(lines, start_prefix: str, end_prefix: str) -> list[tuple[int, float, str]]:
    starts = [i for i, (_, _, text) in enumerate(lines) if text.strip().startswith(start_prefix)]
    ends = [i for i, (_, _, text) in enumerate(lines) if text.strip().startswith(end_prefix)]
    assert starts and ends, (start_prefix, end_prefix)
    return lines[starts[0] + 1 : next(e for e in ends if e > starts[0])]


@pytest.fixture(scope="module")
def rendered(call, qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exported")
    dossiers = _dossiers(call)
    docs = []
    for k, dossier in enumerate(dossiers):
        path = folder / f"dossier{k}.docx"
        export_docx(dossier, call, path)
        docs.append(path)
    subprocess.run(
        [require_tool("soffice"), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, docs)],
        check=True, capture_output=True, timeout=300,
    )
    return dossiers, [_lines(folder / f"dossier{k}.pdf") for k in range(len(dossiers))]


def test_summaries_in_the_exported_file_take_the_lines_the_app_counted(call, rendered):
    engine = LayoutEngine(call)
    dossiers, renderings = rendered
    compared = []
    for dossier, lines in zip(dossiers, renderings):
        lo_resume = len(_between(lines, "Résumé : 10 lignes", "Résumé grand public"))
        lo_lay = len(_between(lines, "Résumé grand public", "Partenaire 1"))
        compared += [(engine.count_lines(dossier.resume), lo_resume), (engine.count_lines(dossier.resume_grand_public), lo_lay)]
    agree = sum(ours == lo for ours, lo in compared)
    print(f"\nexported summaries: {agree}/{len(compared)} line counts equal to LibreOffice's")
    assert max(abs(ours - lo) for ours, lo in compared) <= 1, compared
    assert agree / len(compared) >= 0.95, compared
    assert any(lo > 10 for _, lo in compared) and any(lo <= 10 for _, lo in compared)  # both sides of the limit


def test_description_in_the_exported_file_takes_the_pages_the_app_counted(call, rendered):
    engine = LayoutEngine(call)
    dossiers, renderings = rendered
    results = []
    for dossier, lines in zip(dossiers, renderings):
        section = _between(lines, "Description de la collaboration", "Budget")
        first_page = next(p for p, _, text in lines if text.strip().startswith("Description de la collaboration"))
        lo_per_page = [sum(1 for p, _, _ in section if p == page) for page in sorted({p for p, _, _ in section})]
        lo_per_page[0] += 1  # the section's title line, which _between leaves out
        layout = engine.description_layout(dossier)
        ours_per_page = [sum(1 for _, line in layout.lines if line.page == page) for page in range(layout.page_count)]
        assert min(p for p, _, _ in section) == first_page
        results.append((math.ceil(layout.pages), len(lo_per_page), ours_per_page, lo_per_page))
    print("\nexported descriptions (ours pages, LibreOffice pages):", [(a, b) for a, b, _, _ in results])
    assert all(ours == lo for ours, lo, _, _ in results), results
    for _, _, ours_lines, lo_lines in results:
        assert all(abs(a - b) <= 1 for a, b in zip(ours_lines, lo_lines)), (ours_lines, lo_lines)
    assert {ours for ours, _, _, _ in results} >= {1, 2, 3}  # under, at and over the 2-page limit
