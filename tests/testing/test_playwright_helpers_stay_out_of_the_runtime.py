"""wasmlit.testing.playwright is developer tooling that lives beside AppTest:
nothing the browser runs imports it (or Playwright), and it is the only
module that imports Playwright when it runs (the plugin, for type hints only). (The runtime wheel leaves the file out:
tests/tooling/site/test_build.py.)"""

from __future__ import annotations

from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parents[2] / "py_runtime" / "wasmlit"


def test_only_tooling_imports_the_playwright_helpers() -> None:
    graph = grimp.build_graph("wasmlit", exclude_type_checking_imports=True)
    importers = graph.find_modules_that_directly_import("wasmlit.testing.playwright")
    assert {m for m in importers if not m.startswith("wasmlit.tooling.")} == set()


def test_only_the_helpers_and_the_plugin_import_playwright() -> None:
    graph = grimp.build_graph("wasmlit", include_external_packages=True, exclude_type_checking_imports=True)
    importers = {m for m in graph.find_modules_that_directly_import("playwright")}
    assert importers == {"wasmlit.testing.playwright"}


def test_the_testing_package_does_not_load_the_helpers() -> None:
    init = (PACKAGE / "testing" / "__init__.py").read_text(encoding="utf-8")
    assert "playwright" not in init
