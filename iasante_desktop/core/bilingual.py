"""What the application tells a user, in both of its languages: French first, English second.

One type carries a sentence from the core to the GUI and the command line, `Message(fr, en)`; a refusal is a
`BilingualError` holding one. Numbers, dates and plurals are written by the functions below, per language,
so that no caller writes "page(s)" or an English date in French order.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

LANGUAGES = ("fr", "en")


class Message(NamedTuple):
    """A sentence and its English twin. The call spec's labels are Messages too (callspec.Text)."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def both(self) -> str:
        """Both sentences, French first, for a log or a terminal read in either language."""
        return self.fr if self.fr == self.en else f"{self.fr} ({self.en})"


class BilingualError(Exception):
    """A refusal with one sentence in French and its English twin; `message(lang)` picks one, and `str()`
    gives both, French first."""

    def __init__(self, fr: str, en: str) -> None:
        self.sentences = Message(fr, en)
        super().__init__(self.sentences.both())

    @property
    def fr(self) -> str:
        return self.sentences.fr

    @property
    def en(self) -> str:
        return self.sentences.en

    def message(self, lang: str = "fr") -> str:
        return self.sentences.get(lang)


# ---- numbers, dates, plurals --------------------------------------------------------------------------------

NBSP = "\u00a0"
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def plural(count: int, one: str, many: str, lang: str = "fr") -> str:
    """"1 ligne", "2 lignes"; French takes the singular for 0 and 1, English only for 1."""
    singular = count in (0, 1) if lang != "en" else count == 1
    return f"{count} {one if singular else many}"


def count_of(count: int, fr: tuple[str, str], en: tuple[str, str], lang: str) -> str:
    """plural() with both languages' forms: count_of(3, ("ligne", "lignes"), ("line", "lines"), lang)."""
    forms = en if lang == "en" else fr
    return plural(count, forms[0], forms[1], lang)


def format_decimal(value: float, lang: str, digits: int = 1) -> str:
    """1.25 -> "1,3" in French, "1.3" in English."""
    text = f"{value:.{digits}f}"
    return text if lang == "en" else text.replace(".", ",")


def format_date(day: dt.date, lang: str) -> str:
    """"1er mars 2026", "14 décembre 2025" / "1 March 2026"."""
    month = _MONTHS["en" if lang == "en" else "fr"][day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def format_short_date(day: dt.date, lang: str) -> str:
    """"14/12/2025" / "2025-12-14": how a fact line or a table cell writes a date."""
    return day.strftime("%Y-%m-%d" if lang == "en" else "%d/%m/%Y")


def format_size(size: int, lang: str) -> str:
    """Bytes as a person reads them: "850 ko", "1,4 Mo" / "850 KB", "1.4 MB"; never "0,0 Mo"."""
    units = ("o", "ko", "Mo", "Go") if lang != "en" else ("B", "KB", "MB", "GB")
    value = float(size)
    unit = 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1000
        unit += 1
    if unit == 0:
        return f"{size}{NBSP}{units[0]}"
    shown = format_decimal(value, lang, 1 if value < 100 else 0)
    return f"{shown}{NBSP}{units[unit]}"
