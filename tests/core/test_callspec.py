import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from iasante_desktop.core.callspec import CallSpecError, load_call, resolve_call


def test_shipped_call_states_the_annex_in_order(call):
    assert [s.id for s in call.sections] == [
        "acronym", "title", "keywords", "theme", "resume", "resume_grand_public", "partners", "description", "budget",
    ]
    assert call.section("resume").max_lines == 10
    assert call.section("resume_grand_public").max_lines == 10
    assert call.section("description").max_pages == 2
    assert len(call.section("description").points) == 5
    assert [r.label.fr for r in call.budget.rows] == [
        "Fonctionnement", "Prestations Internes", "Prestations Externes", "Mission", "Coût du personnel",
    ]


def test_shipped_call_carries_caps_calendar_and_address(call):
    assert call.budget.cap == Decimal("15000")
    assert call.budget.bonus == Decimal("5000")
    assert call.calendar.deadline == dt.date(2025, 12, 14)
    assert call.calendar.project_end == dt.date(2027, 2, 28)
    assert call.submission.address == "aapiasante@univ-toulouse.fr"
    assert {"Toulouse", "Montpellier", "Nîmes", "Perpignan", "Mende"} <= {p.name for p in call.places}


def test_every_fact_points_at_the_call_text(call):
    text = call.path.read_text(encoding="utf-8")
    assert text.count("source =") >= 15


def _spec_with(tmp_path: Path, old: str, new: str) -> Path:
    text = resolve_call().path.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "call.toml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_missing_key_is_named(tmp_path):
    path = _spec_with(tmp_path, 'address = "aapiasante@univ-toulouse.fr"\n', "")
    with pytest.raises(CallSpecError, match=r"submission\.address"):
        load_call(path)


def test_wrong_type_is_named_with_its_index(tmp_path):
    path = _spec_with(tmp_path, "max_lines = 10", 'max_lines = "ten"')
    with pytest.raises(CallSpecError, match=r"sections\[4\]\.max_lines"):
        load_call(path)


def test_unknown_call_id_lists_shipped_calls():
    with pytest.raises(CallSpecError, match="iasante-amorcage-2025-2026"):
        resolve_call("no-such-call")
