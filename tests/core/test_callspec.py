import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from iasante_desktop.core.callspec import CallSpecError, load_call, resolve_call
from testkit import skip_or_fail


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


def test_the_deadline_closes_at_the_end_of_its_day_paris_time(call):
    closes = call.calendar.closes_at
    assert closes.isoformat() == "2025-12-14T23:59:59+01:00"
    assert closes.astimezone(dt.UTC) == dt.datetime(2025, 12, 14, 22, 59, 59, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("closes_at", "message"),
    [
        ("2025-12-14T23:59:59", r"calendar\.closes_at.*UTC offset"),
        ("2025-12-15T23:59:59+01:00", r"calendar\.closes_at.*deadline"),
        ('"the end of the day"', r"calendar\.closes_at.*datetime"),
    ],
)
def test_a_closing_moment_without_offset_or_off_the_deadline_day_is_refused(tmp_path, closes_at, message):
    path = _spec_with(tmp_path, "closes_at = 2025-12-14T23:59:59+01:00", f"closes_at = {closes_at}")
    with pytest.raises(CallSpecError, match=message):
        load_call(path)


def test_the_closing_moment_is_the_end_of_the_deadline_day_in_the_regions_time_zone(call):
    """The spec states the offset itself (no tz database at run time); here the tz database checks it, so a
    summer deadline written with the winter offset would be caught."""
    import zoneinfo

    try:
        paris = zoneinfo.ZoneInfo("Europe/Paris")
    except zoneinfo.ZoneInfoNotFoundError:
        skip_or_fail("no time-zone database on this machine")
    end_of_day = dt.datetime.combine(call.calendar.deadline, dt.time(23, 59, 59), tzinfo=paris)
    assert call.calendar.closes_at == end_of_day
    assert call.calendar.closes_at.utcoffset() == end_of_day.utcoffset()
