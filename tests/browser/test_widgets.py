"""Each widget family commits a value Python understands, with Streamlit's roles and names."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from . import apps
from .conftest import wait_idle


def test_widget_values_round_trip(open_app) -> None:
    page = open_app("more_widgets", apps.MORE_WIDGETS)
    summary = page.get_by_text(re.compile("^radio="))
    expect(summary).to_have_text(
        "radio=alpha; multi=[]; toggle=False; date=2024-01-15; time=09:30:00; colour=#112233; size=M; range=2-8; count=1"
    )
    page.get_by_role("radiogroup", name="Pick one").get_by_role("radio", name="gamma").check()
    expect(summary).to_contain_text("radio=gamma;")
    combo = page.get_by_role("combobox", name="Pick many")
    combo.click()
    page.get_by_role("option", name="blue").click()
    wait_idle(page)
    combo.click()
    page.get_by_role("option", name="red").click()
    expect(summary).to_contain_text("multi=['blue', 'red'];")
    # Streamlit 1.67's tags: "Selected values", each removed by its "Remove <option>" button.
    tags = page.get_by_test_id("stMultiSelectTagsContainer").get_by_role("group", name="Selected values")
    tags.get_by_role("button", name="Remove blue").click()
    expect(summary).to_contain_text("multi=['red'];")
    page.get_by_role("switch", name="Dark mode").check()
    expect(summary).to_contain_text("toggle=True;")
    # Streamlit 1.67's date and time fields: parts typed one by one; a date counts once its
    # field is left, a time on Enter.
    page.get_by_role("spinbutton", name="year, When").fill("2025")
    page.get_by_role("spinbutton", name="month, When").fill("2")
    page.get_by_role("spinbutton", name="day, When").fill("3")
    expect(summary).to_contain_text("date=2024-01-15;")
    summary.click()
    expect(summary).to_contain_text("date=2025-02-03;")
    page.get_by_role("spinbutton", name="hour, At").fill("10")
    page.get_by_role("spinbutton", name="minute, At").fill("45")
    page.keyboard.press("Enter")
    expect(summary).to_contain_text("time=10:45:00;")
    page.get_by_test_id("stColorPickerBlock").click()
    page.get_by_test_id("stColorPickerPopover").locator("input").fill("#ff8800")
    summary.click()  # a click beside the picker closes it and commits its colour
    expect(summary).to_contain_text("colour=#ff8800;")
    size = page.get_by_role("slider", name="Size")
    expect(size).to_have_attribute("aria-valuetext", "M")
    size.focus()
    size.press("ArrowRight")
    expect(summary).to_contain_text("size=L;")
    expect(size).to_have_attribute("aria-valuetext", "L")
    low = page.get_by_role("slider", name="Range").first
    low.focus()
    low.press("ArrowRight")
    expect(summary).to_contain_text("range=3-8;")
    page.get_by_test_id("stNumberInputStepUp").click()
    expect(summary).to_contain_text("count=2")
    page.get_by_label("Count").fill("9")
    page.get_by_label("Count").press("Enter")
    # As in Streamlit 1.67: a value above max_value is refused with a message, not sent.
    expect(page.get_by_test_id("stNumberInput").get_by_role("alert")).to_have_text(
        "Error: Number is outside the allowed range. Please enter a value between 0 and 5."
    )
    expect(summary).to_contain_text("count=2")
    wait_idle(page)


def test_expander_and_tabs(open_app) -> None:
    page = open_app("more_widgets", apps.MORE_WIDGETS)
    expander = page.get_by_test_id("stExpander")
    expect(expander.get_by_text("inside the expander")).to_be_hidden()
    expander.get_by_text("More").click()
    expect(expander.get_by_text("inside the expander")).to_be_visible()
    expect(page.get_by_text("in tab one")).to_be_visible()
    expect(page.get_by_text("in tab two")).to_be_hidden()
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_text("in tab two")).to_be_visible()
    expect(page.get_by_text("in tab one")).to_be_hidden()
    # A rerun keeps the user's tab and expander choices.
    page.keyboard.press("r")
    wait_idle(page)
    expect(page.get_by_text("in tab two")).to_be_visible()
    expect(expander.get_by_text("inside the expander")).to_be_visible()


def test_malformed_message_is_answered_and_app_keeps_working(open_app) -> None:
    page = open_app("more_widgets", apps.MORE_WIDGETS)
    page.evaluate("window.__wasmlit.worker.postMessage('{not json')")
    expect(page.get_by_test_id("wlWorkerError")).to_be_visible()
    page.get_by_role("radio", name="beta").check()
    expect(page.get_by_text(re.compile("^radio=beta;"))).to_be_visible()


def test_chat_input_messages_and_pills(open_app) -> None:
    page = open_app("chat_and_pills", apps.CHAT_AND_PILLS)
    # A top-level chat input is pinned below the page, which then ends 1rem above it (Streamlit 1.67).
    expect(page.get_by_test_id("stMainBlockContainer")).to_have_css("padding-bottom", "16px")
    expect(page.get_by_test_id("stBottomBlockContainer")).to_have_css("padding-bottom", "56px")
    # A single-choice st.pills is 1.67's radiogroup of radios.
    page.get_by_role("radiogroup", name="Mood").get_by_role("radio", name="busy").click()
    expect(page.get_by_text("mood=busy")).to_be_visible()
    expect(page.get_by_role("radio", name="busy")).to_have_attribute("aria-checked", "true")
    box = page.get_by_role("textbox", name="Say something")
    # 1.67's field: a 58px box whose Send button is greyed (disabled) until there is text.
    send = page.get_by_test_id("stChatInputSubmitButton")
    expect(send).to_be_disabled()
    assert page.get_by_test_id("stChatInput").bounding_box()["height"] == 58
    box.fill("hello")
    expect(send).to_be_enabled()
    box.press("Enter")
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)
    expect(send).to_be_disabled()  # the field is empty again
    expect(page.get_by_test_id("stChatMessage").nth(1)).to_contain_text("echo: hello")
    # Streamlit 1.67's preset avatars, and each message named for its author.
    expect(page.get_by_test_id("stChatMessageAvatarUser")).to_have_count(1)
    expect(page.get_by_test_id("stChatMessageAvatarAssistant")).to_have_count(1)
    expect(page.get_by_test_id("stChatMessageAvatarUser")).to_have_css("background-color", "rgb(217, 74, 87)")
    expect(page.get_by_test_id("stChatMessageAvatarAssistant")).to_have_css("background-color", "rgb(224, 104, 43)")
    expect(page.get_by_role("group", name="Chat message from assistant")).to_contain_text("echo: hello")
    expect(box).to_have_value("")
    box.fill("again")
    box.press("Enter")
    expect(page.get_by_test_id("stChatMessage")).to_have_count(4)
    expect(page.get_by_text("mood=busy")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame")).to_contain_text("x")


def test_required_segmented_control_keeps_its_choice(open_app) -> None:
    page = open_app("chat_and_pills", apps.CHAT_AND_PILLS)
    medium = page.get_by_role("radio", name="Medium")
    medium.click()
    expect(page.get_by_text("size=Medium")).to_be_visible()
    medium.click()  # the chosen option of a required control: nothing happens
    expect(medium).to_have_attribute("aria-checked", "true")
    page.get_by_role("radio", name="calm").click()  # a rerun that would carry a cleared choice
    expect(page.get_by_text("mood=calm")).to_be_visible()
    expect(page.get_by_text("size=Medium")).to_be_visible()


CLEARABLE_SELECTBOX = """
import streamlit as st
pet = st.selectbox("Pet", ["cat", "dog"], index=None)
colour = st.selectbox("Colour", ["red", "blue"])
st.write(f"pet={pet}; colour={colour}")
"""


def test_selectbox_that_starts_empty_can_be_cleared(open_app) -> None:
    page = open_app("clearable_selectbox", CLEARABLE_SELECTBOX)
    clear = page.get_by_role("button", name="Clear value")
    expect(clear).to_have_count(0)  # nothing chosen yet; "Colour" (index 0) never offers it
    page.get_by_test_id("stSelectbox").first.get_by_role("button", name="Open").click()  # 1.67's chevron
    page.get_by_role("option", name="dog").click()
    expect(page.get_by_text("pet=dog; colour=red")).to_be_visible()
    expect(page.get_by_test_id("stSelectbox").first.get_by_role("button", name="Clear value")).to_be_visible()
    expect(clear).to_have_count(1)
    clear.click()
    expect(page.get_by_text("pet=None; colour=red")).to_be_visible()
    expect(page.get_by_role("combobox", name="Pet")).to_have_value("")
    expect(clear).to_have_count(0)


COLOR_PICKER = """
import streamlit as st
st.write("Beside the picker")
color = st.color_picker("Accent", "#4a90d9", on_change=lambda: st.session_state.update(changed=True))
st.write(f"color={color}; changed={st.session_state.get('changed', False)}")
"""


def test_color_picker_commits_when_its_picker_closes(open_app) -> None:
    page = open_app("color_picker", COLOR_PICKER)
    swatch = page.get_by_test_id("stColorPickerBlock")
    popover = page.get_by_test_id("stColorPickerPopover")
    button = page.get_by_role("button", name="Accent color picker")
    expect(popover).to_have_count(0)
    swatch.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    popover.click(position={"x": 0, "y": 0})  # the saturation area's corner: white
    expect(page.get_by_text("color=#4a90d9; changed=False")).to_be_visible()  # nothing sent while it is open
    page.get_by_text("Beside the picker").click()
    expect(page.get_by_text("color=#ffffff; changed=True")).to_be_visible()
    expect(popover).to_have_count(0)
    # RGB fields (the arrows switch from hex), then Escape closes and commits.
    swatch.click()
    popover.locator("svg").click()
    fields = popover.locator("input")
    expect(fields).to_have_count(3)
    fields.nth(1).fill("0")
    fields.nth(2).fill("0")
    page.keyboard.press("Escape")
    expect(page.get_by_text("color=#ff0000;")).to_be_visible()
    expect(button).to_be_focused()
    # HSL fields; the swatch's colour follows what is typed.
    swatch.click()
    popover.locator("svg").click()
    popover.locator("svg").click()
    for i, shown in enumerate(["0", "100%", "50%"]):  # red, as HSL
        expect(fields.nth(i)).to_have_value(shown)
    fields.nth(0).fill("120")
    fields.nth(2).fill("25%")
    expect(swatch).to_have_css("background-color", "rgb(0, 128, 0)")
    button.click()  # the swatch again closes it
    expect(page.get_by_text("color=#008000;")).to_be_visible()


FEEDBACK = """
import streamlit as st
thumbs = st.feedback("thumbs")
stars = st.feedback("stars", default=1)
st.write(f"thumbs={thumbs}; stars={stars}")
"""


def test_feedback_as_streamlit_draws_it(open_app) -> None:
    page = open_app("feedback", FEEDBACK)
    summary = page.get_by_text(re.compile("^thumbs="))
    expect(summary).to_have_text("thumbs=None; stars=1")
    thumbs, stars = page.get_by_test_id("stFeedback").all()
    expect(thumbs.get_by_role("radiogroup", name="Feedback rating").get_by_role("radio")).to_have_count(2)
    # Streamlit 1.67's order (up first), names and Material icons; stars light up to the chosen one.
    expect(thumbs.get_by_role("radio").first).to_have_accessible_name("Thumbs up")
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(2)
    thumbs.get_by_test_id("stFeedbackButton").filter(has_text="thumb_down").click()
    expect(summary).to_have_text("thumbs=0; stars=1")
    expect(thumbs.get_by_role("radio", name="Thumbs down")).to_have_attribute("aria-checked", "true")
    stars.get_by_role("radio", name="4 out of 5 stars").click()
    expect(summary).to_have_text("thumbs=0; stars=3")
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(4)
    thumbs.get_by_role("radio", name="Thumbs down").click()  # the chosen one again: cleared
    expect(summary).to_have_text("thumbs=None; stars=3")


CAPTIONS = """
import streamlit as st
st.radio("Plan", ["Free", "Pro", "Team"], captions=["No cost", "", "For **groups**"], horizontal=True)
st.radio("Size", ["S", "M"], captions=["small", ""])
"""


def test_radio_captions_are_markdown_and_a_horizontal_row_keeps_its_line(open_app) -> None:
    page = open_app("radio_captions", CAPTIONS)
    plan, size = page.get_by_test_id("stRadio").nth(0), page.get_by_test_id("stRadio").nth(1)
    expect(plan.get_by_test_id("stRadioCaption")).to_have_count(2)
    expect(plan.get_by_test_id("stRadioCaption").nth(1).locator("strong")).to_have_text("groups")
    # "Pro" has no caption: in a row, a spacer keeps its line (1.67), out of the accessibility tree.
    spacer = plan.get_by_test_id("stRadioCaptionSpacer")
    expect(spacer).to_have_count(1)
    expect(spacer).to_have_attribute("aria-hidden", "true")
    tops = [plan.get_by_test_id("stRadioOption").nth(i).bounding_box()["height"] for i in range(3)]
    assert max(tops) - min(tops) < 1, tops
    # A column needs no spacer.
    expect(size.get_by_test_id("stRadioCaptionSpacer")).to_have_count(0)
    expect(size.get_by_test_id("stRadioCaption")).to_have_count(1)
    # 1.67 spaces a column of options with captions 8px apart: 45px with its caption, 22px without.
    expect(size.get_by_role("radiogroup")).to_have_css("gap", "8px")
    heights = [round(size.get_by_test_id("stRadioOption").nth(i).bounding_box()["height"]) for i in range(2)]
    assert heights == [45, 22], heights
