"""The pytest plugin, used as a user uses it: a project of apps and tests
outside this repository, run by pytest in a subprocess with Debian's Chromium.
One session runs most scenarios at once (each test below checks one of its
outcomes); the cache, pytest-xdist and a missing Playwright get runs of their own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .site.wheels import make_wheel

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"

COUNTER = """
    import streamlit as st

    st.title("Counter")
    print("counter app: first line of its run")
    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Add"):
        st.session_state.count += 1
    st.markdown(f"Count: **{st.session_state.count}**")
    name = st.text_input("Your name")
    st.write(f"Hello {name or 'nobody'}")
"""
BROKEN = """
    import streamlit as st
    st.title("Broken")
    def divide(a, b):
        return a / b
    divide(1, 0)
"""
# Sees a vendored requirement (a tiny local wheel; the project's conftest plays PyPI).
USES_REQUIREMENT = """
    import streamlit as st
    import tinylib
    st.write(f"tinylib {tinylib.VERSION}")
"""
TESTS = """
    import pytest
    from playwright.sync_api import Page, expect
    from wasmlit.testing.playwright import (
        click_button, expect_exception, expect_markdown, fill_text_input, rerun_app, session_state, wait_for_app_loaded,
    )

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_counts(wasmlit_app: Page):
        click_button(wasmlit_app, "Add")
        click_button(wasmlit_app, "Add")
        expect_markdown(wasmlit_app, "Count: 2")
        assert session_state(wasmlit_app) == {"count": 2}

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_greets(wasmlit_app: Page):
        fill_text_input(wasmlit_app, "Your name", "Ann")
        expect_markdown(wasmlit_app, "Hello Ann")
        rerun_app(wasmlit_app)
        expect_markdown(wasmlit_app, "Hello Ann")

    def test_option_names_the_app(wasmlit_app: Page):
        expect(wasmlit_app.get_by_role("heading", name="Counter")).to_be_visible()

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_not_isolated_by_default(wasmlit_app: Page):
        assert wasmlit_app.evaluate("crossOriginIsolated") is False

    @pytest.mark.wasmlit_app("counter/app.py", isolated=True)
    def test_isolated_on_request(wasmlit_app: Page):
        assert wasmlit_app.evaluate("crossOriginIsolated") is True

    @pytest.mark.wasmlit_app("counter/app.py", persist_state=True)
    def test_state_persists_across_a_reload(wasmlit_app: Page):
        click_button(wasmlit_app, "Add")
        wasmlit_app.reload()
        wait_for_app_loaded(wasmlit_app)
        expect_markdown(wasmlit_app, "Count: 1")

    @pytest.mark.wasmlit_app("req/app.py", requirements=["tinylib"])
    def test_requirements(wasmlit_app: Page):
        expect_markdown(wasmlit_app, "tinylib 0.3")

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_two_tabs_are_two_sessions(wasmlit_site, browser):
        pages = [browser.new_page() for _ in range(2)]
        for p in pages:
            p.goto(wasmlit_site.url)
            wait_for_app_loaded(p)
        click_button(pages[0], "Add")
        expect_markdown(pages[0], "Count: 1")
        expect_markdown(pages[1], "Count: 0")
        assert (wasmlit_site.path / "index.html").is_file()

    @pytest.mark.wasmlit_app("broken/app.py")
    def test_broken_app(wasmlit_app: Page):
        expect_markdown(wasmlit_app, "never shown")

    @pytest.mark.wasmlit_allow_exceptions
    @pytest.mark.wasmlit_app("broken/app.py")
    def test_broken_app_allowed(wasmlit_app: Page):
        expect_exception(wasmlit_app, "division by zero")

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_javascript_error(wasmlit_app: Page):
        wasmlit_app.evaluate("() => new Promise((done) => setTimeout(() => { done(); throw new Error('boom from the page'); }))")
        click_button(wasmlit_app, "Add")

    @pytest.mark.wasmlit_app("counter/app.py")
    def test_plain_failure(wasmlit_app: Page):
        expect_markdown(wasmlit_app, "Count: 99")
"""
# Plays PyPI for the requirements test: the build "downloads" a tiny local wheel.
CONFTEST = """
    from pathlib import Path
    from wasmlit.tooling.site import requirements
    WHEEL = Path(__file__).parent / "wheels" / "tinylib-0.3-py3-none-any.whl"
    requirements.pip_download = lambda requirement, cache, python_version: WHEEL
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def run_pytest(project: Path, *args: str, timeout: int = 1200) -> subprocess.CompletedProcess[str]:
    """pytest in ``project``, with this repository's wasmlit and its plugin (``-p`` names it, as the entry point does)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "py_runtime"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-m", "pytest", "-p", "wasmlit.tooling.pytest_plugin", "-p", "no:cacheprovider",
           "-rA", "--wasmlit-chromium", CHROMIUM, *args]
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=timeout)


def outcomes(output: str) -> dict[str, str]:
    """``{test name: PASSED | FAILED | ERROR}`` from pytest's ``-rA`` summary."""
    return {m.group(2): m.group(1) for m in re.finditer(r"^(PASSED|FAILED|ERROR) \S*::(\w+)", output, re.M)}


def failure_text(output: str, name: str) -> str:
    """The failure section of one test."""
    m = re.search(rf"_{{3,}} {name}\[chromium\] _{{3,}}\n(.*?)(?=\n_{{3,}} |\n={{3,}} )", output, re.S)
    return m.group(1) if m else ""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    write(root / "counter" / "app.py", COUNTER)
    write(root / "broken" / "app.py", BROKEN)
    write(root / "req" / "app.py", USES_REQUIREMENT)
    write(root / "test_app.py", TESTS)
    write(root / "conftest.py", CONFTEST)
    make_wheel(root / "wheels", "tinylib", "0.3")
    return root


