"""Element ids are delta paths ("0.3"), so one id can hold an element in one
run and a block in the next (or another kind of block). Nothing the page
shows may get lost when that happens, and one block that cannot be put in
order never keeps the others from it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import wait_idle
from .test_renderer import apply, fixture, node, widget  # noqa: F401 (fixture: the renderer-only page)

SHOW_APP = """
import streamlit as st
if st.button("show"):
    st.write("hi")
st.write("x")
with st.expander("e", expanded=True):
    st.write("inside")
st.write("END")
"""

LAYOUTS_APP = """
import streamlit as st
mode = st.radio("Layout", ["expander", "container", "columns", "text"], horizontal=True)
if mode == "expander":
    with st.expander("box", expanded=True):
        st.write("one")
        with st.container(border=True):
            st.write("deep")
elif mode == "container":
    with st.container(border=True):
        st.write("one")
        with st.expander("inner", expanded=True):
            st.write("deep")
elif mode == "columns":
    left, right = st.columns(2)
    left.write("one")
    with right:
        with st.container():
            st.write("deep")
else:
    st.write("one")
    st.write("deep")
st.write("END")
"""

FLATTEN_THEN_RERUN_APP = """
import streamlit as st
st.session_state.setdefault("flat", False)
if st.button("flatten"):
    st.session_state.flat = True
if st.session_state.flat:
    st.write("flat")
    st.session_state.flat = False
    st.rerun()
with st.expander("e", expanded=True):
    st.write("inside")
st.write("END")
"""


def texts(page: Page):
    """Every st.write text of the main area, in page order."""
    return page.locator("[data-testid=stMain] [data-testid=stMarkdown]")


def watch_console(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return errors


def expect_all_visible(page: Page, expected: list[str]) -> None:
    expect(texts(page)).to_have_text(expected)
    for text in expected:
        expect(texts(page).get_by_text(text, exact=True)).to_be_visible()


def test_element_and_block_swapping_ids_lose_nothing(open_app) -> None:
    """The reported bug: clicking "show" moves "x" onto the expander's id and the
    expander onto "END"'s; "inside" and "END" must stay on the page."""
    page = open_app("type_swap_show", SHOW_APP)
    errors = watch_console(page)
    expect_all_visible(page, ["x", "inside", "END"])
    page.get_by_role("button", name="show").click()
    wait_idle(page)
    expect_all_visible(page, ["hi", "x", "inside", "END"])
    page.get_by_role("button", name="show").click()
    wait_idle(page)
    expect_all_visible(page, ["hi", "x", "inside", "END"])
    page.keyboard.press("r")  # a rerun without the click: back to the first layout
    wait_idle(page)
    expect_all_visible(page, ["x", "inside", "END"])
    page.get_by_role("button", name="show").click()
    wait_idle(page)
    expect_all_visible(page, ["hi", "x", "inside", "END"])
    assert [e for e in errors if "wasmlit" in e] == []


@pytest.mark.parametrize("sequence", [
    ["container", "columns", "text", "columns", "expander", "text", "container", "expander"],
])
def test_blocks_changing_kind_and_nesting_lose_nothing(open_app, sequence: list[str]) -> None:
    """Block -> another kind of block (children kept), element -> block,
    block -> element (its nested blocks dropped), and back."""
    page = open_app("type_swap_layouts", LAYOUTS_APP)
    errors = watch_console(page)
    counts = {
        "expander": {"stExpander": 1, "stColumn": 0},
        "container": {"stExpander": 1, "stColumn": 0},
        "columns": {"stExpander": 0, "stColumn": 2},
        "text": {"stExpander": 0, "stColumn": 0},
    }
    group = page.get_by_role("radiogroup", name="Layout")
    expect_all_visible(page, ["one", "deep", "END"])
    for mode in sequence:
        group.get_by_role("radio", name=mode).check()
        wait_idle(page)
        expect_all_visible(page, ["one", "deep", "END"])
        for testid, count in counts[mode].items():
            expect(page.get_by_test_id(testid)).to_have_count(count)
    assert [e for e in errors if "wasmlit" in e] == []


def test_block_back_after_an_early_ended_run_keeps_its_children(open_app) -> None:
    """The expander's id holds an element in a run that ends with st.rerun()
    (which removes nothing): Python still counts the expander's children as
    on the page, and does not resend them when the expander comes back."""
    page = open_app("type_swap_flatten", FLATTEN_THEN_RERUN_APP)
    errors = watch_console(page)
    expect_all_visible(page, ["inside", "END"])
    page.get_by_role("button", name="flatten").click()
    wait_idle(page)
    expect_all_visible(page, ["inside", "END"])
    page.get_by_role("button", name="flatten").click()
    wait_idle(page)
    expect_all_visible(page, ["inside", "END"])
    assert [e for e in errors if "wasmlit" in e] == []


def test_a_block_that_cannot_be_ordered_does_not_stop_the_others(fixture: Page) -> None:  # noqa: F811
    """When putting one block's children in order fails, that is logged and
    every other block of the batch is still put in order."""
    page = fixture
    errors = watch_console(page)
    apply(page, 1, [
        {"op": "add", "node": node("0.0", "tabs", 0, labels=["A"])},
        {"op": "add", "node": node("0.0.0", "tab", 0, parent="0.0", label="A")},
        {"op": "add", "node": node("0.1", "text", 1, body="b")},
    ])
    page.evaluate("() => { R.recs.get('0.0').view.childrenChanged = () => { throw new Error('boom'); }; }")
    apply(page, 2, [
        {"op": "add", "node": node("0.0.1", "tab", 1, parent="0.0", label="B")},  # the tabs block goes first
        {"op": "add", "node": node("0.2", "text", 2, body="c")},
    ])
    expect(page.locator("#main > [data-testid=stElementContainer]")).to_have_text(["b", "c"])
    assert any("could not put the children of" in e for e in errors)


