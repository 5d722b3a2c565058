"""Opt-in state across reloads (issue 4): with persist_state, session state
(user keys and keyed widgets) is saved to sessionStorage after each run and
restored before the first run after a reload of the same tab; a second tab
starts empty; values JSON cannot hold are skipped with a console warning."""

from __future__ import annotations

import textwrap
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, expect

from wasmlit.tooling.site.build import build_site

from .conftest import wait_idle, wait_ready

APP = """
import streamlit as st
st.session_state.setdefault("count", 0)
if st.button("Add"):
    st.session_state.count += 1
name = st.text_input("Name", key="name")
st.session_state.blob = object()
st.write(f"Count: {st.session_state.count}, name: {name or '-'}")
"""


def test_persisted_state_survives_a_reload_and_a_new_tab_starts_empty(
    page: Page, context: BrowserContext, site_root: Path, server, tmp_path: Path,
) -> None:
    script = tmp_path / "persist" / "app.py"
    script.parent.mkdir()
    script.write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    build_site(script, site_root / "persist", persist_state=True)
    url = f"{server.url}persist/"

    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page.goto(url)
    wait_ready(page)
    page.get_by_role("button", name="Add").click()
    page.get_by_role("button", name="Add").click()
    box = page.get_by_role("textbox", name="Name")
    box.fill("Ada")
    box.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("Count: 2, name: Ada")).to_be_visible()
    assert any("blob" in w and "serialis" in w for w in warnings)

    page.reload()
    wait_ready(page)
    expect(page.get_by_text("Count: 2, name: Ada")).to_be_visible()
    expect(page.get_by_role("textbox", name="Name")).to_have_value("Ada")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Count: 3, name: Ada")).to_be_visible()

    other = context.new_page()
    other.goto(url)
    wait_ready(other)
    expect(other.get_by_text("Count: 0, name: -")).to_be_visible()
    other.close()
