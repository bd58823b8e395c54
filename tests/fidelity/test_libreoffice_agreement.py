"""The engine against LibreOffice: the same texts written to .docx in the dossier's typography, converted to
PDF by soffice, lines and pages counted in the PDF, compared with what the engine announces.

One docx holds many samples (one per page) so soffice starts once per batch; it is slow to start.
"""

from __future__ import annotations

import math
import random
import subprocess
from pathlib import Path

import pytest
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Twips
from pypdf import PdfReader

from fidelity.rich_docx import base_document
from iasante_desktop.core.document import description_blocks, paragraph_style
from iasante_desktop.core.dossier import LINE_BREAK, Dossier
from iasante_desktop.typeset.engine import LayoutEngine
from testkit import require_tool

pytestmark = pytest.mark.soffice

FRENCH = (
    "Le diagnostic des troubles neurocognitifs reste tardif : nous proposons d'entraîner un modèle sur des "
    "enregistrements de parole annotés, en lien avec le centre mémoire du CHU de Montpellier. L'équipe "
    "réunit des chercheurs en apprentissage automatique, en linguistique et en neurologie ; elle vise un "
    "prototype évalué sur 1 200 patients d'ici 2026-2027 (objectif : AUC ≥ 0,85). « Nous voulons entendre "
    "ce que la mémoire tait », résume la porteuse. Les données sont pseudonymisées, hébergées sur un "
    "entrepôt certifié HDS, et l'analyse respecte le RGPD. Voir https://www.irit.fr/samova/ et le dépôt "
    "aapiasante@univ-toulouse.fr pour les questions administratives. Coût estimé : 15 000 € HT, soit 12,5 % "
    "du budget total ; l'industrialisation est envisagée avec une start-up de télésanté toulousaine. "
    "Numérique/Mathématiques/Informatique et Santé/Biomédical/Médical — deux mondes, un seul projet."
)
ENGLISH = (
    "Early diagnosis of neurocognitive disorders remains late: we propose to train a model on annotated "
    "speech recordings, together with the memory clinic of Montpellier's university hospital. The team "
    "brings together researchers in machine learning, linguistics and neurology; it targets a prototype "
    "evaluated on 1,200 patients by 2026-2027 (goal: AUC >= 0.85). \u201cWe want to hear what memory keeps "
    "silent,\u201d says the principal investigator. Data are pseudonymised, stored in a certified health data "
    "warehouse, and the analysis complies with the GDPR. See https://www.example.org/projects/speech-ai?id=42 "
    "for details. Estimated cost: EUR 15,000, i.e. 12.5% of the total budget; industrialisation is planned "
    "with a tele-health start-up. Long words: pseudonymisation, interdisciplinarity, electroencephalography."
)
LONG_WORD = "anticonstitutionnellementextraordinairementinterdisciplinaire" * 3


def _samples(seed: int = 20251214) -> list[str]:
    """At least 30 paragraphs of 1 to 15 lines in French and English, some with forced line breaks."""
    rng = random.Random(seed)
    out = []
    for i in range(44):
        source = (FRENCH if i % 2 == 0 else ENGLISH).split(" ")
        n = rng.randint(4, min(len(source), 30 + i * 6))
        start = rng.randint(0, len(source) - n)
        words = source[start : start + n]
        if i % 3 == 0:
            words = words * rng.randint(1, 2)
        if i % 11 == 5:
            words.insert(rng.randint(0, len(words)), LONG_WORD)
        text = " ".join(words)
        if i % 7 == 3:
            cut = rng.randint(1, len(words) - 1)
            text = " ".join(words[:cut]) + LINE_BREAK + " ".join(words[cut:])
        out.append(text)
    return out


def _add_text(paragraph, text: str, bold: bool = False) -> None:
    for k, piece in enumerate(text.split(LINE_BREAK)):
        run = paragraph.add_run(piece)
        run.bold = bold
        if k < len(text.split(LINE_BREAK)) - 1:
            run.add_break()


def _convert(docs: list[Path], outdir: Path) -> list[Path]:
    soffice = require_tool("soffice")
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdfs = [outdir / (d.stem + ".pdf") for d in docs]
    missing = [p.name for p in pdfs if not p.is_file()]
    assert not missing, f"soffice did not produce {missing}"
    return pdfs


def _lines_per_page(pdf: Path) -> list[int]:
    """Distinct baselines carrying text on each page: the lines LibreOffice laid out."""
    counts = []
    for page in PdfReader(pdf).pages:
        baselines: set[float] = set()

        def visit(text, cm, tm, font_dict, font_size, baselines=baselines):
            if text.strip():
                baselines.add(round(tm[5] * cm[3] + cm[5], 0))

        page.extract_text(visitor_text=visit)
        counts.append(len(baselines))
    return counts


@pytest.fixture(scope="module")
def engine(call, qapp) -> LayoutEngine:
    return LayoutEngine(call)


