"""A dossier holds unpublished research and named people's careers: every file the app writes is readable by
the user only (0600) and every folder it creates can be entered by the user only (0700), whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from iasante_desktop.drafts import Draft, autosave_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    # A common desktop umask (022) would make new files world-readable if the app relied on it.
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _files_and_dirs(root: Path) -> tuple[list[Path], list[Path]]:
    files, dirs = [], [root]
    for path in root.rglob("*"):
        (dirs if path.is_dir() else files).append(path)
    return files, dirs


def test_autosaved_draft_and_its_folders_are_private(private_data_dir, loose_umask, complete_dossier):
    draft = Draft.create(None, complete_dossier)
    try:
        complete_dossier.resume += " Une phrase de plus."
        draft.save(complete_dossier)
        assert draft.path.parent == autosave_dir()
        files, dirs = _files_and_dirs(private_data_dir)
        # While the draft is open its SQLite side files exist too; they hold the same data.
        assert draft.path in files
        assert {p: oct(_mode(p)) for p in files} == {p: oct(0o600) for p in files}
        assert {p: oct(_mode(p)) for p in dirs} == {p: oct(0o700) for p in dirs}
    finally:
        draft.close()
    files, _ = _files_and_dirs(private_data_dir)
    assert {p: oct(_mode(p)) for p in files} == {p: oct(0o600) for p in files}


def test_draft_saved_where_the_user_chose_is_private(private_data_dir, loose_umask, complete_dossier, tmp_path):
    chosen = tmp_path / "mes dossiers"
    chosen.mkdir()
    draft = Draft.create(chosen / "NEURO-IA.iasante", complete_dossier)
    try:
        draft.checkpoint("avant relecture")
        draft.save(complete_dossier, reason="save")
        written = [p for p in chosen.iterdir()]
        assert written, "the draft was not written"
        assert {p.name: oct(_mode(p)) for p in written} == {p.name: oct(0o600) for p in written}
    finally:
        draft.close()
    assert [p.name for p in chosen.iterdir()] == ["NEURO-IA.iasante"], "a side file was left behind"
    assert _mode(chosen / "NEURO-IA.iasante") == 0o600


def test_every_exported_file_is_private(private_data_dir, loose_umask, complete_dossier, call, tmp_path):
    from iasante_desktop.export import export

    dest = tmp_path / "envoi"
    result = export(complete_dossier, call, dest)

    assert not result.refused, [f.rule for f in result.errors]
    assert sorted(p.suffix for p in result.files) == [".docx", ".eml", ".pdf", ".zip"]
    assert sorted(dest.iterdir()) == sorted(result.files), "a staging file or folder was left behind"
    assert {p.name: oct(_mode(p)) for p in result.files} == {p.name: oct(0o600) for p in result.files}


def test_export_into_a_new_folder_creates_it_private(private_data_dir, loose_umask, complete_dossier, call, tmp_path):
    from iasante_desktop.export import export

    dest = tmp_path / "nouveau" / "envoi"
    result = export(complete_dossier, call, dest, formats={"pdf"})

    assert not result.refused
    assert oct(_mode(dest)) == oct(0o700)
