"""Forms' Enter hint and clear_on_submit, the main menu's clear-cache dialog
and the hotkeys, expander identity, st.status's icon and toasts across reruns,
as Streamlit 1.67 does them."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import BOOT_TIMEOUT_MS, wait_idle, wait_ready

FORMS_APP = """
import streamlit as st

with st.form("plain"):
    a = st.text_input("A")
    if st.form_submit_button("Send A"):
        st.write(f"sent A={a}")
with st.form("no_enter", enter_to_submit=False):
    b = st.text_input("B")
    if st.form_submit_button("Send B"):
        st.write("sent B")
with st.form("first_disabled"):
    c = st.text_input("C")
    first = st.form_submit_button("Send C", disabled=True)
    second = st.form_submit_button("Send C too")
    if first or second:
        st.write("sent C")
with st.form("clearing", clear_on_submit=True):
    d = st.text_input("D", value="start")
    n = st.number_input("N", value=1)
    if st.form_submit_button("Send D"):
        st.write(f"sent D={d}; N={n}")
st.write(f"outside: D={d}; N={n}")
"""


def test_enter_hint_only_when_enter_submits_and_clear_on_submit_shows_defaults(open_app) -> None:
    page = open_app("forms_enter", FORMS_APP)
    forms = page.get_by_test_id("stForm")
    a = page.get_by_label("A", exact=True)
    a.fill("hi")
    expect(forms.nth(0).get_by_test_id("InputInstructions")).to_have_text("Press Enter to submit form")
    a.press("Enter")
    expect(page.get_by_text("sent A=hi")).to_be_visible()
    # enter_to_submit=False: no hint, and Enter does not submit.
    b = page.get_by_label("B", exact=True)
    b.fill("x")
    expect(forms.nth(1).get_by_test_id("InputInstructions")).to_have_text("")
    b.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("sent B")).to_have_count(0)
    # The first submit button is disabled: no hint, and Enter does not submit.
    c = page.get_by_label("C", exact=True)
    c.fill("y")
    expect(forms.nth(2).get_by_test_id("InputInstructions")).to_have_text("")
    c.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("sent C")).to_have_count(0)
    # The hint exists only while the field has focus.
    c.blur()
    expect(forms.nth(2).get_by_test_id("InputInstructions")).to_have_count(0)
    # clear_on_submit: the submitted values reach the script, the fields show
    # their defaults at once, and the next submit applies those defaults.
    page.get_by_label("D", exact=True).fill("typed")
    page.get_by_label("N", exact=True).fill("5")
    page.get_by_role("button", name="Send D").click()
    expect(page.get_by_text("sent D=typed; N=5")).to_be_visible()
    expect(page.get_by_label("D", exact=True)).to_have_value("start")
    expect(page.get_by_label("N", exact=True)).to_have_value("1")
    expect(page.get_by_text(re.compile("^outside:"))).to_have_text("outside: D=typed; N=5")
    page.get_by_role("button", name="Send D").click()
    expect(page.get_by_text("sent D=start; N=1")).to_be_visible()
    wait_idle(page)


MENU_APP = """
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
st.text_input("Field")
st.text_area("Area")
st.text_area("Sized", height=100)
st.write(f"Runs: {st.session_state.runs}")
"""


def test_clear_cache_dialog_text_and_hotkeys_off_while_typing(open_app) -> None:
    page = open_app("menu_hotkeys", MENU_APP)
    # 1.67's text_area height is the widget's, label included: 100 px, of which the box takes 72.
    sized = page.get_by_test_id("stTextArea").filter(has_text="Sized")
    assert sized.bounding_box()["height"] == 100
    assert sized.get_by_test_id("stTextAreaRootElement").bounding_box()["height"] == 72
    runs = page.get_by_text(re.compile("^Runs:"))
    expect(runs).to_have_text("Runs: 1")
    page.keyboard.press("c")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_have_text(
        "Clear cachesAre you sure you want to clear the app's function caches? "
        "This will remove all cached entries from functions using "
        "@st.cache_data and @st.cache_resource.CancelClear caches")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    # r and c do nothing while the focus is in an input, a text area or editable
    # content (leaving a field commits what was typed there: one run each).
    page.evaluate("""() => { const d = document.createElement('div'); d.contentEditable = 'true';
        d.id = 'editable'; d.textContent = 'edit me'; document.body.append(d); }""")
    for count, target in enumerate((page.get_by_label("Field"), page.get_by_label("Area"), page.locator("#editable")), 1):
        target.click()
        page.keyboard.press("r")
        page.keyboard.press("c")
        wait_idle(page)
        expect(page.get_by_role("dialog")).to_have_count(0)
        expect(runs).to_have_text(f"Runs: {count}")
    page.get_by_test_id("stApp").click(position={"x": 0, "y": 0})
    page.keyboard.press("r")
    expect(runs).to_have_text("Runs: 4")


CONTAINERS_APP = """
import streamlit as st

