"""Reading the start of a JSON text whose end is lost (a draft cut short): every complete member, and the
text of a string that was cut, so a truncated description still gives back what was typed before the cut.

Only what the text really says comes back: a number, a literal or an object key that was cut is dropped
(its start would be a different value), and a cut string is marked `Cut` so the caller decides whether a
partial text is worth keeping where it stands.
"""

from __future__ import annotations

import re

MAX_DEPTH = 64  # our drafts nest four levels; a deeper text is not ours

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Cut(str):
    """A string whose end was lost."""

    __slots__ = ()


class _Ended(Exception):
    """The text ends before a value begins or before a cut value could say anything."""


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def at_end(self) -> bool:
        self.skip_space()
        return self.pos >= len(self.text)

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def value(self, depth: int) -> tuple[object, bool]:
        if depth > MAX_DEPTH:
            raise ValueError("JSON nested too deeply")
        if self.at_end():
            raise _Ended
        char = self.text[self.pos]
        if char == "{":
            return self.members(depth)
        if char == "[":
            return self.items(depth)
        if char == '"':
            return self.string()
        return self.scalar()

    def scalar(self) -> tuple[object, bool]:
        rest = self.text[self.pos :]
        for word, meaning in _LITERALS.items():
            if rest.startswith(word):
                self.pos += len(word)
                return meaning, True
            if word.startswith(rest):
                raise _Ended  # "tr" at the very end
        match = _NUMBER.match(rest)
        if not match:
            raise ValueError(f"unexpected {rest[:1]!r} at {self.pos}")
        self.pos += match.end()
        if self.pos >= len(self.text):
            raise _Ended  # "12" may be the start of "1250"
        number = match.group()
        return (float(number) if any(c in number for c in ".eE") else int(number)), True

    def string(self) -> tuple[str, bool]:
        text, pos = self.text, self.pos + 1
        out: list[str] = []
        while pos < len(text):
            char = text[pos]
            if char == '"':
                self.pos = pos + 1
                return _pairs("".join(out)), True
            if char != "\\":
                out.append(char)
                pos += 1
                continue
            if pos + 1 >= len(text):
                break  # a backslash, then the cut
            code = text[pos + 1]
            if code in _ESCAPES:
                out.append(_ESCAPES[code])
                pos += 2
                continue
            if code != "u":
                raise ValueError(f"bad escape at {pos}")
            digits = text[pos + 2 : pos + 6]
            if len(digits) < 4:
                break  # "\u00" then the cut
            out.append(chr(int(digits, 16)))
            pos += 6
        self.pos = len(text)
        if out and "\ud800" <= out[-1] <= "\udbff":
            out.pop()  # the first half of a pair whose second half is lost
        return Cut(_pairs("".join(out))), False

    def members(self, depth: int) -> tuple[dict, bool]:
        found: dict[str, object] = {}
        self.pos += 1
        if self.at_end():
            return found, False
        if self.text[self.pos] == "}":
            self.pos += 1
            return found, True
        while True:
            if self.at_end():
                return found, False
            if self.text[self.pos] != '"':
                raise ValueError(f"object key expected at {self.pos}")
            key, whole = self.string()
            if not whole or self.at_end():
                return found, False
            if self.text[self.pos] != ":":
                raise ValueError(f"':' expected at {self.pos}")
            self.pos += 1
            try:
                value, whole = self.value(depth + 1)
            except _Ended:
                return found, False
            found[key] = value
            if not whole or self.at_end():
                return found, False
            if self.text[self.pos] == "}":
                self.pos += 1
                return found, True
            if self.text[self.pos] != ",":
                raise ValueError(f"',' or '}}' expected at {self.pos}")
            self.pos += 1

    def items(self, depth: int) -> tuple[list, bool]:
        found: list[object] = []
        self.pos += 1
        if self.at_end():
            return found, False
        if self.text[self.pos] == "]":
            self.pos += 1
            return found, True
        while True:
            try:
                value, whole = self.value(depth + 1)
            except _Ended:
                return found, False
            found.append(value)
            if not whole or self.at_end():
                return found, False
            if self.text[self.pos] == "]":
                self.pos += 1
                return found, True
            if self.text[self.pos] != ",":
                raise ValueError(f"',' or ']' expected at {self.pos}")
            self.pos += 1


def _pairs(text: str) -> str:
    """Join the two halves of each escaped surrogate pair into one character, as json.loads does."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def parse_prefix(text: str) -> tuple[object, bool]:
    """The value `text` starts with, as far as it goes, and whether it is whole. Raises ValueError when
    the text is not the start of a JSON value, or ends before any of the value can be read."""
    reader = _Reader(text)
    try:
        value, whole = reader.value(0)
    except _Ended:
        raise ValueError("the text ends before its value begins") from None
    if whole and not reader.at_end():
        raise ValueError(f"extra data at {reader.pos}")
    return value, whole
