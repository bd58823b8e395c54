"""`iasante-desktop calls`: list, install, derive and move, end to end through the export of a moved dossier."""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal

import pytest
from pypdf import PdfReader

from iasante_desktop.calls import resolve_call, user_calls_dir
from iasante_desktop.cli import main
from iasante_desktop.core.callfile import call_digest
from iasante_desktop.drafts import Draft
from iasante_desktop.export import export

NEW_ID = "iasante-amorcage-2026-2027"
DERIVE = [
    "calls", "derive", "iasante-amorcage-2025-2026", "--id", NEW_ID,
    "--years", "2026-2027", "--deadline", "2026-12-13", "--results", "2027-01",
    "--pattern", "IASANTE_AAPAMOR2027_{acronym}", "--cap", "12000", "--bonus", "0", "--limit", "resume=8",
]


def listed(capsys) -> dict:
    assert main(["calls", "--json"]) == 0
    return {c["id"]: c for c in json.loads(capsys.readouterr().out)["calls"]}


def test_calls_lists_the_shipped_call_with_its_deadline_state_and_file(capsys):
    calls = listed(capsys)
    shipped = calls["iasante-amorcage-2025-2026"]
    assert shipped["deadline"] == "2025-12-14" and shipped["origin"] == "shipped"
    assert shipped["path"].endswith("call.toml")
    assert main(["calls"]) == 0
    out = capsys.readouterr().out
    assert "iasante-amorcage-2025-2026" in out and "2025-12-14" in out and str(user_calls_dir()) in out


def test_install_accepts_a_call_file_and_refuses_a_broken_one_in_one_line(tmp_path, call, capsys):
    text = call.path.read_text(encoding="utf-8")
    good = tmp_path / "appel-2027.toml"
    good.write_text(text.replace(f'id = "{call.id}"', 'id = "appel-2027"', 1), encoding="utf-8")
    bad = tmp_path / "appel-casse.toml"
    bad.write_text(text.replace(f'id = "{call.id}"', 'id = "appel-casse"', 1).replace("duration_months = 12", "duration_months = douze"), encoding="utf-8")

    assert main(["calls", "install", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("Appel refusé, rien n'est installé (call refused, nothing installed)")
    assert "appel-casse.toml" in err and "TOML" in err
    assert not user_calls_dir().exists() or list(user_calls_dir().iterdir()) == []

    assert main(["calls", "install", str(good)]) == 0
    assert "appel-2027" in capsys.readouterr().out
    assert "appel-2027" in listed(capsys)
    assert main(["calls", "install", str(good)]) == 2  # already installed
    assert "déjà installé" in capsys.readouterr().err
    assert main(["calls", "install", str(good), "--replace"]) == 0


def test_a_derived_call_takes_a_moved_dossier_to_an_export_under_its_new_name(tmp_path, complete_dossier, capsys):
    started = time.perf_counter()
    assert main(DERIVE) == 0
    derive_seconds = time.perf_counter() - started
    assert derive_seconds < 2
    capsys.readouterr()
    entry = listed(capsys)[NEW_ID]
    assert entry["origin"] == "installed" and entry["derived_from"] == "iasante-amorcage-2025-2026"
    assert entry["closes_at"] == "2026-12-13T23:59:59+01:00"

    draft_path = tmp_path / "neuro.iasante"
    Draft.create(draft_path, complete_dossier).close()
    assert main(["calls", "move", str(draft_path), NEW_ID]) == 1  # 12 500 € is over the new 12 000 € cap
    out = capsys.readouterr().out
    assert "Résumé : 10 → 8 lignes maximum" in out
    assert "Nom des fichiers : IASANTE_AAPAMOR2026_NEURO-IA → IASANTE_AAPAMOR2027_NEURO-IA" in out
    assert "+ [budget.cap]" in out

    new = resolve_call(NEW_ID)
    with Draft.open(draft_path) as draft:
        dossier = draft.load()
        assert draft.versions()[0].label == f"Changement d'appel : iasante-amorcage-2025-2026 → {NEW_ID}"
        assert dossier.call_id == NEW_ID
        assert dossier.resume == complete_dossier.resume and dossier.partners == complete_dossier.partners
        # the user brings the budget under the new cap, then exports
        dossier.partners[1].budget["prestations_externes"] = Decimal("5500")
        draft.save(dossier, reason="save")
        result = export(dossier, new, tmp_path / "envoi", draft=draft, today=dt.date(2026, 12, 1))
        records = draft.exports()
    assert not result.refused, [f.rule for f in result.errors]
    assert sorted(p.name for p in result.files) == sorted(
        f"IASANTE_AAPAMOR2027_NEURO-IA.{ext}" for ext in ("pdf", "zip", "docx", "eml")
    )
    subject = PdfReader(tmp_path / "envoi" / "IASANTE_AAPAMOR2027_NEURO-IA.pdf").metadata["/Subject"]
    assert NEW_ID in subject and call_digest(new)[:16] in subject and f"{NEW_ID}.toml" in subject
    assert records[0].call == {
        "id": NEW_ID,
        "file": str(new.path),
        "sha256": call_digest(new),
        "derived_from": "iasante-amorcage-2025-2026",
    }


def test_check_uses_the_call_the_draft_records(tmp_path, complete_dossier, capsys):
    assert main(DERIVE) == 0
    draft_path = tmp_path / "neuro.iasante"
    complete_dossier.call_id = NEW_ID
    Draft.create(draft_path, complete_dossier).close()
    capsys.readouterr()
    main(["check", str(draft_path), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["measures"]["budget_cap"] == "12000.00" or Decimal(str(report["measures"]["budget_cap"])) == Decimal("12000")


def test_a_draft_whose_call_is_not_installed_is_checked_under_the_default_with_a_note(tmp_path, complete_dossier, capsys):
    draft_path = tmp_path / "neuro.iasante"
    complete_dossier.call_id = "appel-disparu"
    Draft.create(draft_path, complete_dossier).close()
    main(["check", str(draft_path)])
    out = capsys.readouterr().out
    assert "appel-disparu" in out and "iasante-desktop calls install" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--limit", "budget=3"], "section inconnue"),
        (["--closes-at", "2026-12-13T23:59:59"], "décalage"),
        (["--cap", "beaucoup"], "montant illisible"),
    ],
)
def test_derive_refuses_what_would_make_an_unusable_call(extra, message, capsys):
    try:
        code = main([*DERIVE, *extra])
    except SystemExit as exc:  # a usage error, said by the argument parser
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert not user_calls_dir().exists() or list(user_calls_dir().iterdir()) == []
