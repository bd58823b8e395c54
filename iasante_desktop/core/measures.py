"""What the layout engine measured, handed to the rules; the core never measures text itself."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Measures:
    lines: dict[str, int] = field(default_factory=dict)  # section id ("resume") -> lines laid out
    pages: dict[str, float] = field(default_factory=dict)  # section id ("description") -> pages, fractional
    # section id -> index (0-based, over the section's laid-out lines) of the first line past the limit
    first_overflow_line: dict[str, int] = field(default_factory=dict)
