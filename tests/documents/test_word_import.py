"""The Word import finds the annex's labels and values however the applicant typed them."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.documents.word_import import import_docx

W = nsdecls("w")
SAMPLES = Path(__file__).resolve().parent / "samples"


def r(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*inner: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(inner)}</w:p>"


def text(value: str) -> str:
    return p(r(value))


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{text(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def docx(*body: str) -> bytes:
    document = Document()
    container = document.element.body
    sect = container.find(qn("w:sectPr"))
    for child in list(container):
        if child is not sect:
            container.remove(child)
    for xml in body:
        sect.addprevious(parse_xml(f"<w:body {W}>{xml}</w:body>")[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(call, *body: str):
    return import_docx(docx(*body), call)


@pytest.mark.parametrize(
    "label",
    [
        "Acronyme :",
        "ACRONYME",
        "acronyme:",
        "1. Acronyme :",
        "a) Acronyme",
        "– Acronyme",
        "Acronym:",
    ],
)
def test_label_is_found_whatever_case_numbering_or_language(call, label):
    assert read(call, text(label), text("NEURO-IA")).dossier.acronym == "NEURO-IA"


@pytest.mark.parametrize(
    "label",
    ["Résumé : 10 lignes maximum", "RESUME (10 lignes max)", "Resume 10 lignes maximum :", "Summary: 10 lines maximum"],
)
def test_limit_suffix_is_not_taken_for_the_value(call, label):
    assert read(call, text(label), text("Un résumé.")).dossier.resume == "Un résumé."


def test_value_on_the_labels_own_line(call):
    dossier = read(call, text("Acronyme : NEURO-IA"), text("Titre du projet : Un titre : sous-titre")).dossier
    assert (dossier.acronym, dossier.title) == ("NEURO-IA", "Un titre : sous-titre")


def test_placeholders_left_in_place_mean_empty(call):
    dossier = read(call, text("Acronyme :"), text("………"), text("Titre du projet :"), text("....."), text("Thématique du projet :"), text("Santé")).dossier
    assert (dossier.acronym, dossier.title, dossier.theme) == ("", "", "Santé")


def test_label_split_across_runs_with_a_heading_style(call):
    dossier = read(call, p(r("Résu"), r("mé grand "), r("public", bold=True), style="Heading2"), text("Pour tous.")).dossier
    assert dossier.resume_grand_public == "Pour tous."


def test_prose_starting_like_a_long_label_stays_prose(call):
    dossier = read(call, text("Résumé :"), text("Budget : nous demandons peu."), text("Suite.")).dossier
    assert dossier.resume == "Budget : nous demandons peu.\nSuite."


def test_bold_label_with_value_on_the_same_line_is_a_label(call):
    dossier = read(call, p(r("Résumé :", bold=True), r(" Nous proposons.")), text("Suite.")).dossier
    assert dossier.resume == "Nous proposons.\nSuite."


def test_text_inside_content_controls_tracked_insertions_links_and_fields_is_read(call):
    inline_sdt = f"<w:sdt><w:sdtContent>{r('contrôlé')}</w:sdtContent></w:sdt>"
    block_sdt = f"<w:sdt><w:sdtContent>{text('Premier.')}{text('Second.')}</w:sdtContent></w:sdt>"
    ins = f'<w:ins w:id="1" w:author="A">{r("inséré ")}</w:ins>'
    deleted = '<w:del w:id="2" w:author="A"><w:r><w:delText>supprimé </w:delText></w:r></w:del>'
    link = f'<w:hyperlink w:anchor="x">{r("lien")}</w:hyperlink>'
    field = f'<w:fldSimple w:instr=" DATE ">{r(" 2026")}</w:fldSimple>'
    smart = f'<w:smartTag w:uri="u" w:element="e">{r(" Nîmes")}</w:smartTag>'
    dossier = read(
        call,
        text("Titre du projet :"),
        p(r("Texte "), inline_sdt, r(" "), ins, deleted, link, field, smart),
        text("Résumé :"),
        block_sdt,
    ).dossier
    assert dossier.title == "Texte contrôlé inséré lien 2026 Nîmes"
    assert dossier.resume == "Premier.\nSecond."


def test_line_breaks_and_hidden_text(call):
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>caché</w:t></w:r>'
    dossier = read(call, text("Résumé :"), p(r("Ligne un"), "<w:r><w:br/></w:r>", hidden, r("Ligne deux"))).dossier
    assert dossier.resume == "Ligne un\u2028Ligne deux"


def test_any_number_of_partner_blocks_with_facts(call):
    blocks = []
    for n, (name, site) in enumerate((("Ana", "Toulouse"), ("Bo", "Montpellier"), ("Cy", "Albi"), ("Di", "Rodez")), 1):
        blocks += [
            text(f"Partenaire {n}"),
            text(f"Porteur : {name} · Statut : Statutaire · Site : {site} · Domaine : {'IA' if n % 2 else 'Santé'}"),
            text("Présentation du porteur : bref curriculum vitae"),
            text(f"CV de {name}."),
            text("Présentation de l'équipe de rattachement"),
            text(f"Équipe de {name}."),
        ]
    partners = read(call, *blocks).dossier.partners
    assert [(x.carrier_name, x.site, x.site_confirmed, x.status, x.domain) for x in partners] == [
        ("Ana", "Toulouse", True, "statutory", "ai"),
        ("Bo", "Montpellier", True, "statutory", "health"),
        ("Cy", "Albi", True, "statutory", "ai"),
        ("Di", "Rodez", True, "statutory", "health"),
    ]
    assert partners[2].cv == "CV de Cy." and partners[3].team == "Équipe de Di."


def test_without_facts_the_site_is_inferred_and_status_and_domain_stay_unknown(call):
    result = read(
        call,
        text("Partenaire 1"),
        text("Présentation du porteur"),
        text("Chercheuse au laboratoire LAAS, Toulouse."),
        text("Présentation de l'équipe de rattachement"),
        text("Équipe installée à Rangueil."),
    )
    partner = result.dossier.partners[0]
    assert (partner.site, partner.site_confirmed, partner.status, partner.domain) == ("Toulouse", False, None, None)
    findings = {f.rule for f in validate(result.dossier, call, Measures())}
    assert {"partners.status_missing", "partners.domain_missing"} <= findings


def test_unknown_status_and_unreadable_date_become_notes(call):
    result = read(call, text("Partenaire 1"), text("Porteur : Ana · Statut : Vacataire · Fin de contrat : bientôt"))
    notes = [n.fr for n in result.notes]
    assert "Partenaire 1 : statut « Vacataire » non reconnu." in notes
    assert any("bientôt" in n for n in notes)
    assert result.dossier.partners[0].status is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 000 €", Decimal("2000")),
        ("2 000,00 €", Decimal("2000")),
        ("2000", Decimal("2000")),
        ("2\u00a0000,50\u00a0€", Decimal("2000.50")),
        ("1\u202f500 €", Decimal("1500")),
        ("xxxxxxx€", None),
        ("", None),
    ],
)
def test_budget_amounts_as_people_type_them(call, typed, expected):
    dossier = read(call, table([["DÉPENSES", "PARTENAIRE 1"], ["Mission", typed]])).dossier
    assert dossier.partners[0].budget.get("mission") == expected


def test_budget_table_with_many_partner_columns_and_a_total_column(call):
    rows = [
        ["DÉPENSES", "PARTENAIRE 1", "PARTENAIRE 2", "PARTENAIRE 3", "TOTAL"],
        ["Fonctionnement", "1 000 €", "2 000 €", "3 000 €", "6 000 €"],
        ["TOTAL", "1 000 €", "2 500 €", "3 000 €", "6 500 €"],
    ]
    dossier = read(call, table(rows)).dossier
    assert [p.budget["fonctionnement"] for p in dossier.partners] == [1000, 2000, 3000]
    assert [p.written_total for p in dossier.partners] == [1000, 2500, 3000]
    assert dossier.written_grand_total == Decimal("6500")
    mismatches = {f.field for f in validate(dossier, call, Measures()) if f.rule == "budget.total_mismatch"}
    assert mismatches == {"partners[1].budget", "budget"}


def test_unknown_budget_row_with_amounts_is_reported(call):
    result = read(call, table([["DÉPENSES", "PARTENAIRE 1"], ["Mission", "100"], ["Équipement lourd", "9 000 €"]]))
    assert any("Équipement lourd" in n.fr for n in result.notes)


def test_description_points_matched_loosely(call):
    dossier = read(
        call,
        text("Description de la collaboration et des travaux prévus"),
        text("(2 pages maximum, en français ou en anglais)"),
        text("1 - Introduction de la problematique scientifique"),
        text("Contexte."),
        text("Plus value de la colaboration"),
        text("Valeur."),
        text("– Objectifs scientifiques, défis et enjeux à plus long terme"),
        text("Objectif : un prototype."),
    ).dossier
    assert dossier.description == {"introduction": "Contexte.", "plus_value": "Valeur.", "objectifs": "Objectif : un prototype."}


def test_layout_table_of_labels_and_values(call):
    dossier = read(call, table([["Acronyme :", "NEURO-IA"], ["Titre du projet :", "Un titre"]])).dossier
    assert (dossier.acronym, dossier.title) == ("NEURO-IA", "Un titre")


def test_a_word_file_without_any_label_is_refused_as_the_wrong_document(call):
    with pytest.raises(DocumentError) as caught:
        read(call, text("Compte rendu de réunion"), text("Ordre du jour."))
    assert "aucune rubrique" in caught.value.fr


def test_missing_sections_are_listed_in_the_notes(call):
    notes = [n.fr for n in read(call, text("Acronyme : X")).notes]
    assert "Rubrique « Titre du projet » introuvable dans le document." in notes


def test_a_long_summary_is_counted_by_the_layout_engine_and_flagged(call, complete_dossier):
    from iasante_desktop.typeset.engine import LayoutEngine

    long = " ".join(["Une phrase assez longue pour remplir une bonne partie de la ligne."] * 25)
    dossier = read(call, text("Résumé : 10 lignes maximum"), text(long)).dossier
    measures = LayoutEngine(call).measure(dossier)
    assert measures.lines["resume"] > 10
    assert "limit.resume_lines" in {f.rule for f in validate(dossier, call, measures)}


def test_in_a_styled_document_a_plain_paragraph_reading_like_a_label_stays_text(call):
    dossier = read(
        call,
        p(r("Acronyme :", bold=True)),
        text("X"),
        p(r("Titre du projet :", bold=True)),
        text("T"),
        p(r("Résumé :", bold=True)),
        text("Budget"),
        text("Partenaire 2"),
    ).dossier
    assert dossier.resume == "Budget\nPartenaire 2"
    assert dossier.partners == []


# ---- the applicant's words are never taken for the template's --------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "Si nécessaire, nous recruterons un stagiaire de master.",
        "Dépenses éligibles : nous n'achetons aucun équipement.",
        ">> Point clé : la cohorte existe déjà.",
        "……… puis la suite du raisonnement.",
        "(voir les pages 3 et 4 du protocole)",
        "(2 pages maximum, en français ou en anglais) : nous avons tenu en une.",
    ],
)
def test_prose_starting_like_a_template_instruction_is_kept(call, prose):
    dossier = read(call, text("Résumé :"), text("Début."), text(prose), text("Fin.")).dossier
    assert dossier.resume == f"Début.\n{prose}\nFin."


def test_the_templates_own_instruction_lines_are_dropped(call):
    dossier = read(
        call,
        text("Présentation de l'équipe de rattachement"),
        text("Équipe A."),
        text(">> Si nécessaire, faites autant de présentations que de partenaires impliqués"),
        text("Description de la collaboration et des travaux prévus"),
        text("(2 pages maximum, en français ou en anglais)"),
        text("– Plus-value de la collaboration"),
        text("………"),
        text("Valeur."),
    ).dossier
    assert dossier.partners[0].team == "Équipe A."
    assert dossier.description == {"plus_value": "Valeur."}


def test_empty_paragraphs_inside_a_field_are_kept_and_trimmed_at_its_ends(call):
    dossier = read(
        call, text("Résumé :"), text(""), text("A"), text(""), text(" "), text("B"), text(""), text("Résumé grand public :")
    ).dossier
    assert dossier.resume == "A\n\n\nB"


def test_empty_paragraphs_count_as_the_lines_libreoffice_shows(call):
    from iasante_desktop.typeset.engine import LayoutEngine

    dossier = import_docx(SAMPLES / "review_empty_paragraphs.docx", call).dossier
    # LibreOffice 7.4 shows this summary on 19 lines: 4 empty paragraphs and an empty line between two breaks.
    assert LayoutEngine(call).count_lines(dossier.resume) == 19
    assert "\n\n" in dossier.resume.plain() and "\u2028\u2028" in dossier.resume.plain()


# ---- labels bold or not ------------------------------------------------------------------------------------


def test_plain_labels_after_bold_ones_are_labels_where_the_annex_expects_them(call):
    dossier = read(
        call,
        p(r("Acronyme :", bold=True)),
        text("X"),
        p(r("Titre du projet :", bold=True)),
        text("T"),
        p(r("Mots clés", bold=True)),
        text("a, b"),
        text("Thématique du projet :"),
        text("Cancérologie"),
        text("Résumé : 10 lignes maximum"),
        text("Court."),
    ).dossier
    assert (dossier.keywords, dossier.theme, dossier.resume) == (["a", "b"], "Cancérologie", "Court.")


def test_partly_bold_labels_saved_by_libreoffice_give_no_false_errors(call):
    result = import_docx(SAMPLES / "review_partly_bold_labels.docx", call)
    dossier = result.dossier
    assert dossier.keywords == ["a", "b"]
    assert dossier.theme == "Cancérologie"
    assert [p.cv for p in dossier.partners] == ["A, Toulouse", "B, Nîmes"]
    assert len(dossier.description) == 5
    findings = {f.rule for f in validate(dossier, call, Measures())}
    assert not {rule for rule in findings if rule.startswith("required")}, findings


# ---- amounts nobody can read --------------------------------------------------------------------------------


def test_an_unreadable_amount_is_kept_as_typed_and_blocks_the_export(call):
    result = read(call, table([["DÉPENSES", "PARTENAIRE 1"], ["Mission", "2,000 €"], ["Fonctionnement", "1.5k€"]]))
    partner = result.dossier.partners[0]
    assert partner.unreadable_amounts == {"mission": "2,000 €", "fonctionnement": "1.5k€"}
    assert partner.budget == {}
    assert any(n.fr.startswith("Budget, partenaire 1, « Mission » : « 2,000 € »") for n in result.notes)
    findings = [f for f in validate(result.dossier, call, Measures()) if f.rule == "budget.unreadable"]
    assert {f.field for f in findings} == {"partners[0].budget.mission", "partners[0].budget.fonctionnement"}


def test_unreadable_amounts_in_a_file_saved_by_libreoffice_are_errors(call):
    dossier = import_docx(SAMPLES / "review_unreadable_amounts.docx", call).dossier
    assert dossier.partners[0].unreadable_amounts == {"fonctionnement": "2,000 €", "mission": "1.5k€"}
    assert "budget.unreadable" in {f.rule for f in validate(dossier, call, Measures())}


def test_an_unconfirmed_site_in_the_facts_line_stays_unconfirmed(call):
    partners = read(
        call,
        text("Partenaire 1"),
        text("Porteur : Ana · Site : Toulouse (à confirmer)"),
        text("Partenaire 2"),
        text("Carrier : Bo · Site : Nîmes (to be confirmed)"),
        text("Partenaire 3"),
        text("Porteur : Cy · Site : Albi"),
    ).dossier.partners
    assert [(x.site, x.site_confirmed) for x in partners] == [("Toulouse", False), ("Nîmes", False), ("Albi", True)]


def test_a_plain_paragraph_reading_as_the_next_label_is_text_when_that_label_follows_in_bold(call):
    dossier = read(
        call,
        p(r("Acronyme :", bold=True)),
        text("X"),
        p(r("Titre du projet :", bold=True)),
        text("T"),
        p(r("Mots clés :", bold=True)),
        text("Thématique du projet"),
        p(r("Thématique du projet :", bold=True)),
        text("Santé"),
    ).dossier
    assert (dossier.keywords, dossier.theme) == (["Thématique du projet"], "Santé")


def test_a_site_filed_under_another_place_and_a_site_outside_occitanie_are_said_in_the_notes(call):
    result = read(
        call,
        text("Partenaire 1"),
        text("Porteur : Ana · Statut : Statutaire · Site : Labège · Domaine : IA"),
        text("Partenaire 2"),
        text("Porteur : Bo · Statut : Statutaire · Site : Lyon · Domaine : Santé"),
    )
    partners = result.dossier.partners
    assert [x.site for x in partners] == ["Toulouse", "Lyon"]
    notes = [n.fr for n in result.notes]
    assert any("« Labège » rattaché à Toulouse" in n for n in notes), notes
    assert any("« Lyon »" in n and "hors Occitanie : non éligible à cet appel" in n for n in notes), notes
