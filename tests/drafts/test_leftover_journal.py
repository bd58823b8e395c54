"""A kill inside a save leaves SQLite's journal beside the draft. Opening the draft must deal with it: roll
the draft back with a hot journal, drop a stale one, and in both cases leave no side file behind."""

from __future__ import annotations

import sys

import pytest

from iasante_desktop.drafts import Draft
from iasante_desktop.drafts.paths import journal_of

from .conftest import kill, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX processes")

# A writer that stops inside its transaction and waits to be killed. With `spill`, a one-page cache forces
# SQLite to sync the journal (writing its magic number) and write the draft itself before the commit:
# the kill then leaves a hot journal. Without it, the journal's header is still zeros and the draft
# untouched: a stale journal SQLite will not replay.
STOPPED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect({path!r}, isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE fields SET value = '\\"KILLED\\"' WHERE key = 'acronym'")
if {spill!r}:
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("UPDATE fields SET value = ? WHERE key = 'resume'", ('"' + 'x' * 200_000 + '"',))
print("inside", flush=True)
time.sleep(120)
"""


def _kill_inside_a_transaction(path, data_dir, spill: bool) -> bytes:
    process = spawn(STOPPED_WRITER.format(path=str(path), spill=spill), data_dir)
    assert process.stdout.readline().strip() == "inside", process.stderr.read()
    kill(process)
    return journal_of(path).read_bytes()


@pytest.mark.parametrize("spill", [False, True], ids=["stale-journal", "hot-journal"])
def test_opening_after_a_kill_mid_save_keeps_the_last_commit_and_leaves_no_journal(dossier, tmp_path, data_dir, spill):
    path = tmp_path / "d.iasante"
    Draft.create(path, dossier).close()
    left = _kill_inside_a_transaction(path, data_dir, spill)
    # The case this test is about really happened: a zeroed header (stale) or SQLite's magic (hot).
    assert (left[:8] == b"\0" * 8) is not spill

    with Draft.open(path) as draft:
        assert not journal_of(path).exists(), "opening must leave no journal beside the draft"
        assert draft.load() == dossier
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["d.iasante"]


def test_a_stale_journal_is_gone_even_when_the_draft_is_only_read(dossier, tmp_path, data_dir):
    path = tmp_path / "d.iasante"
    with Draft.create(path, dossier):
        pass
    _kill_inside_a_transaction(path, data_dir, spill=False)
    draft = Draft.open(path)
    draft.close()  # nothing changed: close writes nothing, the journal must be gone already
    assert not journal_of(path).exists()


# A process killed while writing the recent list leaves its temporary file; the next writer removes it, but
# never one that another running copy of the application is still writing (it holds it locked).
HOLD_TEMP = """
import fcntl, os, sys, time
fd = os.open({path!r}, os.O_WRONLY | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(120)
"""


def test_opening_a_draft_sweeps_temporary_files_a_killed_writer_left_but_not_one_in_use(dossier, tmp_path, data_dir):
    path = tmp_path / "d.iasante"
    Draft.create(path, dossier).close()
    orphan = data_dir / ".recent-orphan.tmp"
    orphan.write_text("[")
    busy = data_dir / ".recent-busy.tmp"
    writer = spawn(HOLD_TEMP.format(path=str(busy)), data_dir)
    try:
        assert writer.stdout.readline().strip() == "held"
        Draft.open(path).close()
        assert not orphan.exists()
        assert busy.exists()
    finally:
        kill(writer)
    Draft.open(path).close()
    assert not busy.exists()
    assert [p.name for p in data_dir.glob("*.tmp")] == []
