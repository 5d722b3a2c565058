"""How long a suite of browser tests of one app takes with the pytest plugin,
and what the plugin adds on top of the page's own boot.

    python bench/plugin_suite.py [--tests 20]

It writes a project with ``--tests`` tests of examples/testing_demo/app.py
(each opens the app with ``wasmlit_app``, adds a to-do and checks the count),
runs it once on a cold site cache (the build), then again on the warm cache,
and runs then the same test through the plugin and by hand (plain pytest-playwright
``page``: ``goto`` + wait for the first run), interleaved so that both meet
the same load. Per-test figures are medians of pytest's ``--durations``
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
# The same test twice per round, through the plugin and by hand (pytest-playwright's ``page``,
# the plugin's own site and server, no plugin fixture), interleaved so both meet the same load.
PAIRED_TESTS = """
    from pathlib import Path

    import pytest
    from playwright.sync_api import expect
    from wasmlit.testing.playwright import expect_markdown, fill_text_input
    from wasmlit.tooling.pytest_plugin.sites import AppSpec, TestSites

    @pytest.fixture(scope="session")
    def hand_url(pytestconfig):
        sites = TestSites(root=Path(pytestconfig.getoption("--wasmlit-cache")))
        yield sites.site(AppSpec(Path(__file__).parent / "app.py")).url
        sites.close()

    def by_hand(page, url):
        page.goto(url)
        app = page.get_by_test_id("stApp")
        expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=120_000)
        expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=120_000)
        return page

    @pytest.mark.parametrize("way", ["plugin", "hand"])
    @pytest.mark.parametrize("i", range({n}))
    @pytest.mark.wasmlit_app("app.py")
    def test_adds_a_todo(request, way, i, hand_url, page):
        page = request.getfixturevalue("wasmlit_app") if way == "plugin" else by_hand(page, hand_url)
        fill_text_input(page, "New to-do", f"todo {{i}}")
        expect_markdown(page, "1 of 1 left")
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
    with tempfile.TemporaryDirectory(prefix="wasmlit-suite-") as tmp:
        root = Path(tmp)
        project, cache = root / "project", root / "sites"
        project.mkdir()
        (project / "app.py").write_text((REPO / "examples" / "testing_demo" / "app.py").read_text())
        (project / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TESTS.format(n=1)).lstrip())
        cold_wall, _, _ = pytest_run(project, "--wasmlit-cache", str(cache), "test_plugin.py")
        (project / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TESTS.format(n=n)).lstrip())
        warm_wall, warm, _ = pytest_run(project, "--wasmlit-cache", str(cache), "test_plugin.py")
        (project / "test_paired.py").write_text(textwrap.dedent(PAIRED_TESTS.format(n=n)).lstrip())
        _, _, paired_out = pytest_run(project, "--wasmlit-cache", str(cache), "test_paired.py", "-p", "no:randomly")
    times: dict[str, list[float]] = {"plugin": [], "hand": []}
    per_test: dict[str, float] = {}
    for m in re.finditer(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+)", paired_out, re.M):
        per_test[m.group(2)] = per_test.get(m.group(2), 0.0) + float(m.group(1))
    for test, seconds in per_test.items():
        times["plugin" if "plugin" in test else "hand"].append(seconds)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{n} browser tests of examples/testing_demo/app.py (load average {load:.1f} at the end, "
          f"{os.cpu_count()} cores)\n")
    print("| run | wall time | per test (median) |")
    print("|---|---|---|")
    print(f"| 1 test, cold cache (builds the site) | {cold_wall:.1f} s | — |")
    print(f"| {n} tests with the plugin, warm cache | {warm_wall:.1f} s | {statistics.median(warm):.2f} s |")
    hand, plugin = statistics.median(times["hand"]), statistics.median(times["plugin"])
    print(f"\nInterleaved, {n} each: by hand (page.goto + wait for the first run) {hand:.2f} s per test, "
          f"through the plugin {plugin:.2f} s: the plugin adds {plugin - hand:+.2f} s per test (medians).")


if __name__ == "__main__":
    main()
