"""A draft written in format 0 (the first prototype's layout) opens, migrated, with nothing lost."""

from __future__ import annotations

import json
import sqlite3

import pytest

from iasante_desktop.core.dossier import to_json
from iasante_desktop.drafts import APPLICATION_ID, FORMAT_VERSION, Draft, DraftError
from iasante_desktop.drafts.schema import SCHEMA_V0


def _write_format_0(path, payload: str) -> None:
    """Build a format-0 file by hand, the way the prototype wrote it: the whole interchange JSON,
    attachments in base64, in one row."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(SCHEMA_V0)
    conn.execute("INSERT INTO meta(key, value) VALUES ('created', '2025-11-03T10:00:00.000+00:00')")
    conn.execute("INSERT INTO draft(id, json) VALUES (1, ?)", (payload,))
    conn.commit()
    conn.close()


def test_a_format_0_draft_opens_with_its_dossier_and_attachments(dossier, tmp_path):
    path = tmp_path / "ancien.iasante"
    _write_format_0(path, json.dumps(to_json(dossier)))
    with Draft.open(path) as draft:
        assert draft.load() == dossier
        meta = draft.meta()
        assert meta["format_version"] == str(FORMAT_VERSION) and meta["migrated_from"] == "0"
        assert meta["created"] == "2025-11-03T10:00:00.000+00:00"
        (first,) = draft.versions()
        assert first.reason == "import"
        assert draft.load_version(first.id) == dossier
        # The migrated draft works like any other.
        dossier.title = "Après migration"
        draft.save(dossier)
    with Draft.open(path) as draft:
        assert draft.load().title == "Après migration"
        assert draft.conn.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION


def test_a_format_0_draft_with_a_malformed_dossier_is_left_untouched(tmp_path):
    path = tmp_path / "ancien.iasante"
    _write_format_0(path, '{"call_id": "iasante", "partners": "pas une liste"}')
    before = path.read_bytes()
    with pytest.raises(DraftError) as caught:
        Draft.open(path)
    assert "endommagé" in caught.value.fr and "damaged" in caught.value.en
    assert path.read_bytes() == before


def test_a_draft_from_a_newer_application_is_refused_and_left_untouched(dossier, tmp_path):
    path = tmp_path / "futur.iasante"
    Draft.create(path, dossier).close()
    conn = sqlite3.connect(path)
    # A newer application states its format in both places: the header and the meta table.
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'format_version'", (str(FORMAT_VERSION + 1),))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DraftError) as caught:
        Draft.open(path)
    assert "plus récente" in caught.value.fr and "newer" in caught.value.en
    assert path.read_bytes() == before
