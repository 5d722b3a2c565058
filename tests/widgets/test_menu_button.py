"""st.menu_button: the chosen option for one run, then None again."""

from __future__ import annotations

import pytest

from wasmlit.engine.events import BadEventError
from wasmlit.testing import AppTest

APP = '''
    import streamlit as st
    def on_click():
        st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    choice = st.menu_button("Export", ["CSV", "PDF"], key="m", on_click=on_click)
    st.write("choice", choice)
'''


def test_choice_is_returned_in_the_run_it_starts_and_none_after():
    at = AppTest.from_string(APP).run()
    assert at.markdown[0].value == "choice `None`"
    assert at.menu_button[0].options == ["CSV", "PDF"]
    at.menu_button[0].click("PDF").run()
    assert at.markdown[0].value == "choice PDF"
    assert at.session_state["clicks"] == 1
    at.run()
    assert at.markdown[0].value == "choice `None`"
    at.menu_button[0].click_index(0).run()
    assert at.markdown[0].value == "choice CSV"


def test_menu_button_inside_a_form_is_refused():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f"):
            st.menu_button("Go", ["a"])
            st.form_submit_button()
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert "can't be used in an `st.form()`" in at.exception[0].message


def test_a_page_value_that_is_not_an_option_index_is_refused():
    at = AppTest.from_string(APP).run()
    widget_id = at.menu_button[0].id
    with pytest.raises(BadEventError, match="option index 7 does not exist"):
        at._session.run([{"type": "click", "id": widget_id, "value": 7}])
    assert "clicks" not in at.session_state
