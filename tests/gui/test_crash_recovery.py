"""Kill the real application (SIGKILL) after it autosaved: the next start offers the draft, with the text."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEXT = "Résumé écrit juste avant l'arrêt brutal : « rien ne doit se perdre »."


def _start_and_kill(data_dir: Path) -> Path:
    env = dict(os.environ, IASANTE_DATA_DIR=str(data_dir), IASANTE_CONFIG_DIR=str(data_dir / "config"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]))
    log = data_dir.parent / "child-stderr.txt"
    with open(log, "w", encoding="utf-8") as err, subprocess.Popen(
        [sys.executable, str(HERE / "killed_app.py"), TEXT], stdout=subprocess.PIPE, stderr=err, env=env, text=True
    ) as child:
        try:
            ready, _, _ = select.select([child.stdout], [], [], 60)
            line = child.stdout.readline() if ready else ""
            if line.startswith("SAVED "):
                os.kill(child.pid, signal.SIGKILL)  # no chance to close the draft or unregister it
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(10)
    if not line.startswith("SAVED "):
        pytest.fail(f"the application did not autosave: {line!r} {log.read_text(encoding='utf-8')[-2000:]}")
    assert child.returncode == -signal.SIGKILL
    return Path(line.split(" ", 1)[1].strip())


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select on pipes are POSIX")
def test_a_killed_application_offers_its_draft_back_with_the_typed_text(make_window, tmp_path, qtbot):
    from iasante_desktop.drafts import unclean_drafts
    from iasante_desktop.gui.app import offer_unclean_drafts

    data_dir = tmp_path / "data"  # the folder the GUI fixtures give this test
    draft_path = _start_and_kill(data_dir)
    assert [p.resolve() for p in unclean_drafts()] == [draft_path.resolve()]

    window = make_window()
    dialog = offer_unclean_drafts(window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert draft_path.name in dialog.list.item(0).text()
    dialog.reopen_button.click()
    assert window.ctx.draft is not None
    assert Path(window.ctx.draft.path).resolve() == draft_path.resolve()
    assert window.ctx.dossier.resume == TEXT
    assert window.pages["resume"].editor.toPlainText() == TEXT


def test_declining_recovery_stops_the_offer_but_keeps_the_file(make_window, tmp_path, qtbot):
    from iasante_desktop.drafts import unclean_drafts
    from iasante_desktop.gui.app import offer_unclean_drafts

    draft_path = _start_and_kill(tmp_path / "data")
    window = make_window()
    dialog = offer_unclean_drafts(window)
    qtbot.addWidget(dialog)
    dialog.dismiss_button.click()
    assert unclean_drafts() == []
    assert draft_path.is_file()
    assert window.ctx.draft is None
