"""Widgets behave as in Streamlit 1.67: help tooltips, the shared options
(label_visibility, disabled, placeholder, width), number_input's format and
steps, text_input's max_chars and password toggle, sliders' values and keys,
checkbox and toggle rows."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import wait_idle

HELP_APP = """
import streamlit as st

st.text_input("Name", help="Your **full** name")
st.number_input("Age", help="In years")
st.checkbox("Agree", help="Read the terms")
st.toggle("Dark", help="Theme")
st.slider("Level", 0, 10, 3, help="How much")
st.button("Go", help="Starts it")
st.markdown("Some text", help="Markdown help")
st.metric("Speed", 10, help="km/h")
st.title("Heading", help="Title help")
st.text_input("No help")
"""


def test_help_shows_streamlits_tooltip_on_every_widget_and_element_that_has_it(open_app) -> None:
    page = open_app("help_tooltips", HELP_APP)
    content = page.get_by_test_id("stTooltipContent")
    cases = [
        (page.get_by_test_id("stTextInput").nth(0), "Your full name"),
        (page.get_by_test_id("stNumberInput"), "In years"),
        (page.get_by_test_id("stCheckbox").nth(0), "Read the terms"),
        (page.get_by_test_id("stCheckbox").nth(1), "Theme"),
        (page.get_by_test_id("stSlider"), "How much"),
        (page.get_by_test_id("stMarkdown"), "Markdown help"),
        (page.get_by_test_id("stMetric"), "km/h"),
        (page.get_by_test_id("stHeading"), "Title help"),
    ]
    for element, text in cases:
        target = element.get_by_test_id("stTooltipHoverTarget")
        expect(target).to_be_visible()
        expect(content).not_to_be_attached()
        target.hover()
        expect(content).to_be_visible()
        expect(content).to_have_text(text)
        page.get_by_test_id("stApp").hover(position={"x": 0, "y": 0}, force=True)
        expect(content).not_to_be_attached()
    # The help icon is a button named after the widget, as in Streamlit.
    expect(page.get_by_role("button", name="Help for Name")).to_be_visible()
    # A button's help shows on the button itself.
    page.get_by_role("button", name="Go").hover()
    expect(content).to_have_text("Starts it")
    # No help, no icon.
    expect(page.get_by_test_id("stTextInput").nth(1).get_by_test_id("stTooltipHoverTarget")).to_have_count(0)


def test_a_tooltip_near_the_top_is_drawn_over_the_header(open_app) -> None:
    page = open_app("help_tooltips", HELP_APP)
    page.get_by_test_id("stTextInput").nth(0).get_by_test_id("stTooltipHoverTarget").hover()
    content = page.get_by_test_id("stTooltipContent")
    expect(content).to_be_visible()
    box = content.bounding_box()
    assert box is not None
    header = page.get_by_test_id("stHeader").bounding_box()
    assert header is not None and box["y"] < header["y"] + header["height"]  # it does reach under the header
    # What is drawn at the tooltip's top edge is the tooltip, not the header over it.
    on_top = page.evaluate(
        "([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-testid=stTooltipContent]')",
        [box["x"] + box["width"] / 2, box["y"] + 4],
    )
    assert on_top


NUMBER_APP = """
import streamlit as st

a = st.number_input("Price", value=2.5, step=0.01)
b = st.number_input("Count", value=3, min_value=0, max_value=4)
c = st.number_input("Maybe", value=None, placeholder="Type a number...")
d = st.number_input("Ratio", value=0.5, format="%.3f")
cols = st.columns(6)
e = cols[0].number_input("Narrow", value=1)
f = st.number_input("Fixed", value=1, width=200)
st.write(f"a={a}; b={b}; c={c}; d={d}; e={e}")
"""


def test_number_input_follows_format_step_none_and_width(open_app) -> None:
    page = open_app("number_input_options", NUMBER_APP)
    summary = page.get_by_text(re.compile("^a="))
    expect(summary).to_have_text("a=2.5; b=3; c=None; d=0.5; e=1")
    fields = page.get_by_test_id("stNumberInputField")
    # Streamlit's display: "%0.2f" for floats, "%d" for ints, the format when given, empty for None.
    expect(fields.nth(0)).to_have_value("2.50")
    expect(fields.nth(1)).to_have_value("3")
    expect(fields.nth(2)).to_have_value("")
    expect(fields.nth(2)).to_have_attribute("placeholder", "Type a number...")
    expect(fields.nth(3)).to_have_value("0.500")
    # ArrowUp / ArrowDown step by `step`.
    fields.nth(0).press("ArrowUp")
    expect(summary).to_contain_text("a=2.51;")
    expect(fields.nth(0)).to_have_value("2.51")
    fields.nth(1).press("ArrowUp")
    expect(summary).to_contain_text("b=4;")
    # At max_value the step up is disabled, and the key does nothing.
    expect(page.get_by_test_id("stNumberInput").nth(1).get_by_test_id("stNumberInputStepUp")).to_be_disabled()
    fields.nth(1).press("ArrowDown")
    expect(summary).to_contain_text("b=3;")
    # A value over max_value is refused with Streamlit's message.
    fields.nth(1).fill("9")
    fields.nth(1).press("Enter")
    expect(page.get_by_test_id("stNumberInput").nth(1).get_by_role("alert")).to_contain_text("between 0 and 4")
    expect(summary).to_contain_text("b=3;")
    # value=None: typing a number sets it, Escape empties it again.
    fields.nth(2).fill("7")
    fields.nth(2).press("Enter")
    expect(summary).to_contain_text("c=7.0;")
    fields.nth(2).press("Escape")
    expect(summary).to_contain_text("c=None;")
    expect(fields.nth(2)).to_have_value("")
    # A narrow field has no step buttons, as in Streamlit; a width in pixels is kept.
    narrow = page.get_by_test_id("stNumberInput").nth(4)
    expect(narrow.get_by_test_id("stNumberInputStepUp")).to_have_count(0)
    fixed = page.get_by_test_id("stNumberInput").nth(5)
    assert round(fixed.bounding_box()["width"]) == 200
    wait_idle(page)


TEXT_APP = """
import streamlit as st

