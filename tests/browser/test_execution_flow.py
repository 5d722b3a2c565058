"""Fragments and dialogs in the browser (issue 12, points 3 and 4): a widget in
a fragment reruns only the fragment, the rest of the page stays as it is (the
same DOM nodes, never faded), run_every ticks through the page's queue; a
dialog is a real modal (focus moves in and stays, Escape and the close button
dismiss it) whose body reruns as a fragment."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import wait_idle

FRAGMENT = """
import time
import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("fragment_runs", 0)
st.session_state.app_runs += 1
st.title("Outside")
st.text_input("Notes", key="notes")
st.write(f"App ran {st.session_state.app_runs} times")

@st.fragment
def slow_fragment():
    st.session_state.fragment_runs += 1
    if st.button("Rerun fragment"):
        time.sleep(1.2)  # long enough for anything stale to fade
    st.write(f"Fragment ran {st.session_state.fragment_runs} times")

slow_fragment()

@st.fragment(run_every=0.5)
def ticker():
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.write(f"Ticks: {st.session_state.ticks}")

ticker()
"""

#: Marks the nodes outside the fragment and records every data-stale they take.
WATCH_OUTSIDE = """() => {
    const outside = [...document.querySelectorAll('[data-testid="stHeading"], [data-testid="stTextInput"]')]
        .map((el) => el.closest('[data-testid="stElementContainer"]'));
    outside.forEach((el, i) => { el.__marked = i; });
    window.__staleOutside = [];
    for (const el of outside) new MutationObserver(() => {
        if (el.getAttribute("data-stale") === "true") window.__staleOutside.push(el.__marked);
    }).observe(el, { attributes: true, attributeFilter: ["data-stale"] });
    window.__outside = outside;
}"""


def test_a_fragment_rerun_leaves_the_rest_of_the_page_alone(open_app) -> None:
    page = open_app("fragments", FRAGMENT)
    expect(page.get_by_text("App ran 1 times")).to_be_visible()
    page.get_by_label("Notes").fill("kept")
    page.get_by_label("Notes").press("Enter")
    expect(page.get_by_text("App ran 2 times")).to_be_visible()
    page.evaluate(WATCH_OUTSIDE)
    page.get_by_role("button", name="Rerun fragment").click()
    expect(page.get_by_text("Fragment ran 3 times")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Rerun fragment").click()
    expect(page.get_by_text("Fragment ran 4 times")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.get_by_text("App ran 2 times")).to_be_visible()  # the app did not rerun
    expect(page.get_by_label("Notes")).to_have_value("kept")
    # The same DOM nodes outside (no flicker, no re-creation), never faded.
    still = page.evaluate("""() => window.__outside.every((el) => el.isConnected
        && el === [...document.querySelectorAll('[data-testid="stElementContainer"]')].find((e) => e.__marked === el.__marked))""")
    assert still is True
    assert page.evaluate("window.__staleOutside") == []


SLOW_SCRIPT_WITH_A_TIMER = """
import time
import streamlit as st

st.session_state.setdefault("started", 0)
st.session_state.setdefault("finished", 0)
st.session_state.started += 1
st.checkbox("Slow part")
time.sleep(1.0)
st.session_state.finished += 1
st.write(f"Started {st.session_state.started}, finished {st.session_state.finished}")

@st.fragment(run_every=0.2)
def ticker():
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.write(f"Ticks: {st.session_state.ticks}")

ticker()

@st.fragment
def poker():
    st.session_state.setdefault("pokes", 0)
    if st.button("Poke"):
        st.session_state.pokes += 1
    st.write(f"Pokes: {st.session_state.pokes}")

poker()
"""


def test_a_fragments_timer_never_cuts_a_running_script_short(open_app) -> None:
    """As in Streamlit 1.67, a fragment's rerun waits for a running script instead of preempting it:
    a timer faster than the script must not restart it (a widget's own change still would)."""
    page = open_app("slow_script_timer", SLOW_SCRIPT_WITH_A_TIMER)
    expect(page.get_by_text("Started 1, finished 1")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Ticks: ([3-9]|\d\d)"))).to_be_visible()
    page.get_by_text("Slow part").click()  # a value change: its run may be superseded, but not by a timer
    expect(page.get_by_text("Started 2, finished 2")).to_be_visible(timeout=20_000)
    ticks = page.get_by_text(re.compile(r"Ticks: \d+"))
    before = int(ticks.inner_text().split()[-1])
    page.wait_for_timeout(1000)
    assert int(ticks.inner_text().split()[-1]) > before  # the timer goes on
    expect(page.get_by_text("Started 2, finished 2")).to_be_visible()
    wait_idle(page)


def test_a_click_in_a_fragment_never_cuts_a_running_script_short(open_app) -> None:
    """Streamlit 1.67 queues a fragment's rerun behind a running script whatever started it: a
    click on a fragment's button during a full run lets that run finish, then reruns the fragment."""
    page = open_app("slow_script_timer", SLOW_SCRIPT_WITH_A_TIMER)
    expect(page.get_by_text("Started 1, finished 1")).to_be_visible()
    wait_idle(page)
    page.get_by_text("Slow part").click()  # a full run of a second or more
    expect(page.get_by_test_id("stStatusWidget")).to_be_visible()
    page.get_by_role("button", name="Poke").click()
    expect(page.get_by_text("Pokes: 1")).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Started 2, finished 2")).to_be_visible()  # the full run was not restarted
    wait_idle(page)
    expect(page.get_by_text("Started 2, finished 2")).to_be_visible()


def test_run_every_ticks_while_the_user_types(open_app) -> None:
    page = open_app("fragments", FRAGMENT)
    first = int(re.search(r"Ticks: (\d+)", page.get_by_text(re.compile(r"Ticks: \d+")).inner_text()).group(1))
    box = page.get_by_label("Notes")
    box.click()
    box.press_sequentially("typing", delay=60)
    expect(page.get_by_text(re.compile(rf"Ticks: ({first + 2}|{first + 3}|{first + 4}|[1-9]\d+)"))).to_be_visible(timeout=30_000)
    expect(box).to_have_value("typing")
    expect(box).to_be_focused()


VOTE = """
import streamlit as st

@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
    if st.button("B"):
        vote("B")
else:
    f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}"
"""


def test_the_vote_dialog_is_a_modal_that_traps_focus_and_closes_on_rerun(open_app) -> None:
    page = open_app("dialog_vote", VOTE)
    page.get_by_role("button", name="A", exact=True).click()
    dialog = page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("data-testid", "stDialog")
    expect(dialog).to_have_attribute("aria-modal", "true")
    field = dialog.get_by_label("Because...")
    expect(field).to_be_focused()  # focus moved into the dialog
    for _ in range(4):  # Tab cycles inside the dialog
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('[data-testid=stDialog]') !== null")
    field.fill("it is sweet")
    field.press("Enter")
    wait_idle(page)
    expect(dialog).to_be_visible()  # a widget in the dialog reruns its body only
    dialog.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("You voted for A because it is sweet")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)


def test_escape_and_the_close_button_dismiss_a_dialog_and_focus_returns(open_app) -> None:
    page = open_app("dialog_vote", VOTE)
    opener = page.get_by_role("button", name="B", exact=True)
    opener.click()
    dialog = page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    opener.click()
    expect(dialog).to_be_visible()  # opened again by the same call
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()


NOT_DISMISSIBLE = """
import streamlit as st

@st.dialog("Terms", dismissible=False, width="large")
def terms():
    st.write("Accept to go on")
    if st.button("Accept"):
        st.session_state.accepted = True
        st.rerun()

if not st.session_state.get("accepted"):
    terms()
st.write(f"accepted={st.session_state.get('accepted', False)}")
"""


def test_a_dialog_that_is_not_dismissible_stays_until_the_app_closes_it(open_app) -> None:
    page = open_app("dialog_terms", NOT_DISMISSIBLE)
    dialog = page.get_by_role("dialog", name="Terms")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close")).to_be_hidden()
    expect(dialog).to_have_attribute("data-width", "large")
    page.keyboard.press("Escape")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("accepted=True")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)


KEYED_FRAGMENT = """
import streamlit as st

st.session_state.setdefault("app", 0)
st.session_state.app += 1

@st.fragment(key="charts")
def charts():
    st.session_state.setdefault("charts", 0)
    st.session_state.charts += 1
    st.write(f"Charts drawn {st.session_state.charts} times")

charts()
st.button("Refresh charts", on_click=lambda: st.rerun("charts"))
st.write(f"App ran {st.session_state.app} times")
"""


def test_a_callbacks_rerun_of_a_fragment_key_reruns_only_that_fragment(open_app) -> None:
    """Streamlit 1.67: st.rerun("charts") in a button's callback replaces the button's full rerun."""
    page = open_app("keyed_fragment", KEYED_FRAGMENT)
    expect(page.get_by_text("App ran 1 times")).to_be_visible()
    page.get_by_role("button", name="Refresh charts").click()
    expect(page.get_by_text("Charts drawn 2 times")).to_be_visible()
    wait_idle(page)
    expect(page.get_by_text("App ran 1 times")).to_be_visible()
    stale = page.evaluate("() => [...document.querySelectorAll('[data-stale=\"true\"]')].length")
    assert stale == 0


OUTSIDE_WRITES = """
import streamlit as st
st.session_state.setdefault("n", 0)
log = st.container(border=True, key="log")
log.write("Log opened")
@st.fragment
def f():
    if st.button("Tick"):
        st.session_state.n += 1
    log.write(f"Tick {st.session_state.n}")
    st.sidebar.write(f"Sidebar tick {st.session_state.n}")
    log.button(f"Reset from the log {st.session_state.n}", on_click=lambda: st.session_state.update(n=0))
f()
log.write("Log closed")
"""


def test_a_fragments_writes_outside_are_replaced_in_place(open_app) -> None:
    """1.67: a fragment's writes to a container made outside it (and to st.sidebar) are
    drawn again in place on each fragment run, laid out as that container's own children;
    a widget there belongs to the fragment."""
    page = open_app("outside_writes", OUTSIDE_WRITES)
    log = page.locator(".st-key-log [data-testid=stVerticalBlock]").first
    for n in (1, 2):
        page.get_by_role("button", name="Tick").click()
        expect(page.get_by_text(f"Tick {n}", exact=True)).to_be_visible(timeout=30_000)
        wait_idle(page)
    expect(log.get_by_test_id("stMarkdown")).to_have_text(["Log opened", "Tick 2", "Log closed"])
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stMarkdown")).to_have_text(["Sidebar tick 2"])
    # The wrapper has no box: its elements sit in the container's flex column, spaced as the others.
    gaps = log.evaluate("""(host) => {
      const boxes = [...host.querySelectorAll('[data-testid=stElementContainer]')].map((e) => e.getBoundingClientRect());
      return boxes.slice(1).map((b, i) => Math.round(b.top - boxes[i].bottom));
    }""")
    assert len(set(gaps)) == 1, gaps
    page.get_by_role("button", name="Reset from the log 2").click()
    expect(page.get_by_text("Tick 0", exact=True)).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stMarkdown")).to_have_text(["Sidebar tick 0"])


ASYNC_SCRIPT = """
import asyncio
import streamlit as st

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()

async def main():
    return await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))

st.write("gathered:", ", ".join(asyncio.run(main())))
loop = asyncio.new_event_loop()
async def magic(value):
    value  # magic inside a coroutine, as Streamlit's own st_magic app does
loop.run_until_complete(magic("ASYNC FUNCTION"))
if st.button("Again"):
    st.write("again:", asyncio.run(fetch("c", 0)))
"""


def test_a_script_can_run_coroutines_with_asyncio_run_as_under_streamlit(open_app) -> None:
    """asyncio.run / run_until_complete in a script (Pyodide's own loop cannot wait in one)."""
    page = open_app("async_script", ASYNC_SCRIPT)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="gathered:")).to_have_text("gathered: A, B")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="ASYNC FUNCTION")).to_have_count(1)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    page.get_by_role("button", name="Again").click()
    wait_idle(page)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="again:")).to_have_text("again: C")
