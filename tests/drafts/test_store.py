"""Saving and loading a draft: what the user typed and attached comes back exactly, cheaply."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import DRAFT_SUFFIX, Draft, DraftError, autosave_dir, recent_drafts


def test_round_trip_keeps_texts_amounts_and_attachment_bytes(dossier, tmp_path):
    dossier.partners[0].budget["mission"] = Decimal("1500.05")
    dossier.written_grand_total = Decimal("12500.50")
    dossier.resume = "Premier paragraphe.\nSecond\u2028avec un saut de ligne."
    with Draft.create(tmp_path / "neuro", dossier) as draft:
        assert draft.path == tmp_path / f"neuro{DRAFT_SUFFIX}"
    with Draft.open(tmp_path / f"neuro{DRAFT_SUFFIX}") as draft:
        loaded = draft.load()
    assert loaded == dossier
    assert loaded.partners[0].budget["mission"] == Decimal("1500.05")
    assert isinstance(loaded.written_grand_total, Decimal)
    assert [a.sha256 for a in loaded.attachments] == [a.sha256 for a in dossier.attachments]


def test_draft_without_a_location_goes_to_the_autosave_folder(dossier, data_dir):
    with Draft.create(None, dossier) as draft:
        assert draft.path.parent == autosave_dir() == data_dir / "drafts"
        assert draft.path.name.startswith("NEURO-IA-") and draft.path.suffix == DRAFT_SUFFIX
        assert draft.call_id == dossier.call_id


def test_each_save_is_visible_to_a_fresh_reader_at_once(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        dossier.title = "Titre modifié"
        draft.save(dossier)
        # Another connection (a copy of the file, a backup tool) sees the committed state.
        reader = sqlite3.connect(draft.path)
        try:
            stored = dict(reader.execute("SELECT key, value FROM fields").fetchall())
        finally:
            reader.close()
    assert json.loads(stored["title"]) == "Titre modifié"


def test_one_character_autosave_rewrites_one_field_and_no_attachment(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        draft.load()
        statements: list[str] = []
        draft.conn.set_trace_callback(statements.append)
        changes_before = draft.conn.total_changes
        dossier.resume += "x"
        draft.save(dossier)
        draft.conn.set_trace_callback(None)
        writes = [s for s in statements if s.split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
        assert len(writes) == 2, writes  # the "resume" field and the "modified" time
        assert not any("attachments" in s or "blobs" in s for s in statements)
        assert draft.conn.total_changes - changes_before == 2
        assert draft.load().resume.plain().endswith("x")


def test_saving_an_unchanged_dossier_writes_nothing(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        before = draft.conn.total_changes
        draft.save(dossier)
        assert draft.conn.total_changes == before


def test_changing_an_attachments_page_count_keeps_its_bytes_stored_once(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        dossier.attachments[0].pages = 3
        draft.save(dossier)
        assert draft.load().attachments[0].pages == 3
        assert draft.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2


def test_the_same_file_attached_twice_is_stored_once(dossier, tmp_path):
    cv = dossier.attachments[0]
    dossier.attachments.append(Attachment(kind="cv", filename="cv-copie.pdf", data=bytes(cv.data), partner=1))
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        assert draft.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2
        assert draft.load().attachments[2].data == cv.data


def test_removed_attachment_bytes_leave_the_file_once_no_version_needs_them(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    with Draft.create(path, dossier) as draft:
        size_with = path.stat().st_size
        dossier.attachments.pop(0)
        draft.save(dossier)
    # No version was ever taken with the CV, so closing drops it and gives its pages back.
    with Draft.open(path) as draft:
        assert draft.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert path.stat().st_size < size_with - 250_000


def test_a_closed_draft_refuses_work_with_a_clear_message(dossier, tmp_path):
    draft = Draft.create(tmp_path / "d.iasante", dossier)
    draft.close()
    draft.close()  # closing twice is harmless
    with pytest.raises(DraftError) as caught:
        draft.save(dossier)
    assert "fermé" in caught.value.message("fr") and "closed" in caught.value.message("en")


def test_recent_drafts_lists_most_recent_first_and_forgets_deleted_files(dossier, tmp_path):
    first = Draft.create(tmp_path / "a.iasante", dossier)
    first.close()
    second = Draft.create(tmp_path / "b.iasante", dossier)
    second.close()
    Draft.open(tmp_path / "a.iasante").close()
    assert recent_drafts() == [tmp_path / "a.iasante", tmp_path / "b.iasante"]
    (tmp_path / "a.iasante").unlink()
    assert recent_drafts() == [tmp_path / "b.iasante"]


def test_export_records_round_trip(dossier, tmp_path):
    when = dt.datetime(2026, 3, 2, 14, 30, tzinfo=dt.timezone.utc)
    files = [
        ("IASANTE_AAPAMOR2026_NEURO-IA.pdf", "ab" * 32, 123_456),
        ("IASANTE_AAPAMOR2026_NEURO-IA.docx", "cd" * 32, 9_876),
    ]
    findings = '[{"rule": "summary.max_lines", "severity": "warning", "field": "resume"}]'
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        record = draft.record_export(when, files, findings)
    with Draft.open(tmp_path / "d.iasante") as draft:
        (stored,) = draft.exports()
    assert stored == record
    assert stored.when == when and stored.files == files
    assert stored.findings[0]["rule"] == "summary.max_lines"


def test_a_draft_in_a_missing_folder_is_a_clear_error(dossier, tmp_path):
    with pytest.raises(DraftError) as caught:
        Draft.create(tmp_path / "absent" / "d.iasante", dossier)
    assert "n'existe pas" in caught.value.fr and "does not exist" in caught.value.en
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        with pytest.raises(DraftError):
            draft.save_as(tmp_path / "absent" / "copie.iasante")
        dossier.title = "La session continue sur le fichier d'origine"
        draft.save(dossier)
        assert draft.path == tmp_path / "d.iasante"


def test_a_full_disk_fails_the_save_clearly_and_keeps_the_last_state(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        pages = draft.conn.execute("PRAGMA page_count").fetchone()[0]
        draft.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        dossier.attachments.append(Attachment(kind="annex", filename="gros.pdf", data=bytes(2_000_000)))
        dossier.title = "Jamais enregistré"
        with pytest.raises(DraftError) as caught:
            draft.save(dossier)
        assert "espace disque" in caught.value.fr and "disk space" in caught.value.en
        kept = draft.load()
        assert kept.title != "Jamais enregistré" and len(kept.attachments) == 2
        draft.conn.execute("PRAGMA max_page_count = 1073741823")
        draft.save(dossier)  # once there is room again, the same dossier saves
        assert draft.load().title == "Jamais enregistré"
