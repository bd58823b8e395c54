"""The draft file's layout: SQLite pragmas, tables, how a file is recognised, and migrations.

See docs/draft-format.md. Format 2 is current: format 1 with formatted texts, and figure images as blobs.
Format 1 and format 0 (the first prototype: the whole interchange JSON, attachments in base64, in one row,
no history) are migrated on open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from iasante_desktop.core.dossier import InterchangeError, from_json
from iasante_desktop.drafts import state
from iasante_desktop.drafts.state import (
    AttachmentMeta,
    attachment_ids_text,
    dossier_fields,
    insert_attachment,
    snapshot,
)

# "IaSa" in ASCII: the 4 bytes at offset 68 of the file say "an iasante-desktop draft" (`file` shows them).
APPLICATION_ID = 0x49615361
FORMAT_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE meta(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE fields(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE blobs(
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);
CREATE TABLE attachments(
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    partner  INTEGER,
    filename TEXT NOT NULL,
    title    TEXT NOT NULL DEFAULT '',
    pages    INTEGER,
    sha256   TEXT NOT NULL REFERENCES blobs(sha256)
);
CREATE TABLE versions(
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    saved_at TEXT NOT NULL,
    reason   TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    state    TEXT NOT NULL,
    checksum TEXT NOT NULL
);
CREATE TABLE exports(
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    files    TEXT NOT NULL,
    findings TEXT NOT NULL
);
"""

# Added beside format 1 (no format change): which call file an export was checked against. Created by the
# first export that records it; a draft without it simply has no such records.
EXPORT_CALLS = """CREATE TABLE IF NOT EXISTS export_calls(
    export_id INTEGER PRIMARY KEY REFERENCES exports(id),
    call      TEXT NOT NULL
)"""

