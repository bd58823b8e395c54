"""The headless commands: check, import, export and attach, parsed and run for `cli.main`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from iasante_desktop.cli import EXIT_ERRORS, EXIT_FAILURE, EXIT_OK, EXIT_UNREADABLE, HELP, _fail, _say
from iasante_desktop.core.callspec import CallSpecError, resolve_call
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.documents.errors import DocumentError, DocumentWriteError
from iasante_desktop.export import attach_file, export
from iasante_desktop.system_messages import reason, shown


# argparse's own sentences, in the order argparse words them, and how the user reads them.
_ARGPARSE_FR = [
    (r"the following arguments are required: (.*)", "il manque : {0}"),
    (r"unrecognized arguments: (.*)", "arguments inconnus : {0}"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "{0} : choix inconnu {1} (possibles : {2})"),
    (r"argument (\S+): expected one argument", "{0} attend une valeur"),
    (r"argument (\S+): expected (\d+) arguments", "{0} attend {1} valeurs"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0} ne va pas avec {1}"),
    (r"one of the arguments (.*) is required", "il faut l'un de : {0}"),
    (r"argument (\S+): invalid (\w+) value: (.*)", "{0} : valeur invalide {2}"),
]


def french_usage_error(message: str) -> str:
    for pattern, french in _ARGPARSE_FR:
        match = re.fullmatch(pattern, message)
        if match:
            return french.format(*match.groups())
    return message


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse speaks English; the user reads French first, so usage errors are ours."""

    def error(self, message: str):  # noqa: D401 - argparse API
        sys.stderr.write(f"iasante-desktop : {french_usage_error(message)}\n(aide : iasante-desktop --help)\n")
        raise SystemExit(EXIT_UNREADABLE)

    def format_help(self) -> str:
        return HELP


def _add_call(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--call", default=None, help="identifiant ou fichier .toml de l'appel")


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(prog="iasante-desktop", add_help=False)
    sub = parser.add_subparsers(dest="command", parser_class=FrenchArgumentParser)
    check = sub.add_parser("check", add_help=False)
    check.add_argument("file", type=Path, metavar="FICHIER")
    check.add_argument("--json", action="store_true")
    check.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_call(check)
    imp = sub.add_parser("import", add_help=False)
    imp.add_argument("file", type=Path, metavar="FICHIER.docx")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="BROUILLON")
    _add_call(imp)
    exp = sub.add_parser("export", add_help=False)
    exp.add_argument("file", type=Path, metavar="FICHIER")
    exp.add_argument("--to", type=Path, required=True, dest="to", metavar="DOSSIER")
    exp.add_argument("--format", choices=("pdf", "zip", "docx", "eml", "all"), default="all")
    exp.add_argument("--lang", choices=("fr", "en"), default="fr")
    # Attachments for this export only (a Word dossier has no room for them; a draft keeps its own).
    exp.add_argument("--cv", nargs=2, action="append", default=[], metavar=("N", "CV.pdf"))
    exp.add_argument("--letter", action="append", default=[], type=Path, metavar="LETTRE.pdf")
    exp.add_argument("--annex", action="append", default=[], type=Path, metavar="ANNEXE.pdf")
    _add_call(exp)
    att = sub.add_parser("attach", add_help=False)
    att.add_argument("draft", type=Path, metavar="BROUILLON")
    att.add_argument("pdf", type=Path, metavar="FICHIER.pdf")
    group = att.add_mutually_exclusive_group(required=True)
    group.add_argument("--cv", type=int, metavar="N")
    group.add_argument("--letter", action="store_true")
    group.add_argument("--annex", action="store_true")
    return parser


def _warn(text: str) -> None:
    sys.stderr.write(text + "\n")


def exit_code(exc: BaseException) -> int:
    """2 for an input the command cannot use, 3 when the system refused (disk, permissions, a lock)."""
    if isinstance(exc, DocumentWriteError) or getattr(exc, "system", False):
        return EXIT_FAILURE
    return EXIT_UNREADABLE