@pytest.fixture(scope="module")
def converted(call, qapp, tmp_path_factory):
    """Body-width samples, cell-width samples and descriptions, converted in one soffice run."""
    ty = call.typography
    outdir = tmp_path_factory.mktemp("fidelity")
    samples = _samples()

    body = base_document(ty)
    for i, text in enumerate(samples):
        paragraph = body.add_paragraph()
        paragraph.paragraph_format.page_break_before = i > 0
        _add_text(paragraph, text)
    body.save(outdir / "body.docx")

    cell_width = 3969  # 7 cm, a budget or table cell
    cells = base_document(ty)
    cell_samples = samples[::3]
    for i, text in enumerate(cell_samples):
        if i:
            cells.add_paragraph().paragraph_format.page_break_before = True
        table = cells.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width = Twips(cell_width)
        table.rows[0].cells[0].width = Twips(cell_width)
        _add_text(table.rows[0].cells[0].paragraphs[0], text)
    cells.save(outdir / "cells.docx")

    descriptions = _descriptions(call)
    description_docs = []
    for k, dossier in enumerate(descriptions):
        doc = base_document(ty)
        _write_description(doc, dossier, call)
        path = outdir / f"description{k}.docx"
        doc.save(path)
        description_docs.append(path)

    pdfs = _convert([outdir / "body.docx", outdir / "cells.docx", *description_docs], outdir)
    return {
        "samples": samples,
        "body": _lines_per_page(pdfs[0]),
        "cell_samples": cell_samples,
        "cell_width": cell_width - 2 * 108,  # Word's default cell margins
        "cells": _lines_per_page(pdfs[1]),
        "descriptions": descriptions,
        "description_lines": [_lines_per_page(p) for p in pdfs[2:]],
    }


def _descriptions(call) -> list[Dossier]:
    rng = random.Random(7)
    points = call.section("description").points
    out = []
    for target in (20, 45, 60, 70, 85, 95, 110, 120, 130, 150, 175, 190):
        description = {}
        for point in points:
            paragraphs = []
            for _ in range(rng.randint(1, 3)):
                source = (FRENCH if rng.random() < 0.6 else ENGLISH).split(" ")
                n = rng.randint(10, target)
                start = rng.randint(0, max(0, len(source) - n))
                words = (source * 3)[start : start + n]
                paragraphs.append(" ".join(words))
            description[point.id] = "\n".join(paragraphs)
        out.append(Dossier(call_id=call.id, description=description))
    return out


def _write_description(doc, dossier: Dossier, call) -> None:
    """The description's tree (core.document) written with python-docx alone, each paragraph with its
    style's spacing: the engine is not asked what to write, only what LibreOffice will make of it."""
    first = True
    for block in description_blocks(dossier, call, dossier.language):
        style = paragraph_style(block.style, call.typography)
        paragraph = doc.paragraphs[0] if first and doc.paragraphs else doc.add_paragraph()
        first = False
        fmt = paragraph.paragraph_format
        fmt.space_before = Twips(style.space_before)
        fmt.space_after = Twips(style.space_after)
        fmt.keep_with_next = style.keep_with_next
        fmt.widow_control = True
        _add_text(paragraph, block.content.text, bold=style.bold)


def test_body_width_line_counts_agree_with_libreoffice(converted, engine):
    samples, lo = converted["samples"], converted["body"]
    assert len(samples) >= 30 and len(lo) == len(samples)
    ours = [engine.count_lines(t) for t in samples]
    agree = sum(a == b for a, b in zip(ours, lo))
    rate = agree / len(samples)
    print(f"\nbody width: {agree}/{len(samples)} texts agree with LibreOffice ({rate:.1%}); "
          f"lines {sum(ours)} (engine) vs {sum(lo)} (LibreOffice)")
    # Exact: one line off at a 10-line limit is the very defect the app exists to prevent.
    assert ours == lo, [(a, b, t[:50]) for a, b, t in zip(ours, lo, samples) if a != b]


def test_table_cell_line_counts_agree_with_libreoffice(converted, engine):
    samples, lo = converted["cell_samples"], converted["cells"]
    assert len(lo) == len(samples)
    ours = [engine.count_lines(t, converted["cell_width"]) for t in samples]
    agree = sum(a == b for a, b in zip(ours, lo))
    print(f"\ncell width: {agree}/{len(samples)} texts agree with LibreOffice")
    assert ours == lo, [(a, b, t[:50]) for a, b, t in zip(ours, lo, samples) if a != b]


def test_description_pages_agree_with_libreoffice(converted, engine):
    dossiers, lo_lines = converted["descriptions"], converted["description_lines"]
    layouts = [engine.description_layout(d) for d in dossiers]
    ours = [[sum(1 for _, line in layout.lines if line.page == page) for page in range(layout.page_count)] for layout in layouts]
    pages_agree = sum(math.ceil(layout.pages) == len(lo) for layout, lo in zip(layouts, lo_lines))
    print(f"\ndescription pages: {pages_agree}/{len(dossiers)} agree; lines per page: "
          f"{sum(a == b for a, b in zip(ours, lo_lines))}/{len(dossiers)} agree")
    assert [math.ceil(layout.pages) for layout in layouts] == [len(lo) for lo in lo_lines]
    assert ours == lo_lines
