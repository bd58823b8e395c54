"""Write (or check) the parsed twin `call.parsed.json` beside every shipped `call.toml`.

    python resources/calls/compile.py            # after editing a call.toml
    python resources/calls/compile.py --check    # exit 1 when a twin is missing or stale

The twin only saves the app the TOML parser at start-up (iasante_desktop/core/spec_text.py); a stale or
missing one is ignored, so forgetting to run this costs a few milliseconds, never a wrong spec.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import iasante_desktop  # noqa: F401
except ImportError:  # run from a checkout without an install
    sys.path.insert(0, str(HERE.parents[1]))

from iasante_desktop.core.spec_text import twin_of, twin_text  # noqa: E402


def main(argv: list[str]) -> int:
    stale = []
    for toml in sorted(HERE.glob("*/call.toml")):
        text = twin_text(toml)
        twin = twin_of(toml)
        if "--check" in argv:
            if not twin.exists() or twin.read_text(encoding="utf-8") != text:
                stale.append(str(twin.relative_to(HERE)))
        else:
            twin.write_text(text, encoding="utf-8")
            print(f"{toml.relative_to(HERE)} -> {twin.relative_to(HERE)}")
    if stale:
        print("à régénérer (stale): " + ", ".join(stale) + " — python resources/calls/compile.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
