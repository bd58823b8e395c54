"""Drafts under faults (issue 15): concurrent writers of one path, a kill -9 in the middle of an import, a
full disk, a damaged header, a command run while the app saves. Nothing lost, never a traceback, one line.

Each child process is this checkout's Python running a few lines; kills are SIGKILL (no cleanup at all)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import Draft, DraftError, DraftLockedError

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX locks, signals and resource limits")


def child(code: str, data_dir: Path, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, IASANTE_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.update(kwargs.pop("env", {}))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def finish(process: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# A child that creates a draft of `acronym` at PATH, exclusively, once the file GO exists.
CREATE = """
import os, sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from factories import make_complete_dossier
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import Draft, DraftError
dossier = make_complete_dossier(resolve_call())
dossier.acronym = {acronym!r}
dossier.attachments = [Attachment(kind="annex", filename="a.pdf", data=b"%PDF-1.7 " + os.urandom({size}))]
print("ready", flush=True)
while not os.path.exists({go!r}):
    time.sleep(0.001)
try:
    Draft.create(Path({path!r}), dossier, exclusive=True).close()
    print("written", flush=True)
except DraftError as error:
    print("refused:", error.fr, flush=True)
"""


def _start_writer(tmp_path, data_dir, acronym, target, go, size=200_000):
    process = child(
        CREATE.format(tests=str(REPO / "tests"), acronym=acronym, size=size, go=str(go), path=str(target)), data_dir
    )
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def test_two_writers_of_one_path_keep_exactly_one_whole_dossier(tmp_path, private_data_dir, long_run):
    """Case 1: both used to print "Brouillon écrit" and one dossier was lost; now one is written whole and
    the other is told, in French then English, that the name is taken: nothing is lost silently."""
    runs = 25 if long_run else 6
    outcomes: dict[str, int] = {}
    for run in range(runs):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        target, go = folder / "dossier.iasante", folder / "go"
        writers = [_start_writer(folder, private_data_dir, name, target, go) for name in ("ALPHA", "BETA")]
        go.touch()
        results = [finish(w) for w in writers]
        for code, out, err in results:
            assert code == 0 and "Traceback" not in err, err
        written = [name for name, (_, out, _) in zip(("ALPHA", "BETA"), results) if out.startswith("written")]
        refused = [out for _, out, _ in results if out.startswith("refused:")]
        assert len(written) == 1 and len(refused) == 1, results
        assert "déjà en cours d'écriture par un autre programme" in refused[0] or "existe déjà" in refused[0]
        outcomes[refused[0].split(":")[1][:60]] = outcomes.get(refused[0].split(":")[1][:60], 0) + 1
        with Draft.open(target) as draft:
            kept = draft.load()
        assert kept.acronym == written[0] and len(kept.attachments) == 1
        assert len(kept.attachments[0].data) > 200_000
        assert leftovers(folder) == [], leftovers(folder)
    print(f"{runs} concurrent runs: {outcomes}")


def test_a_second_writer_is_told_another_program_is_writing_and_leftovers_go_at_once(
    tmp_path, private_data_dir, complete_dossier
):
    """A writer stopped half-way (kept alive, then killed): the second one is refused with "déjà en cours
    d'écriture par un autre programme"; once the first is dead, its temp file is swept by the next write."""
    target = tmp_path / "dossier.iasante"
    holder = child(
        f"""
        import sys, time
        from pathlib import Path
        from iasante_desktop.drafts import store
        def stuck(path):
            print("writing", flush=True)
            time.sleep(120)
        store._fsync_file = stuck  # the temp file is complete, not yet published
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from factories import make_complete_dossier
        from iasante_desktop.core.callspec import resolve_call
        store.Draft.create(Path({str(target)!r}), make_complete_dossier(resolve_call()), exclusive=True)
        """,
        private_data_dir,
    )
    try:
        assert holder.stdout.readline().strip() == "writing", holder.stderr.read()
        assert len(leftovers(tmp_path)) >= 1
        with pytest.raises(DraftLockedError) as caught:
            Draft.create(target, complete_dossier, exclusive=True)
        assert "déjà en cours d'écriture par un autre programme" in caught.value.fr
        assert "already being written by another program" in caught.value.en
        assert not target.exists()
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdout.close()
        holder.stderr.close()
    assert not target.exists()  # the killed writer published nothing
    assert leftovers(tmp_path) != []  # ... and left its temp file
    Draft.create(target, complete_dossier, exclusive=True).close()
    assert leftovers(tmp_path) == []
    with Draft.open(target) as draft:
        assert draft.load().acronym == complete_dossier.acronym


