"""Open iasante-desktop on a draft, export it as the export page does, then print the process's peak memory:
`rss_app.py DRAFT DEST` prints `RSS <peak MB> <current MB> <export seconds>`."""

import resource
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

draft, dest = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication(["iasante-desktop", str(draft)])


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def export_then_report() -> None:
    from iasante_desktop.export import export
    from iasante_desktop.gui import app as gui_app

    window = gui_app._windows[0]
    ctx = window.ctx
    assert ctx.draft is not None and len(ctx.dossier.attachments) == 6, "the draft did not open"
    started = time.perf_counter()
    result = export(ctx.dossier, ctx.call, dest, draft=ctx.draft)
    seconds = time.perf_counter() - started
    assert not result.refused, [f.rule for f in result.errors]
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # ru_maxrss is in KiB on Linux
    sys.stdout.write(f"RSS {peak:.1f} {current_rss_mb():.1f} {seconds:.3f}\n")
    sys.stdout.flush()
    app.quit()


QTimer.singleShot(1500, export_then_report)
from iasante_desktop.cli import main  # noqa: E402

sys.exit(main([str(draft)]))
