"""The dossier as rows: one row per top-level field of the interchange JSON, attachments as rows apart.

Splitting the dossier this way makes an autosave after one keystroke rewrite one small row, never the
attachments. A saved version is the same field map frozen into one JSON text (`snapshot`), whose
"attachments" field lists attachment row ids, so versions share the attachment rows instead of copying bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass

from iasante_desktop.core.dossier import ATTACHMENT_KINDS, Attachment, Dossier, InterchangeError, from_json, to_json
from iasante_desktop.core.richtext import Figure
from iasante_desktop.core.richtext import inline_image_in

ATTACHMENTS_KEY = "attachments"


class DamagedState(Exception):
    """The stored dossier cannot be rebuilt; the text says where (for the log, not for the user)."""


def _dumps(value: object) -> str:
    # ASCII escapes keep any Python string, lone surrogates from a bad paste included, storable as UTF-8.
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _storable(text: str) -> str:
    """`text` as SQLite can store it: a lone surrogate (an undecodable file name) becomes U+FFFD."""
    if text.isascii():
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


Images = dict[str, tuple[str, bytes]]  # sha256 -> (mime, bytes) of the figures a field map refers to

# A figure's image in a field is {"mime", "sha256"}: its bytes live in the `blobs` table, once, shared by the
# current state and every version, so an autosave of the description never rewrites a photo.
_IMAGE_REF = re.compile(r'(?<!\\)"sha256":"([0-9a-f]{64})"')


def dossier_fields(dossier: Dossier, images: Images | None = None) -> dict[str, str]:
    """Every top-level interchange key except the attachments, each as its JSON text; the figures' images
    are written as references and collected in `images` (to be stored as blobs)."""
    found: Images = {} if images is None else images

    def image_ref(figure: Figure) -> dict[str, str]:
        digest = figure_digest(figure.data)
        found[digest] = (figure.mime, figure.data)
        return {"mime": figure.mime, "sha256": digest}

    # to_json hashes every attachment for its "sha256" key; leave them out, they are stored as rows.
    data = to_json(dataclasses.replace(dossier, attachments=[]), include_attachment_data=False, image_out=image_ref)
    data.pop(ATTACHMENTS_KEY)
    return {key: _dumps(value) for key, value in data.items()}


_DIGESTS: dict[int, tuple[bytes, str]] = {}


def figure_digest(data: bytes) -> str:
    """The sha256 of an image, remembered by object: an autosave does not hash the same photo again."""
    known = _DIGESTS.get(id(data))
    if known is not None and known[0] is data:
        return known[1]
    digest = hashlib.sha256(data).hexdigest()
    if len(_DIGESTS) > 256:
        _DIGESTS.clear()
    _DIGESTS[id(data)] = (data, digest)
    return digest


def image_refs(text: str) -> set[str]:
    """The sha256 of every figure image a field's or a version's JSON text refers to."""
    return set(_IMAGE_REF.findall(text))


def store_images(conn: sqlite3.Connection, images: Images) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO blobs(sha256, size, data) VALUES (?, ?, ?)",
        [(digest, len(data), data) for digest, (_, data) in images.items()],
    )


def _image_reader(conn: sqlite3.Connection):
    def read(raw: dict, where: str) -> tuple[bytes, str]:
        digest = raw.get("sha256")
        mime = raw.get("mime")
        if "data_base64" in raw or digest is None:
            return inline_image_in(raw, where)
        if not isinstance(digest, str) or not isinstance(mime, str):
            raise DamagedState(f"{where}: malformed image reference")
        blob = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
        if blob is None or not isinstance(blob[0], bytes) or hashlib.sha256(blob[0]).hexdigest() != digest:
            raise DamagedState(f"{where}: the image's bytes are missing or damaged")
        return blob[0], mime

    return read


def attachment_ids_text(ids: list[int]) -> str:
    return _dumps(ids)


def snapshot(fields: dict[str, str]) -> str:
    return _dumps(fields)


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_snapshot(text: str) -> dict[str, str]:
    try:
        fields = json.loads(text)
    except ValueError as exc:
        raise DamagedState(f"version snapshot is not JSON: {exc}") from None
    if not isinstance(fields, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items()):
        raise DamagedState("version snapshot is not a field map")
    return fields


@dataclass(frozen=True)
class AttachmentMeta:
    kind: str
    partner: int | None
    filename: str
    title: str
    pages: int | None
    sha256: str

    @classmethod
    def of(cls, attachment: Attachment, sha256: str) -> "AttachmentMeta":
        return cls(
            _storable(attachment.kind),
            attachment.partner,
            _storable(attachment.filename),
            _storable(attachment.title),
            attachment.pages,
            sha256,
        )


def insert_attachment(conn: sqlite3.Connection, meta: AttachmentMeta, data: bytes) -> int:
    """Store an attachment row, writing its bytes only if no row holds the same bytes already."""
    conn.execute(
        "INSERT OR IGNORE INTO blobs(sha256, size, data) VALUES (?, ?, ?)", (meta.sha256, len(data), data)
    )
    cursor = conn.execute(
        "INSERT INTO attachments(kind, partner, filename, title, pages, sha256) VALUES (?, ?, ?, ?, ?, ?)",
        (meta.kind, meta.partner, meta.filename, meta.title, meta.pages, meta.sha256),
    )
    return int(cursor.lastrowid)


def read_fields(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT key, value FROM fields").fetchall()
    fields: dict[str, str] = {}
    for key, value in rows:
        if not isinstance(key, str) or not isinstance(value, str):
            raise DamagedState("a field row is not text")
        fields[key] = value
    return fields


def attachment_ids(fields: dict[str, str]) -> list[int]:
    try:
        ids = json.loads(fields.get(ATTACHMENTS_KEY, "[]"))
    except ValueError:
        raise DamagedState("attachment list is not JSON") from None
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise DamagedState("attachment list is not a list of row ids")
    return ids


def read_attachment(conn: sqlite3.Connection, row_id: int) -> tuple[AttachmentMeta, bytes]:
    row = conn.execute(
        "SELECT kind, partner, filename, title, pages, sha256 FROM attachments WHERE id = ?", (row_id,)
    ).fetchone()
    if row is None:
        raise DamagedState(f"attachment row {row_id} is missing")
    meta = AttachmentMeta(*row)
    blob = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (meta.sha256,)).fetchone()
    if blob is None or not isinstance(blob[0], bytes):
        raise DamagedState(f"the bytes of attachment row {row_id} are missing")
    data = blob[0]
    if hashlib.sha256(data).hexdigest() != meta.sha256:
        raise DamagedState(f"the bytes of attachment row {row_id} do not match their sha256")
    return meta, data


def build_dossier(
    conn: sqlite3.Connection, fields: dict[str, str], *, lenient: bool = False
) -> tuple[Dossier, list[tuple[int, AttachmentMeta, bytes]], list[str]]:
    """The dossier a field map describes, with its attachments' bytes, the attachment rows used, and (when
    `lenient`, for salvage) the names of attachments left out because their rows or bytes are damaged."""
    data: dict[str, object] = {}
    for key, text in fields.items():
        if key == ATTACHMENTS_KEY:
            continue
        try:
            data[key] = json.loads(text)
        except ValueError:
            raise DamagedState(f"field {key!r} is not JSON") from None
    try:
        dossier = from_json(data, image_in=_image_reader(conn))
    except InterchangeError as exc:
        raise DamagedState(f"the stored dossier is malformed: {exc}") from None
    rows = []
    lost: list[str] = []
    for position, row_id in enumerate(attachment_ids(fields), start=1):
        try:
            meta, blob = read_attachment(conn, row_id)
            if meta.kind not in ATTACHMENT_KINDS:
                raise DamagedState(f"attachment row {row_id} has an unknown kind")
        except (DamagedState, sqlite3.DatabaseError):
            if not lenient:
                raise
            lost.append(_name_if_readable(conn, row_id) or f"pièce jointe n° {position}")
            continue
        dossier.attachments.append(
            Attachment(
                kind=meta.kind,
                filename=meta.filename,
                data=blob,
                partner=meta.partner,
                pages=meta.pages,
                title=meta.title,
            )
        )
        rows.append((row_id, meta, blob))
    return dossier, rows, lost


def _name_if_readable(conn: sqlite3.Connection, row_id: int) -> str | None:
    try:
        row = conn.execute("SELECT filename FROM attachments WHERE id = ?", (row_id,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row and isinstance(row[0], str) and row[0] else None