name = st.text_input("Name", max_chars=5)
secret = st.text_input("Secret", type="password", value="hunter2")
hidden = st.text_input("Hidden label", label_visibility="hidden")
collapsed = st.text_input("Collapsed label", label_visibility="collapsed", placeholder="Write here")
off = st.text_input("Off", disabled=True)
st.write(f"name={name}; secret={secret}")
"""


def test_text_input_max_chars_password_toggle_and_shared_options(open_app) -> None:
    page = open_app("text_input_options", TEXT_APP)
    name = page.get_by_label("Name", exact=True)
    name.fill("abcdefgh")
    expect(name).to_have_value("abcde")  # max_chars
    expect(page.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply5/5")
    name.press("Enter")
    expect(page.get_by_text(re.compile("^name="))).to_have_text("name=abcde; secret=hunter2")
    secret = page.get_by_label("Secret")
    expect(secret).to_have_attribute("type", "password")
    expect(secret).to_have_attribute("autocomplete", "new-password")
    toggle = page.get_by_role("button", name="Show password")
    toggle.click()
    expect(secret).to_have_attribute("type", "text")
    expect(page.get_by_role("button", name="Hide password")).to_have_attribute("aria-pressed", "true")
    # label_visibility: hidden keeps the label's space, collapsed removes it; both keep the name.
    labels = page.get_by_test_id("stWidgetLabel")
    expect(labels.nth(2)).to_be_hidden()
    assert labels.nth(2).bounding_box() is not None
    expect(labels.nth(3)).to_be_hidden()
    assert labels.nth(3).bounding_box() is None
    expect(page.get_by_label("Collapsed label")).to_have_attribute("placeholder", "Write here")
    expect(page.get_by_label("Off")).to_be_disabled()


SLIDER_APP = """
import datetime as dt
import streamlit as st

days = st.slider("Days", min_value=dt.date(2019, 8, 1), max_value=dt.date(2021, 6, 4),
                 value=(dt.date(2019, 8, 1), dt.date(2019, 9, 1)))
when = st.slider("When", value=dt.time(12, 0))
pct = st.slider("Percent", 0.0, 1.0, 0.25, format="%.1f%%")
named = st.slider("Money", 0, 1000, 500, format="dollar")
styled = st.slider("Styled", min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31),
                   value=dt.date(2020, 3, 4), format="ddd, MMM D")
