"""The house rules, kept by tests: layers import only downwards (import-linter reads the
contracts in pyproject.toml), nothing below the CLI and the views prints, and no room grows
too big to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "selfkind"
QUIET_LAYERS = ("core", "formats", "storage", "services", "writers", "messages")
LONGEST_MODULE = 400  # lines
LONGEST_FUNCTION = 60  # lines; the exceptions below say why
LONG_FUNCTIONS: dict[str, str] = {}
# Files that stand for a stream the person named with "-": data in or out, not words shown.
STREAMS = {
    "formats/answers.py": "--answers - reads the answers file from standard input",
    "writers/export.py": "--out - writes the export or report to standard output",
}


def modules(*folders: str) -> list[Path]:
    roots = [PACKAGE / folder for folder in folders] if folders else [PACKAGE]
    return sorted(path for root in roots for path in root.rglob("*.py"))


def shown(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_import_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    from importlinter.cli import lint_imports

    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert status == 0, capsys.readouterr().out


def test_the_contracts_name_every_folder_of_the_package() -> None:
    """A new folder must be given its place among the layers, or nothing checks it."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    named = {part.strip() for layer in layers for part in layer.split("|")}
    folders = {f"selfkind.{path.parent.name}" for path in PACKAGE.glob("*/__init__.py")} - {
        "selfkind.exercises"
    }
    assert folders <= named, sorted(folders - named)
    top_level = {path.stem for path in PACKAGE.glob("*.py")}
    assert top_level <= {"__init__", "__main__"}, sorted(top_level)


def printing_calls(tree: ast.AST) -> list[int]:
    """Lines that write to the terminal: print(), input(), sys.stdout/stderr/stdin."""
    lines = []
    for node in ast.walk(tree):
        called = node.func if isinstance(node, ast.Call) else None
        if isinstance(called, ast.Name) and called.id in ("print", "input", "breakpoint"):
            lines.append(node.lineno)
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "sys"
            and node.attr in ("stdout", "stderr", "stdin")
        ):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", modules(*QUIET_LAYERS), ids=shown)
def test_below_the_cli_and_the_views_nothing_prints(path: Path) -> None:
    """Services return data and never print; the CLI renders what they return."""
    if shown(path) in STREAMS:
        return
    assert printing_calls(ast.parse(path.read_text())) == []


def test_the_printing_check_sees_print_and_sys_streams() -> None:
    code = "import sys\nprint('hi')\nsys.stderr.write('x')\n"
    assert printing_calls(ast.parse(code)) == [2, 3]


@pytest.mark.parametrize("path", modules(), ids=shown)
def test_no_module_is_over_400_lines(path: Path) -> None:
    lines = len(path.read_text().splitlines())
    assert lines <= LONGEST_MODULE, f"{shown(path)} has {lines} lines"


def long_functions(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            name = f"{shown(path)}:{node.name}"
            if length > LONGEST_FUNCTION and name not in LONG_FUNCTIONS:
                found.append(f"{name} ({length} lines)")
    return found


def test_no_function_is_over_60_lines() -> None:
    assert [name for path in modules() for name in long_functions(path)] == []
