"""Days past the deadline: one function, one number, wherever it is shown (issue 12, item 11)."""

from __future__ import annotations

import datetime as dt



def test_days_past_the_deadline_are_counted_in_the_calls_zone_from_closes_at(call):
    # 23:30 UTC on 5 December 2026 is already 6 December in Paris: 357 days after 14 December 2025.
    moment = dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)
    assert call.calendar.days_past_deadline(moment) == 357
    assert call.calendar.days_past_deadline(dt.datetime(2025, 12, 14, 22, 59, 59, tzinfo=dt.UTC)) == 0
    assert call.calendar.days_past_deadline(dt.datetime(2025, 12, 14, 23, 0, 0, tzinfo=dt.UTC)) == 1
