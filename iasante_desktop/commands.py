"""The headless commands: check, import, export and attach, parsed and run for `cli.main`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from iasante_desktop.console import EXIT_ERRORS, EXIT_FAILURE, EXIT_OK, EXIT_UNREADABLE, HELP, _fail, _say
from iasante_desktop.calls import resolve_call
from iasante_desktop.core.bilingual import Message
from iasante_desktop.core.callspec import CallSpecError
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.core.wording import plural
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
    exp.add_argument("--preview", action="store_true")
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
    calls = sub.add_parser("calls", add_help=False)
    calls.add_argument("--json", action="store_true")
    calls_sub = calls.add_subparsers(dest="calls_command", parser_class=FrenchArgumentParser)
    calls_sub.add_parser("list", add_help=False).add_argument("--json", action="store_true")
    install = calls_sub.add_parser("install", add_help=False)
    install.add_argument("file", type=Path, metavar="FICHIER.toml")
    install.add_argument("--replace", action="store_true")
    derive = calls_sub.add_parser("derive", add_help=False)
    derive.add_argument("source", metavar="APPEL")
    derive.add_argument("--id", required=True, dest="new_id", metavar="NOUVEL_ID")
    derive.add_argument("--next", action="store_true", help="part des valeurs de l'année suivante")
    derive.add_argument("--name", metavar="NOM")
    derive.add_argument("--name-en", metavar="NAME")
    derive.add_argument("--years", metavar="2026-2027")
    derive.add_argument("--deadline", type=_date, metavar="AAAA-MM-JJ")
    derive.add_argument("--closes-at", type=_moment, metavar="AAAA-MM-JJTHH:MM:SS+01:00")
    derive.add_argument("--results", metavar="AAAA-MM")
    derive.add_argument("--project-start", type=_date, metavar="AAAA-MM-JJ")
    derive.add_argument("--duration", type=int, metavar="MOIS")
    derive.add_argument("--pattern", metavar="PREFIXE_{acronym}")
    derive.add_argument("--address", metavar="ADRESSE")
    derive.add_argument("--cap", metavar="MONTANT")
    derive.add_argument("--bonus", metavar="MONTANT")
    derive.add_argument("--limit", action="append", default=[], type=_limit, metavar="RUBRIQUE=N")
    derive.add_argument("--min-partners", type=int, metavar="N")
    move = calls_sub.add_parser("move", add_help=False)
    move.add_argument("draft", type=Path, metavar="BROUILLON")
    move.add_argument("target", metavar="APPEL")
    partner = sub.add_parser("partner", add_help=False)
    actions = partner.add_subparsers(dest="action", parser_class=FrenchArgumentParser, required=True)
    pack = actions.add_parser("pack", add_help=False)
    pack.add_argument("draft", type=Path, metavar="BROUILLON")
    pack.add_argument("--partner", type=int, required=True, metavar="N")
    pack.add_argument("--to", type=Path, required=True, dest="to", metavar="DOSSIER")
    _add_call(pack)
    merge = actions.add_parser("merge", add_help=False)
    merge.add_argument("draft", type=Path, metavar="BROUILLON")
    merge.add_argument("file", type=Path, metavar="PACK.docx")
    merge.add_argument("pdfs", type=Path, nargs="*", metavar="PDF")
    merge.add_argument("--accept-all", action="store_true", dest="accept_all")
    merge.add_argument("--lang", choices=("fr", "en"), default="fr")
    _add_call(merge)
    return parser


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue AAAA-MM-JJ (expected a date): {text!r}") from None


def _moment(text: str):
    import datetime as dt

    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"moment attendu avec son décalage, par ex. 2026-12-13T23:59:59+01:00 (expected a moment with its UTC offset): {text!r}"
        )
    return value


def _limit(text: str) -> tuple[str, int]:
    section, _, number = text.partition("=")
    if not section or not number.strip().isdigit() or int(number) <= 0:
        raise argparse.ArgumentTypeError(f"attendu RUBRIQUE=N, par ex. resume=8 (expected SECTION=N): {text!r}")
    return section.strip(), int(number)


def _tell(lang: str, fr: str, en: str, warn: bool = False) -> None:
    """One sentence in the user's language: the app's one bilingual type (core.bilingual.Message) picks it."""
    (_warn if warn else _say)(Message(fr, en).get(lang))


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
    try:
        loaded, call = _load_with_its_call(args, load, keep_draft_open=False)
    except InputError as exc:
        return _fail(exc.message(args.lang), exit_code(exc))
    result = check(loaded.dossier, call)
    if loaded.findings:  # what the Word import left out may make the measured length short
        from iasante_desktop.core.findings import sort_findings

        result = replace(result, findings=sort_findings([*result.findings, *loaded.findings]))
    if args.json:
        report = result.to_json(args.lang)
        report["notes"] = [en if args.lang == "en" else fr for fr, en in loaded.notes]
        _say(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_report(args.file, result, args.lang, loaded.notes)
    return EXIT_ERRORS if result.errors else EXIT_OK


def _lines(count: int, lang: str) -> str:
    return f"{count} {plural(count, 'ligne', 'lignes')}" if lang != "en" else f"{count} {plural(count, 'line', 'lines', 'en')}"


def _load_with_its_call(args: argparse.Namespace, load, keep_draft_open: bool):
    """The dossier and the call to check it against: --call when given; else, for a draft or a JSON
    dossier, the call it records (the shipped default, with a note, when that call is not installed here);
    a Word file is read with the default call."""
    explicit = getattr(args, "call", None)
    if explicit is not None or Path(args.file).suffix.lower() == ".docx":
        call = resolve_call(explicit)
        return load(args.file, call, keep_draft_open=keep_draft_open), call
    loaded = load(args.file, None, keep_draft_open=keep_draft_open)
    from iasante_desktop.calls import find_call

    try:
        call = find_call(loaded.dossier.call_id)
    except CallSpecError:
        if loaded.draft is not None:
            loaded.draft.close()
        raise
    if call is None:
        call = resolve_call()
        loaded.notes.append(
            Message(
                f"l'appel du dossier « {loaded.dossier.call_id} » n'est pas installé ici : vérifié selon {call.id} "
                "(installez son fichier : iasante-desktop calls install FICHIER.toml, ou choisissez --call)",
                f"the dossier's call “{loaded.dossier.call_id}” is not installed here: checked against {call.id} "
                "(install its file: iasante-desktop calls install FILE.toml, or pass --call)",
            )
        )
    return loaded, call


def _print_report(path: Path, result, lang: str, notes: list[Message]) -> None:
    m = result.measures_json()
    _say(f"{path.name}")
    _tell(
        lang,
        f"  Résumé : {_lines(m['resume_lines'], lang)} · Résumé grand public : {_lines(m['resume_grand_public_lines'], lang)} · "
        f"Description : {str(m['description_pages']).replace('.', ',')} {plural(m['description_pages'], 'page', 'pages')}",
        f"  Summary: {_lines(m['resume_lines'], lang)} · Lay summary: {_lines(m['resume_grand_public_lines'], lang)} · "
        f"Description: {m['description_pages']} {plural(m['description_pages'], 'page', 'pages', 'en')}",
    )
    for note_fr, note_en in notes:
        _tell(lang, "  Remarque à l'import : " + note_fr, "  Import note: " + note_en)
    from iasante_desktop.core.money import format_amount

    total, cap = format_amount(result.budget.total, lang=lang), format_amount(result.budget.cap, lang=lang)
    _tell(lang, f"  Budget : {total} pour un plafond de {cap}", f"  Budget: {total} for a cap of {cap}")
    for title, items in ((Message("Erreurs", "Errors"), result.errors), (Message("Avertissements", "Warnings"), result.warnings)):
        if items:
            _tell(lang, f"{title.fr} ({len(items)}) :", f"{title.en} ({len(items)}):")
            for f in items:
                _say(f"  [{f.rule}] {f.message(lang)}")
    if not result.errors:
        _tell(lang, "Aucune erreur : le dossier peut être exporté.", "No error: the dossier can be exported.")


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


def _export_preview(dossier: Dossier, call, dest: Path, lang: str) -> int:
    """`export --preview`: <name>_APERCU.pdf and .docx marked "Brouillon — non conforme", errors or not;
    exit 1 while the dossier has errors (the preview is written all the same), 0 when it has none."""
    from iasante_desktop.export import export_preview

    try:
        result = export_preview(dossier, call, dest, lang=lang)
    except DocumentError as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    _tell(lang, "Aperçu écrit (non conforme, à ne pas envoyer) :", "Preview written (not compliant, not to be sent):")
    for path in result.files:
        _say(f"  {path}")
    errors = result.errors
    if errors:
        count = len(errors)
        _tell(
            lang,
            f"{count} {plural(count, 'erreur bloque', 'erreurs bloquent')} encore l'export :",
            f"{count} {plural(count, 'error still blocks', 'errors still block', 'en')} the export:",
            warn=True,
        )
        for finding in errors:
            _warn(f"  [{finding.rule}] {finding.message(lang)}")
        return EXIT_ERRORS
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """`iasante-desktop export FILE --to DIR [--format pdf|zip|docx|eml|all] [--call SPEC]`."""

    lang = getattr(args, "lang", "fr") or "fr"
    from iasante_desktop.loading import InputError, load

    try:
        loaded, call = _load_with_its_call(args, load, keep_draft_open=True)
    except InputError as exc:
        _warn(exc.message(lang))
        return exit_code(exc)
    dossier, draft = loaded.dossier, loaded.draft
    for note_fr, note_en in loaded.notes:
        _tell(lang, "Remarque : " + note_fr, "Note: " + note_en, warn=True)
    if args.preview:
        if draft is not None:
            _close(draft, lang)
        return _export_preview(dossier, call, args.to, lang)
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
        _tell(
            lang,
            f"Export refusé : {len(result.errors)} {plural(len(result.errors), 'erreur', 'erreurs')} à corriger ; aucun fichier n'a été écrit.",
            f"Export refused: {len(result.errors)} {plural(len(result.errors), 'error', 'errors', 'en')} to fix; no file was written.",
            warn=True,
        )
        for finding in result.errors:
            _warn(f"  [{finding.rule}] {finding.message(lang)}")
        return EXIT_ERRORS
    _tell(lang, "Fichiers écrits :", "Files written:")
    for path in result.files:
        _say(f"  {shown(path)}")
    for finding in result.warnings:
        _tell(lang, "  Avertissement : " + finding.message(lang), "  Warning: " + finding.message(lang))
    if result.size_report is not None and result.size_report.limits_exceeded:
        _say("  " + result.size_report.advice(lang))
    zipped = result.zip_size_report
    if zipped is not None and zipped is not result.size_report:
        _tell(lang, "  Archive ZIP : " + zipped.message(lang), "  ZIP archive: " + zipped.message(lang))
    for note_fr, note_en in result.notes:
        _tell(lang, "  " + note_fr, "  " + note_en)
    if result.sent_file is not None:
        _tell(
            lang,
            f"À envoyer à {call.submission.address} : {result.sent_file.name}",
            f"Send to {call.submission.address}: {result.sent_file.name}",
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
        _tell(lang, f"« {name} » est déjà joint comme {role_fr} : rien n'a changé.", f"“{name}” is already attached as {role_en}: nothing changed.")
        return EXIT_OK
    if outcome.replaced is not None:
        old = outcome.replaced.filename
        _tell(lang, f"Le CV du partenaire {args.cv} « {old} » est remplacé par « {name} ».", f"Partner {args.cv}'s CV “{old}” is replaced by “{name}”.")
    _tell(
        lang,
        f"« {name} » joint comme {role_fr} ({pages} {plural(pages, 'page', 'pages')}).",
        f"“{name}” attached as {role_en} ({pages} {plural(pages, 'page', 'pages', 'en')}).",
    )
    for warn_fr, warn_en in outcome.warnings:
        _tell(lang, f"Attention : {warn_fr}", f"Warning: {warn_en}")
    if outcome.info.unembedded_fonts:
        fonts = ", ".join(outcome.info.unembedded_fonts)
        _tell(
            lang,
            f"Attention : polices non incorporées ({fonts}) ; le comité pourrait voir un autre rendu.",
            f"Warning: fonts not embedded ({fonts}); the committee may see a different rendering.",
        )
    return EXIT_OK


# ---- calls ---------------------------------------------------------------------------------------------------


def cmd_calls(args: argparse.Namespace) -> int:
    handler = {
        None: _calls_list,
        "list": _calls_list,
        "install": _calls_install,
        "derive": _calls_derive,
        "move": _calls_move,
    }[args.calls_command]
    return handler(args)


def _calls_list(args: argparse.Namespace) -> int:
    import datetime as dt

    from iasante_desktop.calls import all_calls, user_calls_dir

    now = dt.datetime.now(dt.timezone.utc)
    entries, broken = all_calls(now)
    if getattr(args, "json", False):
        rows = [
            {
                "id": e.id,
                "name": {"fr": e.name.fr, "en": e.name.en},
                "deadline": e.spec.calendar.deadline.isoformat(),
                "closes_at": e.spec.calendar.closes_at.isoformat(),
                "open": e.is_open(now),
                "origin": e.origin,
                "derived_from": e.spec.derived_from,
                "path": str(e.path),
            }
            for e in entries
        ]
        _say(json.dumps({"calls": rows, "broken": [{"path": str(b.path), "error": b.error} for b in broken]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in entries:
        state = "ouvert (open)" if e.is_open(now) else "clos (closed)"
        origin = "fourni (shipped)" if e.origin == "shipped" else "installé (installed)"
        derived = f" · dérivé de (derived from) {e.spec.derived_from}" if e.spec.derived_from else ""
        _say(f"{e.id}\t{e.name.fr}\t{e.spec.calendar.deadline.isoformat()}\t{state}\t{origin}{derived}\t{e.path}")
    for b in broken:
        _warn(f"illisible (unreadable): {b.path}: {b.error}")
    _say(f"Appels installés dans (installed calls in) : {user_calls_dir()}")
    return EXIT_OK


def _calls_install(args: argparse.Namespace) -> int:
    from iasante_desktop.calls import install

    try:
        spec = install(args.file, replace=args.replace)
    except CallSpecError as exc:
        return _fail(f"Appel refusé, rien n'est installé (call refused, nothing installed) : {exc}")
    _say(f"Appel installé (call installed) : {spec.id} — {spec.name.fr} — {spec.path}")
    return EXIT_OK


def _calls_derive(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from iasante_desktop.calls import CallChanges, derive
    from iasante_desktop.core.callfile import suggested_changes

    source = resolve_call(args.source)
    changes = suggested_changes(source) if args.next else CallChanges(id=args.new_id)
    given: dict = {"id": args.new_id}
    for attr, value in (
        ("name_fr", args.name),
        ("name_en", args.name_en),
        ("years", args.years),
        ("deadline", args.deadline),
        ("closes_at", args.closes_at),
        ("results", args.results),
        ("project_start", args.project_start),
        ("duration_months", args.duration),
        ("file_stem", args.pattern),
        ("address", args.address),
        ("min_partners", args.min_partners),
    ):
        if value is not None:
            given[attr] = value
    if args.deadline is not None and args.closes_at is None:
        given["closes_at"] = None  # the end of the new deadline day, at the source's offset
    for attr, value in (("cap", args.cap), ("bonus", args.bonus)):
        if value is not None:
            try:
                given[attr] = Decimal(value.replace(" ", "").replace(",", "."))
            except InvalidOperation:
                return _fail(f"--{attr} : montant illisible (unreadable amount) {value!r}")
    given["limits"] = dict(args.limit)
    changes = changes._replace(**given)
    try:
        spec = derive(source, changes)
    except CallSpecError as exc:
        return _fail(f"Appel refusé, rien n'est installé (call refused, nothing installed) : {exc}")
    _say(f"Appel dérivé et installé (call derived and installed) : {spec.id} — {spec.name.fr}")
    _say(f"  date limite (deadline) {spec.calendar.deadline.isoformat()} · clôture (closes) {spec.calendar.closes_at.isoformat()}")
    _say(f"  fichier (file) {spec.path}")
    return EXIT_OK


def _calls_move(args: argparse.Namespace) -> int:
    from iasante_desktop.checking import check
    from iasante_desktop.calls import find_call
    from iasante_desktop.core.callmove import call_differences, history_label, move_to_call, verdict_changes
    from iasante_desktop.drafts import Draft, DraftError

    _headless()
    target = resolve_call(args.target)
    try:
        draft = Draft.open(args.draft)
    except DraftError as exc:
        return _fail(exc.message("fr"))
    try:
        dossier = draft.load()
        old_id = dossier.call_id
        if old_id == target.id:
            _say(f"Le brouillon est déjà écrit pour {target.id} (already under this call).")
            return EXIT_OK
        old = find_call(old_id)
        if old is not None:
            for diff in call_differences(dossier, old, target):
                _say(f"  {diff.fr}")
            before = check(dossier, old).findings
        else:
            _say(f"  L'appel d'origine « {old_id} » n'est pas installé ici (the original call is not installed here).")
            before = []
        move_to_call(dossier, target)
        draft.checkpoint(history_label(old_id, target), dossier=dossier)
        after = check(dossier, target).findings
    except DraftError as exc:
        return _fail(exc.message("fr"))
    finally:
        draft.close()
    changes = verdict_changes(before, after)
    for finding in changes.appeared:
        _say(f"  + [{finding.rule}] {finding.message('fr')}")
    for finding in changes.resolved:
        _say(f"  − [{finding.rule}] {finding.message('fr')}")
    _say(f"Brouillon passé à l'appel (draft moved to call) {target.id} ; noté dans l'historique.")
    return EXIT_ERRORS if any(f.is_error for f in after) else EXIT_OK
def _call_of_draft(args: argparse.Namespace, draft):
    return resolve_call(args.call or draft.call_id or None)


def cmd_partner(args: argparse.Namespace) -> int:
    """`partner pack DRAFT --partner N --to DIR` and `partner merge DRAFT FILE [PDF...] [--accept-all]`."""
    from iasante_desktop.drafts import Draft, DraftError

    try:
        draft = Draft.open(args.draft)
    except DraftError as exc:
        _warn(exc.message("fr"))
        return EXIT_UNREADABLE
    try:
        dossier = draft.load()
        call = _call_of_draft(args, draft)
        if args.action == "pack":
            return _partner_pack(args, draft, dossier, call)
        return _partner_merge(args, draft, dossier, call)
    except DraftError as exc:
        _warn(exc.message("fr"))
        return EXIT_UNREADABLE
    finally:
        draft.close()


def _partner_pack(args, draft, dossier, call) -> int:
    from iasante_desktop.partner_packs import make_pack

    try:
        pack, eml = make_pack(dossier, call, args.partner - 1, args.to)
    except DocumentError as exc:
        _warn(str(exc))
        return EXIT_UNREADABLE
    draft.checkpoint(f"Pack partenaire {args.partner} écrit : {pack.name}", dossier)
    _say(f"Pack du partenaire {args.partner} : {pack}")
    _say(f"Courriel à envoyer (Partner {args.partner}'s e-mail) : {eml}")
    if not dossier.partners[args.partner - 1].email.strip():
        _say("Attention : le partenaire n'a pas d'adresse courriel ; le message n'a pas de destinataire. (No e-mail address.)")
    return EXIT_OK


def _partner_merge(args, draft, dossier, call) -> int:
    from iasante_desktop.core.partner_merge import PackRefused, display, field_label
    from iasante_desktop.partner_packs import finish_merge, prepare_merge

    lang = args.lang
    try:
        plan = prepare_merge(dossier, call, args.file)
    except PackRefused as exc:
        _warn(str(exc))
        return EXIT_UNREADABLE
    except DocumentError as exc:
        _warn(str(exc))
        return EXIT_UNREADABLE
    partner = dossier.partners[plan.index]
    who = partner.carrier_name or "?"
    count = len(plan.changes)
    _say(f"Pack du partenaire {plan.index + 1} ({who}), daté du {plan.content.identity.pack_date} : "
         f"{count} {plural(count, 'champ différent', 'champs différents')}." if lang == "fr" else
         f"Partner {plan.index + 1}'s pack ({who}), dated {plan.content.identity.pack_date}: "
         f"{count} {plural(count, 'field differs', 'fields differ', 'en')}.")
    for change in plan.changes:
        label = field_label(change.key, call, lang)
        ours = display(change.key, change.ours, call, lang).replace("\n", " ¶ ")
        theirs = display(change.key, change.theirs, call, lang).replace("\n", " ¶ ")
        mark = "!" if change.conflict else "~"
        _say(f"{mark} {label} : {_short(ours)} → {_short(theirs)}")
        if change.conflict:
            sent = display(change.key, change.sent, call, lang).replace("\n", " ¶ ")
            _say(f"    (envoyé : {_short(sent)} ; modifié depuis dans le dossier, conflit)" if lang == "fr"
                 else f"    (sent: {_short(sent)}; changed in the dossier since: conflict)")
    for fr, en in plan.content.notes:
        _say(f"note : {fr if lang == 'fr' else en}")
    for finding in plan.findings:
        tag = "erreur" if finding.is_error else "avertissement"
        _say(f"{tag if lang == 'fr' else finding.severity} : {finding.message(lang)}")
    if plan.errors:
        _warn("Refusé : le bloc du partenaire enfreint les règles de l'appel ; rien n'a été modifié. "
              "(Refused: the partner's block breaks the call's rules; nothing was changed.)")
        return EXIT_ERRORS
    if not args.accept_all:
        _say("Rien n'a été appliqué : relancez avec --accept-all pour fusionner. (Nothing applied: use --accept-all.)")
        return EXIT_OK
    for change in plan.changes:
        change.accept = True  # --accept-all: the partner's version, conflicts included
    outcome = finish_merge(dossier, call, plan, list(args.pdfs))
    for fr, en in outcome.notes:
        _warn(fr if lang == "fr" else en)
    draft.checkpoint(outcome.label, dossier)
    _say(outcome.label)
    return EXIT_OK


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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
    handlers = {
        "check": cmd_check,
        "import": cmd_import,
        "export": cmd_export,
        "attach": cmd_attach,
        "calls": cmd_calls,
        "partner": cmd_partner,
    }
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
