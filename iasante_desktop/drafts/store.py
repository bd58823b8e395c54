"""The draft: one portable SQLite file per dossier, saved incrementally, with its history and exports."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path

from iasante_desktop import __version__
from iasante_desktop.core.dossier import Dossier
from iasante_desktop.drafts import errors, recovery, schema, session
from iasante_desktop.drafts.errors import CURRENT_STATE_ID, DraftError, DraftLockedError, ExportRecord, VersionInfo
from iasante_desktop.drafts.lock import DraftLock, held_here, is_free, sweep_leftovers, temp_stem, writers_of
from iasante_desktop.drafts.paths import (
    DRAFT_SUFFIX,
    autosave_dir,
    forget_recent,
    journal_of,
    new_autosave_path,
    remember_recent,
)
from iasante_desktop.private_files import fsync_dir
from iasante_desktop.drafts.state import (
    ATTACHMENTS_KEY,
    AttachmentMeta,
    DamagedState,
    Images,
    attachment_ids,
    attachment_ids_text,
    build_dossier,
    checksum,
    dossier_fields,
    image_refs,
    insert_attachment,
    parse_snapshot,
    read_fields,
    snapshot,
    store_images,
)

AUTOSAVE_VERSION_INTERVAL = dt.timedelta(minutes=5)
REASONS = ("save", "autosave", "restore", "close", "import")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: this module writes BEGIN/COMMIT itself, so each save is exactly one transaction.
    return sqlite3.connect(path, isolation_level=None)


def _configured(path: Path, lock: DraftLock) -> sqlite3.Connection:
    """A configured connection to a draft we hold the lock of; the lock is released if it cannot be had."""
    try:
        conn = _connect(path)
        schema.configure(conn)
    except sqlite3.Error as exc:
        lock.release()
        raise errors.folder_problem(path, exc) from None
    return conn


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_temp(target: Path) -> DraftLock:
    """A new, empty, private temporary file beside `target`, locked from its creation on: a sweeper in the
    folder leaves it alone while this process lives, and removes it if the process is killed."""
    return DraftLock.create_locked(target.parent / f".{temp_stem(target.name)}.{secrets.token_hex(4)}.tmp")


def _publish(temp_lock: DraftLock, target: Path, exclusive: bool) -> DraftLock:
    """Give a complete, synced, closed draft file its name and return the lock that guards it (the lock of
    the temp file: it follows the inode). `exclusive`: fail if `target` exists, in one atomic step (a hard
    link refuses an existing name), so two writers of the same path never both believe they wrote it."""
    tmp = temp_lock.path
    if os.name == "nt":  # pragma: no cover - Windows locks a side file named after the target
        temp_lock.release()
        lock = DraftLock.acquire(target)
        try:
            if exclusive:
                os.rename(tmp, target)  # Windows' rename refuses an existing name
            else:
                os.replace(tmp, target)
        except FileExistsError:
            lock.release()
            raise _exists(target) from None
        except BaseException:
            lock.release()
            raise
        return lock
    if exclusive:
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise _exists(target) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            # A file system without hard links (FAT on a USB key, some shares): best effort.
            if os.path.lexists(target):
                raise _exists(target) from None
            os.rename(tmp, target)
        else:
            try:
                os.unlink(tmp)  # the draft has its name now; a temp name left is swept later
            except OSError:
                pass
    else:
        os.replace(tmp, target)
    fsync_dir(target.parent)
    temp_lock.renamed(target)
    return temp_lock


def _exists(target: Path) -> DraftError:
    """`target` appeared: another program is writing it (its lock is held), or it was there already."""
    if held_here(target) or not is_free(target):
        return errors.being_written(target)
    return errors.already_exists(target)


def _discard(path: Path) -> None:
    for candidate in (path, journal_of(path)):
        try:
            os.unlink(candidate)
        except OSError:
            pass


def _drop_stale_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Have SQLite remove a journal that an interrupted transaction left and that it will not replay.

    A kill before the commit's first journal sync leaves a journal whose header is still zeros: the draft
    itself was never touched, so SQLite rightly ignores that journal (it is not "hot"), but it only deletes
    it at its next write transaction. Opening read the draft already, so a hot journal has been rolled back
    and deleted by now; whatever remains is such a stale one. Rewriting page 1 with the same user_version
    is the smallest write: SQLite opens its journal afresh, commits and deletes it. Our lock is held, so no
    other copy of the application is writing."""
    if not journal_of(path).exists():
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(found)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error:
        pass  # a stale journal is harmless: the next autosave removes it the same way