st.write(f"days={days[0]}..{days[1]}; when={when}; pct={pct}")
"""


def test_slider_shows_formatted_dates_times_and_numbers_and_moves_like_streamlits(open_app) -> None:
    page = open_app("slider_values", SLIDER_APP)
    values = page.get_by_test_id("stSliderThumbValue")
    expect(values.nth(0)).to_have_text("2019-08-01")
    expect(values.nth(1)).to_have_text("2019-09-01")
    expect(values.nth(2)).to_have_text("12:00")
    expect(values.nth(3)).to_have_text("0.3%")  # printf rounding, as sprintf-js does
    expect(values.nth(4)).to_have_text("$500.00")
    expect(values.nth(5)).to_have_text("Wed, Mar 4")  # a momentJS format
    thumb = page.get_by_role("slider", name="Days — end")
    expect(thumb).to_have_attribute("aria-valuetext", "2019-09-01")
    summary = page.get_by_text(re.compile("^days="))
    thumb.focus()
    thumb.press("ArrowRight")
    expect(summary).to_contain_text("days=2019-08-01..2019-09-02;")
    thumb.press("ArrowLeft")
    thumb.press("ArrowLeft")
    expect(summary).to_contain_text("days=2019-08-01..2019-08-31;")
    # Pressing on the track moves the closest thumb there: the end of the track is the max.
    track = page.get_by_test_id("stSlider").nth(0).locator(".wl-slider-rail")
    box = track.bounding_box()
    page.mouse.click(box["x"] + box["width"] + 3, box["y"] + box["height"] / 2)  # past the end: the max
    expect(summary).to_contain_text("days=2019-08-01..2021-06-04;")
    # Thumbs never cross: Home on the end thumb stops at the start thumb.
    end = page.get_by_role("slider", name="Days — end")
    end.focus()
    end.press("Home")
    expect(summary).to_contain_text("days=2019-08-01..2019-08-01;")
    time_thumb = page.get_by_role("slider", name="When")
    time_thumb.focus()
    time_thumb.press("ArrowRight")
    expect(summary).to_contain_text("when=12:15:00;")
    wait_idle(page)


HELD_APP = """
import streamlit as st
level = st.slider("Level", 0, 100, 25)
st.write(f"Level is {level}")
"""


def test_a_press_held_on_the_slider_commits_once_the_pointer_rests(open_app) -> None:
    """Streamlit's slider commits a drag after a 200 ms rest, not only on release (its e2e tests
    press in the middle of the slider and never let go)."""
    page = open_app("slider_held", HELD_APP)
    page.get_by_test_id("stSlider").hover()
    page.mouse.down()
    expect(page.get_by_text("Level is 50")).to_be_visible()
    expect(page.get_by_role("slider", name="Level")).to_have_value("50")
    page.mouse.up()
    wait_idle(page)
    expect(page.get_by_text("Level is 50")).to_be_visible()


CHECK_APP = """
import streamlit as st

with st.expander("Grouped", expanded=True):
    st.checkbox("One")
    st.toggle("Two")
    st.checkbox("Three", disabled=True)
"""


def test_checkbox_and_toggle_rows_have_streamlits_height_and_roles(open_app) -> None:
    page = open_app("check_rows", CHECK_APP)
    rows = page.get_by_test_id("stCheckbox")
    expect(rows).to_have_count(3)
    for i in range(3):
        expect(rows.nth(i)).to_have_css("height", "24px")
    expect(page.get_by_role("switch", name="Two")).to_be_visible()
    expect(page.get_by_role("checkbox", name="One")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Three")).to_be_disabled()


def test_width_is_checked_as_in_streamlit(open_app) -> None:
    page: Page = open_app("bad_width", 'import streamlit as st\nst.text_input("x", width="content")\n')
    expect(page.get_by_test_id("stException")).to_contain_text(
        "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.")


BOUND = """
import streamlit as st

category = st.selectbox("Category", ["All", "Electronics", "Clothing", "Books"], key="category", bind="query-params")
price = st.slider("Max price", 0, 1000, 500, key="max_price", bind="query-params")
st.write(f"Showing {category} items under ${price}")
"""


def test_widgets_bound_to_the_url_start_from_it_and_keep_it_current(page: Page, app_url) -> None:
    """bind="query-params" (Streamlit 1.67's documentation example): the URL starts the widgets,
    a change shows in the URL, a value back at its default leaves it, a bad value is dropped."""
    page.goto(app_url("bound_widgets", BOUND) + "?category=Electronics&max_price=200&junk=1")
    expect(page.get_by_text("Showing Electronics items under $200")).to_be_visible(timeout=60_000)
    page.get_by_role("combobox", name="Category").click()
    page.get_by_role("option", name="Books").click()
    expect(page.get_by_text("Showing Books items under $200")).to_be_visible()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"[?&]category=Books(&|$)"))
    assert "max_price=200" in page.url and "junk=1" in page.url  # the other parameters stay
    page.get_by_role("combobox", name="Category").click()
    page.get_by_role("option", name="All").click()  # the default: no parameter
    expect(page.get_by_text("Showing All items under $200")).to_be_visible()
    wait_idle(page)
    expect(page).not_to_have_url(re.compile("category="))
    page.goto(app_url("bound_widgets", BOUND) + "?max_price=5000")  # out of range: ignored and dropped
    expect(page.get_by_text("Showing All items under $500")).to_be_visible(timeout=60_000)
    wait_idle(page)
    expect(page).not_to_have_url(re.compile("max_price="))


IGNORE_APP = """
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"runs: {st.session_state.runs}")
quiet = st.checkbox("Quiet", on_change="ignore")
level = st.slider("Level", 0, 10, 3, on_change="ignore", key="level")
st.button("Apply")
st.write(f"values: {quiet} {level}")
"""


def test_on_change_ignore_keeps_the_value_for_the_next_run(open_app) -> None:
    """1.67's on_change="ignore": the widget changes on the page without a run of its
    own, and its value reaches Python with the next run something else starts."""
    page = open_app("on_change_ignore", IGNORE_APP)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("runs: 1")
    page.get_by_test_id("stCheckbox").get_by_text("Quiet").click()
    slider = page.get_by_role("slider")
    slider.focus()
    page.keyboard.press("ArrowRight")
    expect(slider).to_have_value("4")
    expect(page.get_by_test_id("stCheckbox").locator("input")).to_be_checked()
    page.wait_for_timeout(500)  # time for a run that must not come
    expect(main).to_contain_text("runs: 1")
    expect(main).to_contain_text("values: False 3")
    page.get_by_role("button", name="Apply").click()
    wait_idle(page)
    expect(main).to_contain_text("runs: 2")
    expect(main).to_contain_text("values: True 4")


TWO_SELECTS = """
import streamlit as st
country = st.selectbox("Country", ["", "USA", "Canada"])
if country:
    st.selectbox("State", ["", "California", "Washington"])
