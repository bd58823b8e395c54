"""The call's deadline as a moment, and what is left until it, for the start page's countdown."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from iasante_desktop.core.callspec import Calendar


class Countdown(NamedTuple):
    passed: bool
    days: int
    hours: int
    minutes: int
    seconds: int


def countdown(calendar: Calendar, now: dt.datetime) -> Countdown:
    """Time left until the deadline (or elapsed since it, with passed=True), split for display."""
    deadline = calendar.closes_at  # the end of the deadline day, with its UTC offset: no tz database needed
    delta = deadline - now
    if delta.total_seconds() < 0:
        # Past the deadline: the one count the rules use too (calendar days in the call's zone).
        return Countdown(True, calendar.days_past_deadline(now), 0, 0, 0)
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return Countdown(False, days, hours, minutes, seconds)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
