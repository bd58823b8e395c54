"""The open dossier's life: checking after every edit and the debounced autosave into its draft."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from iasante_desktop.core.measures import Measures
from iasante_desktop.gui.context import AppContext

# Autosave after this much quiet, so a pause in typing is on disk almost at once ...
AUTOSAVE_DELAY_MS = 500
# ... but never later than this after the first unsaved edit: someone typing without a pause for minutes
# must not be one crash away from losing all of it. A keystroke is on disk at most this long (plus the save
# itself, a few milliseconds) after it was typed.
AUTOSAVE_MAX_WAIT_MS = 750

SAVED = "saved"
PENDING = "pending"
SAVING = "saving"
FAILED = "failed"


class DossierSession(QObject):
    """Owns ctx.draft. Pages report edits through ctx.edited(); this re-measures, re-validates, emits
    ctx.events.checked, and schedules the save."""

    state_changed = Signal(str)
    save_failed = Signal(str)  # the user-facing message, in the interface language

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = SAVED
        self.save_durations_ms: list[float] = []
        self.check_durations_ms: list[float] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.clock = time.monotonic  # seconds; tests drive it to check the save schedule without waiting
        self._first_unsaved: float | None = None  # self.clock() of the oldest edit not yet saved
        self._last_edited = ""  # the field path of the last edit: the draft is renamed once the acronym is left
        ctx.events.edited.connect(self._edited)

    # ---- checking ------------------------------------------------------------------------------------------

    def check(self) -> None:
        started = time.perf_counter()
        ctx = self.ctx
        if ctx.draft is None:
            # Nothing is open: the window lists the pages greyed, with no verdict on a dossier nobody has
            # begun. The checker (and the modules it loads) waits for the first dossier.
            ctx.measures, ctx.findings, ctx.budget = Measures(), [], None
            self.ctx.events.checked.emit()
            return
        from iasante_desktop.checking import check, engine_for

        if ctx.engine is None:
            ctx.engine = engine_for(ctx.call)  # the layout engine and its fonts wait for the first dossier
        result = check(ctx.dossier, ctx.call)
        ctx.measures = result.measures
        ctx.findings = result.findings
        ctx.budget = result.budget
        self.check_durations_ms.append((time.perf_counter() - started) * 1000)
        del self.check_durations_ms[:-200]
        self.ctx.events.checked.emit()

    def _edited(self, path: str) -> None:
        self._last_edited = path
        self.check()
        if self.ctx.draft is not None:
            now = self.clock()
            if self._first_unsaved is None:
                self._first_unsaved = now
            waited_ms = (now - self._first_unsaved) * 1000
            self.timer.start(max(0, round(min(AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS - waited_ms))))
            self._set_state(PENDING)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # ---- saving --------------------------------------------------------------------------------------------

    def save_now(self, reason: str = "autosave") -> bool:
        """Write the dossier into the draft now; False (and save_failed) when the draft refused it."""
        from iasante_desktop.drafts import DraftError

        self.timer.stop()
        draft = self.ctx.draft
        if draft is None:
            return False
        self._first_unsaved = None
        self._set_state(SAVING)
        started = time.perf_counter()
        try:
            draft.save(self.ctx.dossier, reason=reason)
        except DraftError as exc:
            self._set_state(FAILED)
            self.save_failed.emit(exc.message(self.ctx.lang))
            return False
        except OSError as exc:
            self._set_state(FAILED)
            self.save_failed.emit(
                self.tr("Enregistrement impossible : {why}").format(why=exc.strerror or exc)
            )
            return False
        self.save_durations_ms.append((time.perf_counter() - started) * 1000)
        del self.save_durations_ms[:-200]
        self._set_state(SAVED)
        if self._last_edited != "acronym" or reason != "autosave":
            self._follow_acronym()  # not while the acronym is being typed: one rename, once it is left
        return True

    def _follow_acronym(self) -> None:
        from iasante_desktop.drafts import DraftError

        draft = self.ctx.draft
        try:
            if draft is not None and draft.name_after_acronym(self.ctx.dossier.acronym):
                self.state_changed.emit(self.state)  # the title shows the new name
        except (DraftError, OSError):
            pass  # the draft keeps its first name; nothing is lost

    def checkpoint(self, label: str = "") -> bool:
        """An explicit save (Ctrl+S): the state on disk and a version in the history."""
        from iasante_desktop.drafts import DraftError

        if not self.save_now(reason="save"):
            return False
        try:
            self.ctx.draft.checkpoint(label)
        except DraftError as exc:
            self.save_failed.emit(exc.message(self.ctx.lang))
            return False
        return True

    @property
    def pending(self) -> bool:
        return self.state in (PENDING, FAILED)

    # ---- switching dossiers --------------------------------------------------------------------------------

    def attach(self, draft, dossier) -> None:
        """Make `draft` (already open and locked) the current one, closing the previous draft cleanly."""
        self.close()
        self._first_unsaved = None
        self.ctx.draft = draft
        self.ctx.dossier = dossier
        self.check()
        self._set_state(SAVED)
        self.ctx.events.replaced.emit()

    def replace_dossier(self, dossier) -> None:
        """A restored version: same draft, new content (the draft already holds it)."""
        self.timer.stop()
        self._first_unsaved = None
        self.ctx.dossier = dossier
        self.check()
        self._set_state(SAVED)
        self.ctx.events.replaced.emit()

    def close(self) -> None:
        """Flush a pending save and close the draft (unlocks it and ends its crash-recovery entry)."""
        from iasante_desktop.drafts import DraftError

        draft = self.ctx.draft
        if draft is None:
            return
        if self.pending:
            self.save_now()
        self.timer.stop()
        self._follow_acronym()
        try:
            draft.close()
        except DraftError as exc:
            self.save_failed.emit(exc.message(self.ctx.lang))
        self.ctx.draft = None
