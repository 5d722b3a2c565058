"""Browser test fixtures: Debian Chromium, sites built once, one local server.

Sites are built into one temporary root (one sub-folder per app) and served
from a thread by wasmlit's own dev server, so the tests see the same headers
(`application/wasm`, COOP/COEP) as `wasmlit run`.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site.build import build_site

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # st.camera_input / st.audio_input: a fake camera and microphone, granted without a prompt.
    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
]

#: Generous: a cold Pyodide boot on a shared 2-core machine.
BOOT_TIMEOUT_MS = 90_000


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Debian's Chromium; Playwright cannot download browsers here."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


@pytest.fixture
def other_origin(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Another origin (another port) serving a folder as most hosts do: no CORP, COEP or
    CORS headers. Yields its URL and the folder to put files in."""
    import functools
    import http.server
    import threading

    folder = tmp_path / "other-origin"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", folder
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sites")


@pytest.fixture(scope="session")
def server(site_root: Path) -> Iterator[SiteServer]:
    with SiteServer(site_root) as srv:
        yield srv


@pytest.fixture(scope="session")
def app_url(site_root: Path, server: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., str]:
    """``app_url(name, source=None, files=None)``: build an app once per session, return its URL.

    With ``source``, the app is that inline script (and ``files``, path -> text, sit
    beside it); otherwise it is
    ``examples/<name>`` (a folder with ``app.py``, or ``examples/<name>.py``).
    """
    built: dict[str, str] = {}
    #: What each name was built from: two tests that give one name different apps would
    #: otherwise get whichever was built first in their worker.
    given: dict[str, tuple[str | None, dict[str, str] | None]] = {}
    sources = tmp_path_factory.mktemp("apps")

    def build(name: str, source: str | None = None, files: dict[str, str] | None = None) -> str:
        if given.setdefault(name, (source, files)) != (source, files):
            raise AssertionError(f"The test app name {name!r} is used for two different apps: give one another name.")
        if name not in built:
            if source is not None:
                script = sources / name / "app.py"
                script.parent.mkdir(parents=True, exist_ok=True)
                script.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
                for rel, text in (files or {}).items():  # beside the app, e.g. .streamlit/config.toml
                    (script.parent / rel).parent.mkdir(parents=True, exist_ok=True)
                    (script.parent / rel).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
            else:
                script = example_script(name)
            build_site(script, site_root / name)
            built[name] = f"{server.url}{name}/"
        return built[name]

    return build


def example_script(name: str) -> Path:
    for candidate in (EXAMPLES / name / "app.py", EXAMPLES / f"{name}.py", EXAMPLES / name / "streamlit_app.py"):
        if candidate.is_file():
            return candidate
    pytest.skip(f"example {name!r} is not in examples/ yet")
    raise AssertionError  # unreachable


@pytest.fixture(scope="session")
def fixture_url(site_root: Path, server: SiteServer, app_url: Callable[..., str]) -> Callable[[str], str]:
    """URL of a static fixture page served next to a built site's assets."""
    base = app_url("_fixture_base", "import streamlit as st\n")

    def url(name: str) -> str:
        shutil.copyfile(FIXTURES / name, site_root / "_fixture_base" / name)
        return base + name

    return url


def wait_ready(page: Page) -> None:
    """Wait until Python is connected and no run is in progress."""
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=BOOT_TIMEOUT_MS)


def wait_idle(page: Page) -> None:
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=30_000)


@pytest.fixture
def open_app(page: Page, app_url: Callable[..., str]) -> Callable[..., Page]:
    """``open_app(name, source=None, files=None)``: load the app in ``page`` and wait for its first run."""

    def go(name: str, source: str | None = None, files: dict[str, str] | None = None) -> Page:
        page.goto(app_url(name, source, files))
        wait_ready(page)
        return page

    return go
