"""One clock for the deadline (issue 15, case 12): the check's warning and the start page's countdown both
count from the call's closing moment, whatever the machine's time zone. The machine's zone is set through
TZ; the present moment through core.deadline.now_utc, the one function the app asks."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from iasante_desktop.checking import check
from iasante_desktop.core import deadline
from iasante_desktop.gui.calendar_text import countdown

ZONES = ["UTC", "Pacific/Noumea", "Europe/Paris", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(params=ZONES)
def machine_zone(request, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("TZ cannot be changed on this platform")
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _at(moment: dt.datetime, monkeypatch) -> None:
    monkeypatch.setattr(deadline, "now_utc", lambda: moment.astimezone(dt.timezone.utc))


def _warning_days(dossier, call) -> int | None:
    found = [f for f in check(dossier, call).findings if f.rule == "deadline"]
    return found[0].numbers["days"] if found else None


def _edges(call):
    closes = call.calendar.closes_at  # 14/12/2025 23:59:59 +01:00
    return [
        (closes - dt.timedelta(hours=9, minutes=59), None),  # Nouméa: 15/12 already, 9 h 59 min left
        (closes - dt.timedelta(seconds=1), None),
        (closes, None),  # the last second still counts
        (closes + dt.timedelta(seconds=1), 1),
        (dt.datetime(2025, 12, 15, 0, 30, tzinfo=PARIS_WINTER), 1),  # 23:30 UTC on the 14th
        (dt.datetime(2025, 12, 15, 23, 59, tzinfo=PARIS_WINTER), 1),
        (dt.datetime(2025, 12, 16, 0, 0, 1, tzinfo=PARIS_WINTER), 2),
    ]


def test_the_warning_and_the_countdown_agree_at_the_edges_in_every_zone(machine_zone, complete_dossier, call, monkeypatch):
    for moment, days in _edges(call):
        _at(moment, monkeypatch)
        left = countdown(call.calendar, deadline.now_utc())
        assert _warning_days(complete_dossier, call) == days, (machine_zone, moment)
        assert left.passed == (days is not None), (machine_zone, moment)
        if days is not None:
            assert left.days == days
    _at(call.calendar.closes_at - dt.timedelta(hours=9, minutes=59), monkeypatch)
    left = countdown(call.calendar, deadline.now_utc())
    assert (left.days, left.hours, left.minutes) == (0, 9, 59)


def test_a_naive_moment_is_refused_rather_than_read_in_the_machine_zone(call):
    with pytest.raises(ValueError):
        deadline.days_past_close(call.calendar, dt.datetime(2025, 12, 15, 0, 30))
