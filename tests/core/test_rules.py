import datetime as dt
from decimal import Decimal

from iasante_desktop.core.dossier import Partner
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate

BEFORE_DEADLINE = dt.date(2025, 11, 1)


def rules(dossier, call, measures=None, today=BEFORE_DEADLINE):
    return {f.rule for f in validate(dossier, call, measures or Measures(), today=today)}


def by_rule(dossier, call, rule, measures=None):
    return [f for f in validate(dossier, call, measures or Measures(), today=BEFORE_DEADLINE) if f.rule == rule]


def test_a_complete_dossier_has_no_error_and_no_warning(call, complete_dossier):
    measures = Measures(lines={"resume": 3, "resume_grand_public": 2}, pages={"description": 1.2})
    assert validate(complete_dossier, call, measures, today=BEFORE_DEADLINE) == []


def test_empty_title_and_keywords_are_required(call, complete_dossier):
    complete_dossier.title = "  "
    complete_dossier.keywords = []
    found = rules(complete_dossier, call)
    assert {"required.title", "required.keywords"} <= found


def test_summary_over_ten_lines_is_an_error(call, complete_dossier):
    [finding] = by_rule(complete_dossier, call, "limit.resume_lines", Measures(lines={"resume": 11}))
    assert finding.is_error
    assert finding.numbers == {"lines": 11, "max": 10, "over": 1}
    assert "11 lignes pour 10" in finding.message("fr")
    assert "11 lines" in finding.message("en")


def test_summary_of_exactly_ten_lines_is_accepted(call, complete_dossier):
    assert not by_rule(complete_dossier, call, "limit.resume_lines", Measures(lines={"resume": 10}))


def test_lay_summary_and_description_limits_have_their_own_rules(call, complete_dossier):
    measures = Measures(lines={"resume_grand_public": 12}, pages={"description": 2.05})
    found = rules(complete_dossier, call, measures)
    assert {"limit.resume_grand_public_lines", "limit.description_pages"} <= found


def test_one_partner_is_not_enough(call, complete_dossier):
    complete_dossier.partners = complete_dossier.partners[:1]
    assert "partners.count" in rules(complete_dossier, call)


def test_two_ai_partners_break_coportage(call, complete_dossier):
    complete_dossier.partners[1].domain = "ai"
    [finding] = by_rule(complete_dossier, call, "partners.coportage")
    assert "Santé" in finding.message("fr")


def test_unknown_domain_asks_for_it_instead_of_failing_coportage(call, complete_dossier):
    complete_dossier.partners[1].domain = None
    found = validate(complete_dossier, call, Measures(), today=BEFORE_DEADLINE)
    assert [f.rule for f in found] == ["partners.domain_missing"]
    assert not found[0].is_error


def test_doctoral_student_is_not_eligible(call, complete_dossier):
    complete_dossier.partners[0].status = "doctoral"
    [finding] = by_rule(complete_dossier, call, "partners.status")
    assert finding.field == "partners[0].status"
    assert "« Doctorant »" in finding.message("fr") and "“Doctoral student”" in finding.message("en")


def test_postdoc_contract_ending_before_the_project_is_an_error(call, complete_dossier):
    complete_dossier.partners[1].contract_end = dt.date(2026, 12, 31)
    [finding] = by_rule(complete_dossier, call, "partners.status")
    assert finding.numbers["project_end"] == dt.date(2027, 2, 28)
    assert "28 février 2027" in finding.message("fr") and "28 February 2027" in finding.message("en")
    complete_dossier.partners[1].contract_end = dt.date(2027, 2, 28)
    assert not by_rule(complete_dossier, call, "partners.status")


def test_budget_over_15000_in_one_territory_is_over_the_cap(call, complete_dossier):
    complete_dossier.partners[1].site = "Toulouse"
    complete_dossier.partners[1].budget = {"prestations_externes": Decimal("11000")}
    [finding] = by_rule(complete_dossier, call, "budget.cap")
    assert finding.numbers["cap"] == Decimal("15000")
    assert finding.numbers["total"] == Decimal("15500")


def test_partners_in_two_territories_raise_the_cap_to_20000(call, complete_dossier):
    complete_dossier.partners[1].budget = {"prestations_externes": Decimal("11000")}
    assert not by_rule(complete_dossier, call, "budget.cap")  # Toulouse + Montpellier: 15 500 <= 20 000
    complete_dossier.partners[1].budget = {"prestations_externes": Decimal("15500.01")}
    [finding] = by_rule(complete_dossier, call, "budget.cap")
    assert finding.numbers["cap"] == Decimal("20000")


def test_two_sites_in_one_departement_do_not_earn_the_bonus(call, complete_dossier):
    complete_dossier.partners[0].site = "Montpellier"
    complete_dossier.partners[1].site = "Béziers"  # both Hérault
    complete_dossier.partners[1].budget = {"mission": Decimal("12000")}
    assert by_rule(complete_dossier, call, "budget.cap")


def test_written_total_that_is_not_the_sum_is_reported(call, complete_dossier):
    complete_dossier.partners[0].written_total = Decimal("4000")  # 3000 + 1500 = 4500
    [finding] = by_rule(complete_dossier, call, "budget.total_mismatch")
    assert finding.numbers["computed"] == Decimal("4500")
    complete_dossier.partners[0].written_total = Decimal("4500.00")
    assert not by_rule(complete_dossier, call, "budget.total_mismatch")


