"""st.datetime_input (1.67): a datetime to the minute, within ±10 years by default."""

from __future__ import annotations

from datetime import datetime

import pytest

from wasmlit.engine.events import BadEventError
from wasmlit.testing import AppTest


def test_value_min_max_and_set_value():
    at = AppTest.from_string('''
        import streamlit as st
        import datetime as dt
        when = st.datetime_input("When", value=dt.datetime(2024, 1, 2, 3, 4, 5), key="w")
        st.write(repr(when))
    ''').run()
    assert at.markdown[0].value == "datetime.datetime(2024, 1, 2, 3, 4)"
    w = at.datetime_input[0]
    assert (w.type, w.min, w.max, w.step) == ("date_time_input", "2014-01-02T00:00", "2034-01-02T23:59", 900)
    w.set_value(datetime(2025, 1, 1, 10, 30)).run()
    assert at.markdown[0].value == "datetime.datetime(2025, 1, 1, 10, 30)"
    at.datetime_input[0].set_value("2025-02-03T04:05").run()
    assert at.session_state["w"] == datetime(2025, 2, 3, 4, 5)


def test_none_and_date_values():
    at = AppTest.from_string('''
        import streamlit as st
        import datetime as dt
        st.write(repr(st.datetime_input("A", value=None)), repr(st.datetime_input("B", value=dt.date(2024, 5, 6))))
    ''').run()
    assert at.markdown[0].value == "None datetime.datetime(2024, 5, 6, 0, 0)"


def test_a_page_value_outside_the_bounds_is_refused():
    at = AppTest.from_string('''
        import streamlit as st
        import datetime as dt
        st.write(repr(st.datetime_input("A", value=dt.datetime(2024, 1, 1, 0, 0), max_value=dt.datetime(2024, 12, 31))))
    ''').run()
    with pytest.raises(BadEventError, match="outside"):
        at._session.run([{"type": "set_value", "id": at.datetime_input[0].id, "value": "2030-01-01T00:00"}])
    assert at.datetime_input[0].value == datetime(2024, 1, 1, 0, 0)
