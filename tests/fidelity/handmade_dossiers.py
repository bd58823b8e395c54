"""Dossiers typed in LibreOffice's own format (flat ODF, what LibreOffice writes for .fodt), in styles the Word
importer was not written against: headings instead of bold, labels in capitals or without accents, "Mots-clés",
values on the label's line, placeholders left in place, a budget table with three partners. `convert()` has
LibreOffice save them as .docx, as a person using LibreOffice would.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

STYLES = """
<office:font-face-decls><style:font-face style:name="Calibri" svg:font-family="Calibri"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
  <style:style style:name="Standard" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.212cm"/>
    <style:text-properties style:font-name="Calibri" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
    style:parent-style-name="Standard" style:default-outline-level="2">
    <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm"
    fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm"
    fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
"""


def p(text: str = "", bold_prefix: str = "") -> str:
    bold = f'<text:span text:style-name="B">{escape(bold_prefix)}</text:span>' if bold_prefix else ""
    return f'<text:p text:style-name="Standard">{bold}{escape(text)}</text:p>'


def h(text: str) -> str:
    return f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(text)}</text:h>'


def table(rows: list[list[str]]) -> str:
    cols = len(rows[0])
    out = [f'<table:table table:name="Budget"><table:table-column table:number-columns-repeated="{cols}"/>']
    for row in rows:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row
        )
        out.append(f"<table:table-row>{cells}</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def fodt(body: list[str]) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"
    )


LONG_SUMMARY = " ".join(
    "Les cohortes hospitalières régionales fournissent des données annotées et fiabilisées, dont nous tirons "
    "des modèles robustes, explicables et sobres en données pour la décision clinique."
    for _ in range(9)
)


def partner_block(n: int, cv: str, team: str) -> list[str]:
    return [
        h(f"Partenaire {n}"),
        p(bold_prefix="Présentation du porteur : bref curriculum vitae"),
        p(cv),
        p(bold_prefix="Présentation de l'équipe de rattachement"),
        p(team),
    ]


def description() -> list[str]:
    points = [
        "Introduction de la problématique scientifique et contexte du projet",
        "Plus-value de la collaboration",
        "Objectifs scientifiques, défis et enjeux à plus long terme (AAP nationaux ou internationaux visés…)",
        "Projet d'industrialisation escompté",
        "Objectifs et intérêt en lien avec le Programme IA pour la Santé",
    ]
    out = [h("Description de la collaboration et des travaux prévus :"), p("(2 pages maximum, en français ou en anglais)")]
    for point in points:
        out.append(p(bold_prefix=f"– {point}"))
        out.append(p("Texte du point rédigé par l'équipe, avec ses données identifiées : cohorte CARDIO-OCC, 4 000 patients."))
    return out


def dossier(*, resume: str, lay: str, sites: list[str], budget: list[list[str]]) -> str:
    body = [
        p("Programme IA pour la Santé"),
        p("Dossier de demande Amorçage 2025 - 2026"),
        p(" CARDIO-IA", bold_prefix="ACRONYME :"),
        h("Titre du projet"),
        p("Prédiction des décompensations cardiaques à partir de capteurs portés"),
        p(bold_prefix="Mots-clés"),
        p("insuffisance cardiaque ; séries temporelles ; apprentissage profond"),
        p(bold_prefix="Thematique du projet :"),
        p("Maladies chroniques, données de santé annotées"),
        p(bold_prefix="Résumé : 10 lignes maximum"),
        p(resume),
        p(bold_prefix="Résumé grand public : 10 lignes maximum"),
        p(lay),
    ]
    for n, site in enumerate(sites, start=1):
        body += partner_block(
            n,
            f"Chercheur·e statutaire, unité de recherche à {site}, 40 publications.",
            f"Équipe de l'unité mixte de recherche située à {site}.",
        )
    body += description()
    body += [h("Budget :"), p("Dépenses éligibles : missions, prestations, consommables, petits matériels"), table(budget)]
    return fodt(body)


def budget_table(columns: list[list[str]]) -> list[list[str]]:
    labels = ["Fonctionnement", "Prestations Internes", "Prestations Externes", "Mission", "Coût du personnel", "TOTAL"]
    header = ["DÉPENSES"] + [f"PARTENAIRE {i}\nNom / Unité de rattachement" for i in range(1, len(columns) + 1)]
    return [header] + [[label] + [col[i] for col in columns] for i, label in enumerate(labels)]


CASES = {
    # Two départements (Toulouse, Nîmes): 18 000 € is under the 20 000 € cap; everything is filled in.
    "clean": (
        dict(
            resume="Nous prédisons les décompensations cardiaques à partir de capteurs portés.",
            lay="Une montre connectée pourrait prévenir une hospitalisation.",
            sites=["Toulouse", "Nîmes"],
            budget=budget_table(
                [["4 000 €", "xxxxxxx€", "3\u202f000,00 €", "1 500 €", "", "8 500 €"],
                 ["2000", "5 000 €", "", "2 500,00 €", "", "9 500 €"]]
            ),
        ),
        set(),
    ),
    # A summary of well over ten lines, and 17 000 € with both partners in Haute-Garonne (15 000 € cap).
    "too_long_and_over_cap": (
        dict(
            resume=LONG_SUMMARY,
            lay="Une montre connectée pourrait prévenir une hospitalisation.",
            sites=["Toulouse", "Labège"],
            budget=budget_table(
                [["6 000 €", "", "4 000 €", "1 000 €", "", "11 000 €"], ["3 000 €", "", "2 000 €", "1 000 €", "", "6 000 €"]]
            ),
        ),
        {"limit.resume_lines", "budget.cap"},
    ),
    # Three partners; the lay summary left as the template's placeholder; a TOTAL that is not the sum.
    "placeholder_and_wrong_total": (
        dict(
            resume="Nous prédisons les décompensations cardiaques à partir de capteurs portés.",
            lay="………..",
            sites=["Montpellier", "Perpignan", "Rodez"],
            budget=budget_table(
                [["1 000 €", "", "", "500 €", "", "1 500 €"], ["2 000 €", "", "", "", "", "2 500 €"],
                 ["1 000 €", "", "", "", "", "1 000 €"]]
            ),
        ),
        {"required.resume_grand_public", "budget.total_mismatch"},
    ),
}


def convert(soffice: str, folder: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the chosen cases as .fodt in `folder` and have LibreOffice save each as .docx."""
    names = sorted(CASES) if names is None else names
    for name in names:
        kwargs, _ = CASES[name]
        (folder / f"{name}.fodt").write_text(dossier(**kwargs), encoding="utf-8")
    profile = folder / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(folder), *(str(folder / f"{n}.fodt") for n in names)],
        check=True, capture_output=True, timeout=240,
    )
    return {name: folder / f"{name}.docx" for name in names}