def _headless() -> None:
    """The CLI measures text with QtGui; it never needs a screen."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_check(args: argparse.Namespace) -> int:
    from iasante_desktop.checking import check
    from iasante_desktop.loading import InputError, load

    _headless()
    call = resolve_call(args.call)
    try:
        loaded = load(args.file, call)
    except InputError as exc:
        return _fail(exc.message(args.lang), exit_code(exc))
    result = check(loaded.dossier, call)
    if args.json:
        report = result.to_json(args.lang)
        report["notes"] = [en if args.lang == "en" else fr for fr, en in loaded.notes]
        _say(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_report(args.file, result, args.lang, loaded.notes)
    return EXIT_ERRORS if result.errors else EXIT_OK


def _lines(count: int, fr: bool) -> str:
    return f"{count} {'ligne' if fr else 'line'}{'s' if count > 1 else ''}"


def _print_report(path: Path, result, lang: str, notes: list[tuple[str, str]]) -> None:
    m = result.measures_json()
    fr = lang != "en"
    _say(f"{path.name}")
    _say(
        f"  Résumé : {_lines(m['resume_lines'], fr)} · Résumé grand public : {_lines(m['resume_grand_public_lines'], fr)} · "
        f"Description : {str(m['description_pages']).replace('.', ',')} page(s)"
        if fr
        else f"  Summary: {_lines(m['resume_lines'], fr)} · Lay summary: {_lines(m['resume_grand_public_lines'], fr)} · "
        f"Description: {m['description_pages']} page(s)"
    )
    for note_fr, note_en in notes:
        _say(("  Remarque à l'import : " if fr else "  Import note: ") + (note_fr if fr else note_en))
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
        return _fail(f"{shown(args.file.name)} : un fichier Word (.docx) est attendu. (A Word file is expected.)")
    output = args.output
    if output.suffix != DRAFT_SUFFIX:
        output = output.with_name(output.name + DRAFT_SUFFIX)
    try:
        dossier = load_dossier(args.file, call)
    except InputError as exc:
        return _fail(exc.message("fr"), exit_code(exc))
    try:
        # Exclusive: complete or not at all, and never over a draft that exists or that another program is
        # writing at this moment (the check and the publication are one atomic step).
        draft = Draft.create(output, dossier, exclusive=True)
    except DraftError as exc:
        return _fail(exc.message("fr"), exit_code(exc))
    try:
        draft.close()
    except DraftError as exc:
        # The dossier is in the draft already (written whole before it got its name): only the
        # bookkeeping of the close failed.
        _warn(exc.message("fr"))
    _say(f"Brouillon écrit : {shown(output)}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """`iasante-desktop export FILE --to DIR [--format pdf|zip|docx|eml|all] [--call SPEC]`."""
    from iasante_desktop.core.callspec import resolve_call

    lang = getattr(args, "lang", "fr") or "fr"
    fr = lang != "en"
    call = resolve_call(getattr(args, "call", None))
    from iasante_desktop.loading import InputError, load

    try:
        loaded = load(args.file, call, keep_draft_open=True)
    except InputError as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    dossier, draft = loaded.dossier, loaded.draft
    for note_fr, note_en in loaded.notes:
        _warn(("Remarque : " if fr else "Note: ") + (note_fr if fr else note_en))
    try:
        _attach_from_args(dossier, args)
        result = export(dossier, call, args.to, formats={args.format or "all"}, draft=draft, lang=lang)
    except DocumentError as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    finally:
        if draft is not None:
            _close(draft, lang)
    if result.refused:
        _warn(
            f"Export refusé : {len(result.errors)} erreur(s) à corriger ; aucun fichier n'a été écrit."
            if fr
            else f"Export refused: {len(result.errors)} error(s) to fix; no file was written."
        )
        for finding in result.errors:
            _warn(f"  [{finding.rule}] {finding.message(lang)}")
        return EXIT_ERRORS
    _say("Fichiers écrits :" if fr else "Files written:")
    for path in result.files:
        _say(f"  {shown(path)}")
    for finding in result.warnings:
        _say(("  Avertissement : " if fr else "  Warning: ") + finding.message(lang))
    if result.size_report is not None and result.size_report.limits_exceeded:
        _say("  " + result.size_report.advice(lang))
    for note_fr, note_en in result.notes:
        _say("  " + (note_fr if fr else note_en))
    if result.sent_file is not None:
        _say(
            f"À envoyer à {call.submission.address} : {result.sent_file.name}"
            if fr
            else f"Send to {call.submission.address}: {result.sent_file.name}"
        )
    return EXIT_OK


def _close(draft, lang: str) -> None:
    """Close a draft whose work is done: a failure of the close's bookkeeping is said, never a crash (what
    the command did is saved already)."""
    from iasante_desktop.drafts import DraftError

    try:
        draft.close()
    except DraftError as exc:
        _warn(exc.message(lang))


def _attach_from_args(dossier: Dossier, args: argparse.Namespace) -> None:
    """`export --cv N FILE --letter FILE --annex FILE`: PDFs joined to this export only."""
    for number, path in getattr(args, "cv", None) or []:
        try:
            partner = int(number) - 1
        except ValueError:
            raise DocumentError(
                f"--cv attend un numéro de partenaire puis un fichier, par exemple --cv 1 cv.pdf (reçu {number!r}).",
                f"--cv takes a partner number then a file, e.g. --cv 1 cv.pdf (got {number!r}).",
            ) from None
        attach_file(dossier, Path(path), "cv", partner)
    for path in getattr(args, "letter", None) or []:
        attach_file(dossier, Path(path), "letter")
    for path in getattr(args, "annex", None) or []:
        attach_file(dossier, Path(path), "annex")


def cmd_attach(args: argparse.Namespace) -> int:
    """`iasante-desktop attach DRAFT FILE.pdf (--cv N | --letter | --annex)`; N is 1-based."""
    from iasante_desktop.drafts import Draft, DraftError

    lang = getattr(args, "lang", "fr") or "fr"
    fr = lang != "en"
    if args.cv is not None:
        kind, partner = "cv", args.cv - 1
    else:
        kind, partner = ("letter" if args.letter else "annex"), None
    try:
        draft = Draft.open(args.draft)
    except DraftError as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    try:
        dossier = draft.load()
        outcome = attach_file(dossier, args.pdf, kind, partner)
        if not outcome.already_attached:
            draft.save(dossier, reason="save")
    except (DocumentError, DraftError) as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    finally:
        _close(draft, lang)
    name, pages = outcome.attachment.filename, outcome.info.pages
    role_fr = {"cv": f"CV du partenaire {args.cv}", "letter": "lettre d'intérêt", "annex": "annexe"}[kind]
    role_en = {"cv": f"CV of partner {args.cv}", "letter": "letter of interest", "annex": "annex"}[kind]
    if outcome.already_attached:
        _say(f"« {name} » est déjà joint comme {role_fr} : rien n'a changé." if fr else f"“{name}” is already attached as {role_en}: nothing changed.")
        return EXIT_OK
    if outcome.replaced is not None:
        old = outcome.replaced.filename
        _say(f"Le CV du partenaire {args.cv} « {old} » est remplacé par « {name} »." if fr else f"Partner {args.cv}'s CV “{old}” is replaced by “{name}”.")
    _say(f"« {name} » joint comme {role_fr} ({pages} page(s))." if fr else f"“{name}” attached as {role_en} ({pages} page(s)).")
    if outcome.info.unembedded_fonts:
        fonts = ", ".join(outcome.info.unembedded_fonts)
        _say(
            f"Attention : polices non incorporées ({fonts}) ; le comité pourrait voir un autre rendu."
            if fr
            else f"Warning: fonts not embedded ({fonts}); the committee may see a different rendering."
        )
    return EXIT_OK


def run(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A file name whose bytes are not UTF-8 (old shares, USB keys) is shown as \xNN, never a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    if "-h" in argv or "--help" in argv:
        sys.stdout.write(HELP)
        return EXIT_OK
    args = build_parser().parse_args(argv)
    handlers = {"check": cmd_check, "import": cmd_import, "export": cmd_export, "attach": cmd_attach}
    try:
        return handlers[args.command](args)
    except CallSpecError as exc:
        return _fail(f"Appel : {exc}")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `check … | head`: the reader left; say nothing more, and let no flush at exit complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERRORS
    except OSError as exc:
        # The system refused something no command foresaw: said in words, with the file it concerns.
        why_fr, why_en, todo_fr, todo_en = reason(exc)
        name = shown(exc.filename) if exc.filename else ""
        where_fr, where_en = (f" ({name})", f" ({name})") if name else ("", "")
        return _fail(f"iasante-desktop : {why_fr}{where_fr} ; {todo_fr}. ({why_en}{where_en}; {todo_en}.)", EXIT_FAILURE)
    except Exception as exc:  # a bug: the traceback to a log file, one line to the user
        from iasante_desktop.crashlog import crash_line, write_crash_log

        return _fail(crash_line(write_crash_log(exc, argv)), EXIT_FAILURE)
