"""number_input and slider: AppTest interaction and value types."""

from __future__ import annotations

import datetime as dt

from wasmlit.testing import AppTest


def test_number_input_increment_decrement_by_step():
    at = AppTest.from_string('''
        import streamlit as st
        n = st.number_input("Qty", min_value=0, max_value=10, value=5, step=2)
        st.write(f"{type(n).__name__} {n}")
    ''').run()
    ni = at.number_input[0]
    assert (ni.type, ni.label, ni.key) == ("number_input", "Qty", None)
    assert ni.value == 5
    ni.increment().run()
    assert at.markdown[0].value == "int 7"
    at.number_input[0].increment().run()
    at.number_input[0].increment().run()  # clamped at max_value
    assert at.number_input[0].value == 10
    at.number_input[0].decrement().run()
    assert at.markdown[0].value == "int 8"


def test_number_input_float_default_step():
    at = AppTest.from_string('''
        import streamlit as st
        st.number_input("Price", key="p")
    ''').run()
    at.number_input(key="p").increment().run()
    assert at.session_state.p == 0.01
    assert type(at.session_state.p) is float
    at.number_input(key="p").set_value(2.5).run()
    assert at.session_state.p == 2.5


def test_number_input_none_value_stays_none_on_increment():
    at = AppTest.from_string('''
        import streamlit as st
        st.number_input("n", value=None, key="n")
    ''').run()
    at.number_input[0].increment().run()
    assert at.session_state.n is None
    at.number_input[0].set_value(3.0).run()
    assert at.session_state.n == 3.0


def test_slider_int_and_float():
    at = AppTest.from_string('''
        import streamlit as st
        i = st.slider("Int", 0, 10, 3)
        f = st.slider("Float", 0.0, 1.0, 0.5)
        st.write(f"{type(i).__name__} {i} {type(f).__name__} {f}")
    ''').run()
    assert [s.type for s in at.slider] == ["slider", "slider"]
    assert at.slider[0].key is None
    at.slider[0].set_value(8)
    at.slider[1].set_value(0.25)
    at.run()
    assert at.markdown[0].value == "int 8 float 0.25"


def test_slider_int_range_set_range():
    at = AppTest.from_string('''
        import streamlit as st
        st.slider("Range", 0, 100, (20, 80), key="r")
    ''').run()
    assert at.slider[0].value == (20, 80)
    at.slider[0].set_range(10, 30).run()
    assert at.session_state.r == (10, 30)
    assert type(at.session_state.r) is tuple


def test_slider_date_single_and_range():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1), key="d")
        st.slider("Span", dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                  (dt.date(2024, 2, 1), dt.date(2024, 3, 1)), key="span")
    ''').run()
    assert at.session_state.d == dt.date(2024, 6, 1)
    assert type(at.session_state.d) is dt.date
    at.slider(key="d").set_value(dt.date(2024, 7, 4))
    at.slider(key="span").set_range(dt.date(2024, 4, 1), dt.date(2024, 5, 1))
    at.run()
    assert at.session_state.d == dt.date(2024, 7, 4)
    assert at.session_state.span == (dt.date(2024, 4, 1), dt.date(2024, 5, 1))


def test_slider_time():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        t = st.slider("At", value=dt.time(11, 30), key="t")
        st.write(type(t).__name__)
    ''').run()
    assert at.session_state.t == dt.time(11, 30)
    assert at.markdown[0].value == "time"
    at.slider(key="t").set_value(dt.time(14, 15)).run()
    assert at.session_state.t == dt.time(14, 15)


def test_number_input_says_inverted_bounds_before_the_value():
    at = AppTest.from_string('import streamlit as st\nst.number_input("n", min_value=10, max_value=0, value=5)').run()
    assert at.exception[0].value == "The `min_value`, set to 10, cannot be greater than the `max_value`, set to 0."
