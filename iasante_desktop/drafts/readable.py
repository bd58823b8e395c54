"""Reading a damaged draft file row by row and value by value, so that one lost page costs only what is
stored on it.

SQLite refuses a whole query as soon as it meets a page it cannot read: a scan of the `fields` table fails
when the last page of the description's overflow chain is gone, although every other field, and most of
the description, are still in the file. Here each row is looked up on its own (a rowid lookup walks one
path of the tree), and a value that cannot be read whole is read through the incremental blob API, which
follows its overflow chain only as far as asked: what comes before the first missing page is given back.
"""

from __future__ import annotations

import codecs
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from iasante_desktop.drafts.paths import journal_of

ROWID_PROBE_LIMIT = 256  # a table whose rowids cannot be listed is probed this far
_CHUNK = 4096


@contextmanager
def private_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a throwaway copy of `path` (with its journal, which SQLite replays on the copy), in
    a folder only the user can read, removed afterwards. The damaged file itself is never written: it is
    kept for the user as it was found."""
    folder = Path(tempfile.mkdtemp(prefix="iasante-recovery-"))
    try:
        copy = folder / "draft.iasante"
        shutil.copyfile(path, copy)
        try:
            shutil.copyfile(journal_of(path), journal_of(copy))
        except FileNotFoundError:
            pass
        _repair_header(copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            # A truncated file is shorter than its header says; SQLite then refuses every read unless the
            # schema is "writable". Nothing is written through it: it only lets the intact pages be read.
            conn.execute("PRAGMA writable_schema = ON")
            yield conn
        finally:
            conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _repair_header(copy: Path) -> None:
    """Put back the header fields a draft can have only one value for (see schema.repaired_header): one
    damaged byte there would otherwise make SQLite refuse every page of the copy."""
    from iasante_desktop.drafts.schema import repaired_header

    with open(copy, "r+b") as handle:
        raw = handle.read(100)
        fixed = repaired_header(raw, os.fstat(handle.fileno()).st_size)
        if fixed != raw:
            handle.seek(0)
            handle.write(fixed)


def row_ids(conn: sqlite3.Connection, table: str) -> list[int]:
    """The rowids of `table` (a name from our schema, never user input), in order, as far as readable."""
    try:
        return [row[0] for row in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid").fetchall()]
    except sqlite3.DatabaseError:
        pass
    found = []
    for rowid in range(1, ROWID_PROBE_LIMIT + 1):
        try:
            if conn.execute(f"SELECT 1 FROM {table} WHERE rowid = ?", (rowid,)).fetchone():
                found.append(rowid)
        except sqlite3.DatabaseError:
            continue
    return found


def read_text(conn: sqlite3.Connection, table: str, column: str, rowid: int) -> tuple[str, bool] | None:
    """The text in `column` of row `rowid` and whether it is whole; when its end is lost, the text up to
    the first unreadable page. None when nothing of it can be read."""
    try:
        row = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        if row is None:
            return None
        if isinstance(row[0], str) and "\0" not in row[0]:
            return row[0], True
    except sqlite3.DatabaseError:
        pass
    try:
        blob = conn.blobopen(table, column, rowid, readonly=True)
    except sqlite3.Error:
        return None
    with blob:
        size = len(blob)
        data = _readable_prefix(blob, size)
    whole = len(data) == size
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(data, final=whole)
    if "\0" in text:  # a zeroed page read as text: what follows is not what was typed
        text, whole = text[: text.index("\0")], False
    return (text, whole) if text or whole else None


def _readable_prefix(blob: sqlite3.Blob, size: int) -> bytes:
    parts: list[bytes] = []
    offset = 0
    while offset < size:
        want = min(_CHUNK, size - offset)
        try:
            blob.seek(offset)
            parts.append(blob.read(want))
            offset += want
            continue
        except sqlite3.Error:
            pass
        # The chunk reaches a missing page: find, by halves, how much of it is still there.
        low, high = 0, want - 1
        while low < high:
            middle = (low + high + 1) // 2
            try:
                blob.seek(offset)
                blob.read(middle)
                low = middle
            except sqlite3.Error:
                high = middle - 1
        if low:
            blob.seek(offset)
            parts.append(blob.read(low))
        break
    return b"".join(parts)
