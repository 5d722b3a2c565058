"""How long a suite of browser tests of one app takes with the pytest plugin,
and what the plugin adds on top of the page's own boot.

    python bench/plugin_suite.py [--tests 20]

It writes a project with ``--tests`` tests of examples/testing_demo/app.py
(each opens the app with ``wasmlit_app``, adds a to-do and checks the count),
runs it once on a cold site cache (the build), then again on the warm cache,
and runs the same tests written by hand against the same built site (plain
pytest-playwright ``page``: ``goto`` + wait for the first run, no plugin) as
the baseline. Per-test figures are medians of pytest's ``--durations``
(setup + call + teardown). It asserts nothing; it prints a table.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "py_runtime"))

PLUGIN_TESTS = """
    import pytest
    from wasmlit.testing.playwright import expect_markdown, fill_text_input

    @pytest.mark.parametrize("i", range({n}))
    @pytest.mark.wasmlit_app("app.py")
    def test_adds_a_todo(wasmlit_app, i):
        fill_text_input(wasmlit_app, "New to-do", f"todo {{i}}")
        expect_markdown(wasmlit_app, "1 of 1 left")
"""
BASELINE_TESTS = """
    import pytest
    from playwright.sync_api import expect

    URL = {url!r}

    @pytest.mark.parametrize("i", range({n}))
    def test_adds_a_todo(page, i):
        page.goto(URL)
        app = page.get_by_test_id("stApp")
        expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=120_000)
        expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=120_000)
        field = page.get_by_label("New to-do")
        field.fill(f"todo {{i}}")
        field.blur()
        expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=30_000)
        expect(page.get_by_test_id("stMarkdown").filter(has_text="1 of 1 left").first).to_be_visible()
"""


def pytest_run(project: Path, *args: str) -> tuple[float, list[float], str]:
    """Wall time, per-test total durations, output."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "py_runtime"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "wasmlit.tooling.pytest_plugin", "-p", "no:cacheprovider",
           "--durations=0", "--durations-min=0", "--wasmlit-chromium", "/usr/bin/chromium", *args]
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"pytest failed:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}")
    per_test: dict[str, float] = {}
    for m in re.finditer(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+)", result.stdout, re.M):
        per_test[m.group(2)] = per_test.get(m.group(2), 0.0) + float(m.group(1))
    return wall, list(per_test.values()), result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tests", type=int, default=20)
    n = parser.parse_args().tests
    from wasmlit.tooling.dev_server import SiteServer
    from wasmlit.tooling.pytest_plugin.sites import AppSpec, TestSites

    with tempfile.TemporaryDirectory(prefix="wasmlit-suite-") as tmp:
        root = Path(tmp)
        project, cache = root / "project", root / "sites"
        project.mkdir()
        (project / "app.py").write_text((REPO / "examples" / "testing_demo" / "app.py").read_text())
        (project / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TESTS.format(n=1)).lstrip())
        cold_wall, _, _ = pytest_run(project, "--wasmlit-cache", str(cache), "test_plugin.py")
        (project / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TESTS.format(n=n)).lstrip())
        warm_wall, warm, _ = pytest_run(project, "--wasmlit-cache", str(cache), "test_plugin.py")
        site = TestSites(root=cache).build(AppSpec(project / "app.py"))
        with SiteServer(cache, isolated=False) as server:
            base = root / "baseline"
            base.mkdir()
            (base / "test_baseline.py").write_text(
                textwrap.dedent(BASELINE_TESTS.format(n=n, url=f"{server.url}{site.name}/")).lstrip())
            base_wall, baseline, _ = pytest_run(base)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{n} browser tests of examples/testing_demo/app.py (load average {load:.1f}, {os.cpu_count()} cores)\n")
    print("| run | wall time | per test (median) |")
    print("|---|---|---|")
    print(f"| first test, cold cache (builds the site) | {cold_wall:.1f} s | — |")
    print(f"| {n} tests with the plugin, warm cache | {warm_wall:.1f} s | {statistics.median(warm):.2f} s |")
    print(f"| {n} tests by hand (pytest-playwright `page`, same site, no plugin) | {base_wall:.1f} s "
          f"| {statistics.median(baseline):.2f} s |")
    print(f"\nPlugin overhead per test: {(warm_wall - base_wall) / n:+.2f} s (wall), "
          f"{statistics.median(warm) - statistics.median(baseline):+.2f} s (median per test).")


if __name__ == "__main__":
    main()
