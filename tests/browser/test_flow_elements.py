"""Containers and effects in the browser (issue 12, points 5-7): st.popover as a
floating panel, expander and tabs that rerun on change, the chat input pinned
to the bottom (inline in a container), write_stream growing as it streams,
toasts, balloons and snow."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from wasmlit.tooling.site.build import build_site

from .conftest import wait_idle, wait_ready

CONTAINERS = """
import streamlit as st

with st.popover("Settings", help="Open the settings"):
    compact = st.checkbox("Compact")
st.write(f"compact={compact}")
exp = st.expander("Details", key="details", on_change="rerun")
with exp:
    st.write("Inside")
tabs = st.tabs(["One", "Two", "Three"], key="tab", on_change="rerun", default="Two")
with tabs[2]:
    st.write("Third tab body")
st.write(f"open={exp.open} tab={st.session_state.tab}")
pop = st.popover("Lazy", key="lazy", on_change="rerun")
if pop.open:
    with pop:
        st.write("Computed only when open")
"""


def test_popover_is_a_floating_panel_with_streamlits_test_ids(open_app) -> None:
    page = open_app("containers", CONTAINERS)
    popover = page.get_by_test_id("stPopover").first
    button = popover.get_by_test_id("stPopoverButton")
    body = popover.get_by_test_id("stPopoverBody")
    expect(button).to_have_text(re.compile("Settings"))
    expect(body).to_be_hidden()
    button.click()
    expect(body).to_be_visible()
    assert body.evaluate("(el) => getComputedStyle(el).position") == "absolute"  # it floats over the page
    body.get_by_role("checkbox", name="Compact").check()
    expect(page.get_by_text("compact=True")).to_be_visible()
    page.mouse.click(5, 400)  # outside: it closes
    expect(body).to_be_hidden()


def test_expander_and_tabs_rerun_on_change_and_report_their_state(open_app) -> None:
    page = open_app("containers", CONTAINERS)
    expect(page.get_by_text("open=False tab=Two")).to_be_visible()
    expect(page.get_by_role("tab", name="Two")).to_have_attribute("aria-selected", "true")
    page.get_by_test_id("stExpander").locator("summary").click()
    expect(page.get_by_text("open=True tab=Two")).to_be_visible()
    page.get_by_role("tab", name="Three").click()
    expect(page.get_by_text("open=True tab=Three")).to_be_visible()
    expect(page.get_by_text("Third tab body")).to_be_visible()
    expect(page.get_by_test_id("stExpander")).to_have_class(re.compile("st-key-details"))
    lazy = page.get_by_test_id("stPopover").nth(1)
    expect(page.get_by_text("Computed only when open")).to_have_count(0)
    lazy.get_by_test_id("stPopoverButton").click()
    expect(lazy.get_by_text("Computed only when open")).to_be_visible()


CHAT = """
import streamlit as st
st.session_state.setdefault("log", [])
with st.sidebar:
    side = st.chat_input("Sidebar note", key="side")
prompt = st.chat_input("Say something")
if prompt:
    st.session_state.log.append(prompt)
for line in st.session_state.log:
    with st.chat_message("user"):
        st.write(line)
for i in range(40):
    st.write(f"Filler {i}")
"""


def test_a_top_level_chat_input_is_pinned_to_the_bottom(open_app) -> None:
    page = open_app("chat_bottom", CHAT)
    bottom = page.get_by_test_id("stBottom")
    expect(bottom).to_be_visible()
    box = bottom.get_by_test_id("stBottomBlockContainer").get_by_role("textbox", name="Say something")
    expect(box).to_be_in_viewport()  # the page is long, the input stays in view
    assert page.get_by_test_id("stMain").get_by_test_id("stMainBlockContainer").get_by_test_id("stChatInput").count() == 0
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stChatInput")).to_be_visible()  # inline in the sidebar
    box.fill("first")
    box.press("Enter")
    expect(page.get_by_test_id("stChatMessage")).to_have_count(1)
    box.fill("second")
    box.press("Enter")
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)
    expect(box).to_have_value("")
    page.mouse.wheel(0, 4000)
    expect(box).to_be_in_viewport()


STREAM = """
import time
import streamlit as st

if st.button("Stream"):
    def words():
        for word in ["one", "two", "three", "four", "five"]:
            time.sleep(0.3)
            yield word + " "
    text = st.write_stream(words)
    st.write(f"Returned: {text.strip()}")
