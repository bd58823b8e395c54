"""Placing partners in Occitanie: which gazetteer place a unit's text names, and its territory."""

from __future__ import annotations

import re
from functools import lru_cache

from iasante_desktop.core.callspec import CallSpec, Place
from iasante_desktop.core.naming import ascii_fold


def _key(text: str) -> str:
    """Lower-case, unaccented words separated by single spaces: "CHU de Nîmes," -> "chu de nimes"."""
    return re.sub(r"[\W_]+", " ", ascii_fold(text).lower()).strip()


@lru_cache(maxsize=8)
def _spellings(places: tuple[Place, ...]) -> tuple[tuple[Place, tuple[str, ...]], ...]:
    """Every place with its folded spellings, computed once per gazetteer: lookups run on every keystroke."""
    return tuple((place, tuple(_key(s) for s in (place.name, *place.aliases))) for place in places)


def find_place(name: str, call: CallSpec) -> Place | None:
    """The gazetteer place called `name` (or one of its aliases), whatever the case and accents."""
    return _find(name, call.places)


def find_outside_place(name: str, call: CallSpec) -> Place | None:
    """The place of another region called `name` (its `territory` is that region), or None."""
    return _find(name, call.outside_places)


def _find(name: str, places: tuple[Place, ...]) -> Place | None:
    wanted = _key(name)
    if not wanted:
        return None
    for place, spellings in _spellings(places):
        if wanted in spellings:
            return place
    return None


def infer_place(*texts: str, call: CallSpec) -> Place | None:
    """The first gazetteer place named in the texts (unit, institution, team), earliest mention first."""
    best: tuple[int, int, Place] | None = None
    for order, text in enumerate(texts):
        haystack = f" {_key(text)} "
        for place, spellings in _spellings(call.places):
            for spelling in spellings:
                needle = f" {spelling} "
                at = haystack.find(needle)
                if at >= 0 and (best is None or (order, at) < best[:2]):
                    best = (order, at, place)
        if best is not None:
            return best[2]
    return None


def territory_of(site: str, call: CallSpec) -> str | None:
    place = find_place(site, call)
    return place.territory if place else None