def test_an_existing_draft_is_never_replaced_by_an_exclusive_create(tmp_path, complete_dossier):
    target = tmp_path / "dossier.iasante"
    Draft.create(target, complete_dossier).close()
    before = target.read_bytes()
    other = complete_dossier
    other.acronym = "AUTRE"
    with pytest.raises(DraftError) as caught:
        Draft.create(target, other, exclusive=True)
    assert "existe déjà" in caught.value.fr and "already exists" in caught.value.en
    assert target.read_bytes() == before and leftovers(tmp_path) == []


def test_kill_9_during_import_leaves_a_whole_draft_or_none_and_no_leftover(tmp_path, private_data_dir, long_run):
    """Case 3: after a kill the draft is complete or absent (never an empty "damaged" one), importing again
    works, and the hidden temp and journal files of the killed run are gone after it."""
    kills = 40 if long_run else 10
    rng = random.Random(15)
    seen = {"absent": 0, "whole": 0}
    go = tmp_path / "go"
    go.touch()
    for run in range(kills):
        folder = tmp_path / f"k{run}"
        folder.mkdir()
        target = folder / "dossier.iasante"
        writer = _start_writer(folder, private_data_dir, "KILLED", target, go, size=3_000_000)
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        writer.stderr.close()
        if target.exists():
            seen["whole"] += 1
            with Draft.open(target) as draft:
                kept = draft.load()
            assert kept.acronym == "KILLED" and len(kept.attachments[0].data) > 3_000_000
        else:
            seen["absent"] += 1
            again = _start_writer(folder, private_data_dir, "AGAIN", target, go, size=1000)
            code, out, err = finish(again)
            assert out.startswith("written"), (out, err)
        # the next run in that folder cleans what the killed one left
        again = _start_writer(folder, private_data_dir, "OTHER", folder / "autre.iasante", go, size=1000)
        code, out, err = finish(again)
        assert out.startswith("written"), (out, err)
        assert leftovers(folder) == [], leftovers(folder)
    assert seen["absent"] + seen["whole"] == kills
    print(f"{kills} kills during import: {seen}")


FULL_DISK = """
import os, resource, signal, sys
sys.path.insert(0, {tests!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, like a full disk
from pathlib import Path
from factories import make_complete_dossier
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import Draft, DraftError
dossier = make_complete_dossier(resolve_call())
dossier.attachments = [Attachment(kind="annex", filename="gros.pdf", data=b"%PDF-1.7 " + os.urandom(2_000_000))]
resource.setrlimit(resource.RLIMIT_FSIZE, (500_000, 500_000))
try:
    Draft.create(Path({path!r}), dossier, exclusive=True).close()
    print("written")
except DraftError as error:
    print("refused:", error.fr)
    print("system:", error.system)
"""


def test_a_full_disk_during_import_leaves_nothing_and_says_so(tmp_path, private_data_dir):
    """Case 3 (nearly full disk): no empty draft, no "la dernière version enregistrée est intacte" when there
    is none, the file the user named, and what to do; importing again after freeing space works."""
    target = tmp_path / "dossier.iasante"
    code, out, err = finish(child(FULL_DISK.format(tests=str(REPO / "tests"), path=str(target)), private_data_dir))
    assert code == 0 and "Traceback" not in err, err
    assert out.startswith("refused:"), out
    # SQLite reports a write past the limit as an I/O error, a real full disk as "full": both say so.
    assert "dossier.iasante" in out and "disque" in out and "plein" in out and "espace disque" in out
    assert "dernière version enregistrée est intacte" not in out
    assert "database or disk" not in out and "File too large" not in out
    assert "system: True" in out
    assert not target.exists() and leftovers(tmp_path) == []


def _draft_with_versions(path: Path, dossier, count: int = 4) -> None:
    with Draft.create(path, dossier) as draft:
        for number in range(count):
            dossier.title = f"Titre de la version {number + 1}"
            draft.checkpoint(dossier=dossier)


@pytest.mark.parametrize("offset", [16, 17, 20, 21, 22, 23, 60, 63, 68, 71, 0, 15])
def test_one_damaged_header_byte_never_hides_intact_versions(tmp_path, complete_dossier, offset):
    """Case 6: a byte of the header used to crash (KeyError, UnicodeDecodeError) or hide four intact
    versions ("aucune version lisible"). Now: read as it is, or damaged with every version offered."""
    path = tmp_path / "d.iasante"
    _draft_with_versions(path, complete_dossier)
    raw = bytearray(path.read_bytes())
    for flip in (0x01, 0x80, 0xFF):
        raw_variant = bytearray(raw)
        raw_variant[offset] ^= flip
        variant = tmp_path / f"v{offset}-{flip}.iasante"
        variant.write_bytes(raw_variant)
        try:
            dossier = Draft.read_only(variant)
        except DraftError as error:
            assert "endommagé" in error.fr, error.fr
            assert len(error.recoverable) == 4, (offset, flip, error.fr)
            assert {v.label for v in error.recoverable} == {""} or error.recoverable
            with Draft.open_recovering(variant, error.recoverable[0].id) as recovered:
                assert recovered.load().title == "Titre de la version 4"
                assert len(recovered.versions()) >= 4
        else:
            assert dossier.title == "Titre de la version 4"


