"""Memory snapshots made in the user's own browser (``wasmlit build``'s default, snapshot.js).

Each test has its own browser profile (a persistent context in a temporary
user-data dir), so a return visit finds what the first visit stored in Cache
Storage, as a real return visit would.
"""

from __future__ import annotations

import re
import textwrap
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, expect
from tests.browser.conftest import BOOT_TIMEOUT_MS, CHROMIUM_ARGS, wait_idle, wait_ready

from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site.build import build_site

#: Making a snapshot boots a second Pyodide after the first visit: generous on a loaded machine.
SNAPSHOT_TIMEOUT_MS = 240_000

COUNTER = """
import random
import time

import streamlit as st

st.session_state.setdefault("clicks", 0)
if st.button("Add"):
    st.session_state.clicks += 1
if st.button("Nap"):
    time.sleep(0.3)
    st.write("slept")
st.write(f"clicks: {st.session_state.clicks}")
if "draw" not in st.session_state:
    st.session_state.draw = random.getrandbits(64)
st.write(f"draw: {st.session_state.draw}")
"""


@pytest.fixture
def profile(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    """A browser with its own, persistent profile (Cache Storage survives page loads)."""
    ctx = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
    yield ctx
    ctx.close()


@pytest.fixture
def snapshot_site(site_root: Path, server: SiteServer, tmp_path: Path) -> Callable[..., str]:
    """``snapshot_site(name, source)``: build the app with ``--snapshot`` (again, if it changed); return its URL."""

    def build(name: str, source: str, service_worker: bool = False) -> str:
        script = tmp_path / "apps" / name / "app.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
        build_site(script, site_root / name, hash_assets=True, snapshot=True, service_worker=service_worker)
        return f"{server.url}{name}/"

    return build


def snapshot_state(page: Page) -> str:
    return str(page.evaluate("window.__wasmlit?.snapshot"))


def visit(page: Page, url: str) -> Page:
    page.goto(url)
    wait_ready(page)
    return page


def wait_stored(page: Page) -> None:
    """The first visit's snapshot worker has stored the snapshot."""
    warnings: list[str] = []
    page.on("console", lambda msg: warnings.append(msg.text) if msg.type == "warning" else None)
    page.wait_for_function("['stored', 'failed'].includes(window.__wasmlit?.snapshot)", timeout=SNAPSHOT_TIMEOUT_MS)
    assert snapshot_state(page) == "stored", warnings


def text_of(page: Page, pattern: str) -> str:
    el = page.get_by_test_id("stMarkdownContainer").filter(has_text=re.compile(pattern))
    expect(el).to_have_count(1, timeout=30_000)
    return el.inner_text()


def about_line(page: Page) -> str:
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_role("menuitem", name="About").click()
    line = page.get_by_test_id("wlBootInfo")
    expect(line).to_be_visible()
    text = line.inner_text()
    page.keyboard.press("Escape")
    expect(line).to_have_count(0)
    return text


def test_return_visit_boots_from_the_snapshot_and_the_app_works(profile: BrowserContext, snapshot_site) -> None:
    url = snapshot_site("snap_counter", COUNTER)
    page = visit(profile.new_page(), url)
    assert "normally" in about_line(page)
    wait_stored(page)
    first_draw = text_of(page, r"^draw: ")

    page = visit(page, url)
    assert snapshot_state(page) == "restored"
    assert "memory snapshot made in this browser" in about_line(page)
    assert page.evaluate("crossOriginIsolated") is True
    add = page.get_by_role("button", name="Add")
    for n in (1, 2, 3):
        add.click()
        expect(page.get_by_text(f"clicks: {n}")).to_be_visible(timeout=30_000)
        wait_idle(page)
    page.get_by_role("button", name="Nap").click()
    expect(page.get_by_text("slept")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.get_by_text("clicks: 3")).to_be_visible()  # session state survived the reruns
    second_draw = text_of(page, r"^draw: ")

    page = visit(page, url)
    assert snapshot_state(page) == "restored"
    expect(page.get_by_text("clicks: 0")).to_be_visible()  # a new session: nothing of the last one
    third_draw = text_of(page, r"^draw: ")
    # random is reseeded from the browser's crypto after each restore.
    assert len({first_draw, second_draw, third_draw}) == 3


#: Damage to the stored snapshot, each caught on the next visit: flipped bytes in its memory
#: (its SHA-256 no longer matches), and a forged build id with a matching SHA-256 (Pyodide's
#: restore throws).
CORRUPTIONS = {
    "flipped": ("for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 4096; i++) bytes[i] ^= 0xff;", "corrupt"),
    "forged": ("for (let i = 16; i < 48; i++) bytes[i] ^= 0xff;", "could not be restored"),
}


@pytest.mark.parametrize("kind", sorted(CORRUPTIONS))
def test_corrupt_snapshot_falls_back_and_is_replaced(profile: BrowserContext, snapshot_site, kind: str) -> None:
    damage, warning = CORRUPTIONS[kind]
    url = snapshot_site(f"snap_corrupt_{kind}", COUNTER)
    page = visit(profile.new_page(), url)
    wait_stored(page)
    page.evaluate("""async (damage) => {
      const cache = await caches.open("wasmlit.snapshots");
      const [req] = await cache.keys();
      const res = await cache.match(req);
      const bytes = new Uint8Array(await res.arrayBuffer());
      new Function("bytes", damage)(bytes);
      const headers = new Headers(res.headers);
      if (!damage.includes(">> 1")) {
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
        headers.set("x-wasmlit-snapshot-sha256", [...digest].map((b) => b.toString(16).padStart(2, "0")).join(""));
      }
      await cache.put(req, new Response(bytes, { headers }));
    }""", damage)
    warnings: list[str] = []
    page.on("console", lambda msg: warnings.append(msg.text) if msg.type == "warning" else None)
    page = visit(page, url)
    assert any("snapshot" in w and warning in w for w in warnings), warnings
    assert snapshot_state(page) != "restored"
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("clicks: 1")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Nap").click()
    expect(page.get_by_text("slept")).to_be_visible(timeout=30_000)
    wait_stored(page)  # a new one replaces it

    page = visit(page, url)
    assert snapshot_state(page) == "restored"
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("clicks: 1")).to_be_visible(timeout=30_000)


