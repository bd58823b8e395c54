"""Each benchmark, on the maximal dossier; times from time.perf_counter, processes started with this
interpreter under Qt's offscreen platform."""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILDREN = Path(__file__).resolve().parent / "children"
ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IASANTE_DATA_DIR=str(data_dir))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


# ---- per keystroke ---------------------------------------------------------------------------------------------


def keystroke_core(dossier, call, engine, count: int = 300) -> list[float]:
    """measure + validate, the work every keystroke triggers, without the widgets."""
    from iasante_desktop.checking import check

    point = "programme"
    base = dossier.description[point]
    times = []
    for i in range(count):
        dossier.description[point] = base + ("x" if i % 2 == 0 else "")
        started = time.perf_counter()
        check(dossier, call)
        times.append((time.perf_counter() - started) * 1000)
    dossier.description[point] = base
    return times


def keystroke_rich(dossier, engine, count: int = 300) -> dict[str, list[float]]:
    """A keystroke in a rich description (a word typed letter by letter at the end of a paragraph with bold
    runs, every text new to the engine),
    timed to every gauge: both summaries' lines and the description's pages (engine.measure), and with the
    rules (check) when the dossier's model accepts rich texts."""
    from iasante_desktop.checking import check
    from iasante_desktop.core.richtext import RichText, Span

    point = next(iter(dossier.description))
    base = dossier.description[point]
    first = base.blocks[0]
    gauges, checked = [], []
    rules_ok = True
    for i in range(count):
        typed = " " + "esquisse"[: i % 9] if i % 9 else ""  # a word typed letter by letter, again and again
        spans = first.spans[:-1] + (Span(first.spans[-1].text + typed + f" {i // 9}", first.spans[-1].marks),)
        dossier.description[point] = RichText((first._replace(spans=spans),) + base.blocks[1:])
        started = time.perf_counter()
        engine.measure(dossier)
        gauges.append((time.perf_counter() - started) * 1000)
        if rules_ok:
            started = time.perf_counter()
            try:
                check(dossier, call=engine.call)
            except (AttributeError, TypeError):  # the model does not hold rich texts yet
                rules_ok = False
                continue
            checked.append((time.perf_counter() - started) * 1000)
    dossier.description[point] = base
    return {"gauges": gauges, "check": checked}


def rich_pdf(dossier, call, engine, runs: int = 3) -> dict[str, float]:
    """The dossier's own PDF (typeset.pdf, no attachments): time and size."""
    from iasante_desktop.typeset.pdf import render_dossier_pdf

    times = []
    size = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            path = Path(tmp) / f"rich{i}.pdf"
            started = time.perf_counter()
            render_dossier_pdf(dossier, call, path, engine=engine)
            times.append(time.perf_counter() - started)
            size = path.stat().st_size
    return {"rich_pdf_s": statistics.median(times), "rich_pdf_mb": size / 1e6}


def _type_alternately(app, widget, count: int, start: int = 0) -> list[float]:
    """`count` keys into `widget`, "é" and Backspace in turn (Backspace first when `start` is odd), each timed from the key event to the last widget
    update it causes (re-measure, re-validate, counters, marks, page statuses: all synchronous)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    times = []
    for i in range(start, start + count):
        if i % 2 == 0:
            key, text = Qt.Key.Key_E, "é"
        else:
            key, text = Qt.Key.Key_Backspace, ""
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
        started = time.perf_counter()
        QApplication.sendEvent(widget, press)
        QApplication.sendEvent(widget, release)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def keystroke_gui(draft_path: Path, call, count: int = 300) -> dict[str, list[float]]:
    """Keys typed in the real window: into the description (the target) and into a partner's name (the
    partners page with six forms and the budget summary on screen)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from iasante_desktop.gui.main_window import MainWindow

    app = QApplication.instance()
    window = MainWindow(call, "fr")
    window.resize(1200, 800)
    window.show()
    try:
        assert window.open_path(draft_path), "the draft did not open"
        assert window.go_to_field("description.programme")
        editor = window.pages[window.current_page_id()].editors["programme"]
        editor.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        before = window.ctx.dossier.description["programme"]
        first = _type_alternately(app, editor, 1)
        assert window.ctx.dossier.description["programme"] == before + "é", "the key did not reach the model"
        description = first + _type_alternately(app, editor, count - 1, start=1)
        assert window.ctx.dossier.description["programme"] == before

        assert window.go_to_field("partners[2].carrier_name")
        name = window.pages["partners"]._editors[2].carrier_name
        name.end(False)
        app.processEvents()
        before = window.ctx.dossier.partners[2].carrier_name
        partners = _type_alternately(app, name, count)
        assert window.ctx.dossier.partners[2].carrier_name == before, "the partner's name did not come back"
        return {"description": description, "partners": partners}
    finally:
        window.session.close()
        window.close()
        window.deleteLater()
        app.processEvents()


