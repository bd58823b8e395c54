"""A stand-in for the window in page tests: an AppContext whose edits are re-validated at once."""

from __future__ import annotations

from iasante_desktop.core.rules import validate
from iasante_desktop.gui.context import AppContext


def checked_context(call, dossier, lang: str = "fr") -> AppContext:
    """Every ctx.edited(...) runs the call's rules and emits `checked`, as the window does (without the
    layout engine: the partners, budget and attachments rules do not depend on measured text)."""
    ctx = AppContext(call=call, dossier=dossier, lang=lang)

    def check(_path: str) -> None:
        ctx.findings = validate(ctx.dossier, ctx.call, ctx.measures)
        ctx.events.checked.emit()

    ctx.events.edited.connect(check)
    ctx.findings = validate(dossier, call, ctx.measures)
    return ctx
