"""The habits of the codebase, checked on every test run: lint, types, the
import layers (pyproject.toml's import-linter contracts), no import cycles
(imports inside functions count), one module that knows Pyodide, and modules
small enough to hold one concept."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "py_runtime" / "wasmlit"
#: Modules that grow past this many lines usually hold two concepts.
MAX_MODULE_LINES = 400
#: ... unless their docstring says why they must be one piece (this marker).
ONE_PIECE = "One piece:"


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "py_runtime", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_even_inside_functions() -> None:
    """grimp reads every import statement, including those inside functions;
    imports under ``if TYPE_CHECKING:`` are left out (they never run)."""
    graph = grimp.build_graph("wasmlit", exclude_type_checking_imports=True)
    assert _cycles(graph) == []


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_exactly_one_module_knows_it_runs_in_pyodide() -> None:
    knowing = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if _imported_modules(path) & {"js", "pyodide", "pyodide_js"}
    )
    assert knowing == ["host/pyodide_host.py"]


def test_modules_stay_small_or_say_why() -> None:
    too_big = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if text.count("\n") > MAX_MODULE_LINES and ONE_PIECE not in docstring:
            too_big.append(f"{path.relative_to(PACKAGE)}: {text.count(chr(10))} lines")
    assert too_big == []


#: Python command modules with no view of their own, and why.
PYTHON_ONLY = {
    "elements/write.py": "st.write draws through markdown, json, exception ...",
    "elements/pyplot.py": "a figure is drawn as an image (image.js)",
    "elements/map.py": "st.map draws a deck_gl_json_chart (deck_gl_json_chart.js)",
    "widgets/base.py": "the machinery every widget shares",
    "widgets/options.py": "option lists shared by selectbox, radio, multiselect ...",
    "widgets/wire.py": "checks on values from the page",
    "widgets/url_values.py": "widget values as URL query parameters (bind='query-params'), shared by the widgets",
    "elements/icons.py": "icon and emoji checks shared by alerts, badges, buttons, metrics ...",
    "elements/mermaid_chart.py": "a ```mermaid fence in a markdown element, as in Streamlit (renderer/mermaid.js draws it)",
}
#: Views with no Python command module, and why.
JS_ONLY = {
    "elements/unsupported.js": "the notice for an element this page cannot draw",
    "elements/logo.js": "st.logo's view; the command is page chrome (api/page_chrome.py), not an element family",
}


def test_every_command_module_has_its_js_twin_with_the_same_stem() -> None:
    """elements/<stem>.py <-> web/src/renderer/elements/<stem>.js (and widgets/)."""
    renderer = REPO / "web" / "src" / "renderer"
    python = {p.relative_to(PACKAGE).with_suffix("").as_posix() for folder in ("elements", "widgets")
              for p in (PACKAGE / folder).glob("*.py") if p.name != "__init__.py"}
    js = {p.relative_to(renderer).with_suffix("").as_posix() for folder in ("elements", "widgets")
          for p in (renderer / folder).glob("*.js")}
    python_only = {name.removesuffix(".py") for name in PYTHON_ONLY}
    js_only = {name.removesuffix(".js") for name in JS_ONLY}
    assert sorted(python - js - python_only) == [], "a command module without a view twin"
    assert sorted(js - python - js_only) == [], "a view without a command module twin"
    assert sorted((python_only | js_only) & python & js) == [], "a listed exception has a twin after all"
