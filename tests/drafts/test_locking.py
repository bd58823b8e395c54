"""One window per draft, across processes; a crashed app neither keeps the draft locked nor forgets it."""

from __future__ import annotations

import sys

import pytest

from iasante_desktop.drafts import Draft, DraftLockedError, dismiss_unclean, unclean_drafts

from .conftest import kill, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX processes")

HOLD = """
import time
from iasante_desktop.drafts import Draft
draft = Draft.open({path!r})
print("ready", flush=True)
time.sleep(120)
"""

TRY_OPEN = """
from iasante_desktop.drafts import Draft, DraftLockedError
try:
    Draft.open({path!r}).close()
    print("opened")
except DraftLockedError as error:
    print("locked:", error.message("fr"))
"""


@pytest.fixture
def closed_draft(dossier, tmp_path):
    path = tmp_path / "partage.iasante"
    Draft.create(path, dossier).close()
    return path


def _holder(path, data_dir):
    process = spawn(HOLD.format(path=str(path)), data_dir)
    line = process.stdout.readline()
    if line.strip() != "ready":
        kill(process)
        pytest.fail(f"the holding process did not start: {line!r}")
    return process


def test_a_second_process_is_refused_and_the_lock_dies_with_the_first(closed_draft, data_dir):
    holder = _holder(closed_draft, data_dir)
    try:
        with pytest.raises(DraftLockedError) as caught:
            Draft.open(closed_draft)
        assert "partage.iasante" in caught.value.fr and "partage.iasante" in caught.value.en
    finally:
        kill(holder)
    with Draft.open(closed_draft) as draft:  # the killed process left no stale lock
        assert draft.load().acronym == "NEURO-IA"


def test_another_process_cannot_open_a_draft_this_one_edits(closed_draft, data_dir):
    with Draft.open(closed_draft):
        other = spawn(TRY_OPEN.format(path=str(closed_draft)), data_dir)
        out, err = other.communicate(timeout=60)
    assert out.startswith("locked:") and "partage.iasante" in out, (out, err)
    other = spawn(TRY_OPEN.format(path=str(closed_draft)), data_dir)
    out, err = other.communicate(timeout=60)
    assert out.strip() == "opened", err


def test_a_second_window_of_the_same_process_is_refused(closed_draft):
    with Draft.open(closed_draft):
        with pytest.raises(DraftLockedError):
            Draft.open(closed_draft)
    Draft.open(closed_draft).close()


def test_drafts_open_when_the_app_was_killed_are_offered_at_next_start(closed_draft, dossier, tmp_path, data_dir):
    tidy = tmp_path / "ferme-proprement.iasante"
    Draft.create(tidy, dossier).close()
    holder = _holder(closed_draft, data_dir)
    try:
        assert unclean_drafts() == []  # still running: not a crash
    finally:
        kill(holder)
    assert unclean_drafts() == [closed_draft.resolve()]
    with Draft.open(closed_draft):
        assert unclean_drafts() == []  # taken back by this session
    assert unclean_drafts() == []


def test_a_declined_crash_offer_is_not_repeated(closed_draft, data_dir):
    kill(_holder(closed_draft, data_dir))
    (offered,) = unclean_drafts()
    dismiss_unclean(offered)
    assert unclean_drafts() == []


def test_a_crashed_draft_that_was_deleted_is_not_offered(closed_draft, data_dir):
    kill(_holder(closed_draft, data_dir))
    closed_draft.unlink()
    assert unclean_drafts() == []
