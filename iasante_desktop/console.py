"""What the command line prints and how it ends: the help text, the exit codes, one line to stdout or stderr.

Shared by the router (cli.py) and the commands (commands.py), which import it and not each other.
"""

from __future__ import annotations

import sys

from iasante_desktop import __version__

# 0 no error, 1 the dossier has errors, 2 an input that cannot be used, 3 the application or the system failed
# (disk full, permissions, a lock, a bug): a script never mistakes a crash for a verdict on the dossier.
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE, EXIT_FAILURE = 0, 1, 2, 3

HELP = f"""\
utilisation : iasante-desktop [FICHIER]
              iasante-desktop check FICHIER [--json] [--call APPEL]
              iasante-desktop import FICHIER.docx -o BROUILLON [--call APPEL]
              iasante-desktop export FICHIER --to DOSSIER [--format pdf|zip|docx|eml|all] [--preview] [--call APPEL]
                     [--cv N CV.pdf]... [--letter LETTRE.pdf]... [--annex ANNEXE.pdf]...
              iasante-desktop attach BROUILLON FICHIER.pdf (--cv N | --letter | --annex)
              iasante-desktop calls [--json]
              iasante-desktop calls install FICHIER.toml [--replace]
              iasante-desktop calls derive APPEL --id NOUVEL_ID [--name NOM] [--name-en NAME] [--years 2026-2027]
                     [--deadline AAAA-MM-JJ] [--closes-at AAAA-MM-JJTHH:MM:SS+01:00] [--results AAAA-MM]
                     [--project-start AAAA-MM-JJ] [--duration MOIS] [--pattern PREFIXE_{{acronym}}]
                     [--address ADRESSE] [--cap MONTANT] [--bonus MONTANT] [--limit RUBRIQUE=N]...
                     [--min-partners N] [--next]
              iasante-desktop calls move BROUILLON APPEL
              iasante-desktop partner pack BROUILLON --partner N --to DOSSIER
              iasante-desktop partner merge BROUILLON PACK.docx [PDF...] [--accept-all]

Prépare, vérifie et soumet un dossier de candidature à un appel à projets décrit par son fichier d'appel.

Sans commande, ouvre l'application ; FICHIER peut être un brouillon (.iasante) ou un dossier Word (.docx).

commandes :
  check    vérifie un dossier (.docx, brouillon ou .json) comme le lira le comité ;
           code de sortie 0 sans erreur, 1 s'il y a des erreurs, 2 si le fichier est illisible,
           3 si l'application ou le système a échoué (disque plein, droits, brouillon verrouillé, défaut)
  import   lit un dossier Word rempli et l'enregistre comme brouillon
  export   produit le PDF, le zip, le .docx et le .eml nommés comme l'appel l'impose ; rien n'est écrit s'il
           reste des erreurs ;
           --cv, --letter et --annex joignent des PDF à cet export (un dossier Word n'en contient pas)
  attach   ajoute un PDF au brouillon : CV du partenaire N, lettre d'intérêt ou autre annexe
  calls    liste les appels connus (fournis et installés) : id, nom, date limite, ouvert ou clos, fichier ;
           install vérifie puis installe un fichier d'appel .toml (rien n'est installé s'il est invalide) ;
           derive crée l'appel suivant à partir d'un appel connu (--next propose les années suivantes) ;
           move fait passer un brouillon à un autre appel et dit ce qui change
  partner pack   écrit le pack du partenaire N (.docx à remplir sans l'application) et son courriel (.eml)
  partner merge  lit un pack rempli : affiche les différences ; --accept-all les applique et joint les PDF ;
           code de sortie 0 fusionné, 1 refusé par les règles de l'appel, 2 illisible ou pack d'un autre dossier

options :
  -h, --help     affiche cette aide
  -V, --version  affiche la version
  --call APPEL   identifiant d'un appel fourni ou chemin d'un fichier .toml (par défaut : l'appel fourni)

English: with no command the app opens; commands check, import, export, attach, calls and partner run headless.
version {__version__}
"""


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _fail(text: str, code: int = EXIT_UNREADABLE) -> int:
    sys.stderr.write(text + "\n")
    return code