def test_negative_amount_is_an_error(call, complete_dossier):
    complete_dossier.partners[0].budget["mission"] = Decimal("-10")
    [finding] = by_rule(complete_dossier, call, "budget.negative")
    assert finding.field == "partners[0].budget.mission"


def test_personnel_costs_are_a_warning_that_explains_the_call(call, complete_dossier):
    complete_dossier.partners[0].budget["personnel"] = Decimal("1000")
    [finding] = by_rule(complete_dossier, call, "budget.ineligible")
    assert not finding.is_error
    assert "ne figure pas parmi les dépenses éligibles" in finding.message("fr")


def test_acronym_with_a_space_cannot_name_the_file(call, complete_dossier):
    complete_dossier.acronym = "NEURO IA"
    [finding] = by_rule(complete_dossier, call, "naming.acronym")
    assert "espace" in finding.message("fr")


def test_past_deadline_is_a_warning_with_the_days(call, complete_dossier):
    found = validate(complete_dossier, call, Measures(), today=dt.date(2025, 12, 24))
    [finding] = [f for f in found if f.rule == "deadline"]
    assert finding.severity == "warning"
    assert finding.numbers["days"] == 10


def test_missing_facts_are_warnings_never_errors(call, complete_dossier):
    complete_dossier.partners.append(Partner(cv="CV", team="Équipe"))
    findings = [f for f in validate(complete_dossier, call, Measures(), today=BEFORE_DEADLINE)]
    assert {f.rule for f in findings} == {
        "partners.carrier_missing", "partners.status_missing", "partners.domain_missing", "partners.site_missing",
    }
    assert not any(f.is_error for f in findings)


def test_every_finding_has_a_french_and_an_english_sentence(call):
    from iasante_desktop.core.dossier import Dossier

    empty = Dossier(call_id=call.id, acronym="A B", partners=[Partner(status="doctoral")])
    findings = validate(empty, call, Measures(lines={"resume": 14}), today=dt.date(2026, 1, 1))
    assert len(findings) > 10
    for f in findings:
        assert f.message("fr") and f.message("en") and f.message("fr") != f.message("en")
        assert "{" not in f.message("fr") + f.message("en")


def test_an_amount_that_could_not_be_read_blocks_the_export_and_keeps_its_text(call, complete_dossier):
    complete_dossier.partners[0].unreadable_amounts["mission"] = "1.5k€"
    [finding] = by_rule(complete_dossier, call, "budget.unreadable")
    assert finding.is_error and finding.field == "partners[0].budget.mission"
    assert "« 1.5k€ »" in finding.message("fr")


def test_an_unreadable_amount_alone_is_not_an_empty_budget(call, complete_dossier):
    for partner in complete_dossier.partners:
        partner.budget = {}
    complete_dossier.partners[0].unreadable_amounts["mission"] = "deux mille"
    found = rules(complete_dossier, call)
    assert "budget.unreadable" in found and "required.budget" not in found


def test_a_site_outside_the_gazetteer_is_a_warning_that_says_so(call, complete_dossier):
    complete_dossier.partners[1].site = "Saint-Trifouillis"
    [finding] = by_rule(complete_dossier, call, "partners.site_outside")
    assert not finding.is_error
    assert "« Saint-Trifouillis » n'est pas un lieu de l'appel en Occitanie" in finding.message("fr")


def test_a_status_the_call_does_not_know_is_asked_again(call, complete_dossier):
    complete_dossier.partners[0].status = "professor"
    assert "partners.status_unknown" in rules(complete_dossier, call)
    complete_dossier.partners[0].domain = "physics"
    found = rules(complete_dossier, call)
    assert "partners.domain_unknown" in found and "partners.coportage" not in found


def test_messages_quote_the_calls_own_figures(call, complete_dossier, tmp_path):
    from iasante_desktop.core.callspec import load_call

    text = call.path.read_text(encoding="utf-8").replace('cap = "15000"', 'cap = "5000"').replace('bonus = "5000"', 'bonus = "0"')
    (tmp_path / "small.toml").write_text(text, encoding="utf-8")
    small = load_call(tmp_path / "small.toml")
    complete_dossier.partners[0].site = ""
    [site] = by_rule(complete_dossier, small, "partners.site_missing")
    assert "15" not in site.message("fr") and "20" not in site.message("fr")
    [cap] = by_rule(complete_dossier, small, "budget.cap")
    assert cap.message("fr").endswith("plafond de 5\u00a0000\u00a0€.")
    [site] = by_rule(complete_dossier, call, "partners.site_missing")
    assert "15\u00a0000\u00a0€ ou 20\u00a0000\u00a0€" in site.message("fr")


def test_a_site_in_another_region_is_not_eligible_rather_than_an_unknown_place(complete_dossier, call):
    complete_dossier.partners[1].site = "Lyon"
    [finding] = [f for f in validate(complete_dossier, call, Measures(), today=BEFORE_DEADLINE) if f.field == "partners[1].site"]
    assert finding.rule == "partners.site_other_region" and finding.is_error
    assert "hors Occitanie : non éligible à cet appel" in finding.message("fr")
    assert "outside Occitanie: not eligible for this call" in finding.message("en")
    assert "plus proche" not in finding.message("fr")
    complete_dossier.partners[1].site = "Trifouillis"
    [finding] = [f for f in validate(complete_dossier, call, Measures(), today=BEFORE_DEADLINE) if f.field == "partners[1].site"]
    assert finding.rule == "partners.site_outside" and not finding.is_error
