"""wasmlit's pytest plugin: browser tests of your own app, with pytest-playwright.

Installed with wasmlit (the ``pytest11`` entry point), it gives tests::

    import pytest
    from playwright.sync_api import Page
    from wasmlit.testing.playwright import click_button, expect_markdown

    @pytest.mark.wasmlit_app("app.py")          # relative to this test file
    def test_counts(wasmlit_app: Page) -> None:
        click_button(wasmlit_app, "Add")
        expect_markdown(wasmlit_app, "Count: 1")

* ``wasmlit_app``: a Playwright ``Page`` on which the app has loaded, its first
  run is done and the page is idle. The app comes from the marker
  ``wasmlit_app(path, isolated=False, requirements=None, persist_state=False)``
  or from ``--wasmlit-app PATH``.
* ``wasmlit_site``: the built site's folder and URL (``.path``, ``.url``), for
  tests that open pages themselves.
* A test fails when the page shows an uncaught Python exception or raises a
  JavaScript error, unless it is marked ``wasmlit_allow_exceptions``; the
  report holds the Python traceback and the browser console.
* Sites are built once per content (``sites.py``), served by two local
  servers (with and without COOP/COEP), and reused across tests, sessions and
  pytest-xdist workers; pytest-playwright reuses one browser for the session.

Nothing here imports Playwright when pytest starts: without pytest-playwright
the fixtures say what to install.
"""

from __future__ import annotations

import traceback
from collections.abc import Generator, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from wasmlit.tooling.pytest_plugin.page_watch import PageWatch
from wasmlit.tooling.pytest_plugin.sites import AppSpec, TestSites, WasmlitSite

if TYPE_CHECKING:
    from playwright.sync_api import Page

__all__ = ["AppSpec", "WasmlitSite"]



def _installed(*names: str) -> bool:
    try:
        return all(find_spec(name) is not None for name in names)
    except (ImportError, ValueError):
        return False


#: pytest-playwright (and Playwright) are there: the browser fixtures can exist.
HAS_PLAYWRIGHT = _installed("pytest_playwright", "playwright")
INSTALL_HINT = (
    "The wasmlit_app fixture drives a browser with Playwright, which is not installed. "
    "Fix: `pip install pytest-playwright` (it brings Playwright), then either `playwright install chromium` "
    "or point it at a Chromium you have: `pytest --wasmlit-chromium /usr/bin/chromium`."
)
#: Generous: a cold Pyodide boot on a busy machine.
LOAD_TIMEOUT_MS = 120_000
WATCH_KEY = pytest.StashKey[PageWatch]()
#: The plugin module that picks the Chromium (registered after pytest-playwright).
CHROMIUM_PLUGIN = "wasmlit-chromium"
#: The session's sites (their build notes are shown in the terminal summary).
_SITES_KEY = pytest.StashKey[TestSites]()
#: Resolves to "ready" (connected, first run done, idle) or "failed" (Python could not start).
_LOADED = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return null;
  const connection = app.getAttribute("data-test-connection-state");
  if (connection === "DISCONNECTED_FOREVER") return "failed";
  return connection === "CONNECTED" && app.getAttribute("data-test-script-state") === "notRunning" ? "ready" : null;
}"""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wasmlit", "wasmlit: browser tests of Streamlit-style apps")
    group.addoption("--wasmlit-app", metavar="PATH", default=None,
                    help="the app the wasmlit_app fixture opens when a test has no wasmlit_app marker")
    group.addoption("--wasmlit-chromium", metavar="PATH", default=None,
                    help="the Chromium to launch (default: Playwright's own, else a chromium found on PATH)")
    group.addoption("--wasmlit-cache", metavar="DIR", default=None,
                    help="where built sites are kept (default: ~/.cache/wasmlit/test-sites)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "wasmlit_app(path, *, isolated=False, requirements=None, persist_state=False): the app the "
        "wasmlit_app fixture opens (path relative to the test file), served with COOP/COEP or not, with extra "
        "requirements, or with session state kept across reloads")
    config.addinivalue_line(
        "markers", "wasmlit_allow_exceptions: the test passes even when the app shows a Python exception or the "
        "page raises a JavaScript error")
    if HAS_PLAYWRIGHT and not config.pluginmanager.has_plugin(CHROMIUM_PLUGIN):
        from wasmlit.tooling.pytest_plugin import chromium

        config.pluginmanager.register(chromium, CHROMIUM_PLUGIN)


def app_spec(request: pytest.FixtureRequest) -> AppSpec:
    """The app a test asks for: its marker, else ``--wasmlit-app``."""
    marker = request.node.get_closest_marker("wasmlit_app")
    option = request.config.getoption("--wasmlit-app")
    if marker is not None and marker.args:
        base = Path(str(request.node.path)).parent
        script = (base / str(marker.args[0])).resolve()
        kwargs = dict(marker.kwargs)
    elif option:
        script = (Path(request.config.invocation_params.dir) / option).resolve()
        kwargs = dict(marker.kwargs) if marker is not None else {}
    else:
        pytest.fail(
            f"{request.node.nodeid}: which app? Mark the test @pytest.mark.wasmlit_app(\"app.py\") "
            "(a path relative to the test file) or run pytest with --wasmlit-app PATH.", pytrace=False)
    unknown = set(kwargs) - {"isolated", "requirements", "persist_state"}
    if unknown:
        pytest.fail(f"{request.node.nodeid}: wasmlit_app() takes isolated=, requirements= and "
                    f"persist_state=, not {', '.join(sorted(unknown))}.", pytrace=False)
    if not script.is_file():
        pytest.fail(f"{request.node.nodeid}: no app script at {script}. Fix: the marker's path is relative "
                    "to the test file, --wasmlit-app's to the folder pytest runs in.", pytrace=False)
    requirements = kwargs.get("requirements")
    if isinstance(requirements, str):
        requirements = [requirements]
    return AppSpec(script=script, isolated=bool(kwargs.get("isolated", False)),
                   requirements=tuple(str(r) for r in requirements) if requirements is not None else None,
                   persist_state=bool(kwargs.get("persist_state", False)))


@pytest.fixture(scope="session")
def _wasmlit_sites(pytestconfig: pytest.Config) -> Iterator[TestSites]:
    cache = pytestconfig.getoption("--wasmlit-cache")
    sites = TestSites(root=Path(cache).resolve()) if cache else TestSites()
    sites.prune()
    pytestconfig.stash[_SITES_KEY] = sites
    yield sites
    sites.close()



@pytest.fixture
def wasmlit_site(request: pytest.FixtureRequest, _wasmlit_sites: TestSites) -> WasmlitSite:
    """The built site of the test's app: ``.path`` (its folder) and ``.url`` (served now)."""
    from wasmlit.tooling.site.build import BuildError

    spec = app_spec(request)
    try:
        return _wasmlit_sites.site(spec)
    except BuildError as err:
        pytest.fail(f"wasmlit could not build {spec.script}: {err}", pytrace=False)


