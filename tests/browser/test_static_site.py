"""Sites from `wasmlit build`: vendored requirements with the network off, a
multi-file app, the file:// message, the prerendered first paint (static HTML,
hydrated by mount.js), the worker started by index.html, and an offline
reload through the service worker."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import BrowserContext, Page, Request, Route, expect

from wasmlit.tooling.cli import main

from .conftest import EXAMPLES, wait_idle, wait_ready

LOCAL_HOSTS = {"127.0.0.1", "localhost"}

HUMANIZE_APP = """
import humanize
import streamlit as st

st.title("Humanized")
st.write(f"Big number: {humanize.intcomma(1234567)}")
if st.button("Count words"):
    st.write(humanize.apnumber(7))
"""

CLICK_APP = """
import streamlit as st

st.title("Prerendered counter")
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
st.write(f"Clicks: {st.session_state.n}")
"""


@pytest.fixture(scope="module")
def cli_site(site_root: Path, server, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., str]:
    """``cli_site(name, source=None, *args, folder=None)``: `wasmlit build` an app once, return its URL."""
    built: dict[str, str] = {}
    sources = tmp_path_factory.mktemp("static-apps")

    def build(name: str, source: str | None = None, *args: str, folder: Path | None = None,
              files: dict[str, str] | None = None) -> str:
        if name not in built:
            if folder is not None:
                script = folder / "app.py"
            else:
                script = sources / name / "app.py"
                script.parent.mkdir(parents=True)
                script.write_text(textwrap.dedent(source or "").lstrip(), encoding="utf-8")
                for rel, text in (files or {}).items():
                    (script.parent / rel).write_text(text, encoding="utf-8")
            assert main(["build", str(script), "-o", str(site_root / name), *args]) == 0
            built[name] = f"{server.url}{name}/"
        return built[name]

    return build


@pytest.fixture
def outside_requests(context: BrowserContext) -> Iterator[list[str]]:
    """Abort every request that would leave this machine, and list them."""
    blocked: list[str] = []

    def handle(route: Route) -> None:
        if urlparse(route.request.url).hostname in LOCAL_HOSTS or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", handle)
    yield blocked
    context.unroute("**/*")


def test_vendored_requirement_works_with_the_network_off(page: Page, cli_site, outside_requests, site_root: Path) -> None:
    """humanize (pure Python, from PyPI at build time) is served by the site and imported offline."""
    url = cli_site("humanize_app", HUMANIZE_APP, "--no-service-worker", files={"requirements.txt": "humanize==4.17.0\n"})
    lock = json.loads((site_root / "humanize_app" / json.loads(
        (site_root / "humanize_app" / "wasmlit-manifest.json").read_text())["runtime/pyodide-lock.json"]).read_text())
    assert lock["packages"]["humanize"]["file_name"].endswith("/humanize-4.17.0-py3-none-any.whl")
    assert "://" not in lock["packages"]["humanize"]["file_name"]  # served by the site itself
    page.goto(url)
    wait_ready(page)
    expect(page.get_by_text("Big number: 1,234,567")).to_be_visible()
    page.get_by_role("button", name="Count words").click()
    expect(page.get_by_text("seven")).to_be_visible()
    wait_idle(page)
    assert outside_requests == []


def test_multifile_app_imports_its_module_and_reads_its_csv(page: Page, cli_site) -> None:
    page.goto(cli_site("multifile", folder=EXAMPLES / "multifile"))
    wait_ready(page)
    expect(page.get_by_text("Read 5 sales from data.csv")).to_be_visible()
    expect(page.get_by_text("Total apple: 7")).to_be_visible()
    page.get_by_role("combobox", name="Fruit").click()
    page.get_by_role("option", name="banana").click()
    expect(page.get_by_text("Total banana: 6")).to_be_visible()
    wait_idle(page)


def test_file_protocol_shows_the_command_to_serve_the_folder(page: Page, cli_site, site_root: Path) -> None:
    cli_site("counter_file", CLICK_APP)
    site = site_root / "counter_file"
    page.goto((site / "index.html").as_uri())
    expect(page.get_by_test_id("wlFileProtocol")).to_be_visible()
    expect(page.get_by_test_id("wlServeCommand")).to_have_text(f'python3 -m http.server 8000 --directory "{site}"')
    expect(page.get_by_test_id("wlLoading")).to_be_hidden()


def _hold_python(page: Page) -> list[Route]:
    """Hold back pyodide.asm.wasm, so Python cannot start until the routes are continued."""
    held: list[Route] = []
    page.route(re.compile(r".*/pyodide\.asm\.wasm$"), lambda route: held.append(route))
    return held


def _wait_held(page: Page, held: list[Route], what: str = "pyodide.asm.wasm") -> None:
    """Wait until the page asks for ``what`` (and is held back): for pyodide.asm.wasm, Python cannot be running."""
    for _ in range(1200):
        if held:
            return
        page.wait_for_timeout(100)  # lets Playwright run the route handler
    raise AssertionError(f"the page never asked for {what}")


def _release_python(page: Page, held: list[Route]) -> None:
    """Let the held requests through (before unrouting, which would settle them itself)."""
    for route in held:
        route.continue_()
    page.unroute(re.compile(r".*/pyodide\.asm\.wasm$"))


def test_prerendered_first_paint_shows_before_python(page: Page, cli_site) -> None:
    held = _hold_python(page)
    page.goto(cli_site("prerendered", CLICK_APP, "--no-service-worker"))  # no sw: routes see every request
    _wait_held(page, held)
    expect(page.get_by_role("heading", name="Prerendered counter")).to_be_visible()
    expect(page.get_by_text("Clicks: 0")).to_be_visible()
    expect(page.get_by_role("button", name="Add")).to_be_visible()
    assert page.get_by_test_id("stApp").get_attribute("data-test-connection-state") != "CONNECTED"
    _release_python(page, held)
    wait_ready(page)
    # The live first run replaced the prerender in place: one heading, one button.
    expect(page.get_by_role("heading", name="Prerendered counter")).to_have_count(1)
    expect(page.get_by_role("button", name="Add")).to_have_count(1)
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    wait_idle(page)


def test_click_on_the_prerender_before_python_is_applied(page: Page, cli_site) -> None:
    held = _hold_python(page)
    page.goto(cli_site("prerendered_click", CLICK_APP, "--no-service-worker"))
    page.get_by_role("button", name="Add").click()  # Python is not running yet: the click is queued
    _wait_held(page, held)
    assert page.get_by_test_id("stApp").get_attribute("data-test-connection-state") != "CONNECTED"
    _release_python(page, held)
    wait_ready(page)
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    wait_idle(page)


RUNTIME_WHEEL = re.compile(r".*/runtime/[0-9a-f]+/wasmlit-[^/]*\.whl$")


def test_loading_note_counts_dots_and_runs_no_animation_while_python_starts(page: Page, cli_site) -> None:
    """While Python starts, the loading note's dots count up from a timer and nothing on the page
    runs a CSS animation: the compositor's 60 frames a second of a spinning ring took CPU from
    Python's start-up (page_notes.js)."""
    held: list[Route] = []
    page.route(RUNTIME_WHEEL, lambda route: held.append(route))  # Python starts, the runtime cannot import
    page.goto(cli_site("prerendered", CLICK_APP, "--no-service-worker"))
    _wait_held(page, held, "the runtime wheel")
    note = page.get_by_test_id("wlLoading")
    expect(note).to_have_attribute("data-stage", "start", timeout=60_000)  # the page's modules are up
    expect(note.locator(".wl-loading-text")).to_have_text("Starting Python")
    dots = set()
    for _ in range(15):
        dots.add(note.locator(".wl-loading-dots").text_content())
        assert page.evaluate("document.getAnimations().filter((a) => a.playState === 'running').length") == 0
        page.wait_for_timeout(100)
    assert dots == {".", "..", "..."}
    for route in held:
        route.continue_()
    page.unroute(RUNTIME_WHEEL)
    wait_ready(page)
    expect(note).to_be_hidden()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    wait_idle(page)