st.toast("Hello toast", duration=6)  # first: its place (its identity) stays the same

b0 = st.button("b0")
b1 = st.button("b1")
if b0:
    with st.expander("first expander"):
        st.write("first body")
if b1:
    with st.expander("second expander"):
        st.write("second body")
running = st.status("Working", expanded=True)
running.write("busy")
with st.status("Done", state="complete"):
    st.write("ok")
"""


def test_expander_identity_status_icons_and_toasts_across_a_rerun(open_app) -> None:
    page = open_app("chrome_containers", CONTAINERS_APP)
    page.get_by_role("button", name="b0").click()
    expander = page.get_by_test_id("stExpander").filter(has_text="first expander")
    expander.locator("summary").click()
    expect(expander.get_by_text("first body")).to_be_visible()
    page.get_by_role("button", name="b1").click()
    second = page.get_by_test_id("stExpander").filter(has_text="second expander")
    expect(second).to_be_visible()
    # A different expander at the same place starts closed, as it was drawn.
    expect(second.get_by_text("second body")).to_be_hidden()
    # A running status shows the spinner; a complete one the check mark.
    expect(page.get_by_test_id("stExpanderIconSpinner")).to_be_visible()
    expect(page.get_by_test_id("stExpanderIconCheck")).to_be_visible()
    # 1.67: the state icon stands in the chevron's place; under the pointer the chevron takes it back.
    done = page.get_by_test_id("stExpander").filter(has=page.get_by_test_id("stExpanderIconCheck"))
    expect(done.get_by_test_id("stExpanderToggleIcon")).to_be_hidden()
    done.locator("summary").hover()
    expect(done.get_by_test_id("stExpanderToggleIcon")).to_be_visible()
    expect(done.get_by_test_id("stExpanderIconCheck")).to_be_hidden()
    # Toasts: one region, each toast for its duration; a rerun shows it again.
    toast = page.get_by_test_id("stToast")
    expect(toast).to_have_count(1)
    expect(toast).to_contain_text("Hello toast")
    expect(page.get_by_test_id("stToastContainer")).to_have_attribute("aria-label", "Notifications")
    toast.get_by_role("button", name="Close").click()
    expect(toast).to_have_count(0)
    page.get_by_test_id("stApp").click(position={"x": 0, "y": 0})
    page.keyboard.press("r")
    expect(toast).to_have_count(1)
    wait_idle(page)


TOAST_THEN_DIALOG = """
import streamlit as st
st.toast("Saved!", duration=1)
@st.dialog("Edit item")
def edit():
    st.text_input("Name")
if st.button("Open dialog"):
    edit()
"""


def test_a_dialog_opens_after_a_toast_has_gone(open_app) -> None:
    # The page's toast region is also where dialogs are drawn: a toast that goes must not take it along.
    page = open_app("toast_then_dialog", TOAST_THEN_DIALOG)
    expect(page.get_by_test_id("stToast")).to_have_count(1)
    expect(page.get_by_test_id("stToast")).to_have_count(0, timeout=10_000)
    expect(page.get_by_role("region", name="Notifications")).to_have_count(0)  # no empty landmark
    page.get_by_role("button", name="Open dialog").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("textbox", name="Name")).to_be_visible()


SIDEBAR_APP = """
import streamlit as st
with st.sidebar:
    points = st.slider("Points", 1, 10, 5)
