"""Events between reruns (issue 12, point 1): the runs of an st.rerun() loop go
back to the worker's message loop, so a user event that arrives meanwhile is
applied by the next run of the loop, which goes on to its end, isolated or
not; the page says "running" until the loop ends."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import BOOT_TIMEOUT_MS, wait_ready
from .test_runtime_interrupts import plain_server  # noqa: F401 (the fixture)

LOOP = """
import time
import streamlit as st

st.session_state.setdefault("i", 0)
st.session_state.setdefault("started", False)
if st.button("Start"):
    st.session_state.started = True
typed = st.text_input("Message", key="msg")
st.write(f"Loop {st.session_state.i} sees: {typed!r}")
if st.session_state.started and st.session_state.i < 30:
    st.session_state.i += 1
    time.sleep(0.2)
    st.rerun()
st.write(f"Done after {st.session_state.i} reruns with: {typed!r}")
"""

#: Records every value data-test-script-state takes from now on.
WATCH_SCRIPT_STATE = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    window.__states = [app.getAttribute("data-test-script-state")];
    new MutationObserver(() => window.__states.push(app.getAttribute("data-test-script-state")))
        .observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
}"""


def type_during_the_loop(page: Page) -> None:
    """Type and press Enter while the app keeps rerunning itself."""
    wait_ready(page)
    page.get_by_role("button", name="Start").click()
    # Any loop run but the last few (the loop takes about 6 s; polls may skip some runs).
    expect(page.get_by_text(re.compile(r"Loop ([2-9]|1\d) sees"))).to_be_visible(timeout=30_000)
    page.evaluate(WATCH_SCRIPT_STATE)
    box = page.get_by_label("Message")
    box.fill("hello")
    box.press("Enter")
    # The loop goes on with the new value before it ends...
    expect(page.get_by_text("sees: 'hello'", exact=False)).to_be_visible(timeout=30_000)
    # ...and ends with its final message, which has the typed value.
    expect(page.get_by_text("Done after 30 reruns with: 'hello'")).to_be_visible(timeout=60_000)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=30_000)
    states = page.evaluate("window.__states")
    # "running" all along, until the loop ended: never "notRunning" in between.
    assert states[0] == "running" and states[-1] == "notRunning", states
    assert states.count("notRunning") == 1, states


@pytest.fixture
def loop_url(app_url) -> str:
    return app_url("rerun_loop", LOOP)


def test_typing_during_an_st_rerun_loop_isolated(page: Page, loop_url: str) -> None:
    page.goto(loop_url)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate("crossOriginIsolated") is True
    type_during_the_loop(page)
    expect(page.get_by_label("Message")).to_have_value("hello")


def test_typing_during_an_st_rerun_loop_not_isolated(page: Page, loop_url: str, plain_server: str) -> None:  # noqa: F811
    page.goto(plain_server + "rerun_loop/")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate("crossOriginIsolated") is False
    type_during_the_loop(page)
    expect(page.get_by_label("Message")).to_have_value("hello")


POLL = """
import time
import streamlit as st

st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("polls", 0)
if st.button("Click me"):
    st.session_state.clicks += 1
st.write(f"Clicks: {st.session_state.clicks}")
st.session_state.polls += 1
time.sleep(0.1)
st.rerun()
"""


def test_an_app_that_polls_forever_with_st_rerun_still_sees_every_click(page: Page, app_url) -> None:
    page.goto(app_url("poll_forever", POLL))
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS)
    button = page.get_by_role("button", name="Click me")
    expect(button).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    for _ in range(3):
        button.click()
    expect(page.get_by_text("Clicks: 3")).to_be_visible(timeout=30_000)
    # The loop goes on: the page stays "running" while the app keeps rerunning.
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "running")


def test_st_rerun_on_the_first_run_reruns_once(open_app) -> None:
    page = open_app("rerun_first", """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        if st.session_state.runs == 1:
            st.rerun()
        st.write(f"Runs: {st.session_state.runs}")
    """)
    wait_ready(page)
    expect(page.get_by_text("Runs: 2")).to_be_visible()
