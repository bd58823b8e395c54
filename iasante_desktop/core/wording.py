"""Real plural and date forms, French and English: "1 jour", "2 jours", "0 erreur"; "1er mars 2026".

French puts 0 and 1 in the singular, English only 1. A catalogue sentence marks a word that follows a number
as {name|singular|plural}: "passée depuis {days} {days|jour|jours}" reads "passée depuis 1 jour".
"""

from __future__ import annotations

import datetime as dt
import re

_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^{}]*)\}")

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}


def is_singular(count: float, lang: str) -> bool:
    return abs(count) < 2 if lang != "en" else count == 1


def plural(count: float, singular: str, plural_form: str, lang: str = "fr") -> str:
    """The word for `count`: plural(2, "page", "pages") -> "pages"; French 0 and 1 take the singular."""
    return singular if is_singular(count, lang) else plural_form


def counted(lang: str, count: int, singular: str, plural_form: str) -> str:
    """One of two sentences holding {n}, by the language's rule: counted("fr", 0, "{n} erreur", "{n} erreurs")
    -> "0 erreur". The GUI passes both forms through tr()."""
    return plural(count, singular, plural_form, lang).replace("{n}", str(count))


def with_plurals(text: str, values: dict, lang: str = "fr") -> str:
    """Resolve every {name|singular|plural} in `text` from the number values[name]; other fields stay."""

    def choose(match: re.Match) -> str:
        value = values.get(match.group(1))
        try:
            count = float(value)
        except (TypeError, ValueError):
            return match.group(3)
        return plural(count, match.group(2), match.group(3), lang)

    return _PLURAL.sub(choose, text)


def decimal_text(value: float, lang: str = "fr", digits: int = 2) -> str:
    """2.04 -> "2,04" (French) or "2.04"; trailing zeros dropped: 2.0 -> "2", never a rounded "2,0"."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def short_date(day: dt.date, lang: str = "fr") -> str:
    """'14/12/2025' (French) or '2025-12-14': how a fact line or a table cell writes a date."""
    return day.strftime("%Y-%m-%d" if lang == "en" else "%d/%m/%Y")


def long_date(day: dt.date, lang: str = "fr") -> str:
    """'1er mars 2026', '14 décembre 2025'; '1 March 2026' in English."""
    if lang == "en":
        return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS['fr'][day.month - 1]} {day.year}"


def size_text(size: int, lang: str = "fr") -> str:
    """'28 Ko', '1,2 Mo', '14 Mo' (French) or '28 KB', '1.2 MB': never '0,0 Mo'."""
    kilo, mega = ("KB", "MB") if lang == "en" else ("Ko", "Mo")
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} {kilo}"
    text = f"{size / (1024 * 1024):.1f}".removesuffix(".0")
    return f"{text if lang == 'en' else text.replace('.', ',')} {mega}"
