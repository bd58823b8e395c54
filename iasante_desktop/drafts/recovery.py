"""What a damaged draft still holds: each saved state is read on its own, so a broken page costs only what
is stored on it. Texts are what matters most: the last saved state is rebuilt field by field, a field whose
end is lost gives back the text before the cut, and an attachment whose bytes are lost is left out and
named."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from iasante_desktop.core.dossier import Dossier
from iasante_desktop.drafts import schema
from iasante_desktop.drafts.errors import CURRENT_STATE_ID, VersionInfo
from iasante_desktop.drafts.lost_pages import field_from_fragment, orphan_chains
from iasante_desktop.drafts.partial_json import Cut, parse_prefix
from iasante_desktop.drafts.readable import private_copy, read_text, row_ids
from iasante_desktop.drafts.state import (
    ATTACHMENTS_KEY,
    DamagedState,
    build_dossier,
    checksum,
    dossier_fields,
    parse_snapshot,
    snapshot,
)

# How many version ids to probe when a damaged file no longer lists its versions.
PROBE_LIMIT = 2000
_READ_ERRORS = (sqlite3.DatabaseError, DamagedState, ValueError, TypeError, KeyError, AttributeError)

# Every field a draft's current state holds (the rows of the `fields` table).
FIELD_KEYS = frozenset(dossier_fields(Dossier(call_id="-"))) | {ATTACHMENTS_KEY}

# Where a text cut short is still worth giving back: prose, whose first part is what the user typed. A cut
# amount, date, identifier or name would be another value, not part of the right one: those are dropped
# and the check of the recovered dossier shows them as missing.
_PROSE_FIELDS = frozenset({"title", "resume", "resume_grand_public"})
_PARTNER_PROSE = frozenset({"cv", "team"})


def _version_ids(conn: sqlite3.Connection) -> list[int]:
    try:
        return [row[0] for row in conn.execute("SELECT id FROM versions ORDER BY id DESC").fetchall()]
    except sqlite3.DatabaseError:
        pass
    try:
        top = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'versions'").fetchone()
        return list(range(int(top[0]), 0, -1)) if top else []
    except (sqlite3.DatabaseError, TypeError, ValueError):
        return list(range(PROBE_LIMIT, 0, -1))


def _modified(conn: sqlite3.Connection, path: Path) -> dt.datetime:
    try:
        return schema.parse_time(_meta(conn, "modified") or "")
    except ValueError:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.timezone.utc)


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row and isinstance(row[0], str) else None


def _versions(conn: sqlite3.Connection) -> list[tuple[VersionInfo, Dossier, dict[str, str]]]:
    """The versions whose snapshot passes its checksum and rebuilds, newest first, with their field maps."""
    found = []
    for version_id in _version_ids(conn):
        try:
            row = conn.execute(
                "SELECT id, saved_at, reason, label, state, checksum FROM versions WHERE id = ?", (version_id,)
            ).fetchone()
            if row is None or not isinstance(row[4], str) or checksum(row[4]) != row[5]:
                continue
            fields = parse_snapshot(row[4])
            dossier, _, lost = build_dossier(conn, fields, lenient=True)
            info = VersionInfo(int(row[0]), schema.parse_time(row[1]), str(row[2]), str(row[3]), tuple(lost))
        except _READ_ERRORS:
            continue
        found.append((info, dossier, fields))
    return found


_DROP = object()  # marks a cut value that _prose_only leaves out


def _in_spans(inner: tuple) -> bool:
    """True for the path of a span's text inside a formatted text (format 2): its words are prose too."""
    return bool(inner) and ("spans" in inner or "caption" in inner) and (isinstance(inner[-1], int) or inner[-1] == "text")


def _prose_only(key: str, value: object, inner: tuple = ()) -> object:
    """`value` without the cut strings that are not prose (see _PROSE_FIELDS)."""
    if isinstance(value, dict):
        kept = {}
        for name, item in value.items():
            item = _prose_only(key, item, (*inner, name))
            if item is not _DROP:
                kept[name] = item
        return kept
    if isinstance(value, list):
        return [item for item in (_prose_only(key, v, (*inner, i)) for i, v in enumerate(value)) if item is not _DROP]
    if isinstance(value, Cut):
        prose = (
            (key in _PROSE_FIELDS and (not inner or _in_spans(inner)))
            or (key == "description" and (len(inner) == 1 or _in_spans(inner[1:])))
            or (key == "partners" and len(inner) >= 2 and inner[1] in _PARTNER_PROSE and (len(inner) == 2 or _in_spans(inner[2:])))
        )
        return str(value) if prose else _DROP
    return value