def open_app(page: Page, site: WasmlitSite, watch: PageWatch) -> Page:
    """Load the site in ``page`` and wait until the first run is done and the page is idle."""
    try:
        # "commit": the boot (not the load event, which a busy machine can delay) is what is waited for.
        page.goto(site.url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
        page.wait_for_function(_LOADED, timeout=LOAD_TIMEOUT_MS)
    except Exception as err:
        problems = watch.problems()
        pytest.fail(f"The app at {site.url} ({site.script.name}) did not finish loading within "
                    f"{LOAD_TIMEOUT_MS // 1000} s ({type(err).__name__}).\n{problems.describe()}\n\n"
                    f"Browser console:\n{watch.console_tail()}", pytrace=False)
    return page


if HAS_PLAYWRIGHT:

    @pytest.fixture
    def wasmlit_app(wasmlit_site: WasmlitSite, page: Page, request: pytest.FixtureRequest) -> Page:
        """A Playwright page on which the test's app has loaded, its first run is done and it is idle."""
        watch = PageWatch(page)
        request.node.stash[WATCH_KEY] = watch
        return open_app(page, wasmlit_site, watch)

else:

    @pytest.fixture
    def wasmlit_app() -> Any:
        """Without pytest-playwright: says what to install."""
        pytest.fail(INSTALL_HINT, pytrace=False)


def _failure(problems: Any, test_error: BaseException | None = None) -> BaseException:
    text = problems.describe()
    text += "\n\n(Mark the test @pytest.mark.wasmlit_allow_exceptions if the app is meant to show this.)"
    if test_error is not None:
        own = "".join(traceback.format_exception(type(test_error), test_error, test_error.__traceback__, limit=-3))
        text += f"\n\nThe test itself failed too:\n{own.rstrip()}"
    return pytest.fail.Exception(text, pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Fail a test whose page shows a Python exception or raised a JavaScript error
    (checked before the test's body, on the first screen, and after it)."""
    watch = item.stash.get(WATCH_KEY, None)
    if watch is None or item.get_closest_marker("wasmlit_allow_exceptions") is not None:
        return (yield)
    problems = watch.problems()
    if problems:
        raise _failure(problems)
    try:
        result = yield
    except BaseException as err:
        problems = watch.problems()
        if problems and not isinstance(err, KeyboardInterrupt):
            raise _failure(problems, err) from err
        raise
    problems = watch.problems()
    if problems:
        raise _failure(problems)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                                          pytest.TestReport]:
    """A failing test's report holds the page's Python exceptions and the browser console."""
    report: pytest.TestReport = yield
    watch = item.stash.get(WATCH_KEY, None)
    if watch is not None and report.failed and report.when in ("setup", "call"):
        problems = watch.problems()
        text = problems.describe()
        if (problems.exceptions or problems.worker_error) and text not in str(report.longrepr):
            report.sections.append(("wasmlit: Python exceptions on the page", text))
        report.sections.append(("wasmlit: browser console", watch.console_tail()))
    return report


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    from wasmlit.tooling.pytest_plugin.chromium import NOTE_KEY

    sites = config.stash.get(_SITES_KEY, None)
    note = config.stash.get(NOTE_KEY, None)
    lines = [note] if note else []
    if sites is not None and sites.built:
        lines.append(f"wasmlit: built {len(sites.built)} site(s) into {sites.root} (the next run reuses them)")
    lines += sites.notes if sites is not None else []
    if lines:
        terminalreporter.section("wasmlit")
        for line in lines:
            terminalreporter.write_line(line)
