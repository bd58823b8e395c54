"""A rich dossier as a LibreOffice user writes it: bold words, bullet and numbered lists on two levels, a
16 × 12 cm figure with its caption and a table, built as HTML and converted to .docx by LibreOffice.

The .docx beside this module is generated; regenerate it from the repository root with
    .venv/bin/python tests/documents/samples/libreoffice_rich.py
LibreOffice embeds an <img> only from a data: URI (NOTES); the picture is a real PNG drawn here.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rich_samples import png  # noqa: E402

OUTPUT = HERE / "libreoffice_rich.docx"
FIGURE_CM = (16, 12)
PICTURE = png(160, 120, (30, 90, 160))


def html() -> str:
    data = base64.b64encode(PICTURE).decode("ascii")
    w, h = (round(cm / 2.54 * 96) for cm in FIGURE_CM)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dossier</title></head><body>
<p align="center"><b>Programme IA pour la Santé</b></p>
<p><b>Acronyme :</b></p><p>VOIX-IA</p>
<p><b>Titre du projet :</b></p><p>La voix comme biomarqueur</p>
<p><b>Mots clés :</b></p><p>parole, vieillissement</p>
<p><b>Thématique du projet :</b></p><p>Gérosciences</p>
<p><b>Résumé : 10 lignes maximum</b></p>
<p>Nous proposons un <b>modèle de détection précoce</b> entraîné sur la <i>parole spontanée</i>.</p>
<p><b>Résumé grand public : 10 lignes maximum</b></p>
<p>La voix change <b>avant</b> la mémoire.</p>
<p><b>Partenaire 1</b></p>
<p><b>Porteur :</b> Claire Dupont · <b>Statut :</b> Statutaire · <b>Site :</b> Toulouse · <b>Domaine :</b> IA · <b>Unité :</b> IRIT · équipe SAMoVA · <b>Établissement :</b> Université de Toulouse</p>
<p><b>Présentation du porteur : bref curriculum vitae</b></p>
<p>Maîtresse de conférences, <b>15 ans</b> de traitement de la parole.</p>
<p><b>Présentation de l'équipe de rattachement</b></p>
<p>Équipe SAMoVA.</p>
<p><b>Partenaire 2</b></p>
<p><b>Porteur :</b> Karim Benali · <b>Statut :</b> Statutaire · <b>Site :</b> Montpellier · <b>Domaine :</b> Santé · <b>Unité :</b> CMRR</p>
<p><b>Présentation du porteur : bref curriculum vitae</b></p>
<p>Neurologue.</p>
<p><b>Présentation de l'équipe de rattachement</b></p>
<p>Centre mémoire.</p>
<p><b>Description de la collaboration et des travaux prévus (2 pages maximum, en français ou en anglais)</b></p>
<p><b>– Introduction de la problématique scientifique et contexte du projet</b></p>
<p>Le diagnostic reste <b>tardif</b>.</p>
<p><b>– Plus-value de la collaboration</b></p>
<p>Nos objectifs :</p>
<ul><li>un corpus annoté<ul><li>200 locuteurs</li></ul></li><li>un modèle</li></ul>
<ol><li>collecte</li><li>annotation</li></ol>
<p><img src="data:image/png;base64,{data}" width="{w}" height="{h}" alt="pipeline"></p>
<p>Figure 1 : la chaîne de traitement</p>
<p><b>– Objectifs scientifiques, défis et enjeux à plus long terme (AAP nationaux ou internationaux visés…)</b></p>
<table border="1"><tr><th>Lot</th><th>Mois</th></tr><tr><td>WP1 collecte</td><td>1–6</td></tr><tr><td>WP2 modèle</td><td>7–12</td></tr></table>
<p><b>– Projet d'industrialisation escompté</b></p>
<p>Une start-up.</p>
<p><b>– Objectifs et intérêt en lien avec le Programme IA pour la Santé</b></p>
<p>Gérosciences.</p>
<p><b>Budget</b></p>
<table border="1"><tr><td><b>DÉPENSES</b></td><td><b>PARTENAIRE 1</b></td><td><b>PARTENAIRE 2</b></td></tr>
<tr><td>Fonctionnement</td><td>3 000 €</td><td></td></tr>
<tr><td>Mission</td><td>1 500 €</td><td>2 000 €</td></tr>
<tr><td><b>TOTAL</b></td><td>4 500 €</td><td>2 000 €</td></tr></table>
</body></html>"""


def build(output: Path = OUTPUT) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to build this sample")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "libreoffice_rich.html"
        source.write_text(html(), encoding="utf-8")
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.copyfile(Path(tmp) / "libreoffice_rich.docx", output)
    return output


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
