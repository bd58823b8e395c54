from decimal import Decimal

from iasante_desktop.core.budget import summarize
from iasante_desktop.core.naming import acronym_problem, file_stem
from iasante_desktop.core.places import find_place, infer_place


def test_places_are_found_whatever_the_accents_and_case(call):
    assert find_place("nimes", call).territory == "Gard"
    assert find_place("NÎMES", call).name == "Nîmes"
    assert find_place("Labège", call).name == "Toulouse"
    assert find_place("Paris", call) is None


def test_site_is_inferred_from_the_unit_text(call):
    place = infer_place("Laboratoire LIRMM, UMR 5506, Montpellier", call=call)
    assert place.name == "Montpellier"
    assert infer_place("Inserm U1037, Oncopole de Toulouse", call=call).name == "Toulouse"
    assert infer_place("Institut sans lieu", call=call) is None
    assert infer_place("Unité mixte, Université de Toulouse.", call=call).name == "Toulouse"
    assert infer_place("(Saint-Clément-de-Rivière)", call=call).name == "Montpellier"


def test_the_earliest_text_wins_when_several_places_are_named(call):
    place = infer_place("CHU de Nîmes", "collabore avec Montpellier", call=call)
    assert place.name == "Nîmes"


def test_file_name_follows_the_call_pattern(call):
    assert file_stem("Neuro-IA", call) == "IASANTE_AAPAMOR2026_NEURO-IA"
    assert file_stem("Santé2", call) == "IASANTE_AAPAMOR2026_SANTE2"
    assert file_stem("NEURO IA", call) is None
    assert acronym_problem("A/B", call) == "characters"
    assert acronym_problem("", call) == "empty"


def test_budget_totals_add_up_per_partner_and_per_row(call, complete_dossier):
    summary = summarize(complete_dossier, call)
    assert summary.partner_totals == (Decimal("4500"), Decimal("8000"))
    assert summary.row_totals["mission"] == Decimal("3500")
    assert summary.total == Decimal("12500")
    assert summary.cap == Decimal("20000")
    assert summary.territories == ("Haute-Garonne", "Hérault")