class _NeedsCopy(Exception):
    """Reading in place is not possible (a hot journal to play back, an older format to migrate)."""


# What a damaged file can make the reading code raise: reported as damage, never as a traceback.
_DAMAGE = (DamagedState, sqlite3.DatabaseError, ValueError, TypeError, KeyError, AttributeError, OverflowError)

# SQLite's primary codes that are the system's doing, not the file's: busy, locked, no memory, read-only,
# I/O error, disk full, cannot open.
_SYSTEM_CODES = frozenset({5, 6, 7, 8, 10, 13, 14})


def _is_system(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _SYSTEM_CODES


def _hot_journal(exc: sqlite3.Error) -> bool:
    """A read-only connection met a journal to play back (SQLITE_READONLY_ROLLBACK, or a plain READONLY)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) == 8


def _name_room(path: Path) -> int | None:
    """How many bytes a draft's name may have in its folder when SQLite must write "<name>-journal" beside
    it; None when `path`'s name fits."""
    try:
        limit = os.pathconf(path.parent, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    except (OSError, ValueError):
        limit = 255
    room = limit - len("-journal")
    return room if len(os.fsencode(path.name)) > room else None


def _repair_user_version(conn: sqlite3.Connection) -> None:
    """The content says format 1 and the header's user_version no longer does (one damaged byte): write it
    back, so that the header says again what the file is."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"PRAGMA user_version = {schema.FORMAT_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _with_suffix(path: Path) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == DRAFT_SUFFIX else path.with_name(path.name + DRAFT_SUFFIX)


def _version_info(row: tuple) -> VersionInfo:
    return VersionInfo(id=int(row[0]), saved_at=schema.parse_time(row[1]), reason=str(row[2]), label=str(row[3]))


class Draft:
    """An open draft. Create one with `Draft.create`, `Draft.open` or `Draft.open_recovering`; it holds the
    file's lock until `close()` (or the end of a `with` block)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: DraftLock) -> None:
        self.path = Path(path)
        self.clock: Callable[[], dt.datetime] = _utcnow  # tests move time to exercise the 5-minute rule
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        self._fields: dict[str, str] = {}
        self._rows: list[tuple[int, AttachmentMeta, bytes]] = []
        self._pending_rows: list[tuple[int, AttachmentMeta, bytes]] = []
        self._latest_checksum: str | None = None
        self._autosave_mark: dt.datetime | None = None  # set at the first autosave, then at each version

    # ---- opening -------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | None, dossier: Dossier, *, exclusive: bool = False) -> "Draft":
        """A new draft holding `dossier`. Without a path it goes to the autosave folder of the data dir;
        with one, an existing file there is replaced (unless it is open somewhere), or, with `exclusive`,
        kept: DraftError "existe déjà", or DraftLockedError "déjà en cours d'écriture" when another program
        is writing that very name. The draft is written whole in a temporary file, synced, and only then
        given its name: it exists complete or not at all."""
        moment = _utcnow()
        if path is None:
            target = new_autosave_path(dossier.acronym, moment.astimezone().strftime("%Y%m%d-%H%M%S"))
            sweep_leftovers(target.parent)
        else:
            target = _with_suffix(path)
            if not target.parent.is_dir():
                raise errors.missing_folder(target)
            room = _name_room(target)
            if room is not None:
                raise errors.name_too_long(target, room)
            sweep_leftovers(target.parent)
            if exclusive:
                if writers_of(target):
                    raise errors.being_written(target)
                if os.path.lexists(target):
                    raise _exists(target)
            else:
                cls._check_target(target)
        try:
            temp_lock = _new_temp(target)
        except OSError as exc:
            raise errors.create_failed(target, exc) from None
        tmp = temp_lock.path
        try:
            conn = _connect(tmp)
            try:
                schema.configure(conn)
                schema.initialise(conn, dossier.call_id, __version__, moment)
                staging = cls(tmp, conn, temp_lock)
                staging._write(dossier)
            finally:
                conn.close()
            _fsync_file(tmp)
            lock = _publish(temp_lock, target, exclusive)
        except DraftError:
            _discard(tmp)
            temp_lock.release()
            raise
        except (OSError, sqlite3.Error) as exc:
            _discard(tmp)
            temp_lock.release()
            if exclusive:
                # A writer racing for the same name can make a lock or a link fail before the name exists
                # (seen under load): say what happened, as the checks above would have.
                if writers_of(target):
                    raise errors.being_written(target) from None
                if os.path.lexists(target):
                    raise _exists(target) from None
            raise errors.create_failed(target, exc) from None
        except BaseException:
            _discard(tmp)
            temp_lock.release()
            raise
        draft = cls._attach(target, lock, load=False)
        # What was just written, with the very bytes objects of `dossier`: the next autosave matches them
        # by identity and hashes nothing.
        draft._fields, draft._rows, draft._latest_checksum = staging._fields, staging._rows, staging._latest_checksum
        return draft

    @classmethod
    def open(cls, path: Path) -> "Draft":
        """Open a draft for editing: lock it, migrate an older format, check it. Raises DraftLockedError
        when it is open elsewhere and DraftError (with `recoverable` versions) when it is damaged."""
        path = Path(path)
        sweep_leftovers(path.parent)  # what a killed import or save left beside it goes at once
        lock = cls._lock_existing(path)
        try:
            return cls._open_locked(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_recovering(cls, path: Path, version_id: int) -> "Draft":
        """Start again from a readable version of a damaged draft. The damaged file is renamed
        "<name> (endommagé <date>).iasante" and kept; a sound draft replaces it at `path`, holding every
        readable version and with `version_id` as the current state."""
        path = Path(path)
        lock = cls._lock_existing(path)
        try:
            cls._sniff(path)  # a damaged header that still holds our tables is recovered too
            readable = recovery.salvage(path)
            chosen = next((d for info, d in readable if info.id == version_id), None)
            if chosen is None:
                raise errors.unknown_version(path, version_id)
            moment = _utcnow()
            stamp = moment.astimezone().strftime("%Y-%m-%d %H%M%S")
            aside = path.with_name(f"{path.stem} (endommagé {stamp}){path.suffix}")
            temp_lock = _new_temp(path)
            tmp = temp_lock.path
            try:
                cls._rebuild(temp_lock, readable, chosen, version_id, moment)
                _fsync_file(tmp)
                os.replace(path, aside)  # kept for the user, or for whoever looks into the damage
                if journal_of(path).exists():
                    # A journal belongs to the file it was written for: left here it would be taken for
                    # the new draft's and could be played back over it.
                    os.replace(journal_of(path), journal_of(aside))
            except BaseException:
                _discard(tmp)
                temp_lock.release()
                raise
            lock.release()
            new_lock = _publish(temp_lock, path, exclusive=False)
        except (OSError, sqlite3.Error) as exc:
            lock.release()
            raise errors.folder_problem(path, exc) from None
        except BaseException:
            lock.release()
            raise
        return cls._attach(path, new_lock)

    @classmethod
    def _rebuild(
        cls,
        temp_lock: DraftLock,
        readable: list[tuple[VersionInfo, Dossier]],
        chosen: Dossier,
        version_id: int,
        moment: dt.datetime,
    ) -> None:
        """A sound draft file at the (new, locked) temp file: every readable version with its date, then
        `chosen` as current."""
        tmp = temp_lock.path
        conn = _connect(tmp)
        try:
            schema.configure(conn)
            schema.initialise(conn, chosen.call_id, __version__, moment)
            rebuilt = cls(tmp, conn, temp_lock)
            for info, dossier in sorted(readable, key=lambda item: item[0].id):
                if info.id != CURRENT_STATE_ID:
                    rebuilt._write(dossier, version=(info.reason, info.label, info.saved_at))
            origin = "du dernier état enregistré" if version_id == CURRENT_STATE_ID else f"de la version {version_id}"
            rebuilt._write(chosen, version=("restore", f"récupéré {origin}", moment))
        finally:
            conn.close()

    @staticmethod
    def _lock_existing(path: Path) -> DraftLock:
        if not path.exists():
            raise errors.not_found(path)
        if not path.is_file():
            raise errors.not_a_draft(path, "c'est un dossier, pas un fichier", "it is a folder, not a file")
        try:
            return DraftLock.acquire(path)
        except DraftLockedError:
            raise
        except OSError as exc:
            raise errors.unreadable(path, exc) from None

    @staticmethod
    def _check_target(target: Path) -> None:
        if not target.parent.is_dir():
            raise errors.missing_folder(target)
        if target.exists() and (held_here(target) or not is_free(target)):
            raise DraftLockedError(
                f"Le brouillon « {target.name} » est ouvert ailleurs : il ne peut pas être remplacé.",
                f"The draft “{target.name}” is open elsewhere: it cannot be replaced.",
                path=target,
            )

    @classmethod
    def _sniff(cls, path: Path) -> bool:
        """Refuse what is not a draft before SQLite touches it (SQLite would happily turn an empty file
        into a new database). True when the header no longer says "draft" but the file holds a draft's
        tables: a damaged header, whose intact content recovery reads."""
        try:
            size = path.stat().st_size
            header = schema.read_header(path)
        except OSError as exc:
            raise errors.unreadable(path, exc) from None
        if size == 0:
            raise errors.not_a_draft(path, "le fichier est vide", "the file is empty")
        if header.is_sqlite and header.application_id == schema.APPLICATION_ID:
            return False
        if schema.looks_like_ours(path):
            return True
        if not header.is_sqlite:
            raise errors.not_a_draft(path, "format de fichier inconnu", "unknown file format")
        raise errors.not_a_draft(
            path, "c'est une base SQLite d'une autre application", "it is another application's SQLite file"
        )

    @classmethod
    def read_only(cls, path: Path) -> Dossier:
        """The dossier in a draft, read in place under SQLite's shared lock (a save in progress is waited
        for, never half-seen): no lock of ours taken, nothing written, no temporary copy, so a draft open
        in a window, on a read-only disk or on a full one can still be checked. Damage is reported as by
        `open`. A draft left with a hot journal by a crash, or of an older format, is read from a private
        copy instead (the journal is played back, or the format migrated, on the copy)."""
        path = Path(path)
        if cls._sniff(path):
            raise errors.damaged(path, [info for info, _ in recovery.salvage(path)])
        try:
            return cls._read_in_place(path)
        except _NeedsCopy:
            pass
        return cls._read_from_copy(path)

    @classmethod
    def _read_in_place(cls, path: Path) -> Dossier:
        uri = "file:" + urllib.parse.quote(os.fsencode(os.path.abspath(path))) + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise errors.unreadable(path, exc) from None
        try:
            try:
                conn.execute("BEGIN")  # one read transaction: every row from the same committed state
                header_version = conn.execute("PRAGMA user_version").fetchone()[0]
                found = schema.detect_format(conn, header_version)
                if found > schema.FORMAT_VERSION:
                    raise errors.newer_format(path, found)
                if found < schema.FORMAT_VERSION:
                    raise _NeedsCopy
                healthy = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            except sqlite3.OperationalError as exc:
                if _hot_journal(exc):
                    raise _NeedsCopy from None
                if _is_system(exc):
                    raise errors.unreadable(path, exc) from None
                healthy = False
            except _DAMAGE:
                healthy = False
            if not healthy:
                conn.close()
                raise errors.damaged(path, [info for info, _ in recovery.salvage(path)])
            draft = cls(path, conn, DraftLock(path))  # never locked: it only reads
            try:
                dossier = draft._load_current()
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if _is_system(exc):
                    raise errors.unreadable(path, exc) from None
                raise errors.damaged(path, [info for info, _ in recovery.salvage(path)]) from None
            except _DAMAGE:
                raise errors.damaged(path, [info for info, _ in recovery.salvage(path)]) from None
            return dossier
        finally:
            conn.close()

    @classmethod
    def _read_from_copy(cls, path: Path) -> Dossier:
        try:
            folder = Path(tempfile.mkdtemp(prefix="iasante-read-"))  # 0700
        except OSError as exc:
            raise errors.unreadable(path, exc) from None
        try:
            copy = folder / "draft.iasante"  # short: the user's name may be as long as the system allows
            try:
                shutil.copyfile(path, copy)
                try:  # a hot journal belongs with the file: SQLite replays it on the copy
                    shutil.copyfile(journal_of(path), journal_of(copy))
                except FileNotFoundError:
                    pass  # none, or the writer that had one has just finished
            except OSError as exc:
                raise errors.unreadable(path, exc) from None
            lock = DraftLock.acquire(copy)
            try:
                draft = cls._open_locked(copy, lock, bookkeeping=False)
            except DraftError as exc:
                lock.release()
                fix = lambda text: text.replace(str(copy), str(path)).replace(copy.name, path.name)  # noqa: E731
                error = DraftError(fix(exc.fr), fix(exc.en), path=path, recoverable=exc.recoverable)
                error.system = exc.system
                raise error from None
            except BaseException:
                lock.release()
                raise
            try:
                return draft.load()
            finally:
                draft.conn.close()
                lock.release()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @classmethod
    def _open_locked(cls, path: Path, lock: DraftLock, bookkeeping: bool = True) -> "Draft":
        if cls._sniff(path):
            raise errors.damaged(path, [info for info, _ in recovery.salvage(path)])
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise errors.read_only(path)
        room = _name_room(path)
        if room is not None:
            raise errors.name_too_long(path, room)
        conn = _connect(path)
        header_version = schema.FORMAT_VERSION
        try:
            try:
                schema.configure(conn)
                header_version = conn.execute("PRAGMA user_version").fetchone()[0]
                found = schema.detect_format(conn, header_version)
                if found > schema.FORMAT_VERSION:
                    raise errors.newer_format(path, found)
                healthy = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            except sqlite3.OperationalError as exc:
                if _is_system(exc):
                    raise errors.unreadable(path, exc) from None
                healthy, found = False, schema.FORMAT_VERSION
            except _DAMAGE:
                healthy, found = False, schema.FORMAT_VERSION
            if not healthy:
                conn.close()
                raise errors.damaged(path, [info for info, _ in recovery.salvage(path)])
            if found < schema.FORMAT_VERSION:
                try:
                    schema.migrate(conn, found, _utcnow(), __version__)
                except _DAMAGE:
                    conn.close()
                    raise errors.damaged(path, [info for info, _ in recovery.salvage(path)]) from None
            elif header_version != schema.FORMAT_VERSION:
                _repair_user_version(conn)
        except BaseException:
            conn.close()
            raise
        _drop_stale_journal(conn, path)
        draft = cls(path, conn, lock)
        try:
            draft._load_current()
        except _DAMAGE:
            conn.close()
            raise errors.damaged(path, [info for info, _ in recovery.salvage(path)]) from None
        except BaseException:
            conn.close()
            raise
        if bookkeeping:
            draft._registered()
        return draft

    @classmethod
    def _attach(cls, path: Path, lock: DraftLock, load: bool = True) -> "Draft":
        conn = _configured(path, lock)
        draft = cls(path, conn, lock)
        try:
            if load:
                draft._load_current()
        except BaseException:
            conn.close()
            lock.release()
            raise
        draft._registered()
        return draft

    def _registered(self) -> None:
        try:
            session.register(self.path)
            remember_recent(self.path)
        except OSError:
            pass  # bookkeeping only: losing it costs a menu entry or a crash offer, never the draft

    # ---- reading -------------------------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise errors.closed(self.path)
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _load_current(self) -> Dossier:
        fields = read_fields(self.conn)
        dossier, rows, _ = build_dossier(self.conn, fields)
        # Hand out the bytes objects already held for the same rows: a dossier edited from an earlier load
        # keeps matching by identity, so the next autosave needs no hashing.
        held = {rid: data for rid, _, data in self._rows}
        for index, (rid, meta, data) in enumerate(rows):
            if rid in held and held[rid] == data:
                rows[index] = (rid, meta, held[rid])
                dossier.attachments[index].data = held[rid]
        self._fields = fields
        self._rows = rows
        latest = self.conn.execute("SELECT checksum FROM versions ORDER BY id DESC LIMIT 1").fetchone()
        self._latest_checksum = latest[0] if latest else None
        return dossier

    def load(self) -> Dossier:
        """The current dossier, attachments' bytes included."""
        try:
            return self._load_current()
        except _DAMAGE:
            raise self._damaged() from None

    def _damaged(self) -> DraftError:
        return errors.damaged(self.path, [info for info, _ in recovery.readable_states(self.conn, self.path)])

    def meta(self) -> dict[str, str]:
        """call_id, format_version, created, modified, app_version (and migrated_from after a migration)."""
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    @property
    def call_id(self) -> str:
        return self.meta().get("call_id", "")

    # ---- saving --------------------------------------------------------------------------------------------

    def _fields_for(self, dossier: Dossier) -> dict[str, str]:
        """The field map of `dossier`, storing new attachment rows (inside the caller's transaction)."""
        images: Images = {}
        fields = dossier_fields(dossier, images)
        store_images(self.conn, images)
        ids: list[int] = []
        known = list(self._rows)
        for attachment in dossier.attachments:
            row_id = None
            for rid, meta, data in known:
                # Bytes objects are immutable: the same object means the same content, no hashing needed.
                if data is attachment.data and meta == AttachmentMeta.of(attachment, meta.sha256):
                    row_id = rid
                    break
            if row_id is None:
                meta = AttachmentMeta.of(attachment, attachment.sha256)
                hit = self.conn.execute(
                    "SELECT id FROM attachments WHERE kind = ? AND partner IS ? AND filename = ? AND title = ? "
                    "AND pages IS ? AND sha256 = ? ORDER BY id LIMIT 1",
                    (meta.kind, meta.partner, meta.filename, meta.title, meta.pages, meta.sha256),
                ).fetchone()
                row_id = hit[0] if hit else insert_attachment(self.conn, meta, attachment.data)
                known.append((row_id, meta, attachment.data))
            ids.append(row_id)
        fields[ATTACHMENTS_KEY] = attachment_ids_text(ids)
        self._pending_rows = [next((r, m, d) for r, m, d in known if r == i) for i in ids]
        return fields

    def _needs_write(self, dossier: Dossier) -> bool:
        """Cheap test for an autosave with nothing new: no transaction, no hashing."""
        if dossier_fields(dossier, {}) != {k: v for k, v in self._fields.items() if k != ATTACHMENTS_KEY}:
            return True
        if len(dossier.attachments) != len(self._rows):
            return True
        for attachment, (_, meta, data) in zip(dossier.attachments, self._rows):
            if data is not attachment.data or meta != AttachmentMeta.of(attachment, meta.sha256):
                return True
        return False

    def _write(self, dossier: Dossier, version: tuple[str, str, dt.datetime] | None = None) -> None:
        """Write `dossier` as the current state in one transaction, plus a version when asked."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            fields = self._fields_for(dossier)
            self._store_fields(fields)
            stamp = schema.now_text(self.clock())
            conn.execute("UPDATE meta SET value = ? WHERE key = 'modified'", (stamp,))
            taken = self._take_version(fields, *version) if version else None
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._fields = fields
        self._rows = self._pending_rows
        if taken is not None:
            self._latest_checksum = taken

    def _store_fields(self, fields: dict[str, str]) -> None:
        for key, value in fields.items():
            if self._fields.get(key) != value:
                self.conn.execute(
                    "INSERT INTO fields(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
        for key in self._fields.keys() - fields.keys():
            self.conn.execute("DELETE FROM fields WHERE key = ?", (key,))

    def _take_version(self, fields: dict[str, str], reason: str, label: str, moment: dt.datetime) -> str:
        text = snapshot(fields)
        digest = checksum(text)
        self.conn.execute(
            "INSERT INTO versions(saved_at, reason, label, state, checksum) VALUES (?, ?, ?, ?, ?)",
            (schema.now_text(moment), reason, label, text, digest),
        )
        return digest

    def _state_checksum(self) -> str:
        return checksum(snapshot(self._fields))

    def save(self, dossier: Dossier, reason: str = "autosave") -> None:
        """Write the dossier. Only the fields that changed are rewritten; attachments already stored are
        never written again. An autosave takes a version at most every 5 minutes; any other reason
        ("save", "import", "restore", "close") takes one whenever the state differs from the last version."""
        if reason not in REASONS:
            raise ValueError(f"unknown save reason {reason!r}; expected one of {REASONS}")
        if self._conn is None:
            raise errors.closed(self.path)
        try:
            if reason == "autosave":
                if not self._needs_write(dossier):
                    self._autosave_version_if_due()
                    return
                self._write(dossier)
                self._autosave_version_if_due()
            else:
                if self._needs_write(dossier):
                    self._write(dossier)
                self._version_if_changed(reason, "")
        except sqlite3.Error as exc:
            raise errors.save_failed(self.path, exc) from None
        except OSError as exc:
            raise errors.save_failed(self.path, exc) from None

    def _autosave_version_if_due(self) -> None:
        now = self.clock()
        if self._autosave_mark is None:
            self._autosave_mark = now
        elif now - self._autosave_mark >= AUTOSAVE_VERSION_INTERVAL:
            if self._version_if_changed("autosave", "") is not None:
                self._autosave_mark = now

    def _version_if_changed(self, reason: str, label: str) -> VersionInfo | None:
        if self._state_checksum() == self._latest_checksum and not label:
            return None
        return self._add_version(reason, label)

    def _add_version(self, reason: str, label: str) -> VersionInfo:
        moment = self.clock()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            digest = self._take_version(self._fields, reason, label, moment)
            row = self.conn.execute(
                "SELECT id, saved_at, reason, label FROM versions WHERE id = last_insert_rowid()"
            ).fetchone()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self._latest_checksum = digest
        self._autosave_mark = moment
        return _version_info(row)

    def checkpoint(self, label: str = "", dossier: Dossier | None = None) -> VersionInfo:
        """An explicit save (Ctrl+S): the current state becomes a version. Pass `dossier` to write it first.
        Saving twice without a change and without a label returns the existing latest version."""
        try:
            if dossier is not None and self._needs_write(dossier):
                self._write(dossier)
            taken = self._version_if_changed("save", label)
            if taken is not None:
                return taken
            return self.versions()[0]
        except sqlite3.Error as exc:
            raise errors.save_failed(self.path, exc) from None

    # ---- history -------------------------------------------------------------------------------------------

    def versions(self) -> list[VersionInfo]:
        """Saved versions, newest first."""
        rows = self.conn.execute("SELECT id, saved_at, reason, label FROM versions ORDER BY id DESC").fetchall()
        return [_version_info(row) for row in rows]

    def _version_fields(self, version_id: int) -> dict[str, str]:
        row = self.conn.execute("SELECT state, checksum FROM versions WHERE id = ?", (version_id,)).fetchone()
        if row is None:
            raise errors.unknown_version(self.path, version_id)
        if checksum(row[0]) != row[1]:
            raise DamagedState(f"version {version_id} fails its checksum")
        return parse_snapshot(row[0])

    def load_version(self, version_id: int) -> Dossier:
        try:
            dossier, _, _ = build_dossier(self.conn, self._version_fields(version_id))
        except _DAMAGE:
            raise self._damaged() from None
        return dossier

    def restore(self, version_id: int) -> Dossier:
        """Make a version current again; the current state is first kept as a "restore" version."""
        dossier = self.load_version(version_id)
        try:
            if self._state_checksum() != self._latest_checksum:
                self._add_version("restore", f"avant restauration de la version {version_id}")
            self._write(dossier)
        except sqlite3.Error as exc:
            raise errors.save_failed(self.path, exc) from None
        return self._load_current()

    # ---- portable copy -------------------------------------------------------------------------------------

    def save_as(self, path: Path) -> None:
        """Write a self-contained copy at `path` (".iasante" is added when missing) and continue the session
        on it. The old file stays as it was at its last save."""
        target = _with_suffix(path)
        if target.exists() and target.resolve() == self.path.resolve():
            return
        self._check_target(target)
        sweep_leftovers(target.parent)
        try:
            temp_lock = _new_temp(target)
        except OSError as exc:
            raise errors.folder_problem(target, exc) from None
        tmp = temp_lock.path
        try:
            # VACUUM INTO writes a compact, consistent copy (history included) without the side journal.
            # The name as bytes: a folder whose name is not UTF-8 cannot be bound as text.
            self.conn.execute("VACUUM INTO CAST(? AS TEXT)", (os.fsencode(tmp),))
            _fsync_file(tmp)  # VACUUM INTO does not sync its output
            new_lock = _publish(temp_lock, target, exclusive=False)
        except (OSError, sqlite3.Error) as exc:
            _discard(tmp)
            temp_lock.release()
            raise errors.folder_problem(target, exc) from None
        conn = _configured(target, new_lock)
        self.conn.close()
        self._lock.release()
        session.unregister(self.path)
        previous = self.path
        self.path, self._conn, self._lock = target, conn, new_lock
        self._registered()
        if previous.parent.resolve() == autosave_dir().resolve():
            # The work now lives where the user chose; an autosaved copy left behind would only be a
            # stale duplicate in the recent list and in the data folder.
            _discard(previous)
            forget_recent(previous)

    def name_after_acronym(self, acronym: str) -> bool:
        """A draft made from scratch is autosaved as "brouillon-<timestamp>"; once the dossier has an acronym
        it takes its name ("NEURO-IA-<timestamp>"), so the recent list does not show one project under two
        names. Only such drafts in the autosave folder are renamed; True when this one was."""
        from iasante_desktop.drafts.paths import slug

        name = self.path.name
        prefix = "brouillon-"
        if not acronym.strip() or slug(acronym) == "brouillon" or not name.startswith(prefix):
            return False
        if self.path.parent.resolve() != autosave_dir().resolve():
            return False
        stamp = name[len(prefix) : -len(DRAFT_SUFFIX)] if name.endswith(DRAFT_SUFFIX) else name[len(prefix) :]
        self.save_as(new_autosave_path(acronym, stamp))
        return True

    # ---- exports -------------------------------------------------------------------------------------------

    def record_export(
        self,
        when: dt.datetime,
        files: Iterable[tuple[str, str, int]],
        findings_json: str | list[dict] = "[]",
        call: dict | None = None,
    ) -> ExportRecord:
        """Note what an export produced: (file name, sha256, size) per file and the findings (JSON text or
        a list of dicts) the user saw when exporting; `call` says which call file they were checked against
        (kept in the side table export_calls, which older drafts gain at their first such export)."""
        findings = json.loads(findings_json) if isinstance(findings_json, str) else list(findings_json)
        listed = [(str(name), str(digest), int(size)) for name, digest, size in files]
        when = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            cursor = self.conn.execute(
                "INSERT INTO exports(at, files, findings) VALUES (?, ?, ?)",
                (schema.now_text(when), json.dumps(listed), json.dumps(findings)),
            )
            export_id = cursor.lastrowid
            if call is not None:
                self.conn.execute(schema.EXPORT_CALLS)
                self.conn.execute(
                    "INSERT INTO export_calls(export_id, call) VALUES (?, ?)", (export_id, json.dumps(call, sort_keys=True))
                )
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise errors.save_failed(self.path, exc) from None
        return ExportRecord(
            id=int(export_id), when=when.astimezone(dt.timezone.utc), files=listed, findings=findings, call=call
        )

    def exports(self) -> list[ExportRecord]:
        """Recorded exports, newest first."""
        records = []
        calls: dict[int, dict] = {}
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'export_calls'").fetchone():
            for export_id, text in self.conn.execute("SELECT export_id, call FROM export_calls").fetchall():
                try:
                    calls[int(export_id)] = json.loads(text)
                except ValueError:
                    continue
        for rid, at, files, findings in self.conn.execute(
            "SELECT id, at, files, findings FROM exports ORDER BY id DESC"
        ).fetchall():
            records.append(
                ExportRecord(
                    id=int(rid),
                    when=schema.parse_time(at),
                    files=[(str(n), str(d), int(s)) for n, d, s in json.loads(files)],
                    findings=list(json.loads(findings)),
                    call=calls.get(int(rid)),
                )
            )
        return records

    # ---- closing -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Keep a "close" version if the state changed since the last version, drop attachment bytes no
        version uses, give the freed pages back, unlock and forget the session. Safe to call twice."""
        if self._conn is None:
            return
        failure: DraftError | None = None
        try:
            if self._fields:  # an empty state is a creation that failed half-way, not work to keep
                self._version_if_changed("close", "")
        except sqlite3.Error as exc:
            failure = errors.save_failed(self.path, exc)
        try:
            if self._fields and failure is None:
                self._collect_garbage()
        except (sqlite3.Error, *_DAMAGE):
            # Housekeeping only: the work is saved. A damaged old version (text that no longer decodes)
            # must not turn a command that succeeded into a failure; the bytes are kept, nothing is lost.
            if self._conn is not None and self._conn.in_transaction:
                try:
                    self._conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
        finally:
            conn, self._conn = self._conn, None
            conn.close()
            self._lock.release()
            session.unregister(self.path)
        if failure is not None:
            raise failure

    def _collect_garbage(self) -> None:
        used = set(attachment_ids(self._fields))
        images: set[str] = set()
        for text in self._fields.values():
            images |= image_refs(text)
        for (text,) in self.conn.execute("SELECT state FROM versions").fetchall():
            try:
                used.update(attachment_ids(parse_snapshot(text)))
            except DamagedState:
                return  # unsure what a damaged version needs: keep every attachment
            images |= image_refs(text.replace('\\"', '"'))  # a snapshot holds each field as a JSON string
        stored = {row[0] for row in self.conn.execute("SELECT id FROM attachments").fetchall()}
        unused = stored - used
        blobs = {row[0] for row in self.conn.execute("SELECT sha256 FROM blobs").fetchall()}
        attached = {row[0] for row in self.conn.execute("SELECT sha256 FROM attachments").fetchall()}
        if not unused and not (blobs - attached - images):
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany("DELETE FROM attachments WHERE id = ?", [(i,) for i in sorted(unused)])
            keep = images | {row[0] for row in self.conn.execute("SELECT sha256 FROM attachments").fetchall()}
            self.conn.executemany(
                "DELETE FROM blobs WHERE sha256 = ?", [(digest,) for digest in sorted(blobs - keep)]
            )
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("PRAGMA incremental_vacuum").fetchall()

    def __enter__(self) -> "Draft":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