st.title("Main")
st.write(f"points={points}")
"""

COLLAPSED_SIDEBAR_APP = """
import streamlit as st
st.set_page_config(initial_sidebar_state="collapsed")
st.sidebar.write("Hidden at first")
st.write("main")
"""


def test_sidebar_collapses_and_expands_and_remembers_the_choice(open_app) -> None:
    page = open_app("sidebar_toggle", SIDEBAR_APP)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_test_id("stExpandSidebarButton")).to_be_hidden()
    sidebar.hover()  # the collapse button shows while the pointer is over the sidebar
    page.get_by_test_id("stSidebarCollapseButton").get_by_role("button", name="Collapse sidebar").click()
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    expect(page.get_by_role("slider", name="Points")).to_be_hidden()
    # The choice is kept: the next visit starts collapsed.
    page.reload()
    wait_ready(page)
    expect(page.get_by_text("points=5")).to_be_visible()
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    page.get_by_test_id("stSidebarCollapsedControl").get_by_role("button", name="Expand sidebar").click()
    expect(sidebar).to_have_attribute("aria-expanded", "true")
    slider = page.get_by_role("slider", name="Points")
    slider.focus()
    slider.press("ArrowRight")
    expect(page.get_by_text("points=6")).to_be_visible()
    # The keyboard's first stop is 1.67's "Skip to main content", which focuses the content.
    page.reload()
    wait_ready(page)
    page.keyboard.press("Tab")
    skip = page.get_by_test_id("stSkipToContent")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Skip to main content")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stMain")).to_be_focused()
    assert "#" not in page.url


def test_the_sidebar_resizes_by_its_handle_within_1_67s_bounds_and_keeps_the_width(open_app) -> None:
    page = open_app("sidebar_toggle", SIDEBAR_APP)
    sidebar = page.get_by_test_id("stSidebar")
    width = lambda: sidebar.bounding_box()["width"]  # noqa: E731
    assert abs(width() - 300) <= 1  # 18.75rem
    handle = sidebar.get_by_test_id("stSidebarResizeHandle")

    def drag_to(x: float) -> None:
        box = handle.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 200)
        page.mouse.down()
        page.mouse.move(x, box["y"] + 220, steps=6)
        page.mouse.up()

    drag_to(420)
    page.wait_for_function("s => Math.abs(s.getBoundingClientRect().width - 420) <= 2", arg=sidebar.element_handle())
    drag_to(1000)  # at most 600 px
    page.wait_for_function("s => Math.abs(s.getBoundingClientRect().width - 600) <= 1", arg=sidebar.element_handle())
    drag_to(50)  # at least 200 px
    page.wait_for_function("s => Math.abs(s.getBoundingClientRect().width - 200) <= 1", arg=sidebar.element_handle())
    # Kept for the next visit; a double click goes back to the app's width.
    page.reload()
    wait_ready(page)
    page.wait_for_function("s => Math.abs(s.getBoundingClientRect().width - 200) <= 1", arg=sidebar.element_handle())
    handle.dblclick()
    page.wait_for_function("s => Math.abs(s.getBoundingClientRect().width - 300) <= 1", arg=sidebar.element_handle())
    expect(page.get_by_role("slider", name="Points")).to_be_visible()


LATE_SIDEBAR_APP = """
import streamlit as st
if st.button("Open the sidebar"):
    st.sidebar.write("Here now")
"""


def test_a_sidebar_that_shows_later_gets_its_resize_handle_then(open_app) -> None:
    page = open_app("sidebar_late", LATE_SIDEBAR_APP)
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    page.wait_for_timeout(300)
    expect(page.get_by_test_id("stSidebarResizeHandle")).to_have_count(0)  # not loaded for a page without one
    page.get_by_role("button", name="Open the sidebar").click()
    expect(page.get_by_test_id("stSidebar").get_by_text("Here now")).to_be_visible()
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stSidebarResizeHandle")).to_have_count(1)


def test_initial_sidebar_state_and_a_narrow_screen(open_app) -> None:
    page = open_app("sidebar_collapsed", COLLAPSED_SIDEBAR_APP)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    expect(page.get_by_text("Hidden at first")).to_be_hidden()
    page.get_by_role("button", name="Expand sidebar").click()
    expect(page.get_by_text("Hidden at first")).to_be_visible()
    # A narrow screen: the sidebar covers the page, and a press beside it collapses it.
    page.set_viewport_size({"width": 500, "height": 700})
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    page.get_by_role("button", name="Expand sidebar").click()
    expect(page.get_by_text("Hidden at first")).to_be_visible()
    page.mouse.click(480, 400)
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    expect(page.get_by_role("button", name="Expand sidebar")).to_be_visible()


SYNTAX_ERROR = """
import streamlit as st
st.write("never drawn")
123 foo
"""


def test_a_script_that_does_not_compile_shows_streamlits_error_dialog(page, app_url) -> None:
    """1.67 runs nothing and opens its "Script execution error" modal with Python's report (the app
    never reaches "notRunning", so the page is opened without waiting for a run, as 1.67's e2e test does)."""
    page.goto(app_url("syntax_error", SYNTAX_ERROR))
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(dialog.get_by_role("heading")).to_have_text("Script execution error")
    expect(dialog.get_by_test_id("stCode")).to_contain_text("line 3")
    expect(dialog.get_by_test_id("stCode")).to_contain_text("123 foo")
    expect(dialog.get_by_test_id("stCode")).to_contain_text("SyntaxError: invalid syntax")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("never drawn")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "compilationError")
    dialog.get_by_test_id("stBaseButton-secondary").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
