"""Everything that names a call (its programme, years, file-name pattern, region) is read from the call spec:
with another spec, none of the first call's words appear in what the app writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iasante_desktop.core.callspec import load_call
from iasante_desktop.core.document import build_document
from iasante_desktop.core.dossier import Partner, to_json

FIRST_CALL_WORDS = ("AAPAMOR2026", "IASANTE", "IA pour la Santé", "AI for Health", "2025-2026", "2025 - 2026", "Occitanie")
RENAMED = [
    ("IASANTE_AAPAMOR2026_{acronym}", "ZETA_APPEL2099_{acronym}"),
    ("IA pour la Santé", "Zêta Recherche"),
    ("AI for Health", "Zeta Research"),
    ("2025-2026", "2098-2099"),
    ("2025 - 2026", "2098 - 2099"),
    ('region = "Occitanie"', 'region = "Zétaland"'),
]


@pytest.fixture
def other_call(tmp_path, call):
    lines = []
    for line in call.path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith(("#", "source", "interpretation")):
            lines.append(line)  # where a fact comes from is not what the app writes
            continue
        for old, new in RENAMED:
            line = line.replace(old, new)
        lines.append(line)
    path = tmp_path / "zeta.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_call(path)


def _dossier(other_call, complete_dossier):
    dossier = complete_dossier
    dossier.call_id = other_call.id
    dossier.partners.append(Partner(carrier_name="Léa Roux", status="doctoral", site="Lyon"))
    dossier.partners[0].domain = None
    dossier.partners[1].status = None
    dossier.resume = "Résumé. " * 200  # over its limit
    return dossier


def _without_first_call_words(text: str) -> None:
    found = [word for word in FIRST_CALL_WORDS if word in text]
    assert not found, f"{found} in: {text[:3000]}"


def test_the_check_report_names_only_the_call_it_was_checked_against(other_call, complete_dossier, tmp_path):
    dossier = _dossier(other_call, complete_dossier)
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(to_json(dossier)), encoding="utf-8")
    outputs = []
    for lang in ("fr", "en"):
        for extra in ([], ["--json"]):
            done = subprocess.run(
                [sys.executable, "-m", "iasante_desktop", "check", str(source), "--call", str(other_call.path), "--lang", lang, *extra],
                capture_output=True, text=True, timeout=120,
            )
            assert done.returncode == 1, done.stderr
            outputs.append(done.stdout + done.stderr)
    report = json.loads(outputs[1])
    assert {"partners.status", "limit.resume_lines", "partners.site_other_region"} <= {f["rule"] for f in report["errors"] + report["warnings"]}
    assert any("Zétaland" in f["message"] for f in report["errors"])
    for output in outputs:
        _without_first_call_words(output)


def test_the_dossier_document_names_only_its_call(other_call, complete_dossier):
    dossier = _dossier(other_call, complete_dossier)
    for lang in ("fr", "en"):
        document = build_document(dossier, other_call, lang)
        text = "\n".join(str(getattr(block.content, "text", "")) for block in document.blocks)
        assert "2098 - 2099" in text
        _without_first_call_words(text)


def test_the_command_line_help_does_not_name_a_call():
    done = subprocess.run([sys.executable, "-m", "iasante_desktop", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    _without_first_call_words(done.stdout.replace("iasante-desktop", ""))
