"""Prerender hydration (issue 4): widgets of the build-time first screen are
marked pending until Python takes over; a typed value and a click made
before then are both applied, in order; the marks go once Python runs."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from playwright.sync_api import Page, Route, expect

from wasmlit.tooling.site.build import build_site

from .conftest import wait_idle, wait_ready

APP = """
import streamlit as st
st.header("Greeter")
name = st.text_input("Name")
st.session_state.setdefault("clicks", 0)
if st.button("Add"):
    st.session_state.clicks += 1
st.write(f"Hello {name or 'nobody'}, clicks: {st.session_state.clicks}")
"""

WASM = re.compile(r".*/pyodide\.asm\.wasm$")


def test_early_value_and_click_on_the_prerender_are_applied_in_order(page: Page, site_root: Path, server, tmp_path: Path) -> None:
    script = tmp_path / "greeter" / "app.py"
    script.parent.mkdir()
    script.write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    build_site(script, site_root / "hydrate", prerender=True)

    held: list[Route] = []
    page.route(WASM, lambda route: held.append(route))
    page.goto(f"{server.url}hydrate/")
    expect(page.get_by_text("Hello nobody, clicks: 0")).to_be_visible()
    expect(page.locator('[data-wl-pending="true"]')).to_have_count(2)  # the text input and the button
    box = page.get_by_role("textbox", name="Name")
    box.fill("Ada")
    box.press("Enter")
    page.get_by_role("button", name="Add").click()
    assert page.get_by_test_id("stApp").get_attribute("data-test-connection-state") != "CONNECTED"

    # The worker's request reaches the route handler asynchronously: pump
    # Playwright's events until it has (the wasm is held, so the app cannot
    # have hydrated meanwhile).
    for _ in range(300):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the page should be waiting for pyodide.asm.wasm"
    for route in held:
        route.continue_()
    page.unroute(WASM)
    wait_ready(page)
    wait_idle(page)
    expect(page.get_by_text("Hello Ada, clicks: 1")).to_be_visible()
    expect(page.locator("[data-wl-pending]")).to_have_count(0)
    expect(page.get_by_role("button", name="Add")).to_have_count(1)
    expect(page.get_by_role("heading", name="Greeter")).to_have_count(1)
