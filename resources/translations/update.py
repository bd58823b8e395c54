"""Refresh the interface translations: extract tr() strings into iasante_en.ts, then compile the .qm.

    python resources/translations/update.py           # lupdate + lrelease
    python resources/translations/update.py --release # lrelease only (after editing the .ts in Qt Linguist)

French is the source language (the strings in the code); English is the translation. Strings that
disappeared from the code are dropped from the .ts (-no-obsolete). Needs pyside6-lupdate and
pyside6-lrelease from PySide6-Essentials.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUI = ROOT / "iasante_desktop" / "gui"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable (not found): installez PySide6-Essentials")
    return found


def sources() -> list[str]:
    # lupdate does not read the u"" strings of uic's output: the Designer strings come from the .ui files.
    code = [p for p in GUI.rglob("*.py") if p.parent.name != "forms"]
    return sorted(str(p.relative_to(ROOT)) for p in [*code, *(ROOT / "ui").glob("*.ui")])


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        ts = HERE / f"iasante_{lang}.ts"
        if "--release" not in argv:
            subprocess.run(
                [tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "fr_FR", "-target-language", f"{lang}_GB",
                 *sources(), "-ts", str(ts.relative_to(ROOT))],
                check=True,
                cwd=ROOT,
            )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
