"""Call files the user brings or derives: install one atomically, derive next year's from a known call.

A call arrives as a TOML file (a funder or a colleague sends it) or is derived in the app from a known call
by changing what changes from year to year. Either way the file is checked by the loader (the key, its line
and what was expected) before it lands, and it lands whole: it is written beside its final name, checked
there, then renamed into place, so the folder of calls never holds half a file. Installed calls are private
files (0600 in a 0700 folder). Stdlib only: the caller says where the user's folder of calls is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from iasante_desktop.core.callspec import _SAFE_ID, CallSpec, CallSpecError, Text, call_file, load_call
from iasante_desktop.core.spec_text import SpecSyntaxError, spec_data

MAX_CALL_FILE_BYTES = 1 << 20  # a call spec is about 15 KB; a megabyte is not a call file
FILE_MODE = 0o600
DIR_MODE = 0o700


class CallExistsError(CallSpecError):
    """An installed call already has this id: installing again must say it replaces it."""


def _bilingual(fr: str, en: str) -> CallSpecError:
    return CallSpecError(f"{fr} ({en})")


# ---- the registry ------------------------------------------------------------------------------------------


class CallEntry(NamedTuple):
    """A call the app knows: shipped with it, or installed by the user."""

    spec: CallSpec
    origin: str  # "shipped" or "installed"

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> Text:
        return self.spec.name

    @property
    def path(self) -> Path:
        return self.spec.path

    def is_open(self, now: dt.datetime) -> bool:
        """Submissions are still taken at `now` (an aware datetime)."""
        return now <= self.spec.calendar.closes_at


class BrokenCall(NamedTuple):
    path: Path
    error: str


def known_calls(shipped_dir: Path, installed_dir: Path | None) -> tuple[list[CallEntry], list[BrokenCall]]:
    """Every call the app knows, shipped first then installed, each sorted by deadline; and the installed
    files that no longer load (edited by hand, or written by a newer version)."""
    entries: list[CallEntry] = []
    broken: list[BrokenCall] = []
    for path in sorted(shipped_dir.glob("*/call.toml")):
        try:
            entries.append(CallEntry(load_call(path), "shipped"))
        except CallSpecError as exc:
            broken.append(BrokenCall(path, str(exc)))
    shipped_ids = {e.id for e in entries}
    if installed_dir is not None and installed_dir.is_dir():
        for path in sorted(installed_dir.glob("*.toml")):
            try:
                spec = load_call(path)
            except CallSpecError as exc:
                broken.append(BrokenCall(path, str(exc)))
                continue
            if spec.id != path.stem or spec.id in shipped_ids:
                broken.append(BrokenCall(path, f"{path.name}: « id » vaut {spec.id!r}, attendu {path.stem!r} (id does not match the file name)"))
                continue
            entries.append(CallEntry(spec, "installed"))
    entries.sort(key=lambda e: (e.spec.calendar.closes_at, e.id))
    return entries, broken


def by_openness(entries: list[CallEntry], now: dt.datetime) -> list[CallEntry]:
    """Open calls first (the nearest deadline first), then closed ones (the most recent first)."""
    open_ = sorted((e for e in entries if e.is_open(now)), key=lambda e: e.spec.calendar.closes_at)
    closed = sorted((e for e in entries if not e.is_open(now)), key=lambda e: e.spec.calendar.closes_at, reverse=True)
    return open_ + closed


def call_digest(spec: CallSpec) -> str:
    """SHA-256 of the call file's bytes: which version of the file a dossier was checked against."""
    import hashlib  # here: the start page lists calls without it

    try:
        return hashlib.sha256(spec.path.read_bytes()).hexdigest()
    except OSError:
        return ""


# ---- installing ----------------------------------------------------------------------------------------------


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_id(call_id: str, installed_dir: Path, replace: bool, shown: str) -> None:
    if not _SAFE_ID.fullmatch(call_id):
        raise _bilingual(
            f"{shown} : « id » {call_id!r} ne convient pas comme nom de fichier ; attendu : minuscules, chiffres, '.', '-' ou '_'",
            f"id {call_id!r} is not a safe file name; expected lower-case letters, digits, '.', '-' or '_'",
        )
    existing = call_file(call_id, installed_dir)
    if existing is None:
        return
    if existing.parent != installed_dir:
        raise _bilingual(
            f"{shown} : l'appel {call_id!r} est fourni avec l'application et ne peut pas être remplacé ; changez son « id »",
            f"call {call_id!r} ships with the app and cannot be replaced; change its id",
        )
    if not replace:
        raise CallExistsError(
            f"{shown} : l'appel {call_id!r} est déjà installé ; remplacez-le explicitement "
            f"(call {call_id!r} is already installed; replace it explicitly)",
            key="id",
        )


