"""st.pagination: a 1-based page number, bounded by num_pages."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_default_page_then_select():
    at = AppTest.from_string('''
        import streamlit as st
        page = st.pagination(10, default=2, key="p")
        st.write("page", page)
    ''').run()
    assert at.markdown[0].value == "page `2`"
    assert (at.pagination[0].num_pages, at.pagination[0].default) == (10, 2)
    at.pagination[0].select(7).run()
    assert at.markdown[0].value == "page `7`"
    assert at.session_state["p"] == 7


def test_bad_arguments_raise_streamlit_errors():
    at = AppTest.from_string('''
        import streamlit as st
        st.pagination(0)
    ''').run()
    assert "`num_pages` must be an integer of at least 1" in at.exception[0].message
    at = AppTest.from_string('''
        import streamlit as st
        st.pagination(3, default=5)
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitValueOutOfRangeError"
