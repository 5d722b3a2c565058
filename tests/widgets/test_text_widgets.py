"""text_input and text_area: AppTest interaction, value type, .type/.label/.key."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_text_input_input_and_value_type():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_input("Your name")
        st.write(f"{type(v).__name__}:{v}")
    ''').run()
    ti = at.text_input[0]
    assert (ti.type, ti.label, ti.key) == ("text_input", "Your name", None)
    assert ti.value == ""
    ti.input("Ada").run()
    assert at.text_input[0].value == "Ada"
    assert at.markdown[0].value == "str:Ada"


def test_text_input_max_chars_ignores_too_long_input():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("code", max_chars=3, key="c")
    ''').run()
    at.text_input(key="c").input("abcd").run()
    assert at.session_state.c == ""
    at.text_input(key="c").input("abc").run()
    assert at.session_state.c == "abc"


def test_text_input_set_value_none_when_value_none():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_input("opt", value=None, key="o")
        st.write(repr(v))
    ''').run()
    assert at.text_input[0].value is None
    at.text_input[0].input("x").run()
    assert at.markdown[0].value == "'x'"
    at.text_input[0].set_value(None).run()
    assert at.markdown[0].value == "None"


def test_text_area_input_and_type():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_area("Notes", key="notes")
        st.text(v)
    ''').run()
    ta = at.text_area[0]
    assert (ta.type, ta.label, ta.key) == ("text_area", "Notes", "notes")
    assert not at.text_input  # text_area is listed apart
    ta.input("line 1\nline 2").run()
    assert at.text[0].value == "line 1\nline 2"
    assert at.session_state.notes == "line 1\nline 2"
