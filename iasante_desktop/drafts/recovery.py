"""What a damaged draft still holds: each saved state is read on its own, so a broken page costs only what
is stored on it. Texts are what matters most; an attachment whose bytes are lost is left out and named."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from iasante_desktop.core.dossier import Dossier
from iasante_desktop.drafts import schema
from iasante_desktop.drafts.errors import CURRENT_STATE_ID, VersionInfo
from iasante_desktop.drafts.state import DamagedState, build_dossier, checksum, parse_snapshot, read_fields, snapshot

# How many version ids to probe when a damaged file no longer lists its versions.
PROBE_LIMIT = 2000
_READ_ERRORS = (sqlite3.DatabaseError, DamagedState, ValueError, TypeError, KeyError)


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
        return schema.parse_time(conn.execute("SELECT value FROM meta WHERE key = 'modified'").fetchone()[0])
    except _READ_ERRORS:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.timezone.utc)


def readable_states(conn: sqlite3.Connection, path: Path) -> list[tuple[VersionInfo, Dossier]]:
    """The last saved state (id CURRENT_STATE_ID, when it differs from every version) and the versions
    that still rebuild, newest first."""
    found: list[tuple[VersionInfo, Dossier]] = []
    digests: set[str] = set()
    for version_id in _version_ids(conn):
        try:
            row = conn.execute(
                "SELECT id, saved_at, reason, label, state, checksum FROM versions WHERE id = ?", (version_id,)
            ).fetchone()
            if row is None or checksum(row[4]) != row[5]:
                continue
            dossier, _, lost = build_dossier(conn, parse_snapshot(row[4]), lenient=True)
            info = VersionInfo(int(row[0]), schema.parse_time(row[1]), str(row[2]), str(row[3]), tuple(lost))
        except _READ_ERRORS:
            continue
        found.append((info, dossier))
        digests.add(row[5])
    try:
        fields = read_fields(conn)
        if checksum(snapshot(fields)) not in digests:
            dossier, _, lost = build_dossier(conn, fields, lenient=True)
            info = VersionInfo(
                CURRENT_STATE_ID, _modified(conn, path), "autosave", "dernier état enregistré", tuple(lost)
            )
            found.insert(0, (info, dossier))
    except _READ_ERRORS:
        pass
    return found


def salvage(path: Path) -> list[tuple[VersionInfo, Dossier]]:
    """`readable_states` of a file this process is not editing, read without writing to it."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA query_only = ON")
        # A truncated file is shorter than its header says; SQLite then refuses every read unless the
        # schema is "writable". Nothing is written here (query_only), it only lets the intact pages be read.
        conn.execute("PRAGMA writable_schema = ON")
    except sqlite3.Error:
        return []
    try:
        return readable_states(conn, path)
    except _READ_ERRORS:
        return []
    finally:
        conn.close()
