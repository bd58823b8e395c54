"""Run the app's command line (or its window, for a few seconds) in this process under a guard that refuses
every network socket: `python netguard.py [--gui-seconds S] -- ARGS...`.

An audit hook sees every socket Python creates, connects or resolves; anything but AF_UNIX (which Qt and
D-Bus use locally) ends the process at once with exit status 97 and the offending event on stderr, so no
try/except in the app can hide it. Sockets opened by C++ code bypass Python's audit hooks: the test also runs
this under strace when it is available.
"""

from __future__ import annotations

import os
import socket
import sys

VIOLATION_EXIT = 97
_RESOLVERS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"}


def _refuse(event: str, detail: object) -> None:
    os.write(2, f"NETWORK-VIOLATION {event} {detail!r}\n".encode())
    os._exit(VIOLATION_EXIT)


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1]
        if family != socket.AF_UNIX:  # -1 (the default) means AF_INET
            _refuse(event, args[1:])
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        sock = args[0]
        if sock.family != socket.AF_UNIX:
            _refuse(event, args[1:])
    elif event in _RESOLVERS:
        _refuse(event, args)
    elif event == "urllib.Request":
        _refuse(event, args[0])


def main(argv: list[str]) -> int:
    gui_seconds = 0.0
    if argv[:1] == ["--gui-seconds"]:
        gui_seconds, argv = float(argv[1]), argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    sys.addaudithook(_hook)
    if gui_seconds:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication(["iasante-desktop", *argv])
        QTimer.singleShot(int(gui_seconds * 1000), app.quit)
    from iasante_desktop.cli import main as cli_main

    code = cli_main(argv)
    # Loading a network client library is the first step towards using it; none belongs in this app.
    loaded = sorted(name for name in sys.modules if name.startswith(("PySide6.QtNetwork", "urllib.request", "http.client")))
    if loaded:
        _refuse("import", loaded)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
