"""Calls that arrive as files or are derived in the app: installed whole or not at all, listed, usable at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from iasante_desktop.core.callfile import (
    CallChanges,
    by_openness,
    call_digest,
    derive_call,
    install_call_file,
    known_calls,
    suggested_changes,
    toml_text,
)
from iasante_desktop.core.callmove import call_differences, history_label, move_to_call, verdict_changes
from iasante_desktop.core.callspec import CallSpecError, key_lines, load_call, resolve_call
from iasante_desktop.core.dossier import to_json
from iasante_desktop.core.measures import Measures
from iasante_desktop.core.rules import validate
from iasante_desktop.core.spec_text import spec_data
from iasante_desktop.resources import calls_dir

WHEN = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "config" / "calls"


def _shipped_text(call) -> str:
    return call.path.read_text(encoding="utf-8")


def _variant(tmp_path: Path, call, old: str, new: str, name: str = "sent-by-funder.toml") -> Path:
    text = _shipped_text(call)
    assert old in text, old
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _next_call_file(tmp_path: Path, call) -> Path:
    text = _shipped_text(call).replace('id = "iasante-amorcage-2025-2026"', 'id = "iasante-amorcage-2026-2027"', 1)
    text = text.replace("deadline = 2025-12-14", "deadline = 2026-12-13", 1)
    text = text.replace("closes_at = 2025-12-14T23:59:59+01:00", "closes_at = 2026-12-13T23:59:59+01:00", 1)
    path = tmp_path / "appel-2026-2027.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _installed(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir()) if home.exists() else []


def test_a_valid_call_file_is_installed_privately_and_listed(tmp_path, home, call):
    spec = install_call_file(_next_call_file(tmp_path, call), home)

    assert spec.id == "iasante-amorcage-2026-2027"
    assert spec.path == home / "iasante-amorcage-2026-2027.toml"
    # with its parsed twin, so that listing the calls at start-up needs no TOML parser
    assert _installed(home) == ["iasante-amorcage-2026-2027.parsed.json", "iasante-amorcage-2026-2027.toml"]
    if os.name == "posix":
        assert {stat.S_IMODE(p.stat().st_mode) for p in home.iterdir()} == {0o600}
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
    entries, broken = known_calls(calls_dir(), home)
    assert broken == []
    assert {(e.id, e.origin) for e in entries} == {
        ("iasante-amorcage-2025-2026", "shipped"),
        ("iasante-amorcage-2026-2027", "installed"),
    }
    assert resolve_call("iasante-amorcage-2026-2027", installed=home).calendar.deadline == dt.date(2026, 12, 13)


def test_open_calls_come_first(tmp_path, home, call):
    install_call_file(_next_call_file(tmp_path, call), home)
    entries, _ = known_calls(calls_dir(), home)
    now = dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)
    ordered = by_openness(entries, now)
    assert [(e.id, e.is_open(now)) for e in ordered] == [
        ("iasante-amorcage-2026-2027", True),
        ("iasante-amorcage-2025-2026", False),
    ]


# Each invalid file: what is changed in the shipped call, and what the one-line refusal must say.
INVALID = [
    pytest.param("deadline = 2025-12-14", 'deadline = "14 décembre"', r"ligne 2\d .*calendar\.deadline.*date", id="wrong-type"),
    pytest.param('address = "aapiasante@univ-toulouse.fr"\n', "", r"ligne \d+ .*submission\.address.*manquant.*expected str", id="missing-key"),
    pytest.param("max_lines = 10", 'max_lines = "ten"', r"ligne \d+ .*sections\[4\]\.max_lines.*int", id="wrong-type-in-array"),
    pytest.param('kind = "lines"', 'kind = "paragraphs"', r"sections\[4\]\.kind.*paragraphs.*expected", id="unknown-kind"),
    pytest.param("closes_at = 2025-12-14T23:59:59+01:00", "closes_at = 2025-12-15T23:59:59+01:00", r"calendar\.closes_at.*deadline", id="closing-off-deadline"),
    pytest.param('cap = "15000"', 'cap = "quinze mille"', r"budget\.cap.*not an amount", id="unreadable-cap"),
    pytest.param("[calendar]", "[calendar", r"TOML invalide.*line", id="toml-syntax"),
    pytest.param('file_stem = "IASANTE_AAPAMOR2026_{acronym}"', 'file_stem = "IASANTE_AAPAMOR2026"', r"submission\.file_stem.*\{acronym\}", id="pattern-without-acronym"),
    pytest.param('id = "iasante-amorcage-2025-2026"', 'id = "iasante-amorcage-2025-2026"', r"fourni avec l'application.*ships with the app", id="shipped-id"),
    pytest.param('id = "iasante-amorcage-2025-2026"', 'id = "../../etc/passwd"', r"nom de fichier.*not a safe file name", id="unsafe-id"),
    pytest.param("format = 1", "format = 2", r"format.*unsupported", id="newer-format"),
]


@pytest.mark.parametrize(("old", "new", "message"), INVALID)
def test_an_invalid_call_file_is_refused_in_one_line_and_nothing_is_installed(tmp_path, home, call, old, new, message):
    path = _variant(tmp_path, call, old, new)
    with pytest.raises(CallSpecError, match=message) as caught:
        install_call_file(path, home)
    text = str(caught.value)
    assert "\n" not in text
    assert "sent-by-funder.toml" in text  # the user's file, not the temporary copy
    assert _installed(home) == []  # not even a temporary file


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"format.*manquant"),
        (b"\xff\xfe not utf-8", r"UTF-8"),
        (b"x" * (1 << 20 + 1), r"trop volumineux"),
    ],
    ids=["empty", "not-utf8", "too-large"],
)
def test_files_that_are_not_call_specs_are_refused(tmp_path, home, content, message):
    path = tmp_path / "sent-by-funder.toml"
    path.write_bytes(content)
    with pytest.raises(CallSpecError, match=message):
        install_call_file(path, home)
    assert _installed(home) == []


def test_the_refusal_names_the_line_of_the_key(tmp_path, home, call):
    path = _variant(tmp_path, call, "max_lines = 10", 'max_lines = "ten"')
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if 'max_lines = "ten"' in text)
    with pytest.raises(CallSpecError) as caught:
        install_call_file(path, home)
    assert caught.value.line == line
    assert caught.value.key == "sections[4].max_lines"
    assert f"ligne {line} (line {line})" in str(caught.value)


def test_an_installed_call_is_replaced_only_when_asked(tmp_path, home, call):
    first = install_call_file(_next_call_file(tmp_path, call), home)
    with pytest.raises(CallSpecError, match="déjà installé"):
        install_call_file(_next_call_file(tmp_path, call), home)
    changed = _variant(tmp_path, load_call(first.path), 'cap = "15000"', 'cap = "9000"')
    changed.write_text(changed.read_text(encoding="utf-8"), encoding="utf-8")
    assert install_call_file(changed, home, replace=True).budget.cap == Decimal("9000")
    assert _installed(home) == ["iasante-amorcage-2026-2027.parsed.json", "iasante-amorcage-2026-2027.toml"]
    assert load_call(first.path).budget.cap == Decimal("9000")  # the twin follows the new file


def test_a_refused_replacement_leaves_the_installed_call_as_it_was(tmp_path, home, call):
    first = install_call_file(_next_call_file(tmp_path, call), home)
    before = first.path.read_bytes()
    bad = _variant(tmp_path, load_call(first.path), 'cap = "15000"', 'cap = "beaucoup"')
    with pytest.raises(CallSpecError):
        install_call_file(bad, home, replace=True)
    assert first.path.read_bytes() == before
    assert _installed(home) == ["iasante-amorcage-2026-2027.parsed.json", "iasante-amorcage-2026-2027.toml"]


def test_key_lines_follow_arrays_of_tables(call):
    lines = key_lines(_shipped_text(call))
    text = _shipped_text(call).splitlines()
    assert text[lines["sections[4].max_lines"] - 1].startswith("max_lines = 10")
    assert text[lines["sections[7].points[2].id"] - 1] == 'id = "objectifs"'
    assert text[lines["budget.rows[4].note.fr"] - 1].startswith("note.fr")


# ---- deriving -----------------------------------------------------------------------------------------------


def test_the_toml_writer_round_trips_the_shipped_call(call):
    data = spec_data(call.path)
    assert tomllib.loads(toml_text(data)) == tomllib.loads(_shipped_text(call))


def _derive_2026_2027(call, home):
    changes = CallChanges(
        id="iasante-amorcage-2026-2027",
        years="2026-2027",
        deadline=dt.date(2026, 12, 13),
        results="2027-01",
        project_start=dt.date(2027, 3, 1),
        file_stem="IASANTE_AAPAMOR2027_{acronym}",
        address="aap-iasante-2027@univ-toulouse.fr",
        cap=Decimal("10000"),
        bonus=Decimal("2000"),
        limits={"resume": 8, "description": 3},
    )
    return derive_call(call, changes, home, when=WHEN)


def test_a_derived_call_is_installed_listed_and_usable_at_once(call, home):
    new = _derive_2026_2027(call, home)  # how long it takes is a benchmark's business, not a test's
    assert new.id == "iasante-amorcage-2026-2027"
    assert new.name.fr == "IA pour la Santé — appel à projets d'amorçage 2026-2027"
    assert new.name.en == "AI for Health — seed funding call 2026-2027"
    assert new.title_block[-1].fr == "2026 - 2027"
    assert new.calendar.deadline == dt.date(2026, 12, 13)
    # the closing moment follows the deadline: the end of its day at the source's offset
    assert new.calendar.closes_at.isoformat() == "2026-12-13T23:59:59+01:00"
    assert new.calendar.project_end == dt.date(2028, 2, 29)
    assert new.submission.file_stem == "IASANTE_AAPAMOR2027_{acronym}"
    assert new.submission.address == "aap-iasante-2027@univ-toulouse.fr"
    assert (new.budget.cap, new.budget.bonus) == (Decimal("10000"), Decimal("2000"))
    assert new.section("resume").max_lines == 8
    assert new.section("resume").suffix.fr == "8 lignes maximum"
    assert new.section("description").max_pages == 3
    assert new.section("resume_grand_public").max_lines == 10  # untouched
    assert new.derived_from == "iasante-amorcage-2025-2026"
    entries, _ = known_calls(calls_dir(), home)
    assert "iasante-amorcage-2026-2027" in {e.id for e in entries}
    assert resolve_call("iasante-amorcage-2026-2027", installed=home) == new


def test_a_derived_call_keeps_every_source_and_says_what_the_user_entered(call, home):
    new = _derive_2026_2027(call, home)
    data = tomllib.loads(new.path.read_text(encoding="utf-8"))
    source = tomllib.loads(_shipped_text(call))
    for table in ("calendar", "submission", "budget", "annex", "eligibility", "gazetteer", "themes"):
        assert data[table]["source"] == source[table]["source"]
    assert [s.get("source") for s in data["sections"]] == [s.get("source") for s in source["sections"]]
    entered = data["calendar"]["entered"]
    assert entered["by"] == "user"
    assert entered["from"] == "iasante-amorcage-2025-2026"
    assert entered["at"] == WHEN
    assert entered["keys"] == ["deadline", "closes_at", "results", "project_start"]
    assert data["budget"]["entered"]["keys"] == ["cap", "bonus"]
    assert data["sections"][4]["entered"]["keys"] == ["max_lines"]
    assert "entered" not in data["sections"][5]  # the lay summary did not change
    assert data["derivation"] == {
        "from": "iasante-amorcage-2025-2026",
        "from_file": "call.toml",
        "from_sha256": call_digest(call),
        "at": WHEN,
        "by": "user",
    }


def test_a_derivation_that_makes_an_invalid_call_installs_nothing(call, home):
    changes = CallChanges(id="iasante-amorcage-2026-2027", closes_at=dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc))
    with pytest.raises(CallSpecError, match=r"calendar\.closes_at"):
        derive_call(call, changes, home, when=WHEN)
    with pytest.raises(CallSpecError, match="autre « id »"):
        derive_call(call, CallChanges(id=call.id), home, when=WHEN)
    with pytest.raises(CallSpecError, match="section inconnue"):
        derive_call(call, CallChanges(id="x-2027", limits={"budget": 3}), home, when=WHEN)
    assert _installed(home) == []


def test_the_suggested_next_call_moves_every_year_by_one(call):
    changes = suggested_changes(call)
    assert changes.id == "iasante-amorcage-2026-2027"
    assert changes.deadline == dt.date(2026, 12, 14)
    assert changes.closes_at.isoformat() == "2026-12-14T23:59:59+01:00"
    assert changes.file_stem == "IASANTE_AAPAMOR2027_{acronym}"
    assert changes.results == "2027-01"


# ---- moving a dossier ---------------------------------------------------------------------------------------


def test_a_dossier_moved_to_the_derived_call_keeps_its_text_and_meets_the_new_numbers(call, home, complete_dossier):
    new = _derive_2026_2027(call, home)
    measures = Measures(lines={"resume": 9, "resume_grand_public": 7}, pages={"description": 2.5})
    today = dt.date(2026, 11, 23)
    before = validate(complete_dossier, call, measures, today=today)
    text_before = to_json(complete_dossier)

    moved = move_to_call(complete_dossier, new)
    after = validate(moved, new, measures, today=today)

    assert {f.rule for f in before} == {"deadline", "limit.description_pages"}
    # 9 lines > 8; 12 500 € > 10 000 € + 2 000 €; the post-doc's contract ends before February 2028;
    # 2.5 pages now fit in 3; the 2026 deadline is still ahead
    assert {f.rule for f in after} == {"limit.resume_lines", "budget.cap", "partners.status"}
    [cap] = [f for f in after if f.rule == "budget.cap"]
    assert cap.numbers["cap"] == Decimal("12000")
    changes = verdict_changes(before, after)
    assert {f.rule for f in changes.appeared} == {"limit.resume_lines", "budget.cap", "partners.status"}
    assert {f.rule for f in changes.resolved} == {"deadline", "limit.description_pages"}
    text_after = to_json(moved)
    assert text_after.pop("call_id") == new.id
    assert text_before.pop("call_id") == call.id
    assert text_after == text_before


def test_the_differences_name_the_limits_the_cap_and_the_file_name(call, home, complete_dossier):
    new = _derive_2026_2027(call, home)
    diffs = {d.key: d for d in call_differences(complete_dossier, call, new)}
    assert diffs["limit.resume"].fr == "Résumé : 10 → 8 lignes maximum"
    assert diffs["limit.description"].en.endswith("2 → 3 pages maximum")
    assert "15\u00a0000" in diffs["cap"].fr and "10\u00a0000" in diffs["cap"].fr
    assert diffs["file_name"].fr == "Nom des fichiers : IASANTE_AAPAMOR2026_NEURO-IA → IASANTE_AAPAMOR2027_NEURO-IA"
    assert "deadline" in diffs and "address" in diffs
    assert "limit.resume_grand_public" not in diffs
    assert history_label(call.id, new) == "Changement d'appel : iasante-amorcage-2025-2026 → iasante-amorcage-2026-2027"


def test_a_moved_dossier_keeps_text_the_new_call_no_longer_asks_for(call, home, complete_dossier, tmp_path):
    complete_dossier.description["industrialisation"] = "Un partenaire industriel est prêt."
    data = spec_data(call.path)
    data["id"] = "sans-industrialisation"
    data["sections"][7]["points"] = [p for p in data["sections"][7]["points"] if p["id"] != "industrialisation"]
    path = tmp_path / "sans.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    other = install_call_file(path, home)
    diffs = call_differences(complete_dossier, call, other)
    assert any(d.key == "point.industrialisation" and "gardé" in d.fr for d in diffs)
    moved = move_to_call(dataclasses.replace(complete_dossier), other)
    assert moved.description["industrialisation"] == "Un partenaire industriel est prêt."


def test_an_installed_file_broken_by_hand_is_reported_not_listed(tmp_path, home, call):
    spec = install_call_file(_next_call_file(tmp_path, call), home)
    spec.path.write_text(spec.path.read_text(encoding="utf-8").replace("duration_months = 12", "duration_months = -1"), encoding="utf-8")
    entries, broken = known_calls(calls_dir(), home)
    assert [e.id for e in entries] == ["iasante-amorcage-2025-2026"]
    assert [b.path for b in broken] == [spec.path] and "calendar.duration_months" in broken[0].error
