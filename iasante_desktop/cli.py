"""The command line: with no command it opens the app; `check`, `import`, `export` and `attach` work headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from iasante_desktop import __version__
from iasante_desktop.core.callspec import CallSpecError, resolve_call

COMMANDS = ("check", "import", "export", "attach")

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2

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
           code de sortie 0 sans erreur, 1 s'il y a des erreurs, 2 si le fichier est illisible
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


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse speaks English; the user reads French first, so usage errors are ours."""

    def error(self, message: str):  # noqa: D401 - argparse API
        sys.stderr.write(f"iasante-desktop : {message}\n(aide : iasante-desktop --help)\n")
        raise SystemExit(EXIT_UNREADABLE)

    def format_help(self) -> str:
        return HELP


def _add_call(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--call", default=None, help="identifiant ou fichier .toml de l'appel")


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(prog="iasante-desktop", add_help=False)
    sub = parser.add_subparsers(dest="command", parser_class=FrenchArgumentParser)
    check = sub.add_parser("check", add_help=False)
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true")
    check.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_call(check)
    imp = sub.add_parser("import", add_help=False)
    imp.add_argument("file", type=Path)
    imp.add_argument("-o", "--output", type=Path, required=True)
    _add_call(imp)
    exp = sub.add_parser("export", add_help=False)
    exp.add_argument("file", type=Path)
    exp.add_argument("--to", type=Path, required=True, dest="to")
    exp.add_argument("--format", choices=("pdf", "zip", "docx", "eml", "all"), default="all")
    exp.add_argument("--lang", choices=("fr", "en"), default="fr")
    # Attachments for this export only (a Word dossier has no room for them; a draft keeps its own).
    exp.add_argument("--cv", nargs=2, action="append", default=[], metavar=("N", "CV.pdf"))
    exp.add_argument("--letter", action="append", default=[], type=Path, metavar="LETTRE.pdf")
    exp.add_argument("--annex", action="append", default=[], type=Path, metavar="ANNEXE.pdf")
    _add_call(exp)
    att = sub.add_parser("attach", add_help=False)
    att.add_argument("draft", type=Path)
    att.add_argument("pdf", type=Path)
    group = att.add_mutually_exclusive_group(required=True)
    group.add_argument("--cv", type=int, metavar="N")
    group.add_argument("--letter", action="store_true")
    group.add_argument("--annex", action="store_true")
    return parser


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _fail(text: str) -> int:
    sys.stderr.write(text + "\n")
    return EXIT_UNREADABLE


def _headless() -> None:
    """The CLI measures text with QtGui; it never needs a screen."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_check(args: argparse.Namespace) -> int:
    from iasante_desktop.checking import check
    from iasante_desktop.loading import InputError, load_dossier

    _headless()
    call = resolve_call(args.call)
    try:
        dossier = load_dossier(args.file, call)
    except InputError as exc:
        return _fail(exc.message(args.lang))
    result = check(dossier, call)
    if args.json:
        _say(json.dumps(result.to_json(args.lang), ensure_ascii=False, indent=2))
    else:
        _print_report(args.file, result, args.lang)
    return EXIT_ERRORS if result.errors else EXIT_OK


def _print_report(path: Path, result, lang: str) -> None:
    m = result.measures_json()
    fr = lang != "en"
    _say(f"{path.name}")
    _say(
        f"  Résumé : {m['resume_lines']} lignes · Résumé grand public : {m['resume_grand_public_lines']} lignes · "
        f"Description : {str(m['description_pages']).replace('.', ',')} pages"
        if fr
        else f"  Summary: {m['resume_lines']} lines · Lay summary: {m['resume_grand_public_lines']} lines · "
        f"Description: {m['description_pages']} pages"
    )
    from iasante_desktop.core.money import format_amount

    total, cap = format_amount(result.budget.total), format_amount(result.budget.cap)
    _say(f"  Budget : {total} pour un plafond de {cap}" if fr else f"  Budget: {total} for a cap of {cap}")
    for title, items in (("Erreurs" if fr else "Errors", result.errors), ("Avertissements" if fr else "Warnings", result.warnings)):
        if items:
            _say(f"{title} ({len(items)}) :" if fr else f"{title} ({len(items)}):")
            for f in items:
                _say(f"  [{f.rule}] {f.message(lang)}")
    if not result.errors:
        _say("Aucune erreur : le dossier peut être exporté." if fr else "No error: the dossier can be exported.")


def cmd_import(args: argparse.Namespace) -> int:
    from iasante_desktop.drafts import DRAFT_SUFFIX, Draft, DraftError
    from iasante_desktop.loading import InputError, load_dossier

    _headless()
    call = resolve_call(args.call)
    if args.file.suffix.lower() != ".docx":
        return _fail(f"{args.file.name} : un fichier Word (.docx) est attendu.")
    output = args.output
    if output.suffix != DRAFT_SUFFIX:
        output = output.with_name(output.name + DRAFT_SUFFIX)
    if output.exists():
        return _fail(f"{output} existe déjà : choisissez un autre nom (already exists).")
    try:
        dossier = load_dossier(args.file, call)
    except InputError as exc:
        return _fail(exc.message("fr"))
    try:
        draft = Draft.create(output, dossier)
        draft.close()
    except (DraftError, OSError) as exc:
        message = exc.message("fr") if isinstance(exc, DraftError) else str(exc)
        return _fail(f"{output} : écriture impossible : {message}")
    _say(f"Brouillon écrit : {output}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from iasante_desktop.export import cmd_export as run

    _headless()
    return run(args)


def cmd_attach(args: argparse.Namespace) -> int:
    from iasante_desktop.export import cmd_attach as run

    _headless()
    return run(args)


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
    import ctypes.util

    if ctypes.util.find_library("xcb-cursor") is None:
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
        problem = _display_problem()
        if problem:
            return _fail(problem)
        from iasante_desktop.gui.app import run

        return run(argv)
    args = build_parser().parse_args(argv)
    handlers = {"check": cmd_check, "import": cmd_import, "export": cmd_export, "attach": cmd_attach}
    try:
        return handlers[args.command](args)
    except CallSpecError as exc:
        return _fail(f"Appel : {exc}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
