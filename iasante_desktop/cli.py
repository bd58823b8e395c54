"""The command line: with no command it opens the app; `check`, `import`, `export` and `attach` work headless
(iasante_desktop/commands.py). This module only routes, so that starting the app pays for no parser."""

from __future__ import annotations

import os
import sys

from iasante_desktop import __version__

COMMANDS = ("check", "import", "export", "attach", "calls", "partner")

from iasante_desktop.console import EXIT_OK, HELP, _fail, _say

def _loadable(soname: str) -> bool:
    """Whether the dynamic loader finds `soname`. Loading it is what Qt's xcb plugin does next anyway and
    takes about a millisecond, where importing ctypes.util for find_library took 23 ms here."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


# Every library Qt's xcb platform plugin links to beyond libc and Qt itself (`ldd` on
# PySide6/Qt/plugins/platforms/libqxcb.so and libQt6XcbQpa), with the package that provides it:
# (soname, Debian/Ubuntu package, Fedora package). One missing makes Qt abort (exit 134) in English.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)


def _display_problem() -> str | None:
    """Why Qt could not open a window here, said before Qt aborts the process with its own message."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # wayland, offscreen, vnc...: Qt will say what it needs
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "iasante-desktop : aucun écran graphique n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY). "
            "Lancez l'application depuis une session graphique ; check, import, export et attach fonctionnent sans écran.\n"
            "(No graphical display: start the app from a desktop session; check, import, export and attach work without one.)"
        )
    missing = [names for soname, *names in XCB_LIBRARIES if not _loadable(soname)]
    if missing:
        debian = " ".join(dict.fromkeys(deb for deb, _fedora in missing))
        fedora = " ".join(dict.fromkeys(fedora for _deb, fedora in missing))
        return (
            "iasante-desktop : pour ouvrir une fenêtre sous X11, Qt a besoin de bibliothèques système absentes ici "
            f"({', '.join(deb for deb, _ in missing)}). Installez-les, puis relancez l'application :\n"
            f"  Debian/Ubuntu : sudo apt install {debian}\n"
            f"  Fedora : sudo dnf install {fedora}\n"
            "(Qt needs system libraries that are missing here to open a window on X11. Install them, then start "
            "the app again: Debian/Ubuntu: sudo apt install "
            f"{debian}; Fedora: sudo dnf install {fedora}.)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from iasante_desktop.python_check import unsupported_python

    too_old = unsupported_python(sys.version_info)
    if too_old:
        sys.stderr.write(too_old + "\n")
        return 3
    if argv[:1] == ["--pdf-worker"]:
        # A frozen app has no `python -m`: it runs itself with this flag for the PDF child process.
        from iasante_desktop.documents._pdf_worker import main as pdf_worker

        return pdf_worker(argv[1:])
    if argv and argv[0] in ("-h", "--help"):
        sys.stdout.write(HELP)
        return EXIT_OK
    if argv and argv[0] in ("-V", "--version"):
        _say(f"iasante-desktop {__version__}")
        return EXIT_OK
    if not argv or argv[0] not in COMMANDS:
        if argv and argv[0].startswith("-"):
            return _fail(f"iasante-desktop : option inconnue {argv[0]} (aide : iasante-desktop --help)")
        if argv and not os.path.exists(argv[0]):
            return _fail(
                f"iasante-desktop : « {argv[0]} » n'est ni une commande ({', '.join(COMMANDS)}) ni un fichier existant."
                f" (aide : iasante-desktop --help)"
            )
        problem = _display_problem()
        if problem:
            return _fail(problem)
        from iasante_desktop.gui.app import run

        return run(argv)
    from iasante_desktop.commands import run as run_command

    return run_command(argv)

if __name__ == "__main__":
    raise SystemExit(main())
