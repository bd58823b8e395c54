"""Reading a JSON text whose end is lost: complete members as they were, a cut text as its start, and never
a value the text does not say (a cut number, literal or key is dropped)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iasante_desktop.drafts.partial_json import Cut, parse_prefix


def test_a_description_cut_in_its_second_point_keeps_the_first_and_the_start_of_the_second():
    text = json.dumps({"introduction": "Le contexte.", "objectifs": "Détecter tôt les troubles"})
    value, whole = parse_prefix(text[: text.index("t\\u00f4t")])
    assert not whole
    assert value == {"introduction": "Le contexte.", "objectifs": "Détecter "}
    assert isinstance(value["objectifs"], Cut)


def test_a_whole_text_reads_as_json_does():
    text = json.dumps([{"budget": {"mission": "1500"}, "site": None, "ok": True, "n": 3, "x": -1.5e3}])
    assert parse_prefix(text) == (json.loads(text), True)


@pytest.mark.parametrize(
    "cut, expected",
    [
        ('{"total": 15', {}),  # "15" may be the start of "1500"
        ('{"confirmed": tr', {}),
        ('{"a": "x", "objec', {"a": "x"}),  # a key cut short
        ('{"a": "x", "b":', {"a": "x"}),
        ('["caf\\u00e', ["caf"]),  # an escape cut short: the string up to it
        ('{"a": "caf\\u00e9 \\ud83d', {"a": "café "}),  # half of a surrogate pair
        ('{"a": "fin\\', {"a": "fin"}),
    ],
)
def test_what_the_cut_text_does_not_say_is_dropped(cut, expected):
    value, whole = parse_prefix(cut)
    assert not whole
    assert value == expected


def test_text_that_is_not_json_is_refused():
    for text in ("", "   ", "<html>", '{"a" 1}', '{"a": 1} extra'):
        with pytest.raises(ValueError):
            parse_prefix(text)


def _is_start_of(recovered, original) -> bool:
    if isinstance(recovered, Cut):
        return isinstance(original, str) and original.startswith(recovered)
    if isinstance(recovered, dict):
        return isinstance(original, dict) and all(
            k in original and _is_start_of(v, original[k]) for k, v in recovered.items()
        )
    if isinstance(recovered, list):
        return (
            isinstance(original, list)
            and len(recovered) <= len(original)
            and all(_is_start_of(r, o) for r, o in zip(recovered, original))
        )
    return recovered == original and type(recovered) is type(original)


_leaves = st.one_of(st.text(max_size=30), st.integers(), st.booleans(), st.none())
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_values, st.booleans(), st.data())
def test_any_cut_of_any_value_gives_back_only_the_start_of_that_value(value, ascii_only, data):
    text = json.dumps(value, ensure_ascii=ascii_only)
    cut = data.draw(st.integers(min_value=1, max_value=len(text)))
    try:
        recovered, whole = parse_prefix(text[:cut])
    except ValueError:
        return  # the cut came before anything of the value could be read
    if whole:
        assert recovered == value
    assert _is_start_of(recovered, value)