# ---- start-up --------------------------------------------------------------------------------------------------


def _time_to_ready(script: Path, data_dir: Path) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=child_env(data_dir), timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{script.name} never became ready:\n{done.stderr[-2000:]}")


def startup(runs: int = 21) -> dict[str, float]:
    """Median seconds from process start to the first page shown and usable, ours and a bare QWizard's, and
    the median of the ratios of back-to-back pairs (each pair in turn started app-first or bare-first), so
    that a slow spell of this shared machine slows both sides of a pair rather than one median."""
    # An installed app runs byte-compiled modules (pip and PyInstaller compile them), and PySide6 is
    # installed that way: compile ours too, whatever PYTHONDONTWRITEBYTECODE says, or the app would be
    # timed compiling its own source on every start.
    compileall.compile_dir(ROOT / "iasante_desktop", quiet=1)
    ours, bare, ratios = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _time_to_ready(CHILDREN / "startup_app.py", data)  # warm the disk cache for both
        _time_to_ready(CHILDREN / "startup_bare.py", data)
        for run in range(runs):
            pair = ["startup_app.py", "startup_bare.py"]
            if run % 2:
                pair.reverse()
            seconds = {name: _time_to_ready(CHILDREN / name, data) for name in pair}
            ours.append(seconds["startup_app.py"])
            bare.append(seconds["startup_bare.py"])
            ratios.append(seconds["startup_app.py"] / seconds["startup_bare.py"])
    return {
        "startup_s": statistics.median(ours),
        "startup_bare_s": statistics.median(bare),
        "startup_ratio": statistics.median(ratios),
        "startup_ratio_of_medians": statistics.median(ours) / statistics.median(bare),
        "startup_ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
    }


# ---- Word import ---------------------------------------------------------------------------------------------


def word_import(docx: Path, call, runs: int = 20) -> list[float]:
    from iasante_desktop.documents.word_import import import_docx

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = import_docx(docx, call)
        times.append((time.perf_counter() - started) * 1000)
    assert len(result.dossier.partners) == 6, "the import lost partners"
    return times


# ---- export vs LibreOffice ---------------------------------------------------------------------------------------


def export_pdf(dossier, call, runs: int = 5) -> dict[str, float]:
    """Our final PDF: check, lay out and draw the dossier, merge the six CVs (in the PDF worker), write it.

    `export_s` follows the app: the review page starts the PDF worker when it is shown, and the applicant
    reads the findings before clicking "Exporter" (half a second is plenty for the worker to load pypdf).
    `export_cold_s` is a first export with no worker started, as `iasante-desktop export` runs it.
    """
    from iasante_desktop.documents import pdf_sandbox
    from iasante_desktop.export import export

    def once(folder: Path) -> float:
        started = time.perf_counter()
        result = export(dossier, call, folder, formats={"pdf"})
        elapsed = time.perf_counter() - started
        assert not result.refused and result.assembly is not None
        return elapsed

    warm, cold = [], []
    with tempfile.TemporaryDirectory() as tmp:
        once(Path(tmp) / "first")  # fonts, caches: what any earlier screen of the app has already loaded
        for i in range(runs):
            pdf_sandbox.stop_spares()
            cold.append(once(Path(tmp) / f"cold{i}"))
            pdf_sandbox.prestart("assemble")  # the review page being shown
            time.sleep(0.5)  # the applicant reading it
            warm.append(once(Path(tmp) / f"warm{i}"))
    return {"export_s": statistics.median(warm), "export_cold_s": statistics.median(cold)}


def libreoffice_pdf(docx: Path, runs: int = 3) -> list[float] | None:
    """`soffice --headless --convert-to pdf` of the same dossier as .docx, with an already initialised
    profile (a user's LibreOffice has one), which is LibreOffice's fastest case. No CVs are merged."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                   "--outdir", tmp, str(docx)]
        subprocess.run(command, capture_output=True, timeout=300, check=True)  # creates the profile
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, timeout=300, check=True)
            times.append(time.perf_counter() - started)
        assert (Path(tmp) / (docx.stem + ".pdf")).stat().st_size > 0
    return times


# ---- memory ------------------------------------------------------------------------------------------------------


def peak_rss(draft: Path) -> dict[str, float]:
    """The app with the dossier open, after an export, in its own process: peak and current resident memory."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, str(CHILDREN / "rss_app.py"), str(draft), str(Path(tmp) / "export")],
            capture_output=True, text=True, env=child_env(Path(tmp) / "data"), timeout=300,
        )
    for line in done.stdout.splitlines():
        if line.startswith("RSS "):
            peak, current, seconds = map(float, line.split()[1:])
            return {"peak_rss_mb": peak, "rss_after_export_mb": current, "gui_export_s": seconds}
    raise RuntimeError(f"the memory run failed:\n{done.stderr[-3000:]}")
