"""`python -m bench.partner_packs`: the size of a partner pack and its e-mail, and the time to write one and
to merge a returned one (read, recognise, compare, check, apply with its CV), median of several runs."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 10


def main() -> int:
    import copy

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the sample CV is drawn with Qt
    from factories import make_complete_dossier
    from packkit import fill
    from pdf_samples import make_pdf

    from iasante_desktop.core.callspec import resolve_call
    from iasante_desktop.core.dossier import Partner
    from iasante_desktop.partner_packs import finish_merge, make_pack, prepare_merge

    call = resolve_call()
    dossier = make_complete_dossier(call)
    dossier.partners.append(Partner(carrier_name="Léa Martin", email="lea.martin@chu-nimes.fr"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        writes = []
        for _ in range(RUNS):
            started = time.perf_counter()
            pack, eml = make_pack(copy.deepcopy(dossier), call, 2, out)
            writes.append((time.perf_counter() - started) * 1000)
        pack, eml = make_pack(dossier, call, 2, out)
        filled = fill(pack, out / "retour.docx", {"Statut du porteur": "Statutaire", "Site": "Nîmes", "Domaine": "Santé",
                                                  "Présentation du porteur": "Professeure de santé publique. " * 20,
                                                  "Budget : Fonctionnement": "1 500"})
        cv = out / "cv.pdf"
        cv.write_bytes(make_pdf(2, "Léa Martin"))
        merges = []
        for _ in range(RUNS):
            trial = copy.deepcopy(dossier)
            started = time.perf_counter()
            plan = prepare_merge(trial, call, filled)
            finish_merge(trial, call, plan, [cv], dt.datetime.now(dt.timezone.utc))
            merges.append((time.perf_counter() - started) * 1000)
        bare = []
        for _ in range(RUNS):
            trial = copy.deepcopy(dossier)
            started = time.perf_counter()
            plan = prepare_merge(trial, call, filled)
            finish_merge(trial, call, plan, [], dt.datetime.now(dt.timezone.utc))
            bare.append((time.perf_counter() - started) * 1000)
        print(f"pack .docx: {pack.stat().st_size / 1024:.1f} KB; e-mail .eml with the pack: {eml.stat().st_size / 1024:.1f} KB")
        print(f"write pack + e-mail: median {statistics.median(writes):.0f} ms over {RUNS}")
        print(f"merge a returned pack (read, check, diff, apply, attach a 2-page CV): median {statistics.median(merges):.0f} ms, "
              f"max {max(merges):.0f} ms over {RUNS}")
        print(f"merge a returned pack without PDF: median {statistics.median(bare):.0f} ms over {RUNS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