class _Current:
    """The `fields` table as far as it reads: whole values, values cut short (with the raw text read),
    and the fields lost altogether."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.fields: dict[str, str] = {}
        self.cut: dict[str, str] = {}  # key -> the raw JSON text before the cut
        for rowid in row_ids(conn, "fields"):
            key = read_text(conn, "fields", "key", rowid)
            if key is None or not key[1] or key[0] not in FIELD_KEYS:
                continue
            value = read_text(conn, "fields", "value", rowid)
            if value is None:
                continue
            text, whole = value
            if whole:
                self.fields[key[0]] = text
                continue
            try:
                partial, _ = parse_prefix(text)
            except ValueError:
                continue
            self.fields[key[0]] = json.dumps(_prose_only(key[0], partial), sort_keys=True)
            self.cut[key[0]] = text
        self.pieces: set[str] = set()  # fields read back from the overflow pages of a lost row
        for key, value in _orphaned_fields(conn):
            value = _prose_only(key, value)
            if key in self.cut:
                # The row's own part read up to a hole; its overflow pages carry on after the hole.
                value = _join(json.loads(self.fields[key]), value)
            elif key in self.fields:
                continue
            if value is not None:
                self.fields[key] = json.dumps(value, sort_keys=True)
                self.pieces.add(key)
        self.lost = set(FIELD_KEYS) - self.fields.keys()

    @property
    def whole(self) -> bool:
        return not self.cut and not self.lost and not self.pieces

    @property
    def incomplete(self) -> list[str]:
        return sorted(self.cut.keys() | self.lost | self.pieces)

    def covered_by(self, version: dict[str, str]) -> bool:
        """True when `version` holds everything readable here (and, for what is cut or lost, more)."""
        return (
            all(version.get(k) == v for k, v in self.fields.items() if k not in self.cut and k not in self.pieces)
            and all(version.get(k, "").startswith(raw) for k, raw in self.cut.items())
            and (self.lost | self.pieces) <= version.keys()
        )


def _join(start: object, rest: object) -> object | None:
    """A field read in two pieces with a hole between: the members before the hole, then those after."""
    if isinstance(start, dict) and isinstance(rest, dict):
        return {**start, **rest}
    if isinstance(start, list) and isinstance(rest, list):
        return start + rest
    return None


def _orphaned_fields(conn: sqlite3.Connection) -> list[tuple[str, object]]:
    """Fields whose row is lost but whose overflow pages are still in the file (see lost_pages)."""
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'fields'").fetchone()
        file = next(row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main")
    except (sqlite3.DatabaseError, StopIteration):
        return []
    if not root or not isinstance(root[0], int) or not file:
        return []
    found = []
    for text in orphan_chains(Path(file), root[0]):
        placed = field_from_fragment(text)
        if placed is not None:
            found.append(placed)
    return found


def _current_state(
    conn: sqlite3.Connection, path: Path, versions: list[tuple[VersionInfo, Dossier, dict[str, str]]]
) -> tuple[VersionInfo, Dossier] | None:
    """The last saved state, unless a version already holds all of it. A field lost altogether is taken
    from the newest version that has it; the fields cut short or taken from a version are named."""
    current = _Current(conn)
    if not current.fields:
        return None
    if current.whole:
        if checksum(snapshot(current.fields)) in {checksum(snapshot(f)) for _, _, f in versions}:
            return None
    elif any(current.covered_by(fields) for _, _, fields in versions):
        return None
    fields = dict(current.fields)
    for key in current.lost:
        older = next((f[key] for _, _, f in versions if key in f), None)
        if older is not None:
            fields[key] = older
    if "call_id" not in fields:
        call_id = _meta(conn, "call_id")  # the dossier cannot be rebuilt without it; meta says it too
        if call_id:
            fields["call_id"] = json.dumps(call_id)
    incomplete = current.incomplete
    while True:
        try:
            dossier, _, lost = build_dossier(conn, fields, lenient=True)
            break
        except _READ_ERRORS:
            # A cut field that no longer makes a valid dossier (a partner without what it needs...).
            doubtful = next((k for k in sorted(current.cut.keys() | current.pieces) if k in fields), None)
            if doubtful is None:
                return None
            del fields[doubtful]
    label = "dernier état enregistré" + (", incomplet" if incomplete else "")
    info = VersionInfo(CURRENT_STATE_ID, _modified(conn, path), "autosave", label, tuple(lost), tuple(incomplete))
    return info, dossier


def readable_states(conn: sqlite3.Connection, path: Path) -> list[tuple[VersionInfo, Dossier]]:
    """The last saved state (id CURRENT_STATE_ID, when no version holds all of it) and the versions that
    still rebuild, newest first."""
    versions = _versions(conn)
    found = [(info, dossier) for info, dossier, _ in versions]
    try:
        current = _current_state(conn, path, versions)
    except _READ_ERRORS:
        current = None
    if current is not None:
        found.insert(0, current)
    return found


def salvage(path: Path) -> list[tuple[VersionInfo, Dossier]]:
    """`readable_states` of a file this process is not editing, read from a private copy: the damaged file
    is kept exactly as it was found."""
    try:
        with private_copy(path) as conn:
            return readable_states(conn, path)
    except (OSError, *_READ_ERRORS):
        return []
