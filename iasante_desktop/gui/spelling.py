"""Spelling in French and English, offline: Hunspell (chunspell) with the dictionaries shipped in resources/.

- One Hunspell per language, loaded on first use and kept (the French one takes ~0.1 s).
- A word's verdict is remembered per language, so a keystroke re-checks one paragraph from the cache.
- The personal word list ("Ajouter à mon dictionnaire") is a private UTF-8 file in the user's config folder,
  one word a line; it is consulted before Hunspell, which is never modified.
- The highlighter underlines misspelt words of a paragraph only when the paragraph is on screen; the others
  are remembered as pending and checked when they scroll into view (catch_up). Nothing blocks a keystroke.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from iasante_desktop.private_files import FILE_MODE, private_dir

DICTIONARIES = {"fr": "fr_FR", "en": "en_US"}
PERSONAL_FILE = "dictionnaire-personnel.txt"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_loaded: dict[str, object] = {}
_ELISIONS = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}


def _hunspell(lang: str):
    if lang not in _loaded:
        import hunspell  # chunspell's module

        from iasante_desktop.resources import dictionaries_dir

        _loaded[lang] = hunspell.Hunspell(DICTIONARIES[lang], hunspell_data_dir=str(dictionaries_dir()))
    return _loaded[lang]


def personal_path() -> Path:
    from iasante_desktop.gui.settings import config_dir

    return config_dir() / PERSONAL_FILE


def words_of(text: str) -> list[tuple[int, int, str]]:
    """(start, length, word) of every word worth checking: letters (apostrophes and hyphens inside),
    not acronyms in capitals, not single letters."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or word.isupper():
            continue
        out.append((m.start(), len(word), word))
    return out


class SpellService(QObject):
    """The checker a window's editors share: language, personal words, verdict cache."""

    changed = Signal()  # language, personal words or on/off changed: visible paragraphs are re-checked

    def __init__(self, lang: str = "fr", enabled: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang if lang in DICTIONARIES else "fr"
        self.enabled = enabled
        self._verdicts: dict[str, dict[str, bool]] = {code: {} for code in DICTIONARIES}
        self._personal_path: Path | None = None
        self._personal: set[str] = set()
        self._load_personal()

    def _load_personal(self) -> None:
        path = personal_path()
        self._personal_path = path
        try:
            self._personal = {w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}
        except OSError:
            self._personal = set()

    def set_language(self, lang: str) -> None:
        if lang in DICTIONARIES and lang != self.lang:
            self.lang = lang
            self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    def is_correct(self, word: str) -> bool:
        verdicts = self._verdicts[self.lang]
        verdict = verdicts.get(word)
        if verdict is None:
            verdict = word in self._personal or self._check(word)
            verdicts[word] = verdict
        return verdict

    def _check(self, word: str) -> bool:
        h = _hunspell(self.lang)
        normal = word.replace("’", "'")
        if h.spell(normal):
            return True
        head, apostrophe, tail = normal.partition("'")
        if apostrophe and head.lower() in _ELISIONS and tail and (tail.isupper() or h.spell(tail) or tail in self._personal):
            return True  # l'IRIT, d'Occitanie
        if "-" in normal:  # "intelligence-artificielle" style compounds: each part a word
            return all(h.spell(part) or part in self._personal for part in normal.split("-") if part)
        return False

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        return [(start, length) for start, length, word in words_of(text) if not self.is_correct(word)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        apostrophe = "’" in word
        out = []
        for s in _hunspell(self.lang).suggest(word.replace("’", "'")):
            out.append(s.replace("'", "’") if apostrophe else s)
        return out[:limit]

    def add_word(self, word: str) -> None:
        """Add to the personal list (a private file) and re-check."""
        self._personal.add(word)
        for verdicts in self._verdicts.values():
            verdicts.pop(word, None)
        path = self._personal_path or personal_path()
        private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        try:
            os.write(fd, (word + "\n").encode("utf-8"))
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(path, FILE_MODE)
        self.changed.emit()


def underline_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor("#d32f2f"))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of the paragraphs on screen; `visible` tells whether a block is."""

    def __init__(self, document: QTextDocument, service: SpellService, visible_rect=None):
        self.service = service
        self._visible_rect = visible_rect  # () -> QRect in document coordinates, or None when not shown
        self._format = underline_format()
        self._cache: OrderedDict[tuple[str, str], tuple[tuple[int, int], ...]] = OrderedDict()
        self.pending: set[int] = set()
        self.checked_blocks = 0  # how many paragraphs were actually checked (tests, benchmarks)
        super().__init__(document)
        service.changed.connect(self.recheck_visible)

    def _is_visible(self, block) -> bool:
        if self._visible_rect is None:
            return True
        area: QRect | None = self._visible_rect()
        if area is None:
            return False
        layout = self.document().documentLayout()
        rect = layout.blockBoundingRect(block)
        if rect.isNull() or rect.height() == 0:
            return True  # not laid out yet: it is being typed or loaded in view
        return rect.bottom() >= area.top() and rect.top() <= area.bottom()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        if not self.service.enabled or not text:
            return
        block = self.currentBlock()
        if not self._is_visible(block):
            self.pending.add(block.blockNumber())
            return
        self.pending.discard(block.blockNumber())
        key = (self.service.lang, text)
        ranges = self._cache.get(key)
        if ranges is None:
            self.checked_blocks += 1
            ranges = tuple(self.service.misspelt(text))
            self._cache[key] = ranges
            if len(self._cache) > 2000:
                self._cache.popitem(last=False)
        for start, length in ranges:
            self.setFormat(start, length, self._format)

    def forget(self) -> None:
        self._cache.clear()

    def recheck_visible(self) -> None:
        """After a language, word list or on/off change: re-check what is on screen, the rest when shown."""
        self.forget()
        doc = self.document()
        if doc is None:
            return
        block = doc.begin()
        while block.isValid():
            if self._is_visible(block) or not self.service.enabled:
                self.rehighlightBlock(block)
            else:
                self.pending.add(block.blockNumber())
            block = block.next()

    def catch_up(self) -> None:
        """Check the pending paragraphs that are now on screen."""
        doc = self.document()
        if doc is None or not self.pending:
            return
        for number in sorted(self.pending):
            block = doc.findBlockByNumber(number)
            if block.isValid() and self._is_visible(block):
                self.pending.discard(number)
                self.rehighlightBlock(block)
            elif not block.isValid():
                self.pending.discard(number)

    def misspelt_at(self, position: int) -> tuple[int, int, str] | None:
        """The misspelt word at a document position: (start position, length, word)."""
        doc = self.document()
        block = doc.findBlock(position)
        if not block.isValid():
            return None
        offset = position - block.position()
        for start, length, word in words_of(block.text()):
            if start <= offset <= start + length and not self.service.is_correct(word):
                return block.position() + start, length, word
        return None


_shared: SpellService | None = None


def shared_spelling(lang: str | None = None) -> SpellService:
    """The application's checker (one personal word list per config folder, so tests each get theirs)."""
    global _shared
    if _shared is None or _shared._personal_path != personal_path():
        _shared = SpellService(lang or "fr")
    if lang:
        _shared.set_language(lang)
    return _shared
