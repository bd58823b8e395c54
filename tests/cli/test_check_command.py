"""`iasante-desktop check` as a user runs it: a separate process, a file, an exit code, French output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from iasante_desktop.core.dossier import to_json


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "iasante_desktop", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def write_json(tmp_path, dossier, name="dossier.json"):
    path = tmp_path / name
    path.write_text(json.dumps(to_json(dossier), ensure_ascii=False), encoding="utf-8")
    return path


def test_valid_dossier_checks_clean_apart_from_the_passed_deadline(tmp_path, complete_dossier):
    result = run_cli("check", str(write_json(tmp_path, complete_dossier)), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert [w["rule"] for w in report["warnings"]] == ["deadline"]
    measures = report["measures"]
    assert measures["resume_lines"] == 2
    assert measures["resume_grand_public_lines"] == 1
    assert 0 < measures["description_pages"] < 1
    assert measures["budget_total"] == 12500
    assert measures["budget_cap"] == 20000


def test_overlong_summary_and_budget_over_the_cap_exit_1_with_the_rules(tmp_path, complete_dossier):
    complete_dossier.resume = "\n".join(f"Paragraphe {i} du résumé." for i in range(12))
    complete_dossier.partners[1].site = "Blagnac"  # same département as Toulouse: no bonus
    complete_dossier.partners[1].budget["mission"] = Decimal("9000")
    result = run_cli("check", str(write_json(tmp_path, complete_dossier)), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    errors = {e["rule"]: e for e in report["errors"]}
    assert set(errors) == {"limit.resume_lines", "budget.cap"}
    assert errors["limit.resume_lines"]["field"] == "resume"
    assert "12 lignes" in errors["limit.resume_lines"]["message"]
    assert report["measures"]["resume_lines"] == 12
    assert report["measures"]["budget_cap"] == 15000


def test_plain_report_speaks_french(tmp_path, complete_dossier):
    complete_dossier.title = ""
    result = run_cli("check", str(write_json(tmp_path, complete_dossier)))
    assert result.returncode == 1
    assert "Erreurs (1)" in result.stdout
    assert "[required.title]" in result.stdout
    assert "« Titre du projet » est vide" in result.stdout


def test_unreadable_file_exits_2_with_one_line_and_no_traceback(tmp_path):
    bogus = tmp_path / "dossier.docx"
    bogus.write_bytes(b"this is not a word file")
    result = run_cli("check", str(bogus))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    missing = run_cli("check", str(tmp_path / "absent.docx"))
    assert missing.returncode == 2 and "introuvable" in missing.stderr


def test_another_call_spec_is_chosen_with_call(tmp_path, complete_dossier, call):
    text = call.path.read_text(encoding="utf-8").replace('cap = "15000"', 'cap = "5000"').replace('bonus = "5000"', 'bonus = "0"')
    spec = tmp_path / "petit.toml"
    spec.write_text(text, encoding="utf-8")
    result = run_cli("check", str(write_json(tmp_path, complete_dossier)), "--json", "--call", str(spec))
    assert result.returncode == 1
    assert json.loads(result.stdout)["measures"]["budget_cap"] == 5000
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("[calendar]", "[calendrier]"), encoding="utf-8")
    result = run_cli("check", str(write_json(tmp_path, complete_dossier)), "--call", str(broken))
    assert result.returncode == 2 and "calendar" in result.stderr


def test_help_and_version_are_french_and_need_no_display():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "utilisation" in result.stdout and "vérifie un dossier" in result.stdout
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("iasante-desktop ")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_starting_the_app_without_a_display_explains_instead_of_aborting():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "iasante_desktop"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "aucun écran graphique" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr
