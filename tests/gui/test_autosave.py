"""Autosave: the draft on disk has the text within a second of the last keystroke, without freezing typing."""

from __future__ import annotations

import time

from guikit import draft_on_disk, type_text
from iasante_desktop.gui.session import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, SAVED


def test_autosave_writes_the_draft_within_a_second_of_the_last_edit(window, qtbot, tmp_path):
    editor = window.pages["resume_grand_public"].editor
    saved_at = []
    window.session.state_changed.connect(lambda s: saved_at.append(time.monotonic()) if s == SAVED else None)
    type_text(editor, "La voix change avant la mémoire.")
    last_edit = time.monotonic()
    assert window.session.state != SAVED
    qtbot.waitUntil(lambda: bool(saved_at), timeout=2000)
    assert saved_at[0] - last_edit <= 1.0, f"saved {saved_at[0] - last_edit:.3f} s after the last edit"
    on_disk = draft_on_disk(window.ctx.draft.path, tmp_path)
    assert on_disk.resume_grand_public == "La voix change avant la mémoire."


def test_typing_without_a_pause_is_still_saved_within_a_second(window, qtbot, tmp_path):
    """A save waits for a pause, but never longer than AUTOSAVE_MAX_WAIT_MS: non-stop typing is not left
    hanging on a crash."""
    editor = window.pages["resume"].editor
    saves = []
    window.session.state_changed.connect(lambda s: saves.append(time.monotonic()) if s == SAVED else None)
    started = time.monotonic()
    typed = ""
    while time.monotonic() - started < 1.6:
        type_text(editor, "a")
        typed += "a"
        qtbot.wait(80)  # a fast typist, never pausing for the quiet delay
    assert saves, "nothing was saved during 1.6 s of typing"
    assert saves[0] - started <= AUTOSAVE_MAX_WAIT_MS / 1000 + 0.2
    assert len(draft_on_disk(window.ctx.draft.path, tmp_path).resume.plain()) > 0


def test_a_pause_in_typing_saves_after_the_quiet_delay(window, qtbot):
    editor = window.pages["resume"].editor
    saves = []
    window.session.state_changed.connect(lambda s: saves.append(time.monotonic()) if s == SAVED else None)
    type_text(editor, "Une phrase.")
    typed_at = time.monotonic()
    qtbot.waitUntil(lambda: bool(saves), timeout=2000)
    assert AUTOSAVE_DELAY_MS / 1000 - 0.05 <= saves[0] - typed_at <= 1.0


def test_per_keystroke_work_stays_small(window):
    """A keystroke (re-measure, re-validate, every page refreshed) and the save must not freeze typing."""
    editor = window.pages["resume"].editor
    type_text(editor, "Échauffement. ")
    text = "Texte tapé au clavier, « accents » compris. " * 3
    started = time.perf_counter()
    type_text(editor, text)
    per_key_ms = (time.perf_counter() - started) * 1000 / len(text)
    window.session.save_now()
    assert per_key_ms < 40, f"{per_key_ms:.1f} ms per keystroke"
    checks = sorted(window.session.check_durations_ms[-len(text):])
    assert checks[len(checks) // 2] < 10, checks
    assert window.session.save_durations_ms[-1] < 50, window.session.save_durations_ms[-1]
