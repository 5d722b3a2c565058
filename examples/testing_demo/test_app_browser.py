"""Browser tests of the to-do app with wasmlit's pytest plugin: the app is built
once, and each test gets a page on which its first run is done."""
import pytest
from playwright.sync_api import Page, expect

from wasmlit.testing.playwright import click_button, expect_markdown, fill_text_input, session_state, set_checkbox

pytestmark = pytest.mark.wasmlit_app("app.py")


def test_starts_empty(wasmlit_app: Page):
    expect(wasmlit_app.get_by_role("heading", name="To-do")).to_be_visible()
    expect_markdown(wasmlit_app, "0 of 0 left")


def test_adds_and_checks_a_todo(wasmlit_app: Page):
    fill_text_input(wasmlit_app, "New to-do", "Buy milk")
    click_button(wasmlit_app, "Add")  # the field is empty again: adds nothing more
    expect_markdown(wasmlit_app, "1 of 1 left")
    set_checkbox(wasmlit_app, "Buy milk", True)
    expect_markdown(wasmlit_app, "0 of 1 left")
    assert session_state(wasmlit_app)["todos"] == [{"text": "Buy milk", "done": True}]
