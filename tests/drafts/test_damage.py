"""Damaged or foreign files: a clear message in French and English, never a traceback, and the versions
that can still be read are offered back."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from iasante_desktop.drafts import Draft, DraftError
from iasante_desktop.drafts.errors import CURRENT_STATE_ID

PAGE = 4096


def _draft_with_history(dossier, path: Path) -> list[str]:
    """A closed draft whose versions hold the titles returned, newest first."""
    with Draft.create(path, dossier) as draft:
        for title in ("Titre A", "Titre B"):
            dossier.title = title
            draft.checkpoint(dossier=dossier)
        dossier.title = "Titre C, gardé à la fermeture"
        draft.save(dossier)
    return ["Titre C, gardé à la fermeture", "Titre B", "Titre A"]


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def _garble_page(path: Path, page_number: int, seed: int = 7) -> None:
    noise = random.Random(seed).randbytes(PAGE)
    with open(path, "r+b") as handle:
        handle.seek((page_number - 1) * PAGE)
        handle.write(noise)


def _open_error(path: Path) -> DraftError:
    with pytest.raises(DraftError) as caught:
        Draft.open(path)
    error = caught.value
    assert error.fr and error.en and error.fr != error.en
    assert path.name in error.message("fr") and path.name in error.message("en")
    return error


def test_garbage_over_the_current_dossier_offers_every_saved_version(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    titles = _draft_with_history(dossier, path)
    _garble_page(path, _root_page(path, "fields"))
    error = _open_error(path)
    assert "endommagé" in error.fr and "damaged" in error.en
    assert [v.reason for v in error.recoverable] == ["close", "save", "save"]
    with Draft.open_recovering(path, error.recoverable[0].id) as draft:
        assert draft.load() == dossier
        assert [draft.load_version(v.id).title for v in draft.versions()[1:]] == titles
    aside = [p for p in tmp_path.iterdir() if "endommagé" in p.name]
    assert len(aside) == 1, "the damaged file is kept for the user"
    with Draft.open(path) as draft:  # the recovered draft is sound for good
        assert draft.load().title == titles[0]


def test_a_malformed_dossier_row_offers_the_saved_versions(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    titles = _draft_with_history(dossier, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE fields SET value = '{\"pas\": ' WHERE key = 'partners'")
    conn.commit()
    conn.close()
    error = _open_error(path)
    assert len(error.recoverable) == 3
    with Draft.open_recovering(path, error.recoverable[1].id) as draft:
        assert draft.load().title == titles[1]


def test_garbage_in_the_middle_of_the_file_is_always_caught_and_texts_survive(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    titles = _draft_with_history(dossier, path)
    pristine = path.read_bytes()
    pages = len(pristine) // PAGE
    offered = 0
    for seed in range(8):
        path.write_bytes(pristine)
        start = random.Random(seed).randrange(2, pages - 2)
        for page in range(start, min(start + 3, pages) + 1):
            _garble_page(path, page, seed)
        error = _open_error(path)
        offered += bool(error.recoverable)
        for version in error.recoverable[:1]:  # what is offered really opens
            with Draft.open_recovering(path, version.id) as draft:
                assert draft.load().title in titles
            for aside in tmp_path.glob("*endommagé*"):
                aside.unlink()
    # Most of the file is the CV's bytes: damage there must not cost the texts.
    assert offered >= 6


def test_a_truncated_draft_offers_its_texts_and_names_the_lost_attachment(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    titles = _draft_with_history(dossier, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    error = _open_error(path)
    assert error.recoverable, "the texts sit in the first pages and must be offered"
    lost = error.recoverable[0].lost_attachments
    assert lost and set(lost) <= {"cv-dupont.pdf", "lettre.pdf"}
    assert lost[0] in error.fr and lost[0] in error.en
    with Draft.open_recovering(path, error.recoverable[0].id) as draft:
        recovered = draft.load()
    assert recovered.title == titles[0]
    assert {a.filename for a in recovered.attachments} == {"cv-dupont.pdf", "lettre.pdf"} - set(lost)


def test_a_draft_cut_to_its_first_pages_is_a_clear_error(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    _draft_with_history(dossier, path)
    data = path.read_bytes()
    for keep in (PAGE * 3, 200):
        path.write_bytes(data[:keep])
        error = _open_error(path)
        assert "endommagé" in error.fr and "damaged" in error.en
        assert error.recoverable == []


def test_the_last_saved_state_is_offered_when_no_version_holds_it(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    with Draft.create(path, dossier) as draft:
        draft.checkpoint()
    conn = sqlite3.connect(path)  # a state newer than every version, as after a crash
    conn.execute("UPDATE fields SET value = '\"Titre d''après la dernière version\"' WHERE key = 'title'")
    conn.execute("UPDATE attachments SET kind = 'inconnu'")
    conn.commit()
    conn.close()
    error = _open_error(path)
    newest = error.recoverable[0]
    assert newest.id == CURRENT_STATE_ID
    with Draft.open_recovering(path, newest.id) as draft:
        assert draft.load().title == "Titre d'après la dernière version"


def test_another_applications_sqlite_file_is_not_a_draft(tmp_path):
    path = tmp_path / "autre.iasante"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    error = _open_error(path)
    assert "n'est pas un brouillon" in error.fr and "not an iasante-desktop draft" in error.en
    assert error.recoverable == []


def test_a_plain_text_file_is_not_a_draft(tmp_path):
    path = tmp_path / "notes.iasante"
    path.write_text("Ceci est un texte, pas un brouillon.\n" * 200, encoding="utf-8")
    error = _open_error(path)
    assert "n'est pas un brouillon" in error.fr


def test_an_empty_file_is_not_a_draft_and_stays_empty(tmp_path):
    path = tmp_path / "vide.iasante"
    path.write_bytes(b"")
    error = _open_error(path)
    assert "vide" in error.fr and "empty" in error.en
    assert path.read_bytes() == b""


def test_a_missing_file_and_a_folder_are_clear_errors(tmp_path):
    missing = _open_error(tmp_path / "absent.iasante")
    assert "introuvable" in missing.fr and "cannot be found" in missing.en
    folder = tmp_path / "dossier.iasante"
    folder.mkdir()
    assert "dossier" in _open_error(folder).fr


def test_recovering_a_version_that_cannot_be_read_is_refused(dossier, tmp_path):
    path = tmp_path / "d.iasante"
    _draft_with_history(dossier, path)
    _garble_page(path, _root_page(path, "fields"))
    with pytest.raises(DraftError):
        Draft.open_recovering(path, 999)
    assert not [p for p in tmp_path.iterdir() if "endommagé" in p.name]
