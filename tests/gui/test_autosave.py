"""Autosave: the draft on disk has the text soon after the last keystroke, and non-stop typing is saved too.

The schedule is checked on the session's own clock (no wall-clock assertion here: keystroke and save costs
are measured by `python -m bench`)."""

from __future__ import annotations

from guikit import draft_on_disk, type_text
from iasante_desktop.gui.session import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, PENDING, SAVED


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_pause_in_typing_saves_the_text_after_the_quiet_delay(window, qtbot, tmp_path):
    editor = window.pages["resume_grand_public"].editor
    type_text(editor, "La voix change avant la mémoire.")
    assert window.session.state == PENDING
    assert window.session.timer.isActive() and window.session.timer.interval() == AUTOSAVE_DELAY_MS
    qtbot.waitUntil(lambda: window.session.state == SAVED, timeout=10_000)
    on_disk = draft_on_disk(window.ctx.draft.path, tmp_path)
    assert on_disk.resume_grand_public == "La voix change avant la mémoire."


def test_non_stop_typing_is_saved_no_later_than_the_maximum_wait(window):
    """Each keystroke postpones the save for a quiet moment, but never past AUTOSAVE_MAX_WAIT_MS after the
    first unsaved edit: a typist who never pauses is not left one crash away from losing everything."""
    session = window.session
    clock = FakeClock()
    session.clock = clock
    editor = window.pages["resume"].editor
    intervals = []
    for _ in range(AUTOSAVE_MAX_WAIT_MS // 80 + 2):
        type_text(editor, "a")
        intervals.append(session.timer.interval())
        assert session.timer.isActive()
        clock.now += 0.08  # a fast typist: 80 ms between keys, never the quiet delay
    # The save is due when the first unsaved edit is AUTOSAVE_MAX_WAIT_MS old, whatever the typing.
    due = [k * 80 + interval for k, interval in enumerate(intervals)]
    assert intervals[0] == AUTOSAVE_DELAY_MS
    assert all(d == min(k * 80 + AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS) for k, d in enumerate(due) if k * 80 <= AUTOSAVE_MAX_WAIT_MS)
    assert intervals[-1] == 0  # past the maximum wait: saved at the next turn of the event loop


def test_the_timer_fires_a_save_that_writes_every_keystroke(window, qtbot, tmp_path):
    editor = window.pages["resume"].editor
    type_text(editor, "abc")
    window.session.timer.timeout.emit()
    assert window.session.state == SAVED
    assert draft_on_disk(window.ctx.draft.path, tmp_path).resume.plain().endswith("abc")
