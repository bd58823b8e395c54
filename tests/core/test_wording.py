"""Real plural and date forms (issue 12, item 10): no "page(s)", no "0,0 Mo", "1er mars"."""

from __future__ import annotations

import datetime as dt

from iasante_desktop.core.findings import WARNING, Finding
from iasante_desktop.core.wording import counted, long_date, size_text


def test_french_puts_zero_and_one_in_the_singular_english_only_one():
    assert counted("fr", 0, "{n} erreur", "{n} erreurs") == "0 erreur"
    assert counted("fr", 1, "{n} erreur", "{n} erreurs") == "1 erreur"
    assert counted("fr", 2, "{n} erreur", "{n} erreurs") == "2 erreurs"
    assert counted("en", 0, "{n} error", "{n} errors") == "0 errors"
    assert counted("en", 1, "{n} error", "{n} errors") == "1 error"


def test_the_first_of_the_month_is_written_1er_in_french():
    assert long_date(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert long_date(dt.date(2025, 12, 14)) == "14 décembre 2025"
    assert long_date(dt.date(2026, 3, 1), "en") == "1 March 2026"


def test_sizes_are_never_zero_point_zero():
    assert size_text(40_000) == "39 Ko" and size_text(100) == "1 Ko"
    assert size_text(15_400_000) == "14,7 Mo" and size_text(15_400_000, "en") == "14.7 MB"
    assert size_text(2 * 1024 * 1024) == "2 Mo"


def test_findings_say_one_day_and_two_partners_without_brackets():
    one = Finding("deadline", WARNING, "", "deadline", {"days": 1, "deadline": "14/12/2025"})
    assert one.message("fr").endswith("est passée depuis 1 jour.")
    assert one.message("en").endswith("passed 1 day ago.")
    many = Finding("deadline", WARNING, "", "deadline", {"days": 357, "deadline": "14/12/2025"})
    assert "357 jours" in many.message("fr") and "(s)" not in many.message("fr")
