"""Embedding (issue 4): `mount()` in a page of one's own. Two apps on one
page have separate workers (state) and separate shadow roots (styles); the
handle writes files, reruns and unmounts."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from . import apps
from .conftest import BOOT_TIMEOUT_MS


def wait_mounted(page: Page, selector: str) -> None:
    app = page.locator(selector).get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=BOOT_TIMEOUT_MS)


def test_two_mounts_keep_separate_state_and_styles(page: Page, fixture_url) -> None:
    page.goto(fixture_url("mount_two.html"))
    wait_mounted(page, "#app-a")
    wait_mounted(page, "#app-b")
    a, b = page.locator("#app-a"), page.locator("#app-b")
    expect(a.get_by_role("heading", name="App A")).to_be_visible()
    expect(b.get_by_role("heading", name="App B")).to_be_visible()

    a.get_by_role("button", name="Add").click()
    expect(a.get_by_text("A count: 1")).to_be_visible()
    a.get_by_role("button", name="Add").click()
    expect(a.get_by_text("A count: 2")).to_be_visible()
    b.get_by_role("button", name="Add").click()
    expect(b.get_by_text("B count: 1")).to_be_visible()
    expect(a.get_by_text("A count: 2")).to_be_visible()

    # Styles: the host's rules do not reach the apps, the apps' do not reach the host.
    host_h1 = page.locator("#host-title")
    app_h1 = a.get_by_role("heading", name="App A")
    assert app_h1.evaluate("el => getComputedStyle(el).color") != "rgb(0, 128, 0)"
    assert a.get_by_role("button", name="Add").evaluate("el => getComputedStyle(el).outlineStyle") != "solid"
    assert host_h1.evaluate("el => getComputedStyle(el).color") == "rgb(0, 128, 0)"
    assert host_h1.evaluate("el => getComputedStyle(el).fontSize") == "32px"  # the browser's h1, not wasmlit's
    assert page.evaluate("getComputedStyle(document.body).margin") == "8px"
    # Two separate workers.
    assert page.evaluate("appA.internals.worker !== appB.internals.worker")


def test_handle_writes_files_reruns_and_unmounts(page: Page, fixture_url) -> None:
    page.goto(fixture_url("mount_two.html"))
    wait_mounted(page, "#app-a")
    a = page.locator("#app-a")
    page.evaluate("""appA.writeFile("app.py", [
        "import streamlit as st",
        "import helper",
        "st.session_state.setdefault('runs', 0)",
        "st.session_state.runs += 1",
        "st.write(helper.greeting(), st.session_state.runs)",
    ].join("\\n"))""")
    # A module the new script imports: written first would also work; the import fails until it exists.
    page.evaluate("""appA.writeFile("helper.py", "def greeting():\\n    return 'hello from helper'\\n")""")
    expect(a.get_by_text("hello from helper 1")).to_be_visible()
    page.evaluate("appA.rerun()")
    expect(a.get_by_text("hello from helper 2")).to_be_visible()

    page.evaluate("appA.unmount()")
    expect(a.get_by_test_id("stApp")).to_have_count(0)
    # The other app lives on.
    wait_mounted(page, "#app-b")
    page.locator("#app-b").get_by_role("button", name="Add").click()
    expect(page.locator("#app-b").get_by_text("B count: 1")).to_be_visible()


def test_typing_in_an_embedded_app_survives_reruns(page: Page, fixture_url) -> None:
    """Inside a shadow root the focused input is found through its own root,
    so a rerun never overwrites what the user is typing in an embedded app."""
    page.goto(fixture_url("mount_two.html"))
    wait_mounted(page, "#app-a")
    a = page.locator("#app-a")
    page.evaluate("src => appA.writeFile('app.py', src)", apps.TYPING_WHILE_RERUNS)
    box = a.get_by_label("Message")
    expect(box).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    wait_mounted(page, "#app-a")
    box.click()
    tick = a.get_by_role("button", name="Tick")
    for ch in "hello":
        tick.evaluate("b => b.click()")  # a rerun caused elsewhere; focus stays in the box
        page.keyboard.type(ch)
    expect(a.get_by_text("Ticks: 5")).to_be_visible()
    wait_mounted(page, "#app-a")
    expect(box).to_have_value("hello")
    expect(box).to_be_focused()
