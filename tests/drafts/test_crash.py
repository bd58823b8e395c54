"""Crash safety: an app killed at any moment leaves a draft that opens with its last or previous state."""

from __future__ import annotations

import random
import sys
import time

import pytest

from iasante_desktop.drafts import Draft

from .conftest import kill, spawn

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX processes"),
]

KILLS = 20

# Each iteration changes texts, sometimes swaps an attachment (a larger transaction) and sometimes takes a
# version, then reports the number it committed. The number lives in the acronym; the résumé and the
# attachment's name repeat it so a torn state would show.
SAVE_LOOP = """
import os, random
from iasante_desktop.core.dossier import Attachment
from iasante_desktop.drafts import Draft
draft = Draft.open({path!r})
dossier = draft.load()
n = int(dossier.acronym.split("-")[1])
while True:
    n += 1
    dossier.acronym = f"N-{{n}}"
    dossier.resume = f"texte {{n}} " * random.randint(10, 400)
    if n % 3 == 0:
        data = os.urandom(random.randint(1, 400_000))
        dossier.attachments = [Attachment(kind="annex", filename=f"annexe-{{n}}.pdf", data=data)]
    if n % 7 == 0:
        draft.checkpoint(dossier=dossier)
    else:
        draft.save(dossier)
    print(n, flush=True)
"""


def _number(dossier) -> int:
    return int(dossier.acronym.split("-")[1])


def test_a_draft_survives_twenty_kills_during_saves(dossier, tmp_path, data_dir):
    path = tmp_path / "crash.iasante"
    dossier.acronym = "N-0"
    dossier.attachments = []
    Draft.create(path, dossier).close()
    rng = random.Random(2026)
    committed = 0
    for attempt in range(KILLS):
        log = tmp_path / f"log-{attempt}.txt"
        with open(log, "w") as out:
            process = spawn(SAVE_LOOP.format(path=str(path)), data_dir, stdout=out)
            deadline = time.monotonic() + 60
            while log.stat().st_size == 0 and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)  # wait for the loop to run before choosing when to kill
            time.sleep(rng.uniform(0.0, 0.25))
            alive = process.poll() is None
            kill(process)
        assert alive, f"the saving process ended by itself: {process.stderr}"
        printed = [int(line) for line in log.read_text().split()]
        assert printed, "the saving process committed nothing"
        reported = printed[-1]
        with Draft.open(path) as draft:
            loaded = draft.load()
            number = _number(loaded)
            # The kill may land after a commit and before its number is printed: one ahead is fine.
            assert number in (reported, reported + 1), (attempt, number, reported)
            assert loaded.resume.plain().startswith(f"texte {number} ")
            for attachment in loaded.attachments:
                assert int(attachment.filename.split("-")[1].split(".")[0]) <= number
            assert draft.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            for version in draft.versions()[:3]:
                assert _number(draft.load_version(version.id)) <= number
        assert number >= committed
        committed = number
    assert committed > KILLS  # the loop really saved many times between kills
