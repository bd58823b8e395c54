"""Compile the Qt Designer sources in ui/ into iasante_desktop/gui/forms/ui_<name>.py.

Run with the project's Python: `python ui/build_forms.py` (needs pyside6-uic from PySide6-Essentials).
`python ui/build_forms.py --check` exits 1 when a committed form differs from its .ui source.
The application never loads .ui files at run time: the compiled modules are committed.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "iasante_desktop" / "gui" / "forms"


def uic_path() -> str | None:
    """pyside6-uic beside the running interpreter (a venv), else on PATH."""
    return shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")


def header(ui: Path) -> str:
    return (
        f"# generated from ui/{ui.name} by pyside6-uic, do not edit: change the .ui in Qt Designer, then run\n"
        f"# `python ui/build_forms.py`.\n"
    )


def keep_used_imports(source: str) -> str:
    """uic imports some forty Qt classes whatever the form uses. PySide6 builds a class, and the Python
    enums it holds, the first time a module imports it (QGradient, QPainter, QImage, QFont... ≈ 10 ms for
    the start page), so only the names the form uses are kept."""
    tree = ast.parse(source)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines()
    for node in reversed(imports):
        names = [alias.name for alias in node.names if alias.name in used]
        kept = [f"from {node.module} import {', '.join(names)}"] if names else []
        lines[node.lineno - 1 : node.end_lineno] = kept
    return "\n".join(lines)


def compile_form(ui: Path, uic: str) -> str:
    """The module text for one .ui: the uic output without its version stamp and unused imports, under our
    header."""
    out = subprocess.run([uic, "--generator", "python", str(ui)], check=True, capture_output=True, text=True).stdout
    # The stamp names the uic version: dropping it keeps the sync check independent of the patch release.
    body = "\n".join(line for line in out.splitlines() if not line.startswith("## Created by:"))
    return header(ui) + keep_used_imports(body).rstrip() + "\n"


def target(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def main(argv: list[str]) -> int:
    uic = uic_path()
    if uic is None:
        print("pyside6-uic introuvable (not found): installez PySide6-Essentials", file=sys.stderr)
        return 2
    stale = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        text = compile_form(ui, uic)
        path = target(ui)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{ui.name} -> {path.relative_to(UI_DIR.parent)}")
    if stale:
        print("formulaires à régénérer (stale forms): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