def test_a_user_version_byte_damaged_to_zero_opens_the_draft_and_heals_the_header(tmp_path, complete_dossier):
    path = tmp_path / "d.iasante"
    _draft_with_versions(path, complete_dossier)
    raw = bytearray(path.read_bytes())
    raw[63] = 0  # "format 0": the migration used to fail and offer no version at all
    path.write_bytes(raw)
    with Draft.open(path) as draft:
        assert draft.load().title == "Titre de la version 4"
        assert len(draft.versions()) == 4
    assert path.read_bytes()[60:64] == (2).to_bytes(4, "big")


SAVER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from factories import make_complete_dossier
from iasante_desktop.core.callspec import resolve_call
from iasante_desktop.drafts import Draft
dossier = make_complete_dossier(resolve_call())
draft = Draft.open(Path({path!r}))
base = dict(dossier.description)
print("saving", flush=True)
n = 0
while True:
    n += 1
    dossier.resume = "Résumé " + str(n) + " " + "x" * (n % 3000)
    dossier.description = dict((k, v + str(n) * (n % 500)) for k, v in base.items())
    draft.save(dossier, reason="save" if n % 7 == 0 else "autosave")
"""


def test_check_while_the_app_saves_never_calls_a_healthy_draft_damaged(tmp_path, private_data_dir, complete_dossier, long_run):
    """Case 5: `check` copied the draft without SQLite's lock and called it damaged 143 times in 178 under a
    continuous saver, or died on a vanished journal. Now it reads under the shared lock."""
    path = tmp_path / "ouvert.iasante"
    Draft.create(path, complete_dossier).close()
    saver = child(SAVER.format(tests=str(REPO / "tests"), path=str(path)), private_data_dir)
    checks = 200 if long_run else 60
    seen = set()
    try:
        assert saver.stdout.readline().strip() == "saving", saver.stderr.read()
        for _ in range(checks):
            dossier = Draft.read_only(path)  # raises DraftError on a false "damaged"
            assert dossier.resume.plain().startswith("Résumé ") or dossier.resume == complete_dossier.resume
            assert dossier.acronym == complete_dossier.acronym
            seen.add(dossier.resume)
    finally:
        saver.kill()
        saver.wait(timeout=30)
        saver.stdout.close()
        saver.stderr.close()
    assert len(seen) > 1  # the saver did save in between: the reads met it
    print(f"{checks} reads under a continuous saver: none damaged, {len(seen)} different states seen")


def test_a_draft_with_a_250_character_name_is_read_without_a_journal_or_temp_copy(tmp_path, complete_dossier, monkeypatch):
    """Case 8: a legal 250-character name has no room for "-journal"; `check` must still read it, and must
    not need free temp space the size of the draft."""
    name = "d" * (250 - len(".iasante")) + ".iasante"
    path = tmp_path / name
    Draft.create(tmp_path / "court.iasante", complete_dossier).close()
    os.rename(tmp_path / "court.iasante", path)
    import tempfile

    def no_temp(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", no_temp)
    assert Draft.read_only(path).acronym == complete_dossier.acronym


def test_the_sweep_takes_only_our_orphans(tmp_path, complete_dossier):
    """A user's file that merely looks like a temp file is never removed; a long legal name gets a temp file
    that fits, and nothing is left once the draft is written."""
    folder = tmp_path / "partage"
    folder.mkdir()
    theirs = folder / ".notes.0a1b2c3d.tmp"
    theirs.write_text("à garder", encoding="utf-8")
    orphan = folder / ".vieux.iasante.0a1b2c3d.tmp"
    orphan.write_bytes(b"half")
    Path(f"{orphan}-journal").write_bytes(b"j")
    name = "n" * (240 - len(".iasante")) + ".iasante"
    Draft.create(folder / name, complete_dossier, exclusive=True).close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([theirs.name, name])


def test_a_full_disk_while_saving_is_said_in_french_without_sqlites_english(tmp_path, complete_dossier):
    """Case 10: the save's message carried SQLite's own "database or disk is full"."""
    with Draft.create(tmp_path / "plein.iasante", complete_dossier) as draft:
        pages = draft.conn.execute("PRAGMA page_count").fetchone()[0]
        draft.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
        complete_dossier.attachments.append(Attachment(kind="annex", filename="gros.pdf", data=os.urandom(500_000)))
        with pytest.raises(DraftError) as caught:
            draft.save(complete_dossier)
        assert caught.value.system
        assert "plein.iasante" in caught.value.fr and "le disque est plein" in caught.value.fr
        assert "database or disk" not in str(caught.value)
        draft.conn.execute("PRAGMA max_page_count = 1073741823")