def _install_bytes(raw: bytes, installed_dir: Path, shown: str, replace: bool) -> CallSpec:
    """Write `raw` beside its final place, check it there, then rename it into place (or remove it)."""
    if len(raw) > MAX_CALL_FILE_BYTES:
        raise _bilingual(f"{shown} : fichier trop volumineux pour un appel ({len(raw)} octets)", "file too large for a call")
    import secrets

    _private_dir(installed_dir)
    tmp = installed_dir / f".install-{secrets.token_hex(6)}.toml"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
        try:
            os.write(fd, raw)
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(tmp, FILE_MODE)
        try:
            spec = load_call(tmp)
        except CallSpecError as exc:
            # The loader names the file it read: name the user's file instead of the temporary one.
            raise CallSpecError(str(exc).replace(tmp.name, shown), key=exc.key, line=exc.line) from None
        _check_id(spec.id, installed_dir, replace, shown)
        target = installed_dir / f"{spec.id}.toml"
        os.replace(tmp, target)
        _fsync_dir(installed_dir)
        _write_twin(target)
    except OSError as exc:
        raise _bilingual(f"{shown} : installation impossible : {exc.strerror or exc}", "cannot install") from None
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return load_call(target)


def _write_twin(target: Path) -> None:
    """The parsed twin beside an installed call (core/spec_text.py), so that listing the calls at start-up
    reads JSON rather than parsing TOML. Best effort: a missing or stale twin only costs the TOML parse."""
    from iasante_desktop.core.spec_text import twin_of, twin_text

    twin = twin_of(target)
    tmp = twin.with_name(f".{twin.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
        try:
            os.write(fd, twin_text(target).encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(tmp, twin)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def install_call_file(source: Path, installed_dir: Path, replace: bool = False) -> CallSpec:
    """Install the call in `source` as `<installed_dir>/<id>.toml`. CallSpecError (one line, French then
    English, the key and line at fault) when it is not a usable call; then nothing is installed."""
    source = Path(source)
    try:
        if source.stat().st_size > MAX_CALL_FILE_BYTES:
            raise _bilingual(f"{source.name} : fichier trop volumineux pour un appel", "file too large for a call")
        raw = source.read_bytes()
    except OSError as exc:
        raise _bilingual(f"{source.name} : lecture impossible : {exc.strerror or exc}", "cannot read") from None
    return _install_bytes(raw, Path(installed_dir), source.name, replace)


# ---- writing TOML --------------------------------------------------------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _key(key: str) -> str:
    return key if _BARE.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_scalar(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _leaves(value: Any) -> int:
    if isinstance(value, dict):
        return sum(_leaves(v) for v in value.values())
    if _is_table_array(value):
        return 1000
    return 1


def _dotted(prefix: str, value: dict[str, Any], out: list[str]) -> None:
    for key, item in value.items():
        name = f"{prefix}.{_key(key)}"
        if isinstance(item, dict):
            _dotted(name, item, out)
        else:
            out.append(f"{name} = {_scalar(item)}")


def _table(data: dict[str, Any], path: str, out: list[str]) -> None:
    later: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict) and (_leaves(value) > 4 or not value):
            later.append((key, value))
        elif _is_table_array(value):
            later.append((key, value))
        elif isinstance(value, dict):
            _dotted(_key(key), value, out)
        else:
            out.append(f"{_key(key)} = {_scalar(value)}")
    for key, value in later:
        name = f"{path}.{_key(key)}" if path else _key(key)
        if isinstance(value, dict):
            out.append("")
            out.append(f"[{name}]")
            _table(value, name, out)
        else:
            for item in value:
                out.append("")
                out.append(f"[[{name}]]")
                _table(item, name, out)


def toml_text(data: dict[str, Any], comment: str = "") -> str:
    """`data` (what tomllib reads) as TOML text that tomllib reads back equal."""
    out = [f"# {line}" if line else "#" for line in comment.splitlines()]
    if out:
        out.append("")
    _table(data, "", out)
    return "\n".join(out).strip("\n") + "\n"


# ---- deriving the next call ----------------------------------------------------------------------------------


class CallChanges(NamedTuple):
    """What changes from one year's call to the next; None (or empty) keeps the source's value. A NamedTuple,
    not a dataclass: this module loads with the start page (a dataclass costs about 1 ms to define)."""

    id: str
    name_fr: str | None = None
    name_en: str | None = None
    years: str | None = None  # "2026-2027": replaces the source's years in the name and the annex's title
    deadline: dt.date | None = None
    closes_at: dt.datetime | None = None  # default: the end of the new deadline day, at the source's offset
    results: str | None = None  # "2027-01"
    project_start: dt.date | None = None
    duration_months: int | None = None
    file_stem: str | None = None  # "IASANTE_AAPAMOR2027_{acronym}"
    address: str | None = None
    cap: Decimal | None = None
    bonus: Decimal | None = None
    limits: dict[str, int] = {}  # section id -> max lines or max pages (never mutated: replaced with _replace)
    min_partners: int | None = None


_YEARS = re.compile(r"(?<!\d)(20\d\d)(\s*[-–]\s*)(20\d\d)(?!\d)")


def source_years(spec: CallSpec) -> str:
    """"2025-2026" as the source's name states it, or ""."""
    match = _YEARS.search(spec.name.fr) or _YEARS.search(spec.id)
    return f"{match.group(1)}-{match.group(3)}" if match else ""


def _replace_years(text: str, years: str) -> str:
    first, _, second = years.partition("-")
    return _YEARS.sub(lambda m: f"{first.strip()}{m.group(2)}{second.strip()}", text)


def _bump(text: str, by: int = 1) -> str:
    return re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda m: str(int(m.group(1)) + by), text)


def suggested_changes(spec: CallSpec) -> CallChanges:
    """The next year's values as a starting point: every year in the id, the name and the file name one
    more, dates one year later. Only a suggestion: the dialog shows it for the user to correct."""
    cal = spec.calendar

    def later(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            return day.replace(year=day.year + 1, day=28)

    deadline = later(cal.deadline)
    years = source_years(spec)
    return CallChanges(
        id=_bump(spec.id),
        name_fr=_bump(spec.name.fr),
        name_en=_bump(spec.name.en),
        years=_bump(years) if years else None,
        deadline=deadline,
        closes_at=dt.datetime.combine(deadline, cal.closes_at.timetz()),
        results=_bump(cal.results),
        project_start=later(cal.project_start),
        file_stem=_bump(spec.submission.file_stem),
    )


def _amount(value: Decimal | str | int, what: str) -> str:
    try:
        amount = Decimal(str(value).replace(" ", "").replace("\u202f", "").replace(",", "."))
    except InvalidOperation:
        raise _bilingual(f"{what} : montant illisible {value!r}", f"{what}: unreadable amount") from None
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise _bilingual(f"{what} : montant invalide {value!r}", f"{what}: invalid amount")
    return format(amount.normalize(), "f")


def derived_data(source: CallSpec, changes: CallChanges, when: dt.datetime) -> dict[str, Any]:
    """The source call's data with `changes` applied. Every fact keeps its `source`; each table that
    changed gains `entered = {by = "user", at, from, keys}`, and the root a `derivation` table."""
    data = spec_data(source.path)  # a fresh structure at every call: ours to change
    at = when.astimezone(dt.timezone.utc).replace(microsecond=0)
    touched: dict[int, tuple[dict[str, Any], list[str]]] = {}

    def put(table: dict[str, Any], key: str, value: Any) -> None:
        current = table
        parts = key.split(".")
        for part in parts[:-1]:
            current = current.setdefault(part, {})
        if current.get(parts[-1]) == value:
            return
        current[parts[-1]] = value
        touched.setdefault(id(table), (table, []))[1].append(key)

    root = data
    put(root, "id", changes.id)
    name_fr, name_en = changes.name_fr, changes.name_en
    if changes.years:
        name_fr = name_fr or _replace_years(source.name.fr, changes.years)
        name_en = name_en or _replace_years(source.name.en, changes.years)
        block = root.get("annex", {}).get("title_block", {})
        for lang in ("fr", "en"):
            if isinstance(block.get(lang), list):
                put(root["annex"], f"title_block.{lang}", [_replace_years(line, changes.years) for line in block[lang]])
    if name_fr:
        put(root, "name.fr", name_fr)
    if name_en:
        put(root, "name.en", name_en)

    cal = root["calendar"]
    deadline = changes.deadline or source.calendar.deadline
    if changes.deadline is not None:
        put(cal, "deadline", changes.deadline)
    closes_at = changes.closes_at
    if closes_at is None and changes.deadline is not None:
        closes_at = dt.datetime.combine(deadline, source.calendar.closes_at.timetz())
    if closes_at is not None:
        put(cal, "closes_at", closes_at)
    if changes.results:
        put(cal, "results", changes.results)
    if changes.project_start is not None:
        put(cal, "project_start", changes.project_start)
    if changes.duration_months is not None:
        put(cal, "duration_months", changes.duration_months)

    sub = root["submission"]
    if changes.file_stem:
        put(sub, "file_stem", changes.file_stem)
    if changes.address:
        put(sub, "address", changes.address.strip())

    bud = root["budget"]
    if changes.cap is not None:
        put(bud, "cap", _amount(changes.cap, "budget.cap"))
    if changes.bonus is not None:
        put(bud, "bonus", _amount(changes.bonus, "budget.bonus"))

    sections = {s.get("id"): s for s in root.get("sections", []) if isinstance(s, dict)}
    for section_id, limit in changes.limits.items():
        section = sections.get(section_id)
        if section is None or section.get("kind") not in ("lines", "pages"):
            known = sorted(k for k, s in sections.items() if s.get("kind") in ("lines", "pages"))
            raise _bilingual(
                f"limite : section inconnue {section_id!r} ; attendu l'une de {known}",
                f"limit: unknown section {section_id!r}; expected one of {known}",
            )
        key = "max_lines" if section["kind"] == "lines" else "max_pages"
        old = section.get(key)
        put(section, key, int(limit))
        if old != int(limit):
            for lang in ("fr", "en"):
                suffix = section.get("suffix", {}).get(lang)
                if isinstance(suffix, str) and old is not None:
                    section["suffix"][lang] = re.sub(rf"(?<!\d){old}(?!\d)", str(int(limit)), suffix, count=1)
    if changes.min_partners is not None:
        partners = next((s for s in sections.values() if s.get("kind") == "partners"), None)
        if partners is None:
            raise _bilingual("l'appel source n'a pas de section partenaires", "the source call has no partners section")
        put(partners, "min_count", int(changes.min_partners))

    for table, keys in touched.values():
        table["entered"] = {"by": "user", "at": at, "from": source.id, "keys": keys}
    root["derivation"] = {
        "from": source.id,
        "from_file": source.path.name,
        "from_sha256": call_digest(source),
        "at": at,
        "by": "user",
    }
    return data


def derived_text(source: CallSpec, changes: CallChanges, when: dt.datetime) -> str:
    data = derived_data(source, changes, when)
    comment = (
        f"{data['name']['fr']}\n"
        f"Dérivé dans iasante-desktop de l'appel « {source.id} » le {when.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M} UTC.\n"
        f"(Derived in iasante-desktop from call {source.id}.) Each fact keeps the `source` of the call it came from;\n"
        "`entered` says which values the user typed, when, and from which call."
    )
    return toml_text(data, comment)


def derive_call(
    source: CallSpec,
    changes: CallChanges,
    installed_dir: Path,
    when: dt.datetime | None = None,
) -> CallSpec:
    """Derive a call from `source`, check it and install it as `<installed_dir>/<new id>.toml`."""
    when = when or dt.datetime.now(dt.timezone.utc)
    if changes.id == source.id:
        raise _bilingual("le nouvel appel doit avoir un autre « id » que sa source", "the new call needs another id")
    if not _SAFE_ID.fullmatch(changes.id or ""):
        raise _bilingual(
            f"« id » {changes.id!r} : attendu minuscules, chiffres, '.', '-' ou '_'",
            f"id {changes.id!r}: expected lower-case letters, digits, '.', '-' or '_'",
        )
    try:
        text = derived_text(source, changes, when)
    except (OSError, SpecSyntaxError, UnicodeDecodeError) as exc:
        raise _bilingual(f"{source.path.name} : lecture impossible : {exc}", "cannot read the source call") from None
    return _install_bytes(text.encode("utf-8"), Path(installed_dir), f"{changes.id}.toml", replace=False)
