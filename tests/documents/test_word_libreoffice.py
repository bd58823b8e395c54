"""A dossier written in LibreOffice, with bold words, lists, a figure and a table, imports with all of them
(issue 9, "Done when"); and a rich export opened and saved again by LibreOffice reads back the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from samples.libreoffice_rich import FIGURE_CM, PICTURE, build
from samples.rich_samples import rich_description, rich_dossier
from samples.word_samples import require_soffice, resave_with_libreoffice

from iasante_desktop.core.richtext import BOLD, BULLET, ITALIC, NUMBER, Figure, Para, Table, as_rich
from iasante_desktop.documents.word_export import render_docx
from iasante_desktop.documents.word_import import import_docx

SAMPLE = Path(__file__).parent / "samples" / "libreoffice_rich.docx"
PT_PER_CM = 72 / 2.54


def _check_libreoffice_dossier(result) -> None:
    dossier = result.dossier
    assert result.notes == []
    resume = as_rich(dossier.resume).blocks[0]
    assert [s.text for s in resume.spans if BOLD in s.marks] == ["modèle de détection précoce"]
    assert [s.text for s in resume.spans if ITALIC in s.marks] == ["parole spontanée"]
    assert [s.text for s in as_rich(dossier.partners[0].cv).blocks[0].spans if BOLD in s.marks] == ["15 ans"]
    blocks = as_rich(dossier.description["plus_value"]).blocks
    items = [(b.text, b.list_item.kind, b.list_item.level) for b in blocks if isinstance(b, Para) and b.list_item]
    assert items == [
        ("un corpus annoté", BULLET, 0),
        ("200 locuteurs", BULLET, 1),
        ("un modèle", BULLET, 0),
        ("collecte", NUMBER, 0),
        ("annotation", NUMBER, 0),
    ]
    lists = [b.list_item.list_id for b in blocks if isinstance(b, Para) and b.list_item]
    assert lists[0] == lists[1] == lists[2] != lists[3] == lists[4]
    figure = next(b for b in blocks if isinstance(b, Figure))
    assert figure.data == PICTURE and figure.mime == "image/png"
    assert figure.width_pt == pytest.approx(FIGURE_CM[0] * PT_PER_CM, abs=1.5)
    assert figure.height_pt == pytest.approx(FIGURE_CM[1] * PT_PER_CM, abs=1.5)
    assert figure.caption_text == "Figure 1 : la chaîne de traitement"
    table = next(b for b in as_rich(dossier.description["objectifs"]).blocks if isinstance(b, Table))
    assert [[c.text for c in row] for row in table.rows] == [["Lot", "Mois"], ["WP1 collecte", "1–6"], ["WP2 modèle", "7–12"]]
    assert len(table.widths) == 2 and all(w > 0 for w in table.widths)
    assert dossier.partners[0].unit == "IRIT · équipe SAMoVA"
    assert dossier.partners[1].budget["mission"] == 2000


def test_a_dossier_written_in_libreoffice_imports_with_its_bold_lists_figure_and_table(call):
    _check_libreoffice_dossier(import_docx(SAMPLE, call))


@pytest.mark.soffice
def test_the_libreoffice_sample_built_afresh_imports_the_same(call, tmp_path):
    require_soffice()
    _check_libreoffice_dossier(import_docx(build(tmp_path / "fresh.docx"), call))


@pytest.mark.soffice
def test_a_rich_export_saved_again_by_libreoffice_reads_back_the_same(call):
    soffice = require_soffice()
    dossier = rich_dossier(call)
    resaved = resave_with_libreoffice(render_docx(dossier, call), soffice)
    result = import_docx(resaved, call)
    assert result.notes == []
    got = as_rich(result.dossier.description["objectifs"])
    expected = rich_description()
    assert len(got.blocks) == len(expected.blocks)
    for mine, theirs in zip(got.blocks, expected.blocks):
        if isinstance(theirs, Table):  # LibreOffice keeps widths in 1/100 mm: a twip may go
            assert [w for w in mine.widths] == pytest.approx(list(theirs.widths), abs=2)
            mine = mine._replace(widths=theirs.widths)
        assert mine == theirs
    assert as_rich(result.dossier.resume) == as_rich(dossier.resume)
