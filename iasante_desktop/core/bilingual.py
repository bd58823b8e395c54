"""What the application tells a user, in both of its languages: French first, English second.

One type carries a sentence from the core to the GUI and the command line, `Message(fr, en)`; a refusal is a
`BilingualError` holding one. Numbers, dates and plurals are written per language by core/wording.py, so
that no caller writes "page(s)" or an English date in French order.
"""

from __future__ import annotations

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
