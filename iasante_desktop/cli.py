"""The command line: with no command it opens the app; `check`, `import`, `export` and `attach` work headless
(iasante_desktop/commands.py). This module only routes, so that starting the app pays for no parser."""

from __future__ import annotations

import os
import sys

from iasante_desktop import __version__

COMMANDS = ("check", "import", "export", "attach")

# 0 no error, 1 the dossier has errors, 2 an input that cannot be used, 3 the application or the system failed
# (disk full, permissions, a lock, a bug): a script never mistakes a crash for a verdict on the dossier.
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE, EXIT_FAILURE = 0, 1, 2, 3

HELP = f"""\
utilisation : iasante-desktop [FICHIER]
              iasante-desktop check FICHIER [--json] [--call APPEL]
              iasante-desktop import FICHIER.docx -o BROUILLON [--call APPEL]
              iasante-desktop export FICHIER --to DOSSIER [--format pdf|zip|docx|eml|all] [--call APPEL]
                     [--cv N CV.pdf]... [--letter LETTRE.pdf]... [--annex ANNEXE.pdf]...
              iasante-desktop attach BROUILLON FICHIER.pdf (--cv N | --letter | --annex)

Prépare, vérifie et soumet un dossier pour l'appel d'amorçage « IA pour la Santé » (Occitanie).

Sans commande, ouvre l'application ; FICHIER peut être un brouillon (.iasante) ou un dossier Word (.docx).

commandes :
  check    vérifie un dossier (.docx, brouillon ou .json) comme le lira le comité ;
           code de sortie 0 sans erreur, 1 s'il y a des erreurs, 2 si le fichier est illisible,
           3 si l'application ou le système a échoué (disque plein, droits, brouillon verrouillé, défaut)
  import   lit un dossier Word rempli et l'enregistre comme brouillon
  export   produit IASANTE_AAPAMOR2026_<ACRONYME>.pdf/.zip/.docx/.eml ; rien n'est écrit s'il reste des erreurs ;
           --cv, --letter et --annex joignent des PDF à cet export (un dossier Word n'en contient pas)
  attach   ajoute un PDF au brouillon : CV du partenaire N, lettre d'intérêt ou autre annexe

options :
  -h, --help     affiche cette aide
  -V, --version  affiche la version
  --call APPEL   identifiant d'un appel fourni ou chemin d'un fichier .toml (par défaut : l'appel 2025-2026)

English: with no command the app opens; commands check, import, export and attach run headless.
version {__version__}
"""


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _fail(text: str, code: int = EXIT_UNREADABLE) -> int:
    sys.stderr.write(text + "\n")
    return code


def _loadable(soname: str) -> bool:
    """Whether the dynamic loader finds `soname`. Loading it is what Qt's xcb plugin does next anyway and
    takes about a millisecond, where importing ctypes.util for find_library took 23 ms here."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _display_problem() -> str | None:
    """Why Qt could not open a window here, said before Qt aborts the process with its own message."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # wayland, offscreen, vnc...: Qt will say what it needs
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "iasante-desktop : aucun écran graphique n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY). "
            "Lancez l'application depuis une session graphique ; check, import, export et attach fonctionnent sans écran.\n"
            "(No graphical display: start the app from a desktop session; check, import, export and attach work without one.)"
        )
    if not _loadable("libxcb-cursor.so.0"):
        return (
            "iasante-desktop : Qt a besoin de la bibliothèque système libxcb-cursor pour ouvrir une fenêtre sous X11 "
            "(Debian/Ubuntu : sudo apt install libxcb-cursor0).\n"
            "(Qt needs the system library libxcb-cursor to open a window on X11.)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--pdf-worker"]:
        # A frozen app has no `python -m`: it runs itself with this flag for the PDF child process.
        from iasante_desktop.documents._pdf_worker import main as pdf_worker

        return pdf_worker(argv[1:])
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(HELP)
        return EXIT_OK
    if argv and argv[0] in ("-V", "--version"):
        _say(f"iasante-desktop {__version__}")
        return EXIT_OK
    if not argv or argv[0] not in COMMANDS:
        if argv and argv[0].startswith("-"):
            return _fail(f"iasante-desktop : option inconnue {argv[0]} (aide : iasante-desktop --help)")
        if argv and not os.path.exists(argv[0]):
            return _fail(
                f"iasante-desktop : « {argv[0]} » n'est ni une commande ({', '.join(COMMANDS)}) ni un fichier existant."
                f" (aide : iasante-desktop --help)"
            )
        problem = _display_problem()
        if problem:
            return _fail(problem)
        from iasante_desktop.gui.app import run

        return run(argv)
    from iasante_desktop.commands import run as run_command

    return run_command(argv)

if __name__ == "__main__":
    raise SystemExit(main())
