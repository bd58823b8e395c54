"""A call spec's TOML as plain data, read from its parsed twin when one is shipped beside it.

The window reads the call spec before its first page shows, and tomllib costs ≈ 7 ms there (4 to import,
3 to parse a 14 KB spec) where json, already loaded for the drafts list, reads the same data in 0.3 ms. So a
shipped spec `call.toml` may have a twin `call.parsed.json` (written by `python resources/calls/compile.py`):
the TOML's data with its dates and times tagged, and the CRC-32 and size of the TOML bytes it came from.
A twin that does not match the TOML byte for byte, or cannot be read, is ignored and the TOML is parsed: an
edited spec, or one passed with --call, is always read from its TOML. The TOML stays the only source.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path
from typing import Any

TWIN_FORMAT = 1
_TAGS = {"$date": dt.date.fromisoformat, "$datetime": dt.datetime.fromisoformat, "$time": dt.time.fromisoformat}


class SpecSyntaxError(ValueError):
    """The TOML itself is invalid; the message is tomllib's."""


def twin_of(path: Path) -> Path:
    return path.with_name(path.stem + ".parsed.json")


def spec_data(path: Path) -> dict[str, Any]:
    """The TOML's data. Raises OSError, UnicodeDecodeError or SpecSyntaxError as reading the TOML would."""
    raw = path.read_bytes()
    data = _from_twin(twin_of(path), raw)
    if data is not None:
        return data
    import tomllib  # here: a shipped spec with its twin never needs it

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SpecSyntaxError(str(exc)) from None


def _from_twin(twin: Path, raw: bytes) -> dict[str, Any] | None:
    try:
        stored = json.loads(twin.read_bytes(), object_hook=_untag)
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != TWIN_FORMAT:
        return None
    if stored.get("toml_size") != len(raw) or stored.get("toml_crc32") != zlib.crc32(raw):
        return None
    data = stored.get("data")
    return data if isinstance(data, dict) else None


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        (key, value), = obj.items()
        if key in _TAGS and isinstance(value, str):
            return _TAGS[key](value)
    return obj


def _tag(value: Any) -> Any:
    # datetime before date: a datetime is a date too.
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, dict):
        if any(key in _TAGS for key in value):
            raise ValueError(f"a TOML key may not be named like a tag: {sorted(value)}")
        return {key: _tag(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_tag(item) for item in value]
    return value


def twin_text(path: Path) -> str:
    """The twin file's text for the TOML at `path` (what compile.py writes)."""
    import tomllib

    raw = path.read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    stored = {"format": TWIN_FORMAT, "toml_size": len(raw), "toml_crc32": zlib.crc32(raw), "data": _tag(data)}
    return json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
