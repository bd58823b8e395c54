"""The boundaries of ARCHITECTURE.md, checked by import-linter on every test run."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]


def test_core_has_no_qt_widgets_stay_in_gui_and_documents_own_docx_and_pypdf(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def _imported_modules(path: Path) -> set[str]:
    import ast

    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_qtwidgets_is_imported_only_by_the_gui_package():
    package = ROOT / "iasante_desktop"
    offenders = [
        str(path.relative_to(ROOT))
        for path in package.rglob("*.py")
        if "gui" not in path.relative_to(package).parts
        and any(name == "PySide6.QtWidgets" or name.startswith("PySide6.QtWidgets.") for name in _imported_modules(path))
    ]
    assert offenders == []
