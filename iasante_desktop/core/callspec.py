"""The call as data: load a call spec TOML file into immutable records, refusing it with the key at fault.

The records are NamedTuples rather than frozen dataclasses: the app reads the spec before its first page
shows, and a frozen dataclass costs about 0.8 ms to define (Python compiles six generated methods) where a
NamedTuple costs 0.2 ms.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from iasante_desktop.core.bilingual import Message
from iasante_desktop.core.spec_text import SpecSyntaxError, spec_data
from iasante_desktop.resources import calls_dir

SUPPORTED_FORMAT = 1
SECTION_KINDS = {"text", "keywords", "lines", "partners", "pages", "budget"}
BONUS_CONDITIONS = {"distinct_territories", "none"}


class CallSpecError(ValueError):
    """A call spec that cannot be used; the message names the file, the key, the line and what was expected.

    `key` is the dotted key at fault ("sections[4].max_lines"), `line` its 1-based line in the TOML (the line
    of the nearest enclosing table when the key is missing), both None when the fault is the file itself."""

    def __init__(self, message: str, key: str | None = None, line: int | None = None):
        super().__init__(message)
        self.key = key
        self.line = line


# A label of the call in both languages is the app's one bilingual sentence type.
Text = Message


class Item(NamedTuple):
    """A labelled choice: a point of the description, a partner field, a status, a domain, a theme."""

    id: str
    label: Text
    aliases: tuple[str, ...] = ()  # other wordings of the label a Word file may hold (an older export's)


class Section(NamedTuple):
    id: str
    kind: str
    label: Text
    required: bool
    source: str
    suffix: Text | None = None
    max_lines: int | None = None
    max_pages: int | None = None
    min_count: int | None = None
    fields: tuple[Item, ...] = ()
    points: tuple[Item, ...] = ()


class BudgetRow(NamedTuple):
    id: str
    label: Text
    eligible: bool
    covers: tuple[str, ...]
    note: Text | None


class BudgetRules(NamedTuple):
    currency: str
    header: Text
    partner_header: Text
    total_label: Text
    rows: tuple[BudgetRow, ...]
    cap: Decimal
    bonus: Decimal
    bonus_condition: str
    bonus_min_territories: int
    eligible_expenses: tuple[str, ...]
    source: str
    interpretation: str
    # The eligible expenses as a phrase in each language, for the interface ("missions, prestations, …" /
    # "travel, services, …"); None when the spec gives only the call's own words.
    eligible_label: Text | None = None

    def eligible_text(self, lang: str) -> str:
        if self.eligible_label is not None:
            return self.eligible_label.get(lang)
        return ", ".join(self.eligible_expenses)


class Calendar(NamedTuple):
    deadline: dt.date
    results: str
    project_start: dt.date
    duration_months: int
    closes_at: dt.datetime  # the last moment a submission is taken, with its UTC offset

    def days_past_deadline(self, when: dt.date | dt.datetime | None = None) -> int:
        """Whole calendar days since the deadline day in the call's own zone (closes_at's UTC offset), 0 up
        to and including it. The one count the start page, the review and the rules show. `when`: a moment
        (converted to the call's zone), a date already in that zone, or None for now."""
        if when is None:
            when = dt.datetime.now(dt.timezone.utc)
        if isinstance(when, dt.datetime):
            if when.tzinfo is None:
                when = when.astimezone()  # a naive moment is the machine's local time
            if when <= self.closes_at:
                return 0
            # From the first second after the close it is "1 day" late, whatever the zone's midnight says.
            return max(1, (when.astimezone(self.closes_at.tzinfo).date() - self.closes_at.date()).days)
        return max(0, (when - self.closes_at.date()).days)

    @property
    def project_end(self) -> dt.date:
        """Last day of the project: start plus the duration, minus one day."""
        month_index = self.project_start.month - 1 + self.duration_months
        year = self.project_start.year + month_index // 12
        month = month_index % 12 + 1
        day = min(self.project_start.day, _days_in_month(year, month))
        return dt.date(year, month, day) - dt.timedelta(days=1)


class Submission(NamedTuple):
    address: str
    file_stem: str
    formats: tuple[str, ...]
    acronym_pattern: str
    # How each attachment is named inside the zip, per attachment kind ("cv", "letter", "annex"): a pattern
    # with {stem} (file_stem filled in), {partner} (1-based, CVs), {n} (rank within its kind), {name}.
    member_names: tuple[tuple[str, str], ...] = ()

    def member_pattern(self, kind: str) -> str:
        return dict(self.member_names).get(kind, "{stem}_" + kind.upper() + "_{n}_{name}")


class Typography(NamedTuple):
    page_width_twips: int
    page_height_twips: int
    margin_twips: int
    font_family: str
    metric_font: str
    font_size_pt: float
    line_pitch_twips: int
    space_after_twips: int
    heading_space_before_twips: int
    heading_space_after_twips: int
    widow_orphan_lines: int

    @property
    def text_width_twips(self) -> int:
        return self.page_width_twips - 2 * self.margin_twips

    @property
    def text_height_twips(self) -> int:
        return self.page_height_twips - 2 * self.margin_twips


class Eligibility(NamedTuple):
    coportage: tuple[str, ...]
    allowed_statuses: tuple[str, ...]
    excluded_statuses: tuple[str, ...]
    contract_must_cover_project: tuple[str, ...]
    region: str


class Place(NamedTuple):
    name: str
    territory: str
    aliases: tuple[str, ...]


class CallSpec(NamedTuple):
    id: str
    name: Text
    title_block: tuple[Text, ...]  # the annex's heading lines
    intro: Text  # the annex's opening sentence
    path: Path
    languages: tuple[str, ...]
    calendar: Calendar
    submission: Submission
    typography: Typography
    sections: tuple[Section, ...]
    budget: BudgetRules
    eligibility: Eligibility
    domains: tuple[Item, ...]
    statuses: tuple[Item, ...]
    themes: tuple[Item, ...]
    theme_other: Text
    places: tuple[Place, ...]
    derived_from: str = ""  # the id of the call this one was derived from in the app, "" for a call as published
    # Known places of other regions (territory: their region), so a site there is said to be outside
    outside_places: tuple[Place, ...] = ()

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def section_of_kind(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    @property
    def territories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.territory for p in self.places))


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


