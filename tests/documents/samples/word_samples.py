"""Hand-filled dossiers for the Word import tests, and the dossiers they must import into.

The .docx files beside this module are generated; regenerate them from the repository root with
    /tmp/venv/bin/python tests/documents/samples/word_samples.py
- typed_into_template.docx: the official template filled the way a person types into it in Word
  (value on the label's line, placeholders replaced, a third partner block copied, a column added).
- libreoffice_resaved.docx: the same file opened and saved again by LibreOffice (soffice --convert-to docx).
- messy_by_hand.docx: written from scratch in another style: heading styles, numbering, labels without
  accents or shortened, runs split inside labels, content controls, tracked changes, a hyperlink, a field,
  a smart tag, a budget table with a TOTAL column and an unreadable amount.
The review_*.docx files are not generated: an independent review typed them and saved them in LibreOffice
7.4, and they are kept as they were made because each one broke the import once.
- review_partly_bold_labels.docx: only the first three labels bold, the others plain.
- review_unreadable_amounts.docx: labels with their values on the same line, "2,000 €" and "1.5k€" as amounts.
- review_empty_paragraphs.docx: a summary with empty paragraphs and an empty line made by two line breaks.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
W = nsdecls("w")
NBSP, NNBSP = "\u00a0", "\u202f"


def _call():
    from iasante_desktop.core.callspec import resolve_call

    return resolve_call()


# ---- sample 1: typed into the official template -------------------------------------------------------------


def _find(document, startswith: str):
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith(startswith):
            return paragraph
    raise LookupError(startswith)


def _next(paragraph):
    element = paragraph._p.getnext()
    from docx.text.paragraph import Paragraph

    return Paragraph(element, paragraph._parent)


def _type_over(placeholder, text: str) -> None:
    """Select the dots and type: the first run keeps its format, the others go."""
    runs = placeholder.runs
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def _add_after(paragraph, text: str):
    new = copy.deepcopy(paragraph._p)
    paragraph._p.addnext(new)
    from docx.text.paragraph import Paragraph

    added = Paragraph(new, paragraph._parent)
    _type_over(added, text)
    return added


def typed_into_template() -> bytes:
    from iasante_desktop.documents.word_export import template_path

    call = _call()
    document = Document(str(template_path(call)))
    # "Acronyme : NEURO-IA" on the label's own line, placeholder deleted.
    label = _find(document, "Acronyme")
    label.add_run(" NEURO-IA").bold = False
    placeholder = _next(label)
    placeholder._p.getparent().remove(placeholder._p)
    _type_over(_next(_find(document, "Titre du projet")), "Détection précoce des troubles neurocognitifs par la parole")
    _type_over(_next(_find(document, "Mots clés")), "apprentissage automatique ; parole ; gérosciences")
    _type_over(_next(_find(document, "Thématique")), "Gérosciences")
    first = _next(_find(document, "Résumé :"))
    _type_over(first, "Nous entraînons un modèle sur des enregistrements de parole.")
    _add_after(first, "Il repère les signes précoces de déclin cognitif.")
    lay = _next(_find(document, "Résumé grand public"))
    _type_over(lay, "La voix change avant la mémoire.")
    lay.runs[0].add_break(WD_BREAK.LINE)
    lay.add_run("Nous apprenons à l'entendre.")
    # Partner blocks: fill the two, then copy the second as a third (what the advice line asks).
    cv_labels = [p for p in document.paragraphs if p.text.startswith("Présentation du porteur")]
    team_labels = [p for p in document.paragraphs if p.text.startswith("Présentation de l")]
    _type_over(_next(cv_labels[0]), "Claire Dupont, maîtresse de conférences à l'IRIT UMR 5505, Toulouse.")
    _type_over(_next(team_labels[0]), "Équipe SAMoVA, traitement automatique de la parole.")
    _type_over(_next(cv_labels[1]), "Karim Benali, neurologue au CHU de Montpellier (Gui de Chauliac).")
    _type_over(_next(team_labels[1]), "Centre mémoire de ressources et de recherche.")
    partner2 = _find(document, "Partenaire 2")
    block = [partner2._p]
    element = partner2._p.getnext()
    while not (element.xpath("string(.)").startswith(">>")):
        block.append(element)
        element = element.getnext()
    anchor = block[-1]
    for original in block:
        clone = copy.deepcopy(original)
        anchor.addnext(clone)
        anchor = clone
    partner3 = [p for p in document.paragraphs if p.text.strip() == "Partenaire 2"][1]
    partner3.runs[0].text = "Partenaire 3"
    cv3 = [p for p in document.paragraphs if p.text.startswith("Présentation du porteur")][2]
    team3 = [p for p in document.paragraphs if p.text.startswith("Présentation de l")][2]
    _type_over(_next(cv3), "Jean Martin, ingénieur de recherche au CHU de Nîmes (Caremeau).")
    _type_over(_next(team3), "Plateforme de recherche clinique.")
    points = {
        "– Introduction": "Le diagnostic des troubles neurocognitifs reste tardif.",
        "– Plus-value": "Une équipe de parole, un centre mémoire et une plateforme clinique.",
        "– Objectifs scientifiques": "Un prototype validé ; visée ANR PRC 2027.",
        "– Objectifs et intérêt": "Le projet relève des gérosciences.",
    }
    for start, text in points.items():
        _type_over(_next(_find(document, start)), text)
    # Budget: a third column added by hand, amounts typed in several ways.
    table = document.tables[0]
    table.add_column(table.columns[1].width)
    header = table.cell(0, 3)
    header.paragraphs[0].add_run("PARTENAIRE 3").bold = True
    header.paragraphs[0].runs[0].add_break(WD_BREAK.LINE)
    header.paragraphs[0].add_run("Jean Martin / CHU de Nîmes")
    amounts = {  # row -> partner 1, 2, 3 as typed
        1: ("3 000 €", "xxxxxxx€", f"6{NBSP}000,00{NBSP}€"),  # fonctionnement
        2: ("xxxxxxx€", "xxxxxxx€", ""),  # prestations internes
        3: ("xxxxxxx€", f"6{NBSP}000{NBSP}€", "2000"),  # prestations externes
        4: ("1500", f"2{NNBSP}000 €", "1 000 €"),  # mission
        5: ("xxxxxxx€", "xxxxxxx€", ""),  # coût du personnel
        6: ("4 500 €", "9 000 €", "xxxxxxx€"),  # TOTAL: partner 2 wrote 9 000 for 8 000
    }
    for row, cells in amounts.items():
        for col, text in enumerate(cells, start=1):
            paragraph = table.cell(row, col).paragraphs[0]
            if paragraph.runs:
                paragraph.runs[0].text = text
            else:
                paragraph.add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def typed_into_template_expected():
    from iasante_desktop.core.dossier import Dossier, Partner

    call = _call()
    return Dossier(
        call_id=call.id,
        acronym="NEURO-IA",
        title="Détection précoce des troubles neurocognitifs par la parole",
        keywords=["apprentissage automatique", "parole", "gérosciences"],
        theme="Gérosciences",
        resume="Nous entraînons un modèle sur des enregistrements de parole.\n"
        "Il repère les signes précoces de déclin cognitif.",
        resume_grand_public="La voix change avant la mémoire.\u2028Nous apprenons à l'entendre.",
        partners=[
            Partner(
                cv="Claire Dupont, maîtresse de conférences à l'IRIT UMR 5505, Toulouse.",
                team="Équipe SAMoVA, traitement automatique de la parole.",
                site="Toulouse",
                budget={"fonctionnement": Decimal("3000"), "mission": Decimal("1500")},
                written_total=Decimal("4500"),
            ),
            Partner(
                cv="Karim Benali, neurologue au CHU de Montpellier (Gui de Chauliac).",
                team="Centre mémoire de ressources et de recherche.",
                site="Montpellier",
                budget={"prestations_externes": Decimal("6000"), "mission": Decimal("2000")},
                written_total=Decimal("9000"),
            ),
            Partner(
                carrier_name="Jean Martin",
                unit="CHU de Nîmes",
                cv="Jean Martin, ingénieur de recherche au CHU de Nîmes (Caremeau).",
                team="Plateforme de recherche clinique.",
                site="Nîmes",
                budget={
                    "fonctionnement": Decimal("6000"),
                    "prestations_externes": Decimal("2000"),
                    "mission": Decimal("1000"),
                },
            ),
        ],
        description={
            "introduction": "Le diagnostic des troubles neurocognitifs reste tardif.",
            "plus_value": "Une équipe de parole, un centre mémoire et une plateforme clinique.",
            "objectifs": "Un prototype validé ; visée ANR PRC 2027.",
            "programme": "Le projet relève des gérosciences.",
        },
    )


# ---- sample 3: written from scratch, another person's habits ------------------------------------------------


def _xml_paragraph(document, inner: str, style: str | None = None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    element = parse_xml(f"<w:p {W}>{ppr}{inner}</w:p>")
    _append(document, element)
    return element


def _append(document, element) -> None:
    """Add at the end of the body, before the section properties that must stay last."""
    document.element.body.find(qn("w:sectPr")).addprevious(element)


def _r(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _block_control(document, paragraphs: list[str], tag: str) -> None:
    inner = "".join(f"<w:p>{_r(text)}</w:p>" for text in paragraphs)
    _append(
        document,
        parse_xml(
            f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
            f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>"
        )
    )


def messy_by_hand() -> bytes:
    document = Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    def heading(inner: str, level: int = 1):
        element = _xml_paragraph(document, inner, f"Heading{level}")
        return element

    heading(_r("Dossier IA Santé – amorçage"), 1)
    _xml_paragraph(document, _r("Version du 2 décembre, relue par l'équipe."))
    heading(_r("1. ACRO") + _r("NYME"), 2)
    _block_control(document, ["CARDIO-IA"], "acronyme")
    _xml_paragraph(
        document,
        _r("2. Titre du projet", bold=True)
        + _r(" : ")
        + f'<w:sdt><w:sdtPr><w:tag w:val="titre"/></w:sdtPr><w:sdtContent>{_r("Prédiction des arythmies par apprentissage profond")}</w:sdtContent></w:sdt>',
    )
    heading(_r("3) Mots-") + _r("clés"), 2)
    _xml_paragraph(document, _r("ECG ; apprentissage profond ; cardiologie"))
    heading(_r("4. Thematique du projet"), 2)
    _xml_paragraph(document, _r("Détection et compréhension des mécanismes d'une pathologie"))
    heading(_r("5. RESUME (10 lignes max)"), 2)
    _xml_paragraph(
        document,
        _r("Nous ")
        + f'<w:ins w:id="1" w:author="A" w:date="2025-12-01T10:00:00Z">{_r("proposons")}</w:ins>'
        + f'<w:del w:id="2" w:author="A" w:date="2025-12-01T10:00:00Z"><w:r><w:delText>voulons</w:delText></w:r></w:del>'
        + _r(" un modèle décrit sur ")
        + '<w:hyperlink w:history="1" w:anchor="x">' + _r("notre site") + "</w:hyperlink>"
        + _r("."),
    )
    heading(_r("6. Résumé grand public : 10 lignes maximum"), 2)
    _xml_paragraph(
        document,
        _r("Le cœur parle ; ")
        + f'<w:smartTag w:uri="urn:x" w:element="place">{_r("Montpellier")}</w:smartTag>'
        + _r(" l'écoute en ")
        + f'<w:fldSimple w:instr=" DATE \\@ yyyy ">{_r("2026")}</w:fldSimple>'
        + _r("."),
    )
    heading(_r("Partenaire n°1"), 2)
    _xml_paragraph(document, _r("Nom : Sophie Martin"))
    _xml_paragraph(document, _r("Unité : LIRMM UMR 5506, Montpellier"))
    heading(_r("Présentation du porteur"), 3)
    _block_control(document, ["Professeure en informatique.", "Spécialiste des signaux physiologiques."], "cv1")
    heading(_r("Présentation de l’équipe de rattachement :"), 3)
    _xml_paragraph(document, _r("Équipe ICAR, analyse d'images et de signaux."))
    heading(_r("Partenaire n°2"), 2)
    _xml_paragraph(
        document,
        _r("Porteur : Dr Paul Roche • Statut : Statutaire • Domaine : Santé • Unité : CHU de Nîmes, cardiologie"),
    )
    heading(_r("Présentation du porteur : bref curriculum vitae"), 3)
    _xml_paragraph(document, _r("Cardiologue, praticien hospitalier."))
    heading(_r("Présentation de l’équipe de rattachement"), 3)
    _xml_paragraph(document, _r("Service de cardiologie."))
    heading(_r("DESCRIPTION DE LA COLLABORATION ET DES TRAVAUX PREVUS"), 1)
    _xml_paragraph(document, _r("(2 pages maximum, en français ou en anglais)"))
    for label, text in (
        ("a) Introduction de la problématique scientifique et contexte", "Les arythmies échappent au dépistage."),
        ("b) Plus value de la collaboration", "Informatique et cardiologie réunies."),
        ("c) Objectifs scientifiques, défis et enjeux", "Un détecteur robuste ; ERC Starting visée."),
        ("d) Projet d'industrialisation", "Transfert vers un fabricant de holters."),
        ("e) Objectifs et interet en lien avec le programme IA pour la sante", "IA explicable en santé."),
    ):
        heading(_r(label), 3)
        _xml_paragraph(document, _r(text))
    heading(_r("Budget"), 1)
    _xml_paragraph(document, _r("Montants TTC."))
    table = document.add_table(rows=4, cols=4)
    rows = [
        ("Dépenses", "Partenaire 1", "Partenaire 2", "Total"),
        ("fonctionnement", "2 000 €", "environ 2k", f"4{NNBSP}000 €"),
        ("Mission", f"1{NNBSP}500,50 €", "500", "2 000,50 €"),
        ("TOTAL", "3 500,50 €", "2 500 €", "6 000,50 €"),
    ]
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.cell(r, c).paragraphs[0].add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def messy_by_hand_expected():
    from iasante_desktop.core.dossier import Dossier, Partner

    call = _call()
    return Dossier(
        call_id=call.id,
        acronym="CARDIO-IA",
        title="Prédiction des arythmies par apprentissage profond",
        keywords=["ECG", "apprentissage profond", "cardiologie"],
        theme="Détection et compréhension des mécanismes d'une pathologie",
        resume="Nous proposons un modèle décrit sur notre site.",
        resume_grand_public="Le cœur parle ; Montpellier l'écoute en 2026.",
        partners=[
            Partner(
                carrier_name="Sophie Martin",
                unit="LIRMM UMR 5506, Montpellier",
                site="Montpellier",
                cv="Professeure en informatique.\nSpécialiste des signaux physiologiques.",
                team="Équipe ICAR, analyse d'images et de signaux.",
                budget={"fonctionnement": Decimal("2000"), "mission": Decimal("1500.50")},
                written_total=Decimal("3500.50"),
            ),
            Partner(
                carrier_name="Dr Paul Roche",
                status="statutory",
                domain="health",
                unit="CHU de Nîmes, cardiologie",
                site="Nîmes",
                cv="Cardiologue, praticien hospitalier.",
                team="Service de cardiologie.",
                budget={"mission": Decimal("500")},
                unreadable_amounts={"fonctionnement": "environ 2k"},
                written_total=Decimal("2500"),
            ),
        ],
        description={
            "introduction": "Les arythmies échappent au dépistage.",
            "plus_value": "Informatique et cardiologie réunies.",
            "objectifs": "Un détecteur robuste ; ERC Starting visée.",
            "industrialisation": "Transfert vers un fabricant de holters.",
            "programme": "IA explicable en santé.",
        },
        written_grand_total=Decimal("6000.50"),
    )


# ---- LibreOffice ---------------------------------------------------------------------------------------------


def require_soffice() -> str:
    from testkit import require_tool

    return require_tool("soffice")


def resave_with_libreoffice(data: bytes, soffice: str = "soffice") -> bytes:
    """Open and save a .docx in LibreOffice, as a person with LibreOffice would."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in" / "dossier.docx"
        source.parent.mkdir()
        source.write_bytes(data)
        out = Path(folder) / "out"
        profile = Path(folder) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (out / "dossier.docx").read_bytes()


def main() -> int:
    sys.path.insert(0, str(HERE.parents[2]))
    (HERE / "typed_into_template.docx").write_bytes(typed_into_template())
    (HERE / "messy_by_hand.docx").write_bytes(messy_by_hand())
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: libreoffice_resaved.docx not regenerated")
        return 1
    (HERE / "libreoffice_resaved.docx").write_bytes(resave_with_libreoffice(typed_into_template(), soffice))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

