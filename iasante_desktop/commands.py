"""The headless commands: check, import, export and attach, parsed and run for `cli.main`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from iasante_desktop.cli import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, HELP, _fail, _say
from iasante_desktop.core.callspec import CallSpecError, resolve_call


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


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"check": cmd_check, "import": cmd_import, "export": cmd_export, "attach": cmd_attach}
    try:
        return handlers[args.command](args)
    except CallSpecError as exc:
        return _fail(f"Appel : {exc}")
    except KeyboardInterrupt:
        return 130