class _Reader:
    """Typed access to a TOML table that reports the dotted key at fault."""

    def __init__(self, data: dict[str, Any], where: str, path: Path):
        self.data = data
        self.where = where
        self.path = path

    def _key(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, why: str) -> CallSpecError:
        return CallSpecError(f"{self.path.name}: « {self._key(key)} » {why}", key=self._key(key))

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
                raise self.fail(key, f"est manquant ; attendu : {names} (missing; expected {names})")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(key, f"doit être de type {names} (must be {names}), trouvé {type(value).__name__}")
        return value

    def str(self, key: str, default: Any = None) -> Any:
        default = _REQUIRED if default is None else default
        return self._get(key, str, default)

    def opt_str(self, key: str) -> str:
        return self._get(key, str, "")

    def int(self, key: str, default: Any = None) -> Any:
        value = self._get(key, int, _REQUIRED if default is None else default)
        if value is not None and value < 0:
            raise self.fail(key, "doit être positif (must be >= 0)")
        return value

    def opt_int(self, key: str) -> int | None:
        value = self._get(key, int, None)
        if value is not None and value <= 0:
            raise self.fail(key, "doit être strictement positif (must be > 0)")
        return value

    def num(self, key: str) -> float:
        return float(self._get(key, (int, float), _REQUIRED))

    def bool(self, key: str, default: bool | None = None) -> bool:
        return self._get(key, bool, _REQUIRED if default is None else default)

    def date(self, key: str) -> dt.date:
        value = self._get(key, dt.date, _REQUIRED)
        if isinstance(value, dt.datetime):
            return value.date()
        return value

    def moment(self, key: str) -> dt.datetime:
        value = self._get(key, dt.datetime, _REQUIRED)
        if value.tzinfo is None:
            raise self.fail(key, "doit porter son décalage horaire, par ex. 2025-12-14T23:59:59+01:00 (needs a UTC offset)")
        return value

    def decimal(self, key: str) -> Decimal:
        raw = self._get(key, (str, int), _REQUIRED)
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            raise self.fail(key, f"n'est pas un montant (not an amount): {raw!r}") from None
        if value < 0:
            raise self.fail(key, "doit être positif (must be >= 0)")
        return value

    def strs(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, list, _REQUIRED if required else [])
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{i}]", "doit être un texte (must be a string)")
        return tuple(value)

    def table(self, key: str, required: bool = True) -> _Reader | None:
        value = self._get(key, dict, _REQUIRED if required else None)
        return None if value is None else _Reader(value, self._key(key), self.path)

    def tables(self, key: str, required: bool = True) -> list[_Reader]:
        value = self._get(key, list, _REQUIRED if required else [])
        readers = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{i}]", "doit être une table (must be a table)")
            readers.append(_Reader(item, f"{self._key(key)}[{i}]", self.path))
        return readers

    def text(self, key: str, required: bool = True) -> Text | None:
        table = self.table(key, required)
        if table is None:
            return None
        return Text(fr=table.str("fr"), en=table.str("en"))


