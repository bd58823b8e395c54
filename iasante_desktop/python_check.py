"""The interpreter this app needs, checked before anything loads Qt.

PySide6 6.12 under CPython 3.11 drops a reference to None on every Qt call returning void, and CPython aborts
after a few thousand of them (NOTES.md): the app would die mid-sentence. Python 3.12 made None immortal."""

from __future__ import annotations

MINIMUM = (3, 12)


def unsupported_python(version: tuple[int, ...]) -> str | None:
    """The message for a too-old interpreter (French, then English), or None when `version` will do."""
    if tuple(version[:2]) >= MINIMUM:
        return None
    found = ".".join(str(n) for n in version[:3])
    need = ".".join(str(n) for n in MINIMUM)
    return (
        f"iasante-desktop demande Python {need} ou plus récent ; celui-ci est Python {found}. "
        f"Installez Python {need} et relancez « sh packaging/setup.sh run ». "
        f"(iasante-desktop needs Python {need} or newer; this is Python {found}.)"
    )