@pytest.fixture(scope="module")
def session(project: Path) -> subprocess.CompletedProcess[str]:
    """The main session: every test of the project, on a cold cache."""
    return run_pytest(project, "--wasmlit-cache", str(project / "cache"), "--wasmlit-app", "counter/app.py",
                      "--screenshot", "only-on-failure", "--output", str(project / "artifacts"))


def test_passing_tests_pass(session: subprocess.CompletedProcess[str]) -> None:
    results = outcomes(session.stdout)
    passing = ["test_counts", "test_greets", "test_option_names_the_app", "test_not_isolated_by_default",
               "test_isolated_on_request", "test_state_persists_across_a_reload", "test_requirements",
               "test_two_tabs_are_two_sessions", "test_broken_app_allowed"]
    assert {name: results.get(name) for name in passing} == dict.fromkeys(passing, "PASSED"), session.stdout[-6000:]


def test_an_app_that_raises_fails_its_test_naming_the_exception(session: subprocess.CompletedProcess[str]) -> None:
    assert outcomes(session.stdout)["test_broken_app"] == "FAILED"
    text = failure_text(session.stdout, "test_broken_app")
    assert "The app shows an uncaught Python exception:" in text
    assert "ZeroDivisionError: division by zero" in text
    assert 'File "/home/pyodide/app/app.py", line 5, in <module>' in text  # the traceback, as the page shows it
    assert "wasmlit_allow_exceptions" in text  # and what to do if it is expected


def test_a_javascript_error_fails_its_test(session: subprocess.CompletedProcess[str]) -> None:
    assert outcomes(session.stdout)["test_javascript_error"] == "FAILED"
    text = failure_text(session.stdout, "test_javascript_error")
    assert "The page raised a JavaScript error:" in text and "boom from the page" in text


def test_a_failure_report_holds_the_console_and_a_screenshot(session: subprocess.CompletedProcess[str], project: Path) -> None:
    assert outcomes(session.stdout)["test_plain_failure"] == "FAILED"
    text = failure_text(session.stdout, "test_plain_failure")
    assert "wasmlit: browser console" in text
    assert "counter app: first line of its run" in text  # the app's print(), from the Python worker
    screenshots = list((project / "artifacts").glob("*test-plain-failure*/test-failed-*.png"))
    assert screenshots, sorted(p.as_posix() for p in (project / "artifacts").rglob("*"))


def test_each_app_is_built_once_and_the_next_session_builds_nothing(session: subprocess.CompletedProcess[str],
                                                                       project: Path) -> None:
    builds = (project / "cache" / "builds.log").read_text().splitlines()
    # counter, counter with persisted state, broken, req: four sites for twelve tests.
    assert len(builds) == 4, builds
    again = run_pytest(project, "--wasmlit-cache", str(project / "cache"), "-k", "test_counts")
    assert outcomes(again.stdout) == {"test_counts": "PASSED"}, again.stdout[-3000:]
    assert "wasmlit: built" not in again.stdout
    assert (project / "cache" / "builds.log").read_text().splitlines() == builds


def test_xdist_workers_share_one_build(tmp_path: Path) -> None:
    project = tmp_path / "project"
    write(project / "app.py", COUNTER.replace("Counter", "Shared counter"))
    write(project / "test_shared.py", """
        import pytest
        from wasmlit.testing.playwright import click_button, expect_markdown

        @pytest.mark.parametrize("clicks", [1, 2])
        @pytest.mark.wasmlit_app("app.py")
        def test_clicks(wasmlit_app, clicks):
            for _ in range(clicks):
                click_button(wasmlit_app, "Add")
            expect_markdown(wasmlit_app, f"Count: {clicks}")
    """)
    result = run_pytest(project, "-n", "2", "--wasmlit-cache", str(tmp_path / "cache"))
    assert result.returncode == 0, result.stdout[-4000:]
    assert "2 passed" in result.stdout
    assert len((tmp_path / "cache" / "builds.log").read_text().splitlines()) == 1
    assert len([p for p in (tmp_path / "cache").iterdir() if p.is_dir()]) == 1  # one site, no leftover build folder


def test_without_playwright_the_fixture_says_what_to_install(tmp_path: Path) -> None:
    """Collection still works (no ImportError); the test fails with the install command."""
    write(tmp_path / "app.py", "import streamlit as st\n")
    write(tmp_path / "test_app.py", """
        import pytest

        @pytest.mark.wasmlit_app("app.py")
        def test_app(wasmlit_app):
            pass
    """)
    hide = ("import sys, importlib.abc\n"
            "class Hide(importlib.abc.MetaPathFinder):\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('playwright', 'pytest_playwright'):\n"
            "            raise ModuleNotFoundError(name)\n"
            "sys.meta_path.insert(0, Hide())\n"
            "import pytest\n"
            "sys.exit(pytest.main(['-p', 'no:playwright', '-p', 'wasmlit.tooling.pytest_plugin', '-p', 'no:cacheprovider',"
            " '-q']))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "py_runtime"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", hide], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr  # a failed test, not a collection error (2)
    assert "pip install pytest-playwright" in result.stdout
    assert "ImportError" not in result.stdout + result.stderr


def test_a_test_that_names_no_app_is_told_how(tmp_path: Path) -> None:
    write(tmp_path / "test_app.py", "def test_app(wasmlit_site):\n    pass\n")
    result = run_pytest(tmp_path)
    assert result.returncode == 1
    assert '@pytest.mark.wasmlit_app("app.py")' in result.stdout and "--wasmlit-app PATH" in result.stdout