_REQUIRED = object()


def _items(reader: _Reader, key: str, required: bool = True) -> tuple[Item, ...]:
    items = tuple(
        Item(id=t.str("id"), label=t.text("label"), aliases=t.strs("aliases", required=False))
        for t in reader.tables(key, required)
    )
    _unique(reader, key, [i.id for i in items])
    return items


def _unique(reader: _Reader, key: str, ids: list[str]) -> None:
    seen = set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            raise reader.fail(f"{key}[{i}].id", f"répète l'identifiant {item_id!r} (duplicate id)")
        seen.add(item_id)


def _section(reader: _Reader) -> Section:
    kind = reader.str("kind")
    if kind not in SECTION_KINDS:
        raise reader.fail("kind", f"inconnu {kind!r}; attendu (expected) {sorted(SECTION_KINDS)}")
    section = Section(
        id=reader.str("id"),
        kind=kind,
        label=reader.text("label"),
        required=reader.bool("required", False),
        source=reader.opt_str("source"),
        suffix=reader.text("suffix", required=False),
        max_lines=reader.opt_int("max_lines"),
        max_pages=reader.opt_int("max_pages"),
        min_count=reader.opt_int("min_count"),
        fields=_items(reader, "fields", required=False),
        points=_items(reader, "points", required=False),
    )
    if kind == "lines" and section.max_lines is None:
        raise reader.fail("max_lines", "est manquant pour une section « lines » (missing)")
    if kind == "pages" and section.max_pages is None:
        raise reader.fail("max_pages", "est manquant pour une section « pages » (missing)")
    return section


def load_call(path: Path) -> CallSpec:
    """The call spec in the TOML at `path`; CallSpecError names the key, its line and what was expected."""
    path = Path(path)
    try:
        return _load_call(path)
    except CallSpecError as exc:
        if exc.key is None or exc.line is not None:
            raise
        line = key_line(path, exc.key)
        if line is None:
            raise
        message = str(exc).replace(f"{path.name}: ", f"{path.name}, ligne {line} (line {line}) : ", 1)
        raise CallSpecError(message, key=exc.key, line=line) from None


