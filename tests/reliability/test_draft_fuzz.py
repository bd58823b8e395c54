"""The draft format fuzzed (issue 15): damaged variants of a real draft (bytes flipped in the header, in the
pages, and in a hot journal left by a killed writer) read as `check` reads them. Zero tracebacks, and never
"damaged" for a file SQLite itself finds intact with the same content.

1 000 variants per run (4-14 s on this shared 2-core machine), 10 000 with `--long` (about 1 min).
A failure names the seed that rebuilds it."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import Draft, DraftError

REPO = Path(__file__).resolve().parents[2]
VARIANTS, LONG_VARIANTS = 1000, 10_000


def _dump(path: Path) -> list[str] | None:
    """What SQLite reads in the file (a private copy, journal played back), or None if it is not intact."""
    folder = path.parent / "sqlite-view"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    copy = folder / "v.db"
    shutil.copyfile(path, copy)
    journal = Path(f"{path}-journal")
    if journal.exists():
        shutil.copyfile(journal, Path(f"{copy}-journal"))
    try:
        conn = sqlite3.connect(copy)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                return None
            header = conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0]
            return [repr(header), *conn.iterdump()]
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeError, ValueError):
        return None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


HALF_WRITTEN = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # the change spills into the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE fields SET value = ? WHERE key = 'description'", ('"' + "z" * 60000 + '"',))
conn.execute("UPDATE blobs SET data = zeroblob(length(data))")
os._exit(9)  # killed mid-transaction: a hot journal and a half-changed file
"""


@pytest.fixture(scope="module")
def specimens(tmp_path_factory, call):
    """A draft with four versions and two attachments, and the same draft with a hot journal."""
    folder = tmp_path_factory.mktemp("fuzz-specimens")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IASANTE_DATA_DIR", str(folder / "data"))  # never the user's own data folder
        yield _make_specimens(folder, call)


def _make_specimens(folder: Path, call) -> dict:
    from factories import make_complete_dossier

    dossier = make_complete_dossier(call)
    rng = random.Random(1)
    dossier.attachments = [
        Attachment(kind="cv", filename="cv.pdf", data=b"%PDF-1.7 " + rng.randbytes(20_000), partner=0),
        Attachment(kind="letter", filename="lettre.pdf", data=b"%PDF-1.7 " + rng.randbytes(6_000)),
    ]
    clean = folder / "clean.iasante"
    with Draft.create(clean, dossier) as draft:
        for number in range(4):
            dossier.title = f"Titre de la version {number + 1}"
            draft.checkpoint(dossier=dossier)
    hot = folder / "hot.iasante"
    shutil.copyfile(clean, hot)
    subprocess.run([sys.executable, "-c", textwrap.dedent(HALF_WRITTEN), str(hot)], check=False, timeout=60)
    assert Path(f"{hot}-journal").stat().st_size > 0
    expected = Draft.read_only(clean)
    assert Draft.read_only(hot) == expected  # the journal is played back: the last commit, whole
    return {
        "clean": clean.read_bytes(),
        "hot": hot.read_bytes(),
        "journal": Path(f"{hot}-journal").read_bytes(),
        "expected": expected,
        "dump": _dump(clean),
    }


def _flip(data: bytes, rng: random.Random, low: int, high: int, count: int) -> bytes:
    damaged = bytearray(data)
    for _ in range(count):
        at = rng.randrange(low, min(high, len(damaged)))
        damaged[at] ^= rng.choice((0x01, 0x02, 0x10, 0x80, 0xFF, rng.randrange(1, 256)))
    return bytes(damaged)


def variant(seed: int, specimens: dict) -> tuple[str, bytes, bytes | None]:
    """(kind, draft bytes, journal bytes or None) for one seed."""
    rng = random.Random(seed)
    kind = rng.choices(("header", "pages", "journal"), weights=(3, 5, 2))[0]
    count = rng.randint(1, 3)
    if kind == "header":
        return kind, _flip(specimens["clean"], rng, 0, 100, count), None
    if kind == "pages":
        return kind, _flip(specimens["clean"], rng, 100, len(specimens["clean"]), count), None
    return kind, specimens["hot"], _flip(specimens["journal"], rng, 0, len(specimens["journal"]), count)


def test_a_thousand_damaged_drafts_give_no_traceback_and_no_false_damage(specimens, tmp_path, private_data_dir, long_run):
    count = LONG_VARIANTS if long_run else VARIANTS
    path = tmp_path / "variante.iasante"
    journal = Path(f"{path}-journal")
    tracebacks: list[str] = []
    false_damage: list[int] = []
    outcomes = {"read": 0, "damaged": 0, "not a draft": 0}
    kinds: dict[str, int] = {}
    recovered = opened = 0
    for seed in range(count):
        kind, data, journal_data = variant(seed, specimens)
        kinds[kind] = kinds.get(kind, 0) + 1
        path.write_bytes(data)
        if journal_data is None:
            journal.unlink(missing_ok=True)
        else:
            journal.write_bytes(journal_data)
        try:
            Draft.read_only(path)
            outcomes["read"] += 1
        except DraftError as error:
            if getattr(error, "system", False):
                tracebacks.append(f"seed {seed} ({kind}): a system error for a damaged file: {error.fr}")
                continue
            if "n'est pas un brouillon" in error.fr:
                outcomes["not a draft"] += 1
            else:
                outcomes["damaged"] += 1
                recovered += bool(error.recoverable)
            if _dump(path) == specimens["dump"]:
                false_damage.append(seed)
        except Exception as exc:  # noqa: BLE001 - what the user would have seen as a traceback
            tracebacks.append(f"seed {seed} ({kind}): {type(exc).__name__}: {exc}")
        if seed % 10 == 0:  # one in ten also opened for editing, as the app opens it (then closed)
            opened += 1
            try:
                Draft.open(path).close()
            except DraftError:
                pass
            except Exception as exc:  # noqa: BLE001
                tracebacks.append(f"seed {seed} ({kind}), opening: {type(exc).__name__}: {exc}")
    print(
        f"{count} variants {kinds}: {outcomes}, {recovered} damaged ones offering saved states; "
        f"{opened} also opened for editing"
    )
    assert tracebacks == [], tracebacks[:10]
    assert false_damage == [], f"intact files called damaged, seeds {false_damage[:20]}"
    assert outcomes["damaged"] > 0 and outcomes["read"] > 0  # the variants do reach both outcomes
    # a damaged file still offers what is intact (four versions that a flipped byte rarely all reaches)
    assert recovered >= 0.9 * outcomes["damaged"], (recovered, outcomes)


def test_the_intact_specimens_are_never_damaged(specimens, tmp_path):
    for name in ("clean", "hot"):
        path = tmp_path / f"{name}.iasante"
        path.write_bytes(specimens[name])
        if name == "hot":
            Path(f"{path}-journal").write_bytes(specimens["journal"])
        assert Draft.read_only(path) == specimens["expected"]
        with Draft.open(path) as draft:
            assert draft.load() == specimens["expected"]
            assert len(draft.versions()) == 4
