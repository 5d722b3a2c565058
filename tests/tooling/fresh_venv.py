"""The pytest plugin from a user's side: a fresh virtual environment in a temp
folder, ``pip install -e <this repo> pytest-playwright``, a new project outside
the repository (an app, an app that raises, tests that use only the public API),
and plain ``pytest`` in it: the plugin comes from the ``pytest11`` entry point.

Run it by hand (it needs PyPI and takes a few minutes)::

    python tests/tooling/fresh_venv.py [--keep]

It prints each check and exits non-zero if one fails. (The test suite runs the
same scenarios with this repository's environment: tests/tooling/test_pytest_plugin.py.)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

APP = """
    import streamlit as st

    st.title("Tip calculator")
    bill = st.number_input("Bill", min_value=0.0, value=40.0, step=1.0)
    tip = st.slider("Tip (%)", 0, 30, 10)
    if "splits" not in st.session_state:
        st.session_state.splits = 1
    if st.button("One more person"):
        st.session_state.splits += 1
    total = bill * (1 + tip / 100)
    st.markdown(f"Total: **{total:.2f}**, per person: **{total / st.session_state.splits:.2f}**")
"""
BROKEN = """
    import streamlit as st

    st.title("Broken")
    prices = {"tea": 2}
    st.write(prices["coffee"])
"""
TESTS = """
    import pytest
    from playwright.sync_api import Page
    from wasmlit.testing.playwright import (
        click_button, expect_markdown, get_slider, rerun_app, session_state, wait_for_app_run,
    )

    @pytest.mark.wasmlit_app("app.py")
    def test_total(wasmlit_app: Page):
        expect_markdown(wasmlit_app, "Total: 44.00")

    @pytest.mark.wasmlit_app("app.py")
    def test_split(wasmlit_app: Page):
        click_button(wasmlit_app, "One more person")
        expect_markdown(wasmlit_app, "per person: 22.00")
        assert session_state(wasmlit_app)["splits"] == 2

    @pytest.mark.wasmlit_app("app.py", isolated=True)
    def test_rerun_keeps_state(wasmlit_app: Page):
        click_button(wasmlit_app, "One more person")
        rerun_app(wasmlit_app)
        get_slider(wasmlit_app, "Tip (%)")
        expect_markdown(wasmlit_app, "per person: 22.00")

    @pytest.mark.wasmlit_app("broken.py")
    def test_broken(wasmlit_app: Page):
        wait_for_app_run(wasmlit_app)
"""
OPTION_TESTS = """
    from wasmlit.testing.playwright import expect_markdown

    def test_option_app(wasmlit_app):
        expect_markdown(wasmlit_app, "Total: 44.00")
"""


def say(message: str) -> None:
    print(f"[fresh venv] {message}", flush=True)


def run(cmd: list[str], cwd: Path, timeout: int = 1800) -> subprocess.CompletedProcess[str]:
    say("$ " + " ".join(cmd))
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def check(ok: bool, what: str, detail: str = "") -> bool:
    say(("PASS " if ok else "FAIL ") + what)
    if not ok and detail:
        print(textwrap.indent(detail[-6000:], "    "))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (its path is printed)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="wasmlit-fresh-"))
    say(f"working in {root}")
    try:
        venv = root / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = str(venv / ("Scripts" if sys.platform == "win32" else "bin") / "python")
        started = time.monotonic()
        install = run([py, "-m", "pip", "install", "-q", "-e", str(REPO), "pytest-playwright"], cwd=root)
        if not check(install.returncode == 0, "pip install -e <repo> pytest-playwright", install.stdout + install.stderr):
            return 1
        say(f"installed in {time.monotonic() - started:.0f} s")
        project = root / "project"
        for name, text in {"app.py": APP, "broken.py": BROKEN, "test_app.py": TESTS,
                           "option/test_option.py": OPTION_TESTS}.items():
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            (project / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        cache = ["--wasmlit-cache", str(root / "sites")]
        results = []
        first = run([py, "-m", "pytest", "-rA", "-p", "no:cacheprovider", *cache, "test_app.py"], cwd=project)
        out = first.stdout + first.stderr
        for name in ("test_total", "test_split", "test_rerun_keeps_state"):
            results.append(check(re.search(rf"^PASSED test_app.py::{name}\b", out, re.M) is not None, f"{name} passes", out))
        results.append(check(re.search(r"^FAILED test_app.py::test_broken\b", out, re.M) is not None,
                             "the test of the app that raises fails", out))
        results.append(check("KeyError: 'coffee'" in out, "its failure names the Python exception", out))
        second = run([py, "-m", "pytest", "-rA", "-p", "no:cacheprovider", *cache, "--wasmlit-app", "app.py",
                      "option/test_option.py"], cwd=project)
        results.append(check(second.returncode == 0 and "1 passed" in second.stdout, "--wasmlit-app names the app",
                             second.stdout + second.stderr))
        return 0 if all(results) else 1
    finally:
        if args.keep:
            say(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
