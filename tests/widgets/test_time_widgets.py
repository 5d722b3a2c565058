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