# Format 0, kept to build test files and to document what the migration reads.
SCHEMA_V0 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE draft(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
"""


class NotADraft(Exception):
    """The file is not an iasante-desktop draft (wrong magic or application id); the text says why."""


class Header:
    """The fields of the 100-byte SQLite header this module relies on."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.is_sqlite = len(raw) >= 100 and raw[:16] == SQLITE_MAGIC
        self.user_version = struct.unpack(">i", raw[60:64])[0] if self.is_sqlite else -1
        self.application_id = struct.unpack(">i", raw[68:72])[0] if self.is_sqlite else 0


def read_header(path: Path) -> Header:
    with open(path, "rb") as handle:
        return Header(handle.read(100))


# Page 1 holds the schema's text: a file that carries our tables' definitions is a draft even when a damaged
# header no longer says so (magic, application id), and is offered for recovery rather than refused.
_OUR_TABLES = (b"CREATE TABLE versions(", b"CREATE TABLE fields(")


def looks_like_ours(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            start = handle.read(65536)
    except OSError:
        return False
    return all(mark in start for mark in _OUR_TABLES) or b"CREATE TABLE draft(" in start


DEFAULT_PAGE_SIZE = 4096  # SQLite's default, which every draft has been written with


def repaired_header(raw: bytes, file_size: int) -> bytes:
    """The 100-byte header of a draft with every field that can have only one value for a draft put back
    (magic, page size, format bytes, payload fractions, schema format, UTF-8, application id, reserved
    zeros), and the in-header page count disowned when it does not match the file: one damaged byte of the
    header must not hide pages that are intact. For a private copy that recovery reads; never the file."""
    header = bytearray(raw[:100].ljust(100, b"\0"))
    header[0:16] = SQLITE_MAGIC
    size = int.from_bytes(header[16:18], "big")
    size = 65536 if size == 1 else size
    valid = 512 <= size <= 65536 and size & (size - 1) == 0
    if not valid or file_size % size or (size != DEFAULT_PAGE_SIZE and file_size % DEFAULT_PAGE_SIZE == 0):
        size = DEFAULT_PAGE_SIZE
    header[16:18] = (1 if size == 65536 else size).to_bytes(2, "big")
    header[18] = header[19] = 1  # rollback journal (not WAL)
    header[20] = 0  # no reserved bytes per page
    header[21:24] = bytes((64, 32, 32))
    header[44:48] = (4).to_bytes(4, "big")
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    if int.from_bytes(header[60:64], "big") not in (0, FORMAT_VERSION):
        header[60:64] = FORMAT_VERSION.to_bytes(4, "big")
    header[68:72] = APPLICATION_ID.to_bytes(4, "big")
    header[72:92] = bytes(20)
    if int.from_bytes(header[28:32], "big") * size != file_size:
        counter = int.from_bytes(header[24:28], "big")
        header[92:96] = ((counter + 1) & 0xFFFFFFFF).to_bytes(4, "big")  # SQLite then trusts the file's size
    return bytes(header)


def detect_format(conn: sqlite3.Connection, header_version: int) -> int:
    """The draft format from the file's content; the header's user_version (one damageable field) only
    decides between formats that the content cannot tell apart. Raises sqlite3.DatabaseError when the
    schema cannot be read and state.DamagedState when it is no draft layout at all."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    if {"meta", "fields", "versions"} <= tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
        try:
            stated = int(row[0]) if row else FORMAT_VERSION
        except (TypeError, ValueError):
            stated = FORMAT_VERSION
        if stated > FORMAT_VERSION and header_version > FORMAT_VERSION:
            return max(stated, header_version)  # both say newer: a newer application's draft
        # Formats 1 and 2 share the tables. Where the two fields disagree (one damaged byte), the older one
        # is taken: migrating format-2 fields again rewrites them unchanged, skipping a needed step would not.
        known = [v for v in (stated, header_version) if 1 <= v <= FORMAT_VERSION]
        return min(known) if known else FORMAT_VERSION
    if {"meta", "draft"} <= tables:
        return 0
    if header_version > FORMAT_VERSION:
        return header_version
    raise state.DamagedState("no draft tables")


def now_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")


def parse_time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings. Rollback journal (not WAL): after every commit the draft is one
    self-contained file that can be copied or e-mailed; FULL sync makes each commit survive a power cut;
    secure_delete zeroes what is deleted, so a removed attachment does not linger in a shared draft."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")


def initialise(conn: sqlite3.Connection, call_id: str, app_version: str, moment: dt.datetime) -> None:
    """Lay out an empty file as a draft of the current format (inside the caller's transaction)."""
    # auto_vacuum must be chosen before the first table exists; incremental lets close() give back the
    # pages of deleted attachments without rewriting the whole file.
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN IMMEDIATE")
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    stamp = now_text(moment)
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [
            ("call_id", call_id),
            ("format_version", str(FORMAT_VERSION)),
            ("created", stamp),
            ("modified", stamp),
            ("app_version", app_version),
        ],
    )
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
    conn.execute("COMMIT")


# ---- migrations ---------------------------------------------------------------------------------------------


def _migrate_0_to_1(conn: sqlite3.Connection, moment: dt.datetime, app_version: str) -> None:
    row = conn.execute("SELECT json FROM draft WHERE id = 1").fetchone()
    if row is None:
        raise state.DamagedState("format 0 draft without its dossier row")
    try:
        dossier = from_json(json.loads(row[0]))
    except (ValueError, TypeError, InterchangeError) as exc:
        raise state.DamagedState(f"format 0 dossier is malformed: {exc}") from None
    old_meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.execute("DROP TABLE meta")
    conn.execute("DROP TABLE draft")
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    ids = []
    for attachment in dossier.attachments:
        meta = AttachmentMeta.of(attachment, hashlib.sha256(attachment.data).hexdigest())
        ids.append(insert_attachment(conn, meta, attachment.data))
    fields = dossier_fields(dossier)
    fields[state.ATTACHMENTS_KEY] = attachment_ids_text(ids)
    conn.executemany("INSERT INTO fields(key, value) VALUES (?, ?)", sorted(fields.items()))
    stamp = now_text(moment)
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [
            ("call_id", dossier.call_id),
            ("format_version", "1"),  # _migrate_1_to_2 follows
            ("created", old_meta.get("created", stamp)),
            ("modified", stamp),
            ("app_version", app_version),
            ("migrated_from", "0"),
        ],
    )
    # The state as found is the first version: the history then starts from what the user had.
    text = snapshot(fields)
    conn.execute(
        "INSERT INTO versions(saved_at, reason, label, state, checksum) VALUES (?, 'import', ?, ?, ?)",
        (stamp, "format 0", text, state.checksum(text)),
    )


def _migrate_1_to_2(conn: sqlite3.Connection, moment: dt.datetime, app_version: str) -> None:
    """Format 2 stores the long texts as formatted texts (docs/interchange.md) and figure images as blobs.
    The current state's fields are rewritten in that form; versions keep their format-1 texts, which the
    reader still reads."""
    fields = state.read_fields(conn)
    dossier, _, _ = state.build_dossier(conn, fields)
    images: state.Images = {}
    new = dossier_fields(dossier, images)
    state.store_images(conn, images)
    conn.executemany(
        "UPDATE fields SET value = ? WHERE key = ?",
        [(value, key) for key, value in sorted(new.items()) if fields.get(key) != value],
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('format_version', '2') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('migrated_from', '1') "
        "ON CONFLICT(key) DO NOTHING"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection, dt.datetime, str], None]] = {
    0: _migrate_0_to_1,
    1: _migrate_1_to_2,
}


def migrate(conn: sqlite3.Connection, found: int, moment: dt.datetime, app_version: str) -> None:
    """Bring a draft from format `found` to FORMAT_VERSION, all steps in one transaction: a crash or an
    error leaves the file exactly as it was."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = found
        while version < FORMAT_VERSION:
            MIGRATIONS[version](conn, moment, app_version)
            version += 1
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
