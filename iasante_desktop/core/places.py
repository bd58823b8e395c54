"""Placing partners in Occitanie: which gazetteer place a unit's text names, and its territory."""

from __future__ import annotations

import re

from iasante_desktop.core.callspec import CallSpec, Place
from iasante_desktop.core.naming import ascii_fold


def _key(text: str) -> str:
    return re.sub(r"[\s'’-]+", " ", ascii_fold(text).lower()).strip()


def find_place(name: str, call: CallSpec) -> Place | None:
    """The gazetteer place called `name` (or one of its aliases), whatever the case and accents."""
    wanted = _key(name)
    if not wanted:
        return None
    for place in call.places:
        if wanted == _key(place.name) or wanted in (_key(a) for a in place.aliases):
            return place
    return None


def infer_place(*texts: str, call: CallSpec) -> Place | None:
    """The first gazetteer place named in the texts (unit, institution, team), earliest mention first."""
    best: tuple[int, int, Place] | None = None
    for order, text in enumerate(texts):
        haystack = f" {_key(text)} "
        for place in call.places:
            for spelling in (place.name, *place.aliases):
                needle = f" {_key(spelling)} "
                at = haystack.find(needle)
                if at >= 0 and (best is None or (order, at) < best[:2]):
                    best = (order, at, place)
        if best is not None:
            return best[2]
    return None


def territory_of(site: str, call: CallSpec) -> str | None:
    place = find_place(site, call)
    return place.territory if place else None