def _load_call(path: Path) -> CallSpec:
    try:
        data = spec_data(path)
    except OSError as exc:
        raise CallSpecError(f"{path}: lecture impossible (cannot read): {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CallSpecError(f"{path.name}: le fichier n'est pas en UTF-8 (not UTF-8)") from None
    except SpecSyntaxError as exc:
        raise CallSpecError(f"{path.name}: TOML invalide (invalid TOML): {exc}") from None
    root = _Reader(data, "", path)
    version = root.int("format")
    if version != SUPPORTED_FORMAT:
        raise root.fail("format", f"vaut {version}; seule la version {SUPPORTED_FORMAT} est comprise (unsupported)")

    cal = root.table("calendar")
    calendar = Calendar(
        deadline=cal.date("deadline"),
        results=cal.str("results"),
        project_start=cal.date("project_start"),
        duration_months=cal.int("duration_months"),
        closes_at=cal.moment("closes_at"),
    )
    if calendar.closes_at.date() != calendar.deadline:
        raise cal.fail("closes_at", f"doit tomber le jour de la date limite {calendar.deadline} (must fall on the deadline)")
    sub = root.table("submission")
    submission = Submission(
        address=sub.str("address"),
        file_stem=sub.str("file_stem"),
        formats=sub.strs("formats"),
        acronym_pattern=sub.str("acronym_pattern"),
        member_names=tuple(
            (kind, members.str(kind))
            for members in [sub.table("member_names", required=False)]
            if members is not None
            for kind in ("cv", "letter", "annex")
            if kind in members.data
        ),
    )
    for kind, pattern in submission.member_names:
        if "{stem}" not in pattern:
            raise sub.fail(f"member_names.{kind}", "doit contenir {stem} (must contain {stem})")
    if "{acronym}" not in submission.file_stem:
        raise sub.fail("file_stem", "doit contenir {acronym} (must contain {acronym})")
    try:
        re.compile(submission.acronym_pattern)
    except re.error as exc:
        raise sub.fail("acronym_pattern", f"n'est pas une expression régulière valide: {exc}") from None

    ty = root.table("typography")
    typography = Typography(
        page_width_twips=ty.int("page_width_twips"),
        page_height_twips=ty.int("page_height_twips"),
        margin_twips=ty.int("margin_twips"),
        font_family=ty.str("font_family"),
        metric_font=ty.str("metric_font"),
        font_size_pt=ty.num("font_size_pt"),
        line_pitch_twips=ty.int("line_pitch_twips"),
        space_after_twips=ty.int("space_after_twips"),
        heading_space_before_twips=ty.int("heading_space_before_twips"),
        heading_space_after_twips=ty.int("heading_space_after_twips"),
        widow_orphan_lines=ty.int("widow_orphan_lines"),
    )
    if typography.text_width_twips <= 0 or typography.text_height_twips <= 0:
        raise ty.fail("margin_twips", "ne laisse aucune place au texte (leaves no room for text)")

    section_readers = root.tables("sections")
    sections = tuple(_section(r) for r in section_readers)
    _unique(root, "sections", [s.id for s in sections])

    bud = root.table("budget")
    row_readers = bud.tables("rows")
    rows = tuple(
        BudgetRow(
            id=r.str("id"),
            label=r.text("label"),
            eligible=r.bool("eligible"),
            covers=r.strs("covers", required=False),
            note=r.text("note", required=False),
        )
        for r in row_readers
    )
    if not rows:
        raise bud.fail("rows", "est vide (empty)")
    _unique(bud, "rows", [r.id for r in rows])
    bonus_condition = bud.str("bonus_condition", "none")
    if bonus_condition not in BONUS_CONDITIONS:
        raise bud.fail("bonus_condition", f"inconnu {bonus_condition!r}; attendu {sorted(BONUS_CONDITIONS)}")
    budget = BudgetRules(
        currency=bud.str("currency"),
        header=bud.text("header"),
        partner_header=bud.text("partner_header"),
        total_label=bud.text("total_label"),
        rows=rows,
        cap=bud.decimal("cap"),
        bonus=bud.decimal("bonus") if "bonus" in bud.data else Decimal(0),
        bonus_condition=bonus_condition,
        bonus_min_territories=bud.int("bonus_min_territories", 2),
        eligible_expenses=bud.strs("eligible_expenses"),
        source=bud.opt_str("source"),
        interpretation=bud.opt_str("interpretation"),
        eligible_label=bud.text("eligible_label", required=False),
    )

    eli = root.table("eligibility")
    eligibility = Eligibility(
        coportage=eli.strs("coportage"),
        allowed_statuses=eli.strs("allowed_statuses"),
        excluded_statuses=eli.strs("excluded_statuses"),
        contract_must_cover_project=eli.strs("contract_must_cover_project", required=False),
        region=eli.str("region"),
    )
    domains = _items(root, "domains")
    statuses = _items(root, "statuses")
    for key, ids, known in (
        ("eligibility.coportage", eligibility.coportage, {d.id for d in domains}),
        ("eligibility.allowed_statuses", eligibility.allowed_statuses, {s.id for s in statuses}),
        ("eligibility.excluded_statuses", eligibility.excluded_statuses, {s.id for s in statuses}),
    ):
        for value in ids:
            if value not in known:
                raise CallSpecError(f"{path.name}: « {key} » nomme {value!r}, inconnu (unknown id)", key=key)

    th = root.table("themes")
    gaz = root.table("gazetteer")
    places = tuple(
        Place(name=p.str("name"), territory=p.str("territory"), aliases=p.strs("aliases", required=False))
        for p in gaz.tables("places")
    )
    outside_places = tuple(
        Place(name=p.str("name"), territory=p.str("territory"), aliases=p.strs("aliases", required=False))
        for p in gaz.tables("outside", required=False)
    )
    name = root.text("name")
    annex = root.table("annex")
    block = annex.table("title_block")
    fr_lines, en_lines = block.strs("fr"), block.strs("en")
    if len(fr_lines) != len(en_lines) or not fr_lines:
        raise annex.fail("title_block", "doit avoir autant de lignes en fr qu'en en (same number of lines)")
    derivation = root.table("derivation", required=False)
    return CallSpec(
        id=root.str("id"),
        name=name,
        title_block=tuple(Text(fr=f, en=e) for f, e in zip(fr_lines, en_lines, strict=True)),
        intro=annex.text("intro"),
        path=path,
        languages=root.strs("languages"),
        calendar=calendar,
        submission=submission,
        typography=typography,
        sections=sections,
        budget=budget,
        eligibility=eligibility,
        domains=domains,
        statuses=statuses,
        themes=_items(th, "items"),
        theme_other=th.text("other"),
        places=places,
        derived_from=derivation.opt_str("from") if derivation is not None else "",
        outside_places=outside_places,
    )


_HEADER = re.compile(r"""^\s*(\[\[?)\s*([A-Za-z0-9_."' -]+?)\s*\]\]?\s*(?:#.*)?$""")
_ASSIGN = re.compile(r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=""")
_KEY_PART = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")


def _key_parts(text: str) -> list[str]:
    return [a or b or c for a, b, c in _KEY_PART.findall(text)]


def key_lines(text: str) -> dict[str, int]:
    """Where each key and table of a TOML text is defined: concrete dotted path ("sections[4].max_lines")
    to its 1-based line. Read only when a spec is refused, to point at the line."""
    found: dict[str, int] = {}
    current: str = ""
    element: dict[str, int] = {}  # abstract path of an array of tables -> index of its current element
    counts: dict[str, int] = {}  # concrete array path -> elements so far

    def concrete(parts: list[str]) -> str:
        path, abstract = "", ""
        for part in parts:
            abstract = f"{abstract}.{part}" if abstract else part
            path = f"{path}.{part}" if path else part
            if abstract in element:
                path += f"[{element[abstract]}]"
        return path

    def note(path: str, number: int) -> None:
        pieces = path.split(".")
        for i in range(1, len(pieces) + 1):
            found.setdefault(".".join(pieces[:i]), number)

    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header and not line.lstrip().startswith("#"):
            parts = _key_parts(header.group(2))
            if header.group(1) == "[[":
                parent = concrete(parts[:-1])
                array = f"{parent}.{parts[-1]}" if parent else parts[-1]
                counts[array] = counts.get(array, -1) + 1
                element[".".join(parts)] = counts[array]
                # descendants of a new element start afresh
                for key in [k for k in element if k.startswith(".".join(parts) + ".")]:
                    del element[key]
            current = concrete(parts)
            note(current, number)
            continue
        assign = _ASSIGN.match(line)
        if assign:
            key = ".".join(_key_parts(assign.group(1)))
            note(f"{current}.{key}" if current else key, number)
    return found


def key_line(path: Path, key: str) -> int | None:
    """The line of `key` in the TOML at `path`, or of the nearest enclosing table that is there."""
    try:
        found = key_lines(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    pieces = key.split(".")
    while pieces:
        candidate = ".".join(pieces)
        if candidate in found:
            return found[candidate]
        last = pieces[-1]
        if last.endswith("]") and "[" in last:  # "rows[7]" missing: point at "rows"
            pieces[-1] = last[: last.index("[")]
            continue
        pieces.pop()
    return None


DEFAULT_CALL_ID = "iasante-amorcage-2025-2026"


def available_calls(installed: Path | None = None) -> list[str]:
    """Ids of the shipped calls, and of the calls installed in `installed` (one `<id>.toml` each)."""
    ids = {p.parent.name for p in calls_dir().glob("*/call.toml")}
    if installed is not None and installed.is_dir():
        ids.update(p.stem for p in installed.glob("*.toml"))
    return sorted(ids)


def call_file(call_id: str, installed: Path | None = None) -> Path | None:
    """The TOML of a known call id: a shipped call first (an installed file cannot shadow it), then one
    installed in `installed`; None when neither has it."""
    shipped = calls_dir() / call_id / "call.toml"
    if shipped.is_file():
        return shipped
    if installed is not None and _SAFE_ID.fullmatch(call_id):
        candidate = installed / f"{call_id}.toml"
        if candidate.is_file():
            return candidate
    return None


_SAFE_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")


def resolve_call(file_or_id: str | Path | None = None, installed: Path | None = None) -> CallSpec:
    """`--call` accepts a path to a TOML file or the id of a known call (shipped, or installed in
    `installed`, the user's folder of calls)."""
    if file_or_id is None:
        file_or_id = DEFAULT_CALL_ID
    candidate = Path(file_or_id)
    if candidate.suffix == ".toml" or candidate.exists():
        return load_call(candidate)
    found = call_file(str(file_or_id), installed)
    if found is None:
        known = ", ".join(available_calls(installed))
        raise CallSpecError(f"appel inconnu (unknown call) {str(file_or_id)!r}; appels connus (known calls): {known}")
    return load_call(found)
