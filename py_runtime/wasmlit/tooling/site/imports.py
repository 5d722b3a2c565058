"""Which Pyodide-distribution packages an app needs, from its imports.

The files the app runs are parsed (never run) and their imports collected:
the entry script, its ``pages/`` folder, the scripts it names (``st.Page("x.py")``)
and the app's own modules they import, transitively. Other files of the folder
(a helper script, a notebook export, tests) do not count: their imports are
not the app's. A module that is neither the app's own (a file or folder beside
the script) nor the standard library is looked up in the distribution lock's
``imports`` lists, so ``import pandas as pd`` finds ``pandas`` without a
requirements file. The packages found, and everything they depend on in the
lock, are what the site loads (and what ``--self-contained`` copies into it).
"""

from __future__ import annotations

import ast
import importlib.metadata
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

#: Modules the page provides itself, whatever the distribution says.
_PROVIDED = frozenset({"streamlit", "wasmlit", "js", "pyodide", "pyodide_js", "micropip"})


def imported_modules(source: str) -> set[str]:
    """Top-level names of the absolute imports in ``source`` (empty if it does not parse)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def local_modules(app_dir: Path, files: Iterable[str]) -> set[str]:
    """Module names the app folder provides itself (``helpers.py``, ``pages/``)."""
    names: set[str] = set()
    for rel in files:
        first = rel.split("/")[0]
        names.add(first[:-3] if first.endswith(".py") else first)
    names.update(p.name for p in app_dir.iterdir() if p.is_dir())
    return names


def is_test_file(rel: str) -> bool:
    """A test module (``tests/``, ``test_*.py``, ``*_test.py``, ``conftest.py``): its imports
    (pytest, pandas for fixtures ...) are not the app's."""
    parts = rel.split("/")
    name = parts[-1]
    return (any(p in ("tests", "test") for p in parts[:-1]) or name.startswith("test_")
            or name.endswith("_test.py") or name == "conftest.py")


def _named_scripts(source: str) -> set[str]:
    """String literals that name a ``.py`` file (``st.Page("pages/a.py")``, ``st.switch_page``)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    return {node.value.strip("./") for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".py")}


def app_imports(app_dir: Path, files: Iterable[str], entrypoint: str = "app.py") -> set[str]:
    """Third-party modules that the files the app runs import (see the module's docstring)."""
    files = [f for f in files if f.endswith(".py") and not is_test_file(f)]
    available = set(files)
    queue = [entrypoint, *(f for f in files if f.startswith("pages/"))]
    seen: set[str] = set()
    found: set[str] = set()
    while queue:
        rel = queue.pop()
        if rel in seen or rel not in available:
            continue
        seen.add(rel)
        source = (app_dir / rel).read_text(encoding="utf-8", errors="replace")
        modules = imported_modules(source)
        found |= modules
        for name in modules:  # the app's own modules, followed
            queue += [f for f in files if f == f"{name}.py" or f.startswith(f"{name}/")]
        queue += [f for f in _named_scripts(source) if f in available]
    return found - local_modules(app_dir, files) - set(sys.stdlib_module_names) - _PROVIDED


def distribution_packages(modules: Iterable[str], dist_lock: dict[str, Any]) -> list[str]:
    """The lock's packages that provide ``modules`` (canonical names, in lock order)."""
    wanted = set(modules)
    return [canonicalize_name(name) for name, entry in dist_lock.get("packages", {}).items()
            if wanted & set(entry.get("imports") or [])]


@cache
def _installed_distributions() -> Mapping[str, list[str]]:
    return importlib.metadata.packages_distributions()


def pypi_candidates(module: str) -> list[str]:
    """Requirements to try, in order, for a module the distribution lacks: the installed
    distribution that provides it here, at its installed version, then at any version;
    else the module's own name (most packages are named as they are imported)."""
    dists = sorted(set(_installed_distributions().get(module, [])))
    if len(dists) != 1:  # not installed, or a namespace several distributions share (``google``)
        return [module] if not dists else []
    try:
        version = importlib.metadata.version(dists[0])
    except importlib.metadata.PackageNotFoundError:
        return [dists[0]]
    return [f"{dists[0]}=={version}", dists[0]]


def dependency_closure(names: Iterable[str], dist_lock: dict[str, Any]) -> list[str]:
    """``names`` and everything they depend on in the lock, dependencies first."""
    packages = {canonicalize_name(k): v for k, v in dist_lock.get("packages", {}).items()}
    out: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        name = canonicalize_name(name)
        if name in seen or name not in packages:
            return
        seen.add(name)
        for dep in packages[name].get("depends") or []:
            visit(dep)
        out.append(name)

    for name in names:
        visit(name)
    return out
