"""date_input and time_input: AppTest interaction and value types."""

from __future__ import annotations

import datetime as dt

from wasmlit.testing import AppTest


def test_date_input_single_set_value():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        d = st.date_input("When", value=dt.date(2024, 5, 1))
        st.write(f"{type(d).__name__} {d.isoformat()}")
    ''').run()
    di = at.date_input[0]
    assert (di.type, di.label, di.key) == ("date_input", "When", None)
    assert di.value == dt.date(2024, 5, 1)
    di.set_value(dt.date(2025, 12, 31)).run()
    assert at.date_input[0].value == dt.date(2025, 12, 31)
    assert at.markdown[0].value == "date 2025-12-31"


def test_date_input_range_is_a_tuple():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.date_input("Trip", value=(dt.date(2024, 1, 1), dt.date(2024, 1, 7)), key="trip")
    ''').run()
    assert at.session_state.trip == (dt.date(2024, 1, 1), dt.date(2024, 1, 7))
    assert type(at.session_state.trip) is tuple
    at.date_input(key="trip").set_value((dt.date(2024, 2, 1), dt.date(2024, 2, 3))).run()
    assert at.session_state.trip == (dt.date(2024, 2, 1), dt.date(2024, 2, 3))


def test_time_input_set_value_and_increment():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        t = st.time_input("Alarm", value=dt.time(8, 0), key="alarm")
        st.write(f"{type(t).__name__} {t.isoformat()}")
    ''').run()
    ti = at.time_input[0]
    assert (ti.type, ti.label, ti.key) == ("time_input", "Alarm", "alarm")
    ti.set_value(dt.time(9, 45)).run()
    assert at.markdown[0].value == "time 09:45:00"
    at.time_input[0].increment().run()  # default step: 15 minutes
    assert at.session_state.alarm == dt.time(10, 0)
    at.time_input[0].decrement().run()
    assert at.session_state.alarm == dt.time(9, 45)


def test_time_input_drops_seconds_with_minute_step():
    """Streamlit 1.67 strips seconds from value when step is whole minutes."""
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.time_input("a", value=dt.datetime(2024, 1, 1, 8, 30, 15, 500), key="a")
        st.time_input("b", value=dt.time(7, 5, 59), key="b")
    ''').run()
    assert at.session_state.a == dt.time(8, 30)
    assert at.session_state.b == dt.time(7, 5)


def test_date_input_accepts_datetime_and_iso_string():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.date_input("a", value=dt.datetime(2024, 1, 1, 8, 30), key="a")
        st.date_input("b", value="2024-03-04", key="b")
        st.date_input("c", value=None, key="c")
    ''').run()
    assert at.session_state.a == dt.date(2024, 1, 1) and type(at.session_state.a) is dt.date
    assert at.session_state.b == dt.date(2024, 3, 4)
    assert at.session_state.c is None


def test_date_and_datetime_input_formats_must_be_one_of_streamlits():
    at = AppTest.from_string('''
        import streamlit as st
        st.date_input("When", format="DD.MM.YYYY")
        st.date_input("Bad", format="YYYY-DD-MM")
    ''').run()
    assert len(at.date_input) == 1
    later = AppTest.from_string('''
        import streamlit as st
        st.datetime_input("Meeting", format="MM-DD-YYYY")
        st.datetime_input("Bad", format="YYYY-DD-MM")
    ''').run()
    assert len(later.get("date_time_input")) == 1
    assert later.exception[0].value == at.exception[0].value
    assert at.exception[0].value == (
        "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
        "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YYYY-DD-MM'."
    )


def test_date_input_bounds_follow_167():
    """Unset bounds lie ten years before the first date and after the last; the default
    "today" moves inside given bounds; a value put under the key shapes a default widget."""
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.date_input("Range", value=(dt.date(2019, 7, 6), dt.date(2020, 7, 6)))
        today = dt.date.today()
        st.date_input("Later", min_value=today + dt.timedelta(days=400))
        if "trip" not in st.session_state:
            st.session_state.trip = (today - dt.timedelta(days=30), today)
        st.date_input("Trip", max_value=today, key="trip")
    ''').run()
    assert not at.exception
    ranged, later, trip = at.date_input
    assert (ranged.min, ranged.max) == (dt.date(2009, 7, 6), dt.date(2030, 7, 6))
    today = dt.date.today()
    assert later.value == today + dt.timedelta(days=400)
    start = today - dt.timedelta(days=30)
    assert trip.value == (start, today)
    assert trip.min == start.replace(year=start.year - 10)
    trip.set_value((today - dt.timedelta(days=3), today)).run()
    assert at.session_state.trip == (today - dt.timedelta(days=3), today)


def test_date_input_value_outside_bounds_raises_167s_errors():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.date_input("Low", value=dt.date(2020, 1, 1), min_value=dt.date(2021, 1, 1))
    ''').run()
    assert at.exception[0].value == "The `value` 2020-01-01 is less than the `min_value` 2021-01-01."
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.date_input("Bad", min_value=dt.date(2021, 1, 1), max_value=dt.date(2020, 1, 1))
    ''').run()
    assert at.exception[0].value == ("The `min_value`, set to 2021-01-01, cannot be greater than the "
                                      "`max_value`, set to 2020-01-01.")