def test_a_child_placed_under_an_element_is_refused_alone(fixture: Page) -> None:  # noqa: F811
    """Malformed ops (a child whose parent is an element) fail one by one,
    logged; the rest of the batch is drawn."""
    page = fixture
    errors = watch_console(page)
    apply(page, 1, [{"op": "add", "node": node("0.0", "text", 0, body="a")}, {"op": "add", "node": node("0.1", "text", 1, body="b")}])
    apply(page, 2, [
        {"op": "add", "node": node("0.1.0", "text", 0, parent="0.1", body="orphan")},
        {"op": "add", "node": node("0.2", "text", 2, body="c")},
    ])
    expect(page.locator("#main > [data-testid=stElementContainer]")).to_have_text(["a", "b", "c"])
    assert any("could not apply delta" in e for e in errors)


def test_renderer_swaps_element_and_block_at_one_id(fixture: Page) -> None:  # noqa: F811
    """The reported sequence as ops: "0.2" goes block -> element and "0.3"
    element -> block in one batch; every node ends up placed, in order."""
    page = fixture
    errors = watch_console(page)
    md = dict(allow_html=False, variant="markdown")
    apply(page, 1, [
        {"op": "add", "node": node("0.1", "markdown", 1, body="x", **md)},
        {"op": "add", "node": node("0.2", "expander", 2, label="e", expanded=True, icon=None)},
        {"op": "add", "node": node("0.2.0", "markdown", 0, parent="0.2", body="inside", **md)},
        {"op": "add", "node": node("0.3", "markdown", 3, body="END", **md)},
    ])
    apply(page, 2, [
        {"op": "update", "node": node("0.1", "markdown", 1, body="hi", **md)},
        {"op": "update", "node": node("0.2", "markdown", 2, body="x", **md)},
        {"op": "update", "node": node("0.3", "expander", 3, label="e", expanded=True, icon=None)},
        {"op": "add", "node": node("0.3.0", "markdown", 0, parent="0.3", body="inside", **md)},
        {"op": "add", "node": node("0.4", "markdown", 4, body="END", **md)},
        {"op": "remove", "id": "0.2.0"},
    ])
    expect(page.locator("#main [data-testid=stMarkdown]")).to_have_text(["hi", "x", "inside", "END"])
    assert errors == []


def test_children_wait_out_of_the_page_while_their_block_is_an_element(fixture: Page) -> None:  # noqa: F811
    """Ops only: a block's children leave the page while its id holds an
    element, come back with the block (not resent), and go for good when
    Python removes them."""
    page = fixture
    errors = watch_console(page)
    main = page.locator("#main")
    apply(page, 1, [
        {"op": "add", "node": node("0.0", "expander", 0, label="e", expanded=True, icon=None)},
        {"op": "add", "node": node("0.0.0", "text", 0, parent="0.0", body="inside")},
        {"op": "add", "node": node("0.1", "text", 1, body="END")},
    ])
    apply(page, 2, [{"op": "update", "node": node("0.0", "text", 0, body="flat")}])  # a run that removes nothing
    expect(main.get_by_test_id("stText")).to_have_text(["flat", "END"])
    apply(page, 3, [{"op": "update", "node": node("0.0", "expander", 0, label="e", expanded=True, icon=None)}])
    expect(main.get_by_test_id("stText")).to_have_text(["inside", "END"])
    expect(main.get_by_test_id("stExpander").get_by_test_id("stText")).to_have_text("inside")
    apply(page, 4, [{"op": "update", "node": node("0.0", "text", 0, body="flat")}, {"op": "remove", "id": "0.0.0"}])
    apply(page, 5, [{"op": "update", "node": node("0.0", "expander", 0, label="e", expanded=True, icon=None)}])
    expect(main.get_by_test_id("stText")).to_have_text(["END"])
    expect(main.get_by_test_id("stExpander")).to_have_count(1)
    assert errors == []


def test_a_widget_leaves_a_block_that_becomes_an_element(fixture: Page) -> None:  # noqa: F811
    """In one batch a block turns into an element and the widget it held moves
    out to the main block: the widget (its DOM node) is placed, nothing is logged."""
    page = fixture
    errors = watch_console(page)
    name = node("$$ID-w-None", "text_input", 0, parent="0.0", **widget(label="Name", value="", placeholder="", max_chars=None, input_type="default"))
    apply(page, 1, [
        {"op": "add", "node": node("0.0", "expander", 0, label="e", expanded=True, icon=None)},
        {"op": "add", "node": name},
        {"op": "add", "node": node("0.1", "text", 1, body="END")},
    ])
    handle = page.get_by_label("Name").element_handle()
    apply(page, 2, [
        {"op": "update", "node": node("0.0", "text", 0, body="flat")},
        {"op": "update", "node": {**name, "parent": "0", "index": 1}},
        {"op": "update", "node": node("0.1", "text", 2, body="END")},
    ])
    order = page.locator("#main > [data-testid=stElementContainer]").evaluate_all(
        "els => els.map(e => e.querySelector('input') ? 'input' : e.textContent.trim())")
    assert order == ["flat", "input", "END"]
    assert page.evaluate("(el) => el.isConnected", handle)
    assert errors == []
