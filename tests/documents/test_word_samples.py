"""Dossiers filled by hand in different styles import into what their authors meant, with the right findings."""

from __future__ import annotations

import datetime as dt

import pytest
from samples.word_samples import (
    require_soffice,
    HERE,
    messy_by_hand,
    messy_by_hand_expected,
    resave_with_libreoffice,
    typed_into_template,
    typed_into_template_expected,
)

from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate
from iasante_desktop.documents.word_import import import_docx

BEFORE_DEADLINE = dt.date(2025, 12, 1)

SAMPLES = {
    "typed_into_template": typed_into_template_expected,
    "libreoffice_resaved": typed_into_template_expected,
    "messy_by_hand": messy_by_hand_expected,
}

TYPED_FINDINGS = {
    ("budget.cap", "budget"),  # 21 500 € for a 20 000 € cap (three départements)
    ("budget.total_mismatch", "partners[1].budget"),  # partner 2 wrote 9 000 € for 8 000 €
    ("partners.carrier_missing", "partners[0].carrier_name"),
    ("partners.carrier_missing", "partners[1].carrier_name"),
    ("partners.domain_missing", "partners[0].domain"),
    ("partners.domain_missing", "partners[1].domain"),
    ("partners.domain_missing", "partners[2].domain"),
    ("partners.status_missing", "partners[0].status"),
    ("partners.status_missing", "partners[1].status"),
    ("partners.status_missing", "partners[2].status"),
    ("required.description.industrialisation", "description.industrialisation"),
}
EXPECTED_FINDINGS = {
    "typed_into_template": TYPED_FINDINGS,
    "libreoffice_resaved": TYPED_FINDINGS,
    "messy_by_hand": {
        ("budget.unreadable", "partners[1].budget.fonctionnement"),  # "environ 2k", kept as typed
        ("budget.total_mismatch", "budget"),  # the unreadable "environ 2k" is left out of the sums
        ("budget.total_mismatch", "partners[1].budget"),
        ("partners.domain_missing", "partners[0].domain"),
        ("partners.status_missing", "partners[0].status"),
    },
}


@pytest.mark.parametrize("name", SAMPLES)
def test_hand_filled_sample_imports_into_the_dossier_its_author_meant(call, name):
    result = import_docx(HERE / f"{name}.docx", call)
    assert result.dossier == SAMPLES[name]()


@pytest.mark.parametrize("name", SAMPLES)
def test_hand_filled_sample_gets_the_findings_a_reviewer_would_make(call, name):
    dossier = import_docx(HERE / f"{name}.docx", call).dossier
    found = {(f.rule, f.field) for f in validate(dossier, call, Measures(), today=BEFORE_DEADLINE)}
    assert found == EXPECTED_FINDINGS[name]


def test_inferred_sites_are_announced_for_confirmation(call):
    notes = [n.fr for n in import_docx(HERE / "typed_into_template.docx", call).notes]
    assert "Partenaire 1 : site déduit du texte (Toulouse) ; confirmez-le." in notes
    assert "Partenaire 3 : site déduit du texte (Nîmes) ; confirmez-le." in notes


def test_unreadable_amount_becomes_a_note_naming_the_cell(call):
    notes = [n.fr for n in import_docx(HERE / "messy_by_hand.docx", call).notes]
    assert any(n.startswith("Budget, partenaire 2, « Fonctionnement » : « environ 2k »") for n in notes)


@pytest.mark.parametrize(
    ("name", "build"), [("typed_into_template", typed_into_template), ("messy_by_hand", messy_by_hand)]
)
def test_committed_samples_match_their_generator(call, name, build):
    assert import_docx(build(), call).dossier == import_docx(HERE / f"{name}.docx", call).dossier


@pytest.mark.soffice
def test_libreoffice_resave_of_content_controls_keeps_the_labels_and_first_paragraphs(call):
    resaved = resave_with_libreoffice(messy_by_hand(), require_soffice())
    dossier = import_docx(resaved, call).dossier
    expected = messy_by_hand_expected()
    assert dossier.acronym == expected.acronym
    assert dossier.title == expected.title
    assert dossier.description == expected.description
    assert [p.carrier_name for p in dossier.partners] == ["Sophie Martin", "Dr Paul Roche"]
    # NOTES: LibreOffice keeps only the first paragraph of a block content control.
    assert dossier.partners[0].cv.plain().startswith("Professeure en informatique.")

