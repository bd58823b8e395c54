"""The call's deadline as a moment, and what is left until it, for the start page's countdown."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from iasante_desktop.core.callspec import Calendar
from iasante_desktop.core.deadline import days_past_close, has_closed


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
    if has_closed(calendar, now):
        # The same count as the check's deadline warning: one clock (core.deadline).
        return Countdown(True, days_past_close(calendar, now), 0, 0, 0)
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return Countdown(False, days, hours, minutes, seconds)


def now_utc() -> dt.datetime:
    from iasante_desktop.core import deadline

    return deadline.now_utc()
