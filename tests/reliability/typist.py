"""A scripted user: `python typist.py DRAFT SEED` opens the real app on DRAFT (offscreen), then types into the
description's introduction without pause, one key every 60-140 ms, until it is killed.

stdout: `READY <epoch>` once the draft is open, then `K <index> <epoch>` after each key has been handled by the
window (so a key reported before the kill really was in the editor). The characters come from `typed_text()`,
which the test uses to know what was typed."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ALPHABET = "abcdefghijklmnopqrstuvwxyzéèàç "


def typed_text(seed: int, count: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(ALPHABET) for _ in range(count))


def main(draft: Path, seed: int) -> int:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication(["iasante-desktop", str(draft)])
    text = typed_text(seed, 10_000)
    pace = random.Random(seed + 1)
    state = {"index": 0, "editor": None}

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def key() -> None:
        editor = state["editor"]
        char = text[state["index"]]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            code = Qt.Key.Key_Space if char == " " else Qt.Key.Key_A  # the text, not the code, is inserted
            QApplication.sendEvent(editor, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))
        say(f"K {state['index']} {time.time():.6f}")
        state["index"] += 1
        QTimer.singleShot(pace.randint(60, 140), key)

    def start() -> None:
        from iasante_desktop.gui import app as gui_app

        windows = gui_app._windows
        if not windows or windows[0].ctx.draft is None:
            QTimer.singleShot(10, start)
            return
        window = windows[0]
        window.go_to_field("description.introduction")
        page = window.pages[window.current_page_id()]
        editor = page.editors["introduction"]
        editor.moveCursor(QTextCursor.MoveOperation.End)
        state["editor"] = editor
        say(f"READY {time.time():.6f}")
        QTimer.singleShot(pace.randint(60, 140), key)

    QTimer.singleShot(0, start)
    from iasante_desktop.cli import main as cli_main

    return cli_main([str(draft)])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
