"""st.slider's bounds and values as 1.67 settles them."""

from __future__ import annotations

from datetime import date

from wasmlit.testing import AppTest


def test_bounds_widen_to_the_value_and_reversed_ones_swap_as_in_1_67():
    at = AppTest.from_string('''
import streamlit as st
from datetime import date
st.slider("years", 1986, 2006, (2000, 2016))
st.slider("reversed", 100, 0, 50)
st.slider("range reversed", 0, 10, (8, 3))
st.slider("empty range", 0, 10, [])
st.slider("day", date(2020, 1, 1), date(2020, 2, 1), date(2021, 1, 1))
''').run()
    assert not at.exception
    s = at.slider
    assert (s[0].value, s[0].min, s[0].max) == ((2000, 2016), 1986, 2016)
    assert (s[1].value, s[1].min, s[1].max) == (50, 0, 100)
    assert s[2].value == (3, 8)
    assert s[3].value == (0, 10)
    assert s[4].value == date(2021, 1, 1)
    s[0].set_value((1990, 2016)).run()
    assert at.slider[0].value == (1990, 2016)


def test_select_slider_orders_a_reversed_range_and_names_bad_values_as_1_67():
    at = AppTest.from_string('''
import streamlit as st
st.write(st.select_slider("range", options=[1, 2, 3], value=(3, 1)))
for kw in [dict(options=[]), dict(options=[1, 2], value=5)]:
    try:
        st.select_slider("bad", **kw)
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
''').run()
    assert at.select_slider[0].value == (1, 3)
    assert [m.value for m in at.markdown][1:] == [
        "StreamlitMissingRequiredParameterError: The `options` parameter is required. Provide at least one option.",
        "ValueError: 5 is not in iterable"]



def test_equal_bounds_raise_167s_error():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        for kw in (dict(min_value=10, max_value=10, value=10), dict(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 1))):
            try:
                st.slider("x", **kw)
            except Exception as e:
                st.text(str(e))
    ''').run()
    assert [t.value for t in at.text] == [
        "The `min_value` and `max_value` parameters are both set to 10. They must not be equal.",
        "The `min_value` and `max_value` parameters are both set to 2024-01-01 00:00:00. They must not be equal.",
    ]


def test_values_out_of_bounds_from_session_state_as_1_67() -> None:
    """A slider's out-of-bounds value from session_state is 1.67's error where it stands; a
    number_input's goes back to its default, session_state too."""
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("s", 50)
        st.session_state.setdefault("n", -4)
        st.number_input("n", min_value=0, max_value=10, value=3, key="n")
        st.write("n is", st.session_state.n)
        st.slider("s", 0, 10, 5, key="s")
        st.write("after")
    ''').run()
    assert [e.value for e in at.exception] == ["The `value` 50 is greater than the `max_value` 10."]
    assert at.number_input[0].value == 3 and at.markdown[0].value == "n is `3`"
    assert len(at.slider) == 0 and len(at.markdown) == 1
    at.session_state.s = 7
    at.run()
    assert not at.exception and at.slider[0].value == 7
