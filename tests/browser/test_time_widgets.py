"""st.date_input and st.time_input as Streamlit 1.67 draws them (widgets/time_widgets.js): fields typed
part by part, a calendar of named day buttons, and 1.67's moments of commit."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import expect

DATES = """
import datetime as dt
import streamlit as st
st.write("Beside")
day = st.date_input("Birthday", dt.date(2019, 7, 6), min_value=dt.date(2010, 1, 1), max_value=dt.date(2030, 12, 31),
                    format="DD.MM.YYYY")
trip = st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 7)))
maybe = st.date_input("Maybe", value=None)
st.write(f"day={day}; trip={trip}; maybe={maybe}")
"""


def test_a_date_typed_part_by_part_counts_when_its_field_is_left(open_app) -> None:
    page = open_app("dates_typed", DATES)
    summary = page.get_by_text("day=")
    birthday = page.get_by_role("group", name="Birthday")
    expect(page.get_by_role("alert")).to_have_count(0)  # no error, no (empty) alert
    # The format orders the parts: day, month, year.
    expect(birthday.get_by_role("spinbutton")).to_have_text(["06", "07", "2019"])
    month = birthday.get_by_role("spinbutton", name="month, Birthday")
    expect(month).to_have_attribute("aria-valuetext", "07 – July")
    birthday.get_by_role("spinbutton", name="day, Birthday").click()
    page.keyboard.type("15")  # two digits fill the day; the focus moves on to the month
    expect(month).to_be_focused()
    page.keyboard.type("3")
    page.keyboard.press("Enter")  # as in 1.67, Enter does not commit a date
    expect(summary).to_contain_text("day=2019-07-06;")
    page.get_by_text("Beside").click()
    expect(summary).to_contain_text("day=2019-03-15;")
    # Outside min/max: refused with 1.67's message, in the widget's format.
    birthday.get_by_role("spinbutton", name="year, Birthday").fill("2031")
    page.get_by_text("Beside").click()
    widget = page.get_by_test_id("stDateInput").first
    expect(widget.get_by_test_id("stDateInputError")).to_be_visible()
    expect(widget.get_by_role("alert")).to_have_text(
        "Error: Date set outside allowed range. Please select a date on or before 31.12.2030.")
    expect(summary).to_contain_text("day=2019-03-15;")
    # A half-typed date goes back to the last one.
    birthday.get_by_role("spinbutton", name="year, Birthday").fill("")
    page.get_by_text("Beside").click()
    expect(birthday.get_by_role("spinbutton")).to_have_text(["15", "03", "2019"])
    expect(widget.get_by_test_id("stDateInputError")).to_be_hidden()
    expect(page.get_by_role("alert")).to_have_count(0)


def test_the_calendar_picks_a_day_a_range_and_clears(open_app) -> None:
    page = open_app("dates_calendar", DATES)
    summary = page.get_by_text("day=")
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar).to_have_count(0)
    birthday = page.get_by_test_id("stDateInput").first
    birthday.get_by_role("button", name="Choose date").click()
    expect(calendar).to_have_attribute("role", "dialog")
    expect(calendar.get_by_role("grid", name="Choose date, July 2019")).to_be_visible()
    expect(calendar.get_by_role("button", name="Saturday, July 6, 2019 selected")).to_be_focused()
    expect(calendar.get_by_role("button", name="Sunday, June 30, 2019")).to_have_attribute("aria-disabled", "true")
    page.keyboard.press("ArrowRight")
    expect(calendar.get_by_role("button", name="Sunday, July 7, 2019")).to_be_focused()
    calendar.get_by_role("button", name="Next month").click()
    calendar.get_by_role("button", name="Tuesday, August 20, 2019").click()
    expect(summary).to_contain_text("day=2019-08-20;")
    expect(calendar).to_have_count(0)
    # Escape closes it without a change.
    birthday.get_by_role("button", name="Choose date").click()
    page.keyboard.press("Escape")
    expect(calendar).to_have_count(0)
    # A range: two days, in either order.
    trip = page.get_by_test_id("stDateInput").nth(1)
    trip.get_by_role("button", name="Choose date range").click()
    calendar.get_by_role("button", name="Monday, January 15, 2024").click()
    calendar.get_by_role("button", name="Wednesday, January 10, 2024").click()
    expect(summary).to_contain_text("trip=(datetime.date(2024, 1, 10), datetime.date(2024, 1, 15));")
    expect(trip.get_by_role("group", name="Trip start date").get_by_role("spinbutton")).to_have_text(["2024", "01", "10"])
    # 1.67's preset ranges, each ending today.
    trip.get_by_role("button", name="Choose date range").click()
    calendar.get_by_role("button", name="Quick select a date range").click()
    page.get_by_test_id("stDateInputQuickSelectPopover").get_by_role("option", name="Past Week").click()
    end = dt.date.today()
    start = end - dt.timedelta(days=7)
    expect(summary).to_contain_text(f"trip=({start!r}, {end!r});")
    trip.get_by_role("button", name="Choose date range").click()
    expect(calendar.get_by_role("button", name="Quick select a date range")).to_have_text("Past Week")
    page.keyboard.press("Escape")
    # value=None: "Clear date" once a date is chosen.
    maybe = page.get_by_test_id("stDateInput").nth(2)
    expect(maybe.get_by_role("spinbutton")).to_have_text(["yyyy", "mm", "dd"])
    expect(maybe.get_by_test_id("stDateInputClearButton")).to_be_hidden()
    maybe.get_by_role("button", name="Choose date").click()
    calendar.get_by_role("grid").get_by_role("button").and_(calendar.locator('[tabindex="0"]')).click()
    expect(summary).not_to_contain_text("maybe=None")
    maybe.get_by_role("button", name="Clear date").click()
    expect(summary).to_contain_text("maybe=None")


TIMES = """
import datetime as dt
import streamlit as st
alarm = st.time_input("Alarm", dt.time(8, 45))
fine = st.time_input("Fine", dt.time(8, 45, 10), step=5)
evening = st.time_input("Evening", dt.time(14, 5), format="12h")
maybe = st.time_input("Maybe", value=None)
st.write(f"alarm={alarm}; fine={fine}; evening={evening}; maybe={maybe}")
"""


def test_a_time_counts_on_enter_and_on_each_arrow_step(open_app) -> None:
    page = open_app("times", TIMES)
    summary = page.get_by_text("alarm=")
    alarm = page.get_by_role("group", name="Alarm")
    hour = alarm.get_by_role("spinbutton", name="hour, Alarm")
    hour.click()
    page.keyboard.type("10")
    expect(alarm.get_by_role("spinbutton", name="minute, Alarm")).to_be_focused()
    expect(page.get_by_test_id("stTimeInput").first.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply")
    expect(summary).to_contain_text("alarm=08:45:00;")
    page.keyboard.press("Enter")
    expect(summary).to_contain_text("alarm=10:45:00;")
    # The default step (15 minutes) moves the minutes to the next quarter, committed at once.
    page.keyboard.press("ArrowUp")
    expect(summary).to_contain_text("alarm=11:00:00;")
    expect(alarm.get_by_role("spinbutton")).to_have_text(["11", "00"])
    # A step in seconds shows the seconds and moves the whole time by it.
    fine = page.get_by_role("group", name="Fine")
    fine.get_by_role("spinbutton", name="second, Fine").click()
    page.keyboard.press("ArrowUp")
    expect(summary).to_contain_text("fine=08:45:15;")
    # 12-hour clock: 2 PM, and AM/PM typed as a letter.
    evening = page.get_by_role("group", name="Evening")
    expect(evening.get_by_role("spinbutton")).to_have_text(["02", "05", "PM"])
    expect(evening.get_by_role("spinbutton", name="hour, Evening")).to_have_attribute("aria-valuetext", "2 PM")
    evening.get_by_role("spinbutton", name="AM/PM, Evening").click()
    page.keyboard.type("a")
    page.keyboard.press("Enter")
    expect(summary).to_contain_text("evening=02:05:00;")
    # value=None: placeholders, a typed time, then "Clear time".
    maybe = page.get_by_role("group", name="Maybe")
    expect(maybe.get_by_role("spinbutton")).to_have_text(["HH", "mm"])
    maybe.get_by_role("spinbutton", name="hour, Maybe").click()
    page.keyboard.type("0730")
    page.keyboard.press("Enter")
    expect(summary).to_contain_text("maybe=07:30:00")
    page.get_by_test_id("stTimeInput").nth(3).get_by_role("button", name="Clear time").click()
    expect(summary).to_contain_text("maybe=None")


LOW = """
import datetime as dt
import streamlit as st
for i in range(30):
    st.write(f"line {i}")
st.date_input("Low", dt.date(2024, 3, 5))
"""


def test_the_calendar_opens_above_a_field_near_the_windows_bottom(open_app) -> None:
    page = open_app("dates_low", LOW)
    # The calendar's stylesheet arrives late (as on a loaded machine): it is placed once styled.
    page.route("**/calendar*.css", lambda route: (page.wait_for_timeout(800), route.continue_()))
    page.set_viewport_size({"width": 900, "height": 600})
    field = page.get_by_test_id("stDateInputField")
    # The field's bottom 20 px above the window's.
    field.evaluate("el => window.scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 20))")
    page.get_by_role("button", name="Choose date").click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar.get_by_role("button", name="Tuesday, March 5, 2024 selected")).to_be_focused()
    box, below = calendar.bounding_box(), field.bounding_box()
    assert box and below and box["y"] + box["height"] <= below["y"] + 1, (box, below)
