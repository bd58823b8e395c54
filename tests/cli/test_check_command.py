"""`iasante-desktop check` as a user runs it: a separate process, a file, an exit code, French output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_a_missing_xcb_cursor_library_is_explained_before_qt_aborts(monkeypatch):
    from iasante_desktop import cli

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert cli._loadable("libc.so.6") and not cli._loadable("libno-such-library.so.0")
    monkeypatch.setattr(cli, "_loadable", lambda soname: soname != "libxcb-cursor.so.0")
    assert "libxcb-cursor0" in cli._display_problem()
    monkeypatch.setattr(cli, "_loadable", lambda soname: True)
    assert cli._display_problem() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_every_library_of_the_xcb_plugin_is_checked_and_its_packages_named(monkeypatch):
    from iasante_desktop import cli

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"}
    monkeypatch.setattr(cli, "_loadable", lambda soname: soname not in absent)
    message = cli._display_problem()
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in message
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms libxkbcommon-x11" in message
    assert message.index("Installez-les") < message.index("Install them")  # French, then English
    assert "libxcb-cursor0" not in message
    checked = []
    monkeypatch.setattr(cli, "_loadable", lambda soname: checked.append(soname) or True)
    assert cli._display_problem() is None
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
                   "libxcb-render-util.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1", "libxkbcommon-x11.so.0"):
        assert soname in checked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_list_covers_what_the_installed_xcb_plugin_links_to():
    import shutil

    import PySide6

    from iasante_desktop import cli

    ldd = shutil.which("ldd")
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if ldd is None or not plugin.is_file():
        pytest.skip("ldd or the xcb plugin is absent")
    out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    linked = {line.split()[0] for line in out.splitlines() if "xcb" in line.split()[0] or "xkb" in line.split()[0]}
    linked = {name for name in linked if not name.startswith("libQt6")}
    assert linked <= {soname for soname, *_ in cli.XCB_LIBRARIES}


def test_usage_mistakes_are_explained_in_french_with_exit_2(tmp_path):
    missing = run_cli("check")
    assert missing.returncode == 2 and "il manque : FICHIER" in missing.stderr
    typo = run_cli("chek", "dossier.docx")
    assert typo.returncode == 2 and "n'est ni une commande" in typo.stderr
    bad = run_cli("export", "x.docx", "--to", str(tmp_path), "--format", "odt")
    assert bad.returncode == 2 and "choix inconnu" in bad.stderr
    helped = run_cli("check", "-h")
    assert helped.returncode == 0 and "utilisation" in helped.stdout


def test_import_notes_are_shown_and_an_unreadable_amount_is_an_error(tmp_path, call, complete_dossier):
    import docx

    from iasante_desktop.documents.word_export import export_docx

    path = tmp_path / "dossier.docx"
    export_docx(complete_dossier, call, path)
    document = docx.Document(str(path))
    [cell] = [row.cells[1] for table in document.tables for row in table.rows if row.cells[0].text.strip() == "Mission"]
    cell.paragraphs[0].runs[0].text = "1.5k€"  # what a person types in Word
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    document.save(str(path))
    result = run_cli("check", str(path), "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert "budget.unreadable" in {e["rule"] for e in report["errors"]}
    # The importer's note about this very cell reaches the JSON report and the text report.
    assert any("1.5k€" in note and "Mission" in note for note in report["notes"]), report["notes"]
    text = run_cli("check", str(path))
    assert any(line.strip().startswith("Remarque à l'import") and "1.5k€" in line for line in text.stdout.splitlines())
    english = run_cli("check", str(path), "--lang", "en")
    assert any("1.5k€" in line and "Import note" in line for line in english.stdout.splitlines()), english.stdout


def test_deeply_nested_json_is_refused_without_a_traceback(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000, encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 2 and "imbriqué" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path, complete_dossier):
    source = write_json(tmp_path, complete_dossier)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shell = f"{sys.executable} -m iasante_desktop check {source} --json | head -c 10"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60, env=env)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_a_draft_open_in_the_app_can_still_be_checked(tmp_path, complete_dossier, monkeypatch):
    from iasante_desktop.drafts import Draft

    monkeypatch.setenv("IASANTE_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "ouvert.iasante"
    draft = Draft.create(path, complete_dossier)  # held open, and locked, as a window holds it
    try:
        before = path.read_bytes()
        result = run_cli("check", str(path), "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["measures"]["budget_total"] == 12500
        assert path.read_bytes() == before  # checking wrote nothing into the draft
    finally:
        draft.close()
