"""checkbox and toggle: AppTest interaction, value type, .type strings."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_checkbox_check_uncheck():
    at = AppTest.from_string('''
        import streamlit as st
        if st.checkbox("Agree"):
            st.write("agreed")
    ''').run()
    cb = at.checkbox[0]
    assert (cb.type, cb.label, cb.key) == ("checkbox", "Agree", None)
    assert cb.value is False
    cb.check().run()
    assert at.checkbox[0].value is True
    assert at.markdown[0].value == "agreed"
    at.checkbox[0].uncheck().run()
    assert at.checkbox[0].value is False
    assert not at.markdown


def test_toggle_is_its_own_type_and_set_value_works():
    at = AppTest.from_string('''
        import streamlit as st
        on = st.toggle("Dark mode", key="dark")
        st.checkbox("Plain")
        st.write("on" if on else "off")
    ''').run()
    assert len(at.toggle) == 1 and len(at.checkbox) == 1
    tg = at.toggle[0]
    assert (tg.type, tg.label, tg.key) == ("toggle", "Dark mode", "dark")
    assert at.checkbox[0].type == "checkbox"
    tg.set_value(True).run()
    assert at.toggle[0].value is True
    assert at.session_state.dark is True
    assert at.markdown[0].value == "on"


def test_checkbox_value_true_default():
    at = AppTest.from_string('''
        import streamlit as st
        st.checkbox("c", value=True, key="c")
    ''').run()
    assert at.session_state.c is True
    at.checkbox[0].uncheck().run()
    assert at.session_state.c is False