APP_MODULE = re.compile(r".*/assets/app\.[0-9a-f]{10}\.js$")

#: Counts the page's Worker constructions and the messages they post (init script).
COUNT_WORKERS = """
window.__workers = { created: 0, messages: 0 };
const Native = window.Worker;
window.Worker = class extends Native {
  constructor(...args) {
    super(...args);
    window.__workers.created += 1;
    this.addEventListener("message", () => { window.__workers.messages += 1; });
  }
};
"""


def _hold_modules(page: Page) -> list[Route]:
    """Hold back the page's entry module (app.js): no module of the page runs until released."""
    held: list[Route] = []
    page.route(APP_MODULE, lambda route: held.append(route))
    return held


def _release_modules(page: Page, held: list[Route]) -> None:
    for route in held:
        route.continue_()
    page.unroute(APP_MODULE)


def test_first_screen_shows_with_javascript_disabled(browser, cli_site, site_root: Path) -> None:
    """The prerender is static HTML in the served index.html: no script is needed to see it."""
    url = cli_site("prerendered_static", CLICK_APP, "--no-service-worker")
    served = (site_root / "prerendered_static" / "index.html").read_text()
    assert "Prerendered counter" in served[served.index("<body>"):]
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(url)
        expect(page.get_by_role("heading", name="Prerendered counter")).to_be_visible()
        expect(page.get_by_text("Clicks: 0")).to_be_visible()
        expect(page.get_by_role("button", name="Add")).to_be_visible()
        expect(page.get_by_test_id("stApp")).to_have_attribute("data-wl-static", "true")
    finally:
        context.close()


