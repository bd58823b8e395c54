"""Dossiers typed in LibreOffice's own format, saved as .docx by LibreOffice, then checked as a user would:
`iasante-desktop check --json` must report exactly what a careful reader of the call would report.

The documents are written here as flat ODF (what LibreOffice writes for .fodt), in styles the Word importer
was not written against: headings instead of bold, labels in capitals or without accents, "Mots-clés",
values on the label's line, placeholders left in place, a budget table with three partners.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fidelity.handmade_dossiers import CASES, convert
from testkit import require_tool


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    return convert(require_tool("soffice"), tmp_path_factory.mktemp("unseen"))


@pytest.mark.soffice
@pytest.mark.parametrize("name", sorted(CASES))
def test_check_reports_what_a_careful_reader_would(converted, name):
    expected_errors = CASES[name][1]
    result = subprocess.run(
        [sys.executable, "-m", "iasante_desktop", "check", str(converted[name]), "--json"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == (1 if expected_errors else 0), result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert {e["rule"] for e in report["errors"]} == expected_errors
    # A Word file has no field for a status or a domain: the check asks for them, and never invents them.
    warnings = {w["rule"] for w in report["warnings"]}
    assert {"partners.status_missing", "partners.domain_missing", "deadline"} <= warnings
    assert "partners.site_missing" not in warnings  # every unit names an Occitanie city


@pytest.mark.soffice
def test_budget_and_cap_follow_the_partners_territories(converted):
    def measures(name):
        out = subprocess.run(
            [sys.executable, "-m", "iasante_desktop", "check", str(converted[name]), "--json"],
            capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        return json.loads(out.stdout)["measures"]

    clean = measures("clean")
    assert clean["budget_total"] == 18000 and clean["budget_cap"] == 20000
    over = measures("too_long_and_over_cap")
    assert over["budget_total"] == 17000 and over["budget_cap"] == 15000
    assert over["resume_lines"] > 10
