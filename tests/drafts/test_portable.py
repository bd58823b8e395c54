"""A draft is one private file that can be copied, e-mailed and opened anywhere."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import sys

import pytest

from iasante_desktop.drafts import APPLICATION_ID, FORMAT_VERSION, Draft, DraftError, DraftLockedError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_save_as_gives_one_self_contained_file_that_opens_elsewhere(dossier, tmp_path):
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    with Draft.create(None, dossier) as draft:
        draft.checkpoint("avant envoi")
        dossier.acronym = "NEURO-IA2"
        draft.save(dossier)
        draft.save_as(outbox / "neuro")
        assert draft.path == outbox / "neuro.iasante"
        # The session continues on the copy: later edits go there.
        dossier.title = "Après l'enregistrement sous"
        draft.save(dossier)
        # The file alone, while still open, is complete: no side file is needed to read it.
        assert sorted(p.name for p in outbox.iterdir()) == ["neuro.iasante"]
        elsewhere = tmp_path / "partner"
        elsewhere.mkdir()
        shutil.copyfile(draft.path, elsewhere / "recu.iasante")
    with Draft.open(elsewhere / "recu.iasante") as received:
        assert received.load() == dossier
        assert [v.label for v in received.versions()][-1] == "avant envoi"


def test_closed_draft_leaves_no_side_file(dossier, tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    with Draft.create(folder / "d.iasante", dossier) as draft:
        for i in range(5):
            dossier.resume += str(i)
            draft.save(dossier)
    assert [p.name for p in folder.iterdir()] == ["d.iasante"]


def test_the_file_header_names_the_format(dossier, tmp_path):
    with Draft.create(tmp_path / "d.iasante", dossier) as draft:
        draft.save_as(tmp_path / "copie.iasante")
    for name in ("d.iasante", "copie.iasante"):
        header = (tmp_path / name).read_bytes()[:100]
        assert header.startswith(b"SQLite format 3\x00")
        assert struct.unpack(">i", header[68:72])[0] == APPLICATION_ID
        assert struct.unpack(">i", header[60:64])[0] == FORMAT_VERSION


def test_save_as_refuses_to_overwrite_a_draft_open_in_another_window(dossier, tmp_path):
    first = Draft.create(tmp_path / "a.iasante", dossier)
    with first, Draft.create(tmp_path / "b.iasante", dossier) as second:
        with pytest.raises(DraftLockedError) as caught:
            second.save_as(first.path)
        assert "a.iasante" in caught.value.fr
        assert second.path == tmp_path / "b.iasante"


@posix_only
def test_drafts_and_folders_are_readable_by_the_user_only(dossier, data_dir, tmp_path):
    previous = os.umask(0o022)  # a usual, permissive umask: the app must not rely on it
    try:
        with Draft.create(None, dossier) as draft:
            assert _mode(draft.path) == 0o600
            draft.save_as(tmp_path / "chosen.iasante")
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "chosen.iasante") == 0o600
    for folder in (data_dir, data_dir / "drafts", data_dir / "sessions"):
        assert _mode(folder) == 0o700, folder


@posix_only
def test_a_read_only_draft_is_refused_with_a_reason(dossier, tmp_path, monkeypatch):
    path = tmp_path / "d.iasante"
    Draft.create(path, dossier).close()
    os.chmod(path, 0o400)
    if os.access(path, os.W_OK):
        # Root ignores permission bits (CI runs as root): answer as the kernel would for the file's owner.
        import iasante_desktop.drafts.store as store

        real_access = os.access
        monkeypatch.setattr(
            store.os, "access",
            lambda p, mode, *a, **k: (os.stat(p).st_mode & 0o200 != 0) if mode == os.W_OK else real_access(p, mode, *a, **k),
        )
    with pytest.raises(DraftError) as caught:
        Draft.open(path)
    assert "lecture seule" in caught.value.fr and "read-only" in caught.value.en


def test_save_as_moves_an_autosaved_draft_but_leaves_a_chosen_file_in_place(dossier, tmp_path):
    with Draft.create(None, dossier) as draft:
        autosaved = draft.path
        draft.save_as(tmp_path / "premier.iasante")
        assert not autosaved.exists()
        draft.save_as(tmp_path / "second.iasante")
    assert (tmp_path / "premier.iasante").exists() and (tmp_path / "second.iasante").exists()
    with Draft.open(tmp_path / "premier.iasante") as first:
        assert first.load() == dossier
