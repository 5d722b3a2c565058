"""The renderer alone, driven by hand-written deltas (no Python involved)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect


def node(id: str, type: str, index: int, parent: str = "0", key: str | None = None, **props: Any) -> dict:
    return {"id": id, "parent": parent, "index": index, "type": type, "key": key, "props": props}


def widget(**props: Any) -> dict:
    base = {"label": "", "help": None, "disabled": False, "label_visibility": "visible", "form_id": ""}
    return {**base, **props}


def apply(page: Page, run_id: int, ops: list[dict], finish: bool = True) -> None:
    page.evaluate(
        "([runId, ops, finish]) => { R.runStarted(runId); R.applyDeltas({run_id: runId, ops, drawn: {}}); if (finish) R.runFinished(); }",
        [run_id, ops, finish],
    )


@pytest.fixture
def fixture(page: Page, fixture_url) -> Page:
    page.goto(fixture_url("renderer.html"))
    page.wait_for_function("window.fixtureReady === true")
    return page


def test_focus_and_caret_survive_updates_and_moves(fixture: Page) -> None:
    """A rerun that moves and updates elements around a focused input keeps focus and caret."""
    page = fixture
    name = node("$$ID-a-name", "text_input", 1, key="name", **widget(label="Name", value="hello", placeholder="", max_chars=None, input_type="default"))
    apply(page, 1, [{"op": "add", "node": node("0.0", "markdown", 0, body="top", allow_html=False, variant="markdown")}, {"op": "add", "node": name}])
    box = page.get_by_label("Name")
    box.click()
    box.press("End")
    box.type(" world")
    page.evaluate("document.activeElement.setSelectionRange(3, 5)")
    handle = box.element_handle()
    # Python inserts two elements above (shifting the input) and re-sends it with an older value.
    moved = {**name, "index": 3, "props": {**name["props"], "value": "hello"}}
    apply(page, 2, [
        {"op": "update", "node": node("0.0", "markdown", 0, body="changed", allow_html=False, variant="markdown")},
        {"op": "add", "node": node("0.1", "text", 1, body="new 1")},
        {"op": "add", "node": node("0.2", "text", 2, body="new 2")},
        {"op": "update", "node": moved},
    ])
    assert page.evaluate("(el) => el === document.activeElement && el.isConnected", handle)
    assert page.evaluate("(el) => [el.value, el.selectionStart, el.selectionEnd]", handle) == ["hello world", 3, 5]
    order = page.locator("[data-testid=stMain] [data-testid=stElementContainer]").evaluate_all("els => els.map(e => e.querySelector('input')?.value ?? e.textContent.trim())")
    assert order == ["changed", "new 1", "new 2", "hello world"]


def test_unchanged_nodes_are_not_touched(fixture: Page) -> None:
    page = fixture
    apply(page, 1, [{"op": "add", "node": node("0.0", "text", 0, body="a")}, {"op": "add", "node": node("0.1", "text", 1, body="b")}])
    page.evaluate("window.first = document.querySelector('.stText'); new MutationObserver(m => window.muts = (window.muts||0) + m.length).observe(window.first, {subtree: true, childList: true, characterData: true, attributes: true})")
    apply(page, 2, [{"op": "update", "node": node("0.1", "text", 1, body="B")}])
    page.wait_for_timeout(50)
    assert page.evaluate("window.muts || 0") == 0
    assert page.evaluate("window.first === document.querySelector('.stText')")


def test_stale_then_removed(fixture: Page) -> None:
    """Nodes a slow run has not drawn yet get data-stale, and removals drop them."""
    page = fixture
    apply(page, 1, [{"op": "add", "node": node("0.0", "text", 0, body="keep")}, {"op": "add", "node": node("0.1", "text", 1, body="gone")}])
    page.evaluate("R.runStarted(2); R.applyDeltas({run_id: 2, ops: [], drawn: {'0': 1}})")
    containers = page.get_by_test_id("stElementContainer")
    expect(containers.nth(1)).to_have_attribute("data-stale", "true")
    expect(containers.nth(0)).to_have_attribute("data-stale", "false")
    page.evaluate("R.applyDeltas({run_id: 2, ops: [{op: 'remove', id: '0.1'}], drawn: {}}); R.runFinished()")
    expect(containers).to_have_count(1)
    expect(containers.nth(0)).to_have_attribute("data-stale", "false")


def test_html_in_labels_and_markdown_is_text(fixture: Page) -> None:
    page = fixture
    page.evaluate("window.pwned = 0")
    evil = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>"
    apply(page, 1, [
        {"op": "add", "node": node("0.0", "markdown", 0, body=f"**bold** {evil}", allow_html=False, variant="markdown")},
        {"op": "add", "node": node("0.1", "markdown", 1, body=f"ok {evil}", allow_html=True, variant="markdown")},
        {"op": "add", "node": node("$$ID-b-None", "button", 2, **widget(label=evil, kind="secondary", icon=None, use_container_width=False))},
        {"op": "add", "node": node("0.3", "heading", 3, tag="h1", body=evil, anchor=None, divider=None, help=None)},
        {"op": "add", "node": node("0.4", "alert", 4, format="error", body=evil, icon=None)},
    ])
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") == 0
    md = page.get_by_test_id("stMarkdownContainer").first
    expect(md).to_contain_text('<img src=x onerror="window.pwned=1">')
    expect(md.locator("strong")).to_have_text("bold")
    assert page.locator("[data-testid=stMarkdown] img").count() == 1  # only the allow_html one, sanitized
    assert page.locator("[data-testid=stMarkdown] img").get_attribute("onerror") is None
    expect(page.get_by_role("button", name='<img src=x onerror="window.pwned=1">')).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("<script>")


def test_key_class_and_widget_commit_rules(fixture: Page) -> None:
    page = fixture
    apply(page, 1, [
        {"op": "add", "node": node("$$ID-t-my key!", "text_input", 0, key=" my key! ", **widget(label="T", value="", placeholder="", max_chars=None, input_type="default"))},
        {"op": "add", "node": node("$$ID-a-None", "text_area", 1, **widget(label="A", value="", placeholder="", max_chars=None, height=None))},
        {"op": "add", "node": node("$$ID-c-None", "checkbox", 2, **widget(label="C", value=False, style="checkbox"))},
        {"op": "add", "node": node("$$ID-s-None", "slider", 3, **widget(label="S", value=[5], min=0, max=10, step=1, data_type="int", display=["5"], format=None, options=[]))},
    ])
    expect(page.locator(".st-key-my-key-")).to_have_count(1)
    page.get_by_label("T").fill("abc")
    assert page.evaluate("window.sent") == []  # not yet: Enter or blur commits
    page.get_by_label("T").press("Enter")
    page.get_by_label("A").fill("line")
    page.get_by_label("A").press("Enter")  # a newline, not a commit
    page.get_by_label("A").press("Control+Enter")
    page.get_by_label("C").check()
    slider = page.get_by_role("slider", name="S")
    slider.focus()
    slider.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuetext", "6")
    sent = page.evaluate("window.sent")
    assert sent == [
        {"type": "set_value", "id": "$$ID-t-my key!", "value": "abc"},
        {"type": "set_value", "id": "$$ID-a-None", "value": "line\n"},
        {"type": "set_value", "id": "$$ID-c-None", "value": True},
        {"type": "set_value", "id": "$$ID-s-None", "value": [6]},
    ]


def test_form_stages_until_submit(fixture: Page) -> None:
    page = fixture
    apply(page, 1, [
        {"op": "add", "node": node("0.0", "form", 0, form_id="f", clear_on_submit=False, border=True, enter_to_submit=True)},
        {"op": "add", "node": node("$$ID-n-None", "text_input", 0, parent="0.0", **widget(label="N", value="", placeholder="", max_chars=None, input_type="default", form_id="f"))},
        {"op": "add", "node": node("$$ID-x-None", "checkbox", 1, parent="0.0", **widget(label="X", value=False, style="checkbox", form_id="f"))},
        {"op": "add", "node": node("$$ID-sub", "form_submit_button", 2, parent="0.0", **widget(label="Save", kind="secondary", form_id="f"))},
    ])
    page.get_by_label("N").fill("bob")
    page.get_by_label("X").check()
    page.get_by_role("button", name="Save").click()
    assert page.evaluate("window.sent") == [
        {"type": "submit", "id": "$$ID-sub", "form_id": "f", "values": {"$$ID-n-None": "bob", "$$ID-x-None": True}},
    ]
    expect(page.get_by_test_id("stForm").get_by_test_id("stTextInput")).to_have_count(1)