def test_click_on_the_static_first_screen_is_replayed(page: Page, cli_site) -> None:
    """A click before any module has loaded is noted by index.html and replayed by mount.js."""
    url = cli_site("prerendered_static_click", CLICK_APP, "--no-service-worker")
    held = _hold_modules(page)
    page.goto(url, wait_until="commit")
    page.get_by_role("button", name="Add").click()
    _wait_held(page, held, "its app.js module")  # asked for once Pyodide has loaded
    assert page.evaluate("window.__wasmlitEarly.actions.length") == 1
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-wl-static", "true")  # not hydrated yet
    _release_modules(page, held)
    wait_ready(page)
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    expect(page.get_by_role("button", name="Add")).to_have_count(1)
    expect(page.get_by_test_id("stApp")).not_to_have_attribute("data-wl-static", "true")
    wait_idle(page)


def test_worker_started_before_the_modules_is_adopted(page: Page, cli_site) -> None:
    """index.html starts the worker; mount.js takes it over, with what it posted meanwhile."""
    url = cli_site("early_worker", CLICK_APP, "--no-service-worker")
    page.add_init_script(COUNT_WORKERS)
    held = _hold_modules(page)
    page.goto(url, wait_until="commit")
    page.wait_for_function("window.__workers.messages > 0")  # it posted before anyone but index.html listened
    _wait_held(page, held, "its app.js module")
    assert page.evaluate("window.__workers.created") == 1
    assert page.evaluate("window.__wasmlitEarly.messages.length") >= 1
    _release_modules(page, held)
    wait_ready(page)
    assert page.evaluate("window.__workers.created") == 1  # adopted, not started again
    assert page.evaluate("window.__wasmlitEarly.worker === null && window.__wasmlitEarly.messages.length === 0")
    assert page.evaluate("window.__wasmlit.worker !== null")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    wait_idle(page)


def test_page_modules_wait_until_pyodide_has_loaded(page: Page, cli_site) -> None:
    """On an isolated page the page's own modules load only once Pyodide is up, so they do not slow its start."""
    url = cli_site("modules_wait", CLICK_APP, "--no-service-worker")
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    held = _hold_python(page)
    page.goto(url)
    _wait_held(page, held)
    assert page.evaluate("window.crossOriginIsolated")
    page.wait_for_timeout(1000)
    assert not [u for u in asked if APP_MODULE.match(u)], "app.js loaded while Pyodide was still downloading"
    expect(page.get_by_role("button", name="Add")).to_be_visible()  # the static first screen is there meanwhile
    _release_python(page, held)
    wait_ready(page)
    assert [u for u in asked if APP_MODULE.match(u)]
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    wait_idle(page)


