"""What the layout engine measured, handed to the rules; the core never measures text itself."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

_NOTHING: Mapping = MappingProxyType({})  # a read-only empty default, safe to share


class Measures(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: the window creates an empty one before its first page
    shows, and a frozen dataclass costs four times as much to define."""

    lines: Mapping[str, int] = _NOTHING  # section id ("resume") -> lines laid out
    pages: Mapping[str, float] = _NOTHING  # section id ("description") -> pages, fractional
    # section id -> index (0-based, over the section's laid-out lines) of the first line past the limit
    first_overflow_line: Mapping[str, int] = _NOTHING