"""


def test_write_stream_grows_on_the_page_as_it_streams(open_app) -> None:
    page = open_app("stream", STREAM)
    page.evaluate("""() => {
        window.__seen = new Set();
        new MutationObserver(() => {
            for (const p of document.querySelectorAll('[data-testid="stMarkdownContainer"] p')) window.__seen.add(p.textContent.trim());
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }""")
    page.get_by_role("button", name="Stream").click()
    expect(page.get_by_text("Returned: one two three four five")).to_be_visible(timeout=30_000)
    seen = page.evaluate("[...window.__seen]")
    assert {"one", "one two", "one two three", "one two three four"} <= set(seen), seen


EFFECTS = """
import streamlit as st
if st.button("Toast"):
    st.toast("Saved!", icon="💾", duration=1)
    st.toast("Stays", duration="infinite")
if st.button("Balloons"):
    st.balloons()
if st.button("Snow"):
    st.snow()
st.write("end")
"""


def test_toasts_balloons_and_snow(open_app) -> None:
    page = open_app("effects", EFFECTS)
    page.get_by_role("button", name="Toast").click()
    container = page.get_by_test_id("stToastContainer")
    expect(container.get_by_test_id("stToast")).to_have_count(2)
    expect(container.get_by_test_id("stToast").filter(has_text="Saved!")).to_be_hidden(timeout=10_000)  # after 1 s
    stays = container.get_by_test_id("stToast").filter(has_text="Stays")
    wait_idle(page)
    page.keyboard.press("r")  # a rerun that draws no toast: the infinite one stays until closed
    wait_idle(page)
    expect(stays).to_be_visible()
    stays.get_by_role("button", name="Close").click()
    expect(stays).to_be_hidden()
    page.get_by_role("button", name="Balloons").click()
    balloons = page.get_by_test_id("stBalloons")
    expect(balloons.locator(".wl-balloon").first).to_be_attached()
    assert balloons.evaluate("(el) => getComputedStyle(el).position") == "fixed"
    expect(balloons.locator(".wl-balloon")).to_have_count(0, timeout=10_000)  # gone once they have flown
    page.get_by_role("button", name="Snow").click()
    expect(page.get_by_test_id("stSnow").locator(".wl-flake").first).to_be_attached()


HELP = '''
import streamlit as st
class Dog:
    """A good dog."""
    legs = 4
    def bark(self, times: int = 1) -> str:
        """Bark some times."""
        return "woof" * times
fido = Dog()
st.help(fido)
'''


def test_help_as_streamlit_draws_it(open_app) -> None:
    page = open_app("help_box", HELP)
    box = page.get_by_test_id("stHelp")
    # The argument's own text names it, in the page as in AppTest (the runtime's frames are told
    # apart by their code's file names, which in the site are not the zip the modules load from).
    expect(box.get_by_test_id("stHelpName")).to_have_text("fido")
    expect(box.get_by_test_id("stHelpType")).to_have_text("Dog")
    expect(box.get_by_test_id("stHelpValue")).to_have_text("__main__.Dog()")
    expect(box.get_by_test_id("stHelpDoc")).to_have_text("A good dog.")
    members = box.get_by_test_id("stHelpMembersTable").get_by_test_id("stHelpMember")
    expect(members).to_have_count(2)
    expect(members.nth(0)).to_contain_text("legs")
    expect(members.nth(0).get_by_test_id("stHelpMemberDocValue")).to_have_text("4")
    expect(members.nth(1).get_by_test_id("stHelpMemberDocString")).to_have_text("Bark some times.")


STEPS = """
import streamlit as st
with st.expander("Search the web", type="step", expanded=True):
    st.write("Found 3 results")
with st.expander("Read pages", type="step", icon=":material/description:"):
    st.write("Read")
with st.status("Checking", type="step", state="error"):
    st.write("Failed")
with st.expander("Answer", type="step"):
    pass
st.write("after")
with st.expander("Thoughts", type="compact"):
    st.write("hmm")
"""


def test_step_expanders_draw_a_timeline(open_app) -> None:
    page = open_app("steps", STEPS)
    steps = page.get_by_test_id("stExpander").filter(has=page.get_by_test_id("stExpanderStepIcon"))
    expect(steps).to_have_count(4)
    icons = page.get_by_test_id("stExpanderStepIcon")
    # 1.67's icons: a muted circle, the expander's own icon, a status's state.
    expect(icons.nth(0)).to_have_attribute("data-tone", "muted")
    expect(icons.nth(0)).to_have_text("circle")
    expect(icons.nth(1)).to_have_text("description")
    expect(icons.nth(2)).to_have_text("error")
    expect(icons.nth(2)).to_have_attribute("data-tone", "error")
    # The line runs on from a step to the next one, and stops at a step with no content.
    connectors = page.get_by_test_id("stExpanderStepConnector")
    expect(connectors).to_have_count(4)
    first, last = connectors.nth(0).bounding_box(), connectors.nth(3).bounding_box()
    second_icon = icons.nth(1).bounding_box()
    assert first and second_icon and first["y"] + first["height"] >= second_icon["y"]
    expect(connectors.nth(3)).to_be_hidden()
    assert last is None
    # The chevron stands in for the icon under the pointer; a click opens the step.
    read = steps.nth(1)
    read.get_by_text("Read pages").hover()
    expect(read.get_by_test_id("stExpanderStepChevron")).to_be_visible()
    expect(read.get_by_test_id("stExpanderStepChevron")).to_have_text("keyboard_arrow_right")
    read.get_by_text("Read pages").click()
    expect(read.get_by_text("Read", exact=True)).to_be_visible()
    expect(read.get_by_test_id("stExpanderStepChevron")).to_have_text("keyboard_arrow_down")
    # A compact expander has its chevron after the label.
    compact = page.get_by_test_id("stExpander").filter(has_text="Thoughts")
    label = compact.get_by_text("Thoughts").bounding_box()
    toggle = compact.get_by_test_id("stExpanderToggleIcon").bounding_box()
    assert label and toggle and toggle["x"] > label["x"]


MANY_TABS = """
import streamlit as st
tabs = st.tabs([f"A rather long tab title {i}" for i in range(12)])
tabs[0].write("first")
"""


def test_tabs_that_do_not_fit_scroll_with_1_67s_buttons(open_app) -> None:
    page = open_app("many_tabs", MANY_TABS)
    left, right = page.get_by_test_id("stTabsScrollLeft"), page.get_by_test_id("stTabsScrollRight")
    expect(page.get_by_text("first")).to_be_visible()
    expect(left).to_be_hidden()
    expect(right).to_be_visible()
    expect(right).to_have_attribute("aria-label", "Scroll tabs right")
    right.click()
    expect(left).to_be_visible()
    page.wait_for_function("() => document.querySelector('[role=tablist]').scrollLeft >= 199")
    left.click()
    page.wait_for_function("() => document.querySelector('[role=tablist]').scrollLeft === 0")
    expect(left).to_be_hidden()
    expect(right).to_be_visible()


SCROLLING = """
import streamlit as st
plain = st.container(height=120, key="plain")
plain.write("no chat here")
chat = st.container(height=120, key="chat")
if st.button("Add message"):
    chat.chat_message("user").write("hello")
    chat.chat_message("assistant").write("hi there")
st.columns(2)
st.columns(3, gap="XSmall")
st.columns(2, gap=None)
st.columns(2, gap=20)
"""


def test_blocks_say_how_they_scroll_and_wrap_as_1_67_marks_them(open_app) -> None:
    """Every block carries 1.67's data-test-scroll-behavior / data-test-wrap; a fixed-height
    container becomes "scroll-to-bottom" once it holds a chat message (and keeps to its bottom)."""
    page = open_app("scrolling", SCROLLING)
    plain = page.locator(".st-key-plain [data-testid=stVerticalBlock]").first
    chat = page.locator(".st-key-chat [data-testid=stVerticalBlock]").first
    expect(plain).to_have_attribute("data-test-scroll-behavior", "normal")
    expect(plain).to_have_attribute("data-test-wrap", "false")
    expect(chat).to_have_attribute("data-test-scroll-behavior", "normal")
    rows = page.get_by_test_id("stHorizontalBlock")
    expect(rows).to_have_count(4)
    expect(rows.first).to_have_attribute("data-test-wrap", "true")
    # 1.67's gaps: "small" 1rem, "xsmall" 0.5rem (in any case), None none, an int in pixels.
    for row, gap in zip(rows.all(), ["16px", "8px", "0px", "20px"], strict=True):
        expect(row).to_have_css("column-gap", gap)
    expect(page.locator("[data-testid=stMain] [data-testid=stVerticalBlock]").first).to_have_attribute(
        "data-test-scroll-behavior", "normal")
    page.get_by_role("button", name="Add message").click()
    wait_idle(page)
    expect(chat).to_have_attribute("data-test-scroll-behavior", "scroll-to-bottom")
    expect(chat).to_have_css("overflow-y", "auto")


EMPTY_CONTAINERS = """
import streamlit as st
slot = st.container()
st.container(border=True)
st.container(height=120)
if st.button("Fill"):
    slot.write("Filled now")
st.write("Below")
"""


def test_an_empty_plain_container_takes_no_place_until_it_holds_something(open_app) -> None:
    """1.67 draws a container without a border or a fixed height only while it holds something
    (allow_empty): no blank row and no gap; bordered and fixed-height ones are drawn empty."""
    page = open_app("empty_containers", EMPTY_CONTAINERS)
    wrappers = page.get_by_test_id("stMain").get_by_test_id("stLayoutWrapper")
    expect(wrappers).to_have_count(3)
    assert [w.is_visible() for w in wrappers.all()] == [False, True, True]
    page.get_by_role("button", name="Fill").click()
    expect(page.get_by_text("Filled now")).to_be_visible()
    assert wrappers.first.is_visible()


def test_a_toast_of_the_first_run_shows_once_python_runs_it(page: Page, site_root: Path, server, tmp_path: Path) -> None:
    """The prerendered first paint leaves toasts out: the live run shows them, for their whole duration."""
    script = tmp_path / "toasting" / "app.py"
    script.parent.mkdir()
    script.write_text('import streamlit as st\nst.toast("Welcome back", icon="🐶")\nst.write("Page")\n', encoding="utf-8")
    site = build_site(script, site_root / "first_toast", prerender=True)
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Page" in html and "Welcome back" not in html  # the first paint has the page, not the toast
    page.goto(f"{server.url}first_toast/")
    wait_ready(page)
    expect(page.get_by_test_id("stToast")).to_have_count(1)
    expect(page.get_by_test_id("stToast")).to_contain_text("Welcome back")