def test_a_snapshot_gone_from_cache_storage_starts_python_normally(profile: BrowserContext, snapshot_site) -> None:
    """The page's note says a snapshot was stored, but the user cleared Cache Storage since."""
    url = snapshot_site("snap_gone", COUNTER)
    page = visit(profile.new_page(), url)
    wait_stored(page)
    assert page.evaluate("caches.delete('wasmlit.snapshots')") is True
    page = visit(page, url)
    assert snapshot_state(page) != "restored"
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("clicks: 1")).to_be_visible(timeout=30_000)
    wait_stored(page)  # made again

    page = visit(page, url)
    assert snapshot_state(page) == "restored"


def test_changed_app_makes_a_new_snapshot(profile: BrowserContext, snapshot_site) -> None:
    url = snapshot_site("snap_changed", COUNTER)
    page = visit(profile.new_page(), url)
    wait_stored(page)
    key_before = page.evaluate("JSON.parse(document.getElementById('wasmlit-config').textContent).snapshot")

    snapshot_site("snap_changed", COUNTER + '\nst.write("version two")\n')
    page = visit(page, url)
    expect(page.get_by_text("version two")).to_be_visible()
    assert page.evaluate("JSON.parse(document.getElementById('wasmlit-config').textContent).snapshot") != key_before
    assert snapshot_state(page) != "restored"  # the old snapshot is not used for the new version
    wait_stored(page)

    page = visit(page, url)
    assert snapshot_state(page) == "restored"
    expect(page.get_by_text("version two")).to_be_visible()


def test_snapshot_waits_until_the_page_is_quiet(profile: BrowserContext, snapshot_site) -> None:
    """While the user (or a test) keeps clicking, no second Python boots beside the app's."""
    url = snapshot_site("snap_quiet", COUNTER)
    page = visit(profile.new_page(), url)
    # A first visit has no snapshot to look for: nothing opened Cache Storage before Python started.
    assert page.evaluate("caches.has('wasmlit.snapshots')") is False
    add = page.get_by_role("button", name="Add")
    for n in range(1, 9):  # about 8 s of use, longer than the quiet period (5 s)
        add.click()
        expect(page.get_by_text(f"clicks: {n}")).to_be_visible(timeout=30_000)
        page.wait_for_timeout(700)
        assert snapshot_state(page) == "waiting"
    wait_stored(page)  # once the clicks stop


def test_a_browser_gives_up_after_two_snapshots_that_never_restored(profile: BrowserContext, snapshot_site) -> None:
    """A browser whose snapshots fail to make or to restore stops paying for new ones (per build)."""
    url = snapshot_site("snap_give_up", COUNTER)
    page = visit(profile.new_page(), url)
    key = page.evaluate("JSON.parse(document.getElementById('wasmlit-config').textContent).snapshot")
    page.evaluate("(key) => localStorage.setItem(`wasmlit:snapshot-attempts:${key}`, '2')", key)
    page = visit(page, url)
    assert snapshot_state(page) == "given up"
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("clicks: 1")).to_be_visible(timeout=30_000)
    assert page.evaluate("caches.open('wasmlit.snapshots').then((c) => c.keys()).then((k) => k.length)") == 0

    page.evaluate("(key) => localStorage.setItem(`wasmlit:snapshot-attempts:${key}`, '1')", key)
    page = visit(page, url)
    wait_stored(page)  # a second attempt is allowed; its restore resets the count
    page = visit(page, url)
    assert snapshot_state(page) == "restored"
    assert page.evaluate("(key) => localStorage.getItem(`wasmlit:snapshot-attempts:${key}`)", key) is None


class _Quiet(SimpleHTTPRequestHandler):
    """A plain static host: no isolation headers (the service worker adds them)."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".mjs": "text/javascript"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def plain_host(site_root: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site_root)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_snapshot_on_a_host_without_headers_under_the_service_worker(profile: BrowserContext, snapshot_site,
                                                                     plain_host: str) -> None:
    snapshot_site("snap_plain_host", COUNTER, service_worker=True)
    url = plain_host + "snap_plain_host/"
    page = profile.new_page()
    page.goto(url)
    # The service worker adds the isolation headers; the page reloads once under it.
    page.wait_for_function("crossOriginIsolated", timeout=BOOT_TIMEOUT_MS)
    wait_ready(page)
    wait_stored(page)

    page = visit(page, url)
    assert page.evaluate("crossOriginIsolated && !!navigator.serviceWorker.controller") is True
    assert snapshot_state(page) == "restored"
    page.get_by_role("button", name="Nap").click()
    expect(page.get_by_text("slept")).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("clicks: 1")).to_be_visible(timeout=30_000)