"""


def test_only_the_open_selectboxs_list_is_in_the_page(open_app) -> None:
    """1.67's popup list exists only while open, so `[data-baseweb=popover] li` (or any option
    locator) finds the open selectbox's options, never those of one opened before."""
    page: Page = open_app("two_selects", TWO_SELECTS)
    expect(page.locator("[data-baseweb=popover]")).to_have_count(0)
    page.get_by_test_id("stSelectbox").locator("input").first.click()
    page.locator("[data-baseweb=popover]").first.locator("li").nth(1).click()
    wait_idle(page)
    expect(page.get_by_test_id("stSelectbox")).to_have_count(2)
    expect(page.locator("[data-baseweb=popover]")).to_have_count(0)
    page.get_by_test_id("stSelectbox").locator("input").last.click()
    expect(page.locator("[data-baseweb=popover] li")).to_have_text(["", "California", "Washington"])
    page.locator("[data-baseweb=popover]").first.locator("li").nth(2).click()
    wait_idle(page)
    expect(page.get_by_test_id("stSelectbox").last.locator("input")).to_have_value("Washington")
    expect(page.get_by_role("combobox").last).not_to_have_attribute("aria-controls", re.compile("."))


PICKS = """
import streamlit as st
st.write(st.multiselect("Pick", ["male", "female", "other"], max_selections=2))
"""


def test_multiselect_stays_open_for_the_next_pick_and_says_when_the_maximum_is_reached(open_app) -> None:
    page: Page = open_app("multi_picks", PICKS)
    page.get_by_test_id("stMultiSelect").locator("input").click()
    expect(page.get_by_role("option")).to_have_text(["Select all", "male", "female", "other"])
    page.get_by_role("option", name="male", exact=True).click()
    expect(page.get_by_role("option")).to_have_text(["Select all", "female", "other"])  # still open (1.67)
    page.get_by_role("option", name="other", exact=True).click()
    expect(page.get_by_role("option")).to_have_text(["You can only select up to 2 options. Remove an option first."])
    expect(page.get_by_role("option")).to_be_disabled()  # a message, not a choice
    expect(page.get_by_test_id("stMultiSelect").get_by_role("group", name="Selected values")).to_contain_text("male")
    page.keyboard.press("Escape")
    expect(page.get_by_role("option")).to_have_count(0)
    expect(page.get_by_test_id("stJson")).to_contain_text("other")


GROUPS = """
import streamlit as st
st.text(repr(st.pills("Single", [":material/add:", "**Bold** one"])))
st.text(repr(st.pills("Multi", ["A", "B"], selection_mode="multi", default=["A"])))
"""


def test_pills_are_1_67s_radios_or_toggle_buttons_with_markdown_options(open_app) -> None:
    """One choice: a radiogroup of radios (aria-checked); several: a toolbar of toggle buttons
    (aria-pressed); options are inline markdown, Material icons included."""
    page: Page = open_app("groups", GROUPS)
    single = page.get_by_role("radiogroup", name="Single")
    expect(single.get_by_role("radio")).to_have_count(2)
    icon = single.get_by_role("radio", name="add icon")
    expect(icon.get_by_test_id("stMarkdownContainer").locator(".wl-material-icon")).to_have_text("add")
    expect(single.get_by_role("radio").nth(1).locator("strong")).to_have_text("Bold")
    icon.click()
    expect(icon).to_have_attribute("aria-checked", "true")
    expect(page.get_by_test_id("stText").first).to_have_text("':material/add:'")
    multi = page.get_by_role("toolbar", name="Multi")
    expect(multi.get_by_role("button", name="A")).to_have_attribute("aria-pressed", "true")
    multi.get_by_role("button", name="B").click()
    wait_idle(page)
    expect(multi.get_by_role("button", name="B")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_test_id("stText").last).to_have_text("['A', 'B']")
