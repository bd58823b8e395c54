"""`python -m bench [--json] [--quick]`: every benchmark on the maximal dossier, as a table or one JSON object."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {
    "keystroke_p95_ms": ("<=", 4.0),
    "rich_gauges_p95_ms": ("<=", 4.0),
    "rich_pdf_mb": ("<=", 10.0),
    "startup_ratio": ("<=", 1.5),
    "import_ms": ("<=", 150.0),
    "export_speedup": (">=", 5.0),
    "peak_rss_mb": ("<=", 200.0),
    "hostile_refusal_s": ("<=", 5.0),
}


def machine() -> dict:
    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import docx  # noqa: F401 - version below
    import pypdf

    from iasante_desktop import __version__

    return {
        "app_version": __version__,
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "pypdf": pypdf.__version__,
        "python_docx": getattr(sys.modules["docx"], "__version__", "?"),
    }


def run_rich(quick: bool) -> dict:
    """The rich dossier: a keystroke to every gauge, and the dossier's PDF with six photos."""
    from bench import measure
    from bench.richdossier import rich_dossier
    from iasante_desktop.checking import engine_for
    from iasante_desktop.core.callspec import resolve_call

    call = resolve_call()
    engine = engine_for(call)
    dossier = rich_dossier(call, engine)
    typed = measure.keystroke_rich(dossier, engine, count=60 if quick else 300)
    results = {
        "rich_gauges_p50_ms": statistics.median(typed["gauges"]),
        "rich_gauges_p95_ms": measure.percentile(typed["gauges"], 95),
        "rich_check_p95_ms": measure.percentile(typed["check"], 95) if typed["check"] else None,
        "rich_description_pages": round(engine.description_layout(dossier).pages, 3),
    }
    results.update(measure.rich_pdf(rich_dossier(call, engine, photos=6), call, engine, runs=1 if quick else 3))
    return results


def run(quick: bool) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - the GUI benchmark needs widgets
    from bench import measure
    from bench.maxdossier import max_dossier
    from iasante_desktop.checking import engine_for
    from iasante_desktop.core.callspec import resolve_call
    from iasante_desktop.documents.word_export import export_docx
    from iasante_desktop.drafts import Draft

    call = resolve_call()
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ["IASANTE_DATA_DIR"] = str(tmp_path / "data")
        dossier = max_dossier(call, engine_for(call))
        draft_path = tmp_path / "MAXI-IA.iasante"
        Draft.create(draft_path, dossier).close()
        docx = tmp_path / "IASANTE_AAPAMOR2026_MAXI-IA.docx"
        export_docx(dossier, call, docx)

        n = 60 if quick else 300
        core = measure.keystroke_core(dossier, call, engine_for(call), count=n)
        typed = measure.keystroke_gui(draft_path, call, count=n)
        gui = typed["description"]
        results.update(
            keystroke_p50_ms=statistics.median(gui),
            keystroke_p95_ms=measure.percentile(gui, 95),
            keystroke_partners_p50_ms=statistics.median(typed["partners"]),
            keystroke_partners_p95_ms=measure.percentile(typed["partners"], 95),
            keystroke_core_p50_ms=statistics.median(core),
            keystroke_core_p95_ms=measure.percentile(core, 95),
        )
        results.update(measure.startup(runs=3 if quick else 21))
        results["import_ms"] = statistics.median(measure.word_import(docx, call, runs=5 if quick else 20))
        results.update(measure.export_pdf(dossier, call, runs=2 if quick else 5))
        office = measure.libreoffice_pdf(docx, runs=1 if quick else 3)
        results["libreoffice_s"] = statistics.median(office) if office else None
        results["export_speedup"] = results["libreoffice_s"] / results["export_s"] if office else None
        results.update(measure.peak_rss(draft_path))
        from bench.hostile import refusal_times

        hostile = refusal_times(call)
        results["hostile_refusal_s"] = max(hostile.values())
        results["hostile_refusals"] = hostile
    results.update(run_rich(quick))
    results["targets"] = {key: {"target": f"{op} {bound:g}", "met": _met(results.get(key), op, bound)}
                          for key, (op, bound) in TARGETS.items()}
    results["machine"] = machine()
    return results


def _met(value, op: str, bound: float):
    if value is None:
        return None
    return value <= bound if op == "<=" else value >= bound


ROWS = [
    ("keystroke_p50_ms", "Frappe dans la description, médiane (ms)", "{:.2f}"),
    ("keystroke_p95_ms", "Frappe dans la description, p95 (ms)", "{:.2f}"),
    ("keystroke_core_p95_ms", "  dont mesure + règles seules, p95 (ms)", "{:.2f}"),
    ("keystroke_partners_p95_ms", "Frappe dans le nom d'un partenaire, p95 (ms)", "{:.2f}"),
    ("startup_s", "Démarrage jusqu'à la première page (s)", "{:.3f}"),
    ("startup_bare_s", "  QWizard nu, même méthode (s)", "{:.3f}"),
    ("startup_ratio", "  rapport (médiane des paires lancées côte à côte)", "{:.2f}"),
    ("startup_ratio_of_medians", "  rapport des deux médianes", "{:.2f}"),
    ("import_ms", "Import du dossier Word (ms)", "{:.1f}"),
    ("export_s", "Export PDF final avec 6 CV, depuis la page Relecture (s)", "{:.3f}"),
    ("export_cold_s", "  premier export en ligne de commande, sans PDF prêt (s)", "{:.3f}"),
    ("libreoffice_s", "LibreOffice --convert-to pdf du .docx (s)", "{:.3f}"),
    ("export_speedup", "  rapport LibreOffice / nous", "{:.1f}"),
    ("peak_rss_mb", "Mémoire maximale, dossier ouvert après export (Mo)", "{:.1f}"),
    ("hostile_refusal_s", "Refus du pire fichier Word hostile (s)", "{:.2f}"),
    ("rich_gauges_p50_ms", "Dossier riche : frappe jusqu'aux jauges, médiane (ms)", "{:.2f}"),
    ("rich_gauges_p95_ms", "Dossier riche : frappe jusqu'aux jauges, p95 (ms)", "{:.2f}"),
    ("rich_check_p95_ms", "  avec les règles (check), p95 (ms)", "{:.2f}"),
    ("rich_pdf_s", "Dossier riche, 6 photos : PDF du dossier (s)", "{:.3f}"),
    ("rich_pdf_mb", "  taille (Mo)", "{:.2f}"),
]


def table(results: dict) -> str:
    lines = [f"{'mesure':<52} {'valeur':>10}  cible"]
    for key, label, fmt in ROWS:
        value = results.get(key)
        shown = "—" if value is None else fmt.format(value)
        target = results["targets"].get(key)
        verdict = "" if target is None else f"{target['target']}  {'ok' if target['met'] else 'MANQUÉE'}"
        lines.append(f"{label:<52} {shown:>10}  {verdict}")
    m = results["machine"]
    lines.append(f"\n{m['cpu']} × {m['cpus']}, Python {m['python']}, Qt {m['qt']}, {m['platform']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="iasante-desktop benchmarks")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--rich", action="store_true", help="only the rich dossier's benchmarks")
    args = parser.parse_args(argv)
    if args.rich:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
        results = run_rich(args.quick)
        results["targets"] = {k: {"target": f"{op} {b:g}", "met": _met(results.get(k), op, b)}
                              for k, (op, b) in TARGETS.items() if k in results}
        results["machine"] = machine()
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    results = run(args.quick)
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