def test_service_worker_waits_for_the_first_run(page: Page, cli_site) -> None:
    """On an isolated page its precache must not compete with the boot: no registration before the first run."""
    url = cli_site("sw_deferred", CLICK_APP)
    held = _hold_python(page)
    page.goto(url)
    _wait_held(page, held)
    assert page.evaluate("self.crossOriginIsolated")  # the test server sends COOP/COEP
    assert page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r === undefined)")
    _release_python(page, held)
    wait_ready(page)
    page.wait_for_function("navigator.serviceWorker.getRegistration().then((r) => r !== undefined)", timeout=30_000)


def test_offline_reload_after_first_visit(page: Page, context: BrowserContext, cli_site) -> None:
    url = cli_site("offline_counter", CLICK_APP)
    page.goto(url)
    wait_ready(page)
    with reloaded_offline(page, context):
        page.get_by_role("button", name="Add").click()
        expect(page.get_by_text("Clicks: 1")).to_be_visible()
        wait_idle(page)


@contextmanager
def reloaded_offline(page: Page, context: BrowserContext) -> Iterator[None]:
    """Once the service worker controls the page (it has precached the site), reload with the
    network off; the network is back after the block."""
    page.wait_for_function("navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)", timeout=60_000)
    context.set_offline(True)
    try:
        page.reload()
        wait_ready(page)
        yield
    finally:
        context.set_offline(False)


DATA_APP = """
import streamlit as st

st.title("Data on first use")
if st.button("Load data"):
    st.dataframe({"city": ["Oslo", "Lima"], "people": [709_000, 10_000_000]})
    st.bar_chart({"people": [709_000, 10_000_000]})
"""


def _lazy_requests(page: Page) -> list[str]:
    """The page's (its Python worker's) requests for the runtime's second part. The service
    worker's own are left out: at install it looks for it in the HTTP cache (never the network),
    and it fetches on the worker's behalf what the worker asked for."""
    asked: list[str] = []

    def seen(request: Request) -> None:
        if request.url.endswith("/wasmlit-lazy.zip") and request.service_worker is None:
            asked.append(request.url)

    page.context.on("request", seen)
    return asked


def test_the_runtimes_second_part_is_fetched_on_first_use_only(page: Page, cli_site) -> None:
    """A plain app never downloads the data code of charts and grids; a click that draws them fetches it once."""
    url = cli_site("lazy_runtime", DATA_APP)
    asked = _lazy_requests(page)
    page.goto(url)
    wait_ready(page)
    expect(page.get_by_role("heading", name="Data on first use")).to_be_visible()
    page.wait_for_timeout(500)
    assert asked == []
    page.get_by_role("button", name="Load data").click()
    expect(page.get_by_test_id("stDataFrame").get_by_text("Lima")).to_be_visible(timeout=30_000)
    expect(page.locator("[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas").first).to_be_visible(timeout=30_000)
    assert len(asked) == 1
    page.get_by_role("button", name="Load data").click()  # a rerun imports from the unpacked files
    wait_idle(page)
    assert len(asked) == 1


def test_an_app_that_used_the_second_part_works_offline(page: Page, context: BrowserContext, cli_site) -> None:
    """The first visit fetched it before the service worker existed: the worker keeps it from the HTTP cache."""
    url = cli_site("lazy_runtime_offline", DATA_APP)
    page.goto(url)
    wait_ready(page)
    page.get_by_role("button", name="Load data").click()
    expect(page.get_by_test_id("stDataFrame").get_by_text("Lima")).to_be_visible(timeout=30_000)
    with reloaded_offline(page, context):
        page.get_by_role("button", name="Load data").click()
        expect(page.get_by_test_id("stDataFrame").get_by_text("Lima")).to_be_visible(timeout=30_000)
        expect(page.get_by_test_id("stException")).to_have_count(0)
