""""Download this session as a test" in Chromium: a session recorded on a
dev-tools site downloads as two pytest files, and both pass when pytest runs
them against the same app (the browser one through the pytest plugin). A
normal site has neither the menu item nor the test channel."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.testing.playwright import (
    click_button,
    click_form_button,
    fill_text_input,
    select_radio_option,
    select_selectbox_option,
    session_state,
    set_checkbox,
    set_multiselect_options,
    set_slider_value,
    wait_for_app_loaded,
)
from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site.build import build_site

from .conftest import BOOT_TIMEOUT_MS

REPO = Path(__file__).resolve().parents[2]
APP = """
    import streamlit as st

    st.title("Orders")
    if "orders" not in st.session_state:
        st.session_state.orders = []
    name = st.text_input("Customer", key="customer")
    size = st.selectbox("Size", ["Small", "Medium", "Large"])
    crust = st.radio("Crust", ["Thin", "Thick"], horizontal=True)
    toppings = st.multiselect("Toppings", ["Ham", "Olives", "Basil"])
    spicy = st.checkbox("Spicy")
    count = st.slider("How many", 1, 5, 1)
    if st.button("Order"):
        st.session_state.orders.append(f"{count} x {size} {crust} ({', '.join(toppings) or 'plain'})"
                                       + (" hot" if spicy else ""))
    with st.form("note"):
        note = st.text_input("Note")
        st.form_submit_button("Send note")
    st.subheader(f"{len(st.session_state.orders)} order(s) for {name or 'nobody'}")
    for order in st.session_state.orders:
        st.markdown(f"- {order}")
    st.caption(f"Note: {note or '(none)'}")
"""


@pytest.fixture
def dev_site(site_root: Path, server: SiteServer, tmp_path: Path) -> Callable[[str, bool], str]:
    """``dev_site(name, dev_tools)``: build the app (with or without dev tools) and return its URL."""

    def build(name: str, dev_tools: bool) -> str:
        script = tmp_path / "app" / "app.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
        build_site(script, site_root / name, dev_tools=dev_tools)
        return f"{server.url}{name}/"

    return build


def record_a_session(page: Page) -> None:
    fill_text_input(page, "Customer", "Ada", key="customer")
    select_selectbox_option(page, "Size", "Large")
    select_radio_option(page, "Crust", "Thick")
    set_multiselect_options(page, "Toppings", ["Olives", "Basil"])
    set_checkbox(page, "Spicy", True)
    set_slider_value(page, "How many", 3)
    click_button(page, "Order")
    click_button(page, "Order")
    fill_text_input(page, "Note", "ring twice")
    click_form_button(page, "Send note")


def test_a_recorded_session_downloads_as_two_tests_that_pass(page: Page, dev_site: Callable[[str, bool], str],
                                                              tmp_path: Path) -> None:
    page.goto(dev_site("session_test_dev", True))
    wait_for_app_loaded(page, timeout=BOOT_TIMEOUT_MS)
    record_a_session(page)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="3 x Large Thick (Olives, Basil) hot")).to_have_count(2)
    assert session_state(page)["orders"] == ["3 x Large Thick (Olives, Basil) hot"] * 2

    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_role("menuitem", name="Download this session as a test").click()
    dialog = page.get_by_test_id("wlSessionTestDialog")
    expect(dialog).to_be_visible()
    folder = tmp_path / "app"
    names = []
    for button in dialog.get_by_role("button", name="Download").all():
        with page.expect_download() as download:
            button.click()
        download.value.save_as(folder / download.value.suggested_filename)
        names.append(download.value.suggested_filename)
    assert names == ["test_app_session.py", "test_app_session_browser.py"]
    browser_test = (folder / names[1]).read_text()
    assert "expect_markdown(page, '3 x Large Thick (Olives, Basil) hot')" in browser_test  # as the page showed it
    assert "set_multiselect_options(page, 'Toppings', ['Olives', 'Basil'])" in browser_test

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "py_runtime"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "wasmlit.tooling.pytest_plugin", "-p", "no:cacheprovider", "-rA",
         "--wasmlit-chromium", "/usr/bin/chromium", "--wasmlit-cache", str(tmp_path / "cache"), *names],
        cwd=folder, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_a_normal_site_has_no_session_download_and_no_test_channel(page: Page, dev_site: Callable[[str, bool], str]) -> None:
    page.goto(dev_site("session_test_plain", False))
    wait_for_app_loaded(page, timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate("typeof window.__wasmlitTest") == "undefined"
    page.get_by_test_id("stMainMenuButton").click()
    expect(page.get_by_role("menuitem", name="Rerun R")).to_be_visible()
    expect(page.get_by_role("menuitem")).to_have_count(3)  # Rerun, About and Clear cache only
    with pytest.raises(AssertionError, match="no test channel"):
        session_state(page)
