"""What the application tells a user goes in both of its languages: French first, English second."""

from __future__ import annotations


class BilingualError(Exception):
    """A refusal with one sentence in French and its English twin; `message(lang)` picks one, and `str()`
    gives both, French first, so a log or a terminal reads in either language."""

    def __init__(self, fr: str, en: str) -> None:
        super().__init__(f"{fr} ({en})")
        self.fr = fr
        self.en = en

    def message(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr
