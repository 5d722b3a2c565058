"""wasmlit.testing.playwright's helpers on a real page: each sets its widget
as a user would and returns once the run it caused is over; widgets that
share a label are told apart by key or index, and an ambiguous label says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from wasmlit.testing.playwright import (
    click_button,
    click_download_button,
    expect_exception,
    expect_markdown,
    expect_no_exception,
    fill_number_input,
    fill_text_area,
    fill_text_input,
    get_button,
    get_element_by_key,
    get_text_input,
    rerun_app,
    set_color_picker,
    set_date_input,
    set_slider_value,
    set_time_input,
    submit_chat_input,
    wait_for_app_run,
)

WIDGETS = """
    import streamlit as st
    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1
    n = st.number_input("Amount", value=1)
    bio = st.text_area("Bio")
    day = st.date_input("Day", value=__import__("datetime").date(2024, 1, 1))
    at = st.time_input("At", value=__import__("datetime").time(9, 0))
    color = st.color_picker("Color", "#000000")
    lo, hi = st.slider("Range", 0, 100, (10, 20))
    said = st.chat_input("Say")
    st.download_button("Get", "data", file_name="d.txt")
    st.markdown(f"amount={n} bio={bio!r} day={day} at={at} color={color} range={lo}-{hi} said={said} runs={st.session_state.runs}")
"""

TWINS = """
    import streamlit as st
    st.session_state.setdefault("log", [])
    a = st.text_input("Name", key="first")
    b = st.text_input("Name", key="second")
    c = st.text_input("Name (other)")
    if st.button("Go"):
        st.session_state.log.append("go 1")
    if st.button("Go", key="go2"):
        st.session_state.log.append("go 2")
    st.markdown(f"a={a} b={b} c={c} log={st.session_state.log}")
    if st.button("Break"):
        raise RuntimeError("broken by the test")
"""


def test_setters_commit_each_widget_and_wait_for_its_run(open_app: Callable[..., Page]) -> None:
    page = open_app("helpers_widgets", WIDGETS)
    fill_number_input(page, "Amount", 7)
    fill_text_area(page, "Bio", "hello")
    set_date_input(page, "Day", "2024-05-06")
    set_time_input(page, "At", "13:45")
    set_color_picker(page, "Color", "#ff8800")
    set_slider_value(page, "Range", [30, 70])
    submit_chat_input(page, "Say", "hi there")
    expect_markdown(page, "amount=7 bio='hello' day=2024-05-06 at=13:45:00 color=#ff8800 range=30-70 said=hi there")
    click_download_button(page, "Get")
    rerun_app(page)
    expect_markdown(page, "said=None")  # a chat message is one run's news
    expect_no_exception(page)


def test_twins_are_found_by_key_or_index_and_an_ambiguous_label_is_refused(open_app: Callable[..., Page]) -> None:
    page = open_app("helpers_twins", TWINS)
    fill_text_input(page, "Name", "A", key="first")
    fill_text_input(page, "Name", "B", index=1)
    fill_text_input(page, "Name (other)", "C")  # the exact label wins over "Name"
    click_button(page, "Go", key="go2")
    click_button(page, "Go", index=0)
    expect_markdown(page, "a=A b=B c=C log=['go 2', 'go 1']")
    expect(get_element_by_key(page, "second").get_by_role("textbox")).to_have_value("B")
    with pytest.raises(AssertionError, match="2 stButton widgets are labelled 'Go'"):
        get_button(page, "Go")
    with pytest.raises(AssertionError, match="stTextInput widgets are labelled 'Name'"):
        get_text_input(page, "Name")


def test_exceptions_are_expected_by_their_message(open_app: Callable[..., Page]) -> None:
    page = open_app("helpers_twins", TWINS)
    expect_no_exception(page)
    get_button(page, "Break").click()
    wait_for_app_run(page)
    expect_exception(page, "broken by the test")
    with pytest.raises(AssertionError):
        expect_no_exception(page)
