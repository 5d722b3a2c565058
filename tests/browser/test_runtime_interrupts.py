"""Interrupts (issue 4): with COOP/COEP the page shares memory with the
worker, so Stop ends even `while True: pass` and a newer event supersedes a
running script (fast rerun), keeping session state. Without isolation, Stop
restarts the worker and the page says the session was reset."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.tooling.dev_server import SiteHandler

from .conftest import wait_idle, wait_ready

LOOPS = """
import time
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"Runs: {st.session_state.runs}")
mode = st.radio("Mode", ["idle", "spin", "sleep", "draw"], horizontal=True)
st.write(f"Mode is {mode}")
if st.button("Spin forever"):
    while True:
        pass
if mode == "spin":
    while True:
        pass
elif mode == "sleep":
    while True:
        time.sleep(0.2)
elif mode == "draw":
    slot = st.empty()
    i = 0
    while True:
        i += 1
        slot.write(f"tick {i}")
"""


def stop_button(page: Page):
    return page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop")


def runs_shown(page: Page) -> int:
    text = page.get_by_text("Runs:").inner_text()
    return int(text.split(":")[1])


def test_page_is_cross_origin_isolated(open_app) -> None:
    page = open_app("loops", LOOPS)
    assert page.evaluate("crossOriginIsolated") is True
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-wl-isolated", "true")


def test_stop_interrupts_while_true_pass_and_keeps_state(open_app) -> None:
    page = open_app("loops", LOOPS)
    before = runs_shown(page)
    page.get_by_role("button", name="Spin forever").click()
    expect(stop_button(page)).to_be_visible()
    page.wait_for_timeout(300)  # let the script reach its loop
    stop_button(page).click()
    wait_idle(page)
    expect(page.get_by_text(f"Runs: {before + 1}")).to_be_visible()
    expect(page.get_by_test_id("wlSessionReset")).to_be_hidden()
    ms = page.evaluate("window.__wasmlit.handle.internals.lastStopMs")
    print(f"\nStop click to run end (while True: pass): {ms:.0f} ms")
    # Same session: the counter goes on.
    page.keyboard.press("r")
    wait_idle(page)
    expect(page.get_by_text(f"Runs: {before + 2}")).to_be_visible()


@pytest.mark.parametrize("mode", ["spin", "sleep", "draw"])
def test_new_event_supersedes_a_running_loop(open_app, mode: str) -> None:
    page = open_app("loops", LOOPS)
    group = page.get_by_role("radiogroup", name="Mode")
    before = runs_shown(page)
    group.get_by_role("radio", name=mode).check()
    expect(stop_button(page)).to_be_visible()
    page.wait_for_timeout(400)  # the loop is running
    group.get_by_role("radio", name="idle").check()
    wait_idle(page)
    expect(page.get_by_text("Mode is idle")).to_be_visible()
    # The looping run and the new one both counted: state survived the interrupt.
    expect(page.get_by_text(f"Runs: {before + 2}")).to_be_visible()


def test_stop_wakes_a_sleeping_script(open_app) -> None:
    page = open_app("loops", LOOPS)
    page.get_by_role("radiogroup", name="Mode").get_by_role("radio", name="sleep").check()
    expect(stop_button(page)).to_be_visible()
    page.wait_for_timeout(300)
    stop_button(page).click()
    wait_idle(page)
    ms = page.evaluate("window.__wasmlit.handle.internals.lastStopMs")
    print(f"\nStop click to run end (time.sleep loop): {ms:.0f} ms")
    expect(page.get_by_text("Mode is sleep")).to_be_visible()


class NotIsolatedHandler(SiteHandler):
    """The site server without COOP/COEP: the page is not isolated."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        SimpleHTTPRequestHandler.end_headers(self)


@pytest.fixture(scope="module")
def plain_server(site_root: Path) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(NotIsolatedHandler, directory=str(site_root)))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_without_isolation_stop_restarts_python_and_says_so(page: Page, app_url, plain_server: str) -> None:
    app_url("loops", LOOPS)
    page.goto(plain_server + "loops/")
    wait_ready(page)
    assert page.evaluate("crossOriginIsolated") is False
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    page.keyboard.press("r")
    wait_idle(page)
    expect(page.get_by_text("Runs: 2")).to_be_visible()
    page.get_by_role("button", name="Spin forever").click()
    expect(stop_button(page)).to_be_visible()
    stop_button(page).click()
    notice = page.get_by_test_id("wlSessionReset")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("session was reset")
    wait_ready(page)
    # A fresh session: the counter starts again, and the page works.
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    expect(page.get_by_text("Runs: 2")).to_have_count(0)
    page.keyboard.press("r")
    wait_idle(page)
    expect(page.get_by_text("Runs: 2")).to_be_visible()
