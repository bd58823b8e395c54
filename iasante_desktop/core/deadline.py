"""One clock for every statement about the call's deadline: the closing moment `closes_at` (an aware
datetime, in the call's own zone), never the machine's local date. A machine in Nouméa and one in Paris
agree, at every second, on whether the call has closed and for how many days."""

from __future__ import annotations

import datetime as dt

from iasante_desktop.core.callspec import Calendar


def now_utc() -> dt.datetime:
    """The present moment (tests replace this one function to move time)."""
    return dt.datetime.now(dt.timezone.utc)


def has_closed(calendar: Calendar, now: dt.datetime | None = None) -> bool:
    return _aware(now) > calendar.closes_at


def days_past_close(calendar: Calendar, now: dt.datetime | None = None) -> int:
    """0 until the closing moment, included; after it, the calendar days since the deadline day counted in
    the call's zone (the closing moment's UTC offset), at least 1: "passée depuis 1 jour" from the first
    second after the close, 2 from the second midnight after it."""
    return calendar.days_past_deadline(_aware(now))


def _aware(now: dt.datetime | None) -> dt.datetime:
    moment = now if now is not None else now_utc()
    if moment.tzinfo is None:  # a naive moment would be read in the machine's zone: refuse the guess
        raise ValueError("the deadline clock needs an aware datetime")
    return moment
