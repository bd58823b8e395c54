"""The call's deadline as a moment, and what is left until it, for the start page's countdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iasante_desktop.core.callspec import Calendar



def _call_zone(calendar: Calendar) -> dt.tzinfo:
    """The call's time zone; without tz data (a bare Windows Python) the local zone is the best guess."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(calendar.timezone)
    except Exception:  # noqa: BLE001 - zoneinfo raises several kinds when the tz database is absent
        return dt.datetime.now().astimezone().tzinfo or dt.UTC


def deadline_moment(calendar: Calendar) -> dt.datetime:
    """The call names a day: submissions are taken until the end of that day, Paris time."""
    return dt.datetime.combine(calendar.deadline, dt.time(23, 59, 59), tzinfo=_call_zone(calendar))


@dataclass(frozen=True)
class Countdown:
    passed: bool
    days: int
    hours: int
    minutes: int
    seconds: int


def countdown(calendar: Calendar, now: dt.datetime) -> Countdown:
    """Time left until the deadline (or elapsed since it, with passed=True), split for display."""
    deadline = deadline_moment(calendar)
    delta = deadline - now
    if delta.total_seconds() < 0:
        # Past the deadline, count calendar days in the call's zone, as the validator's finding does.
        days = (now.astimezone(deadline.tzinfo).date() - calendar.deadline).days
        return Countdown(True, days, 0, 0, 0)
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return Countdown(False, days, hours, minutes, seconds)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
