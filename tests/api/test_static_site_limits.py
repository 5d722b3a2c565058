"""What a static site cannot do (st.login, st.logout, st.user, st.connection, st.App)
fails with one error saying why and what to do; removed names answer as Streamlit 1.67."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


@pytest.mark.parametrize("call", ["st.login()", "st.logout()", "st.user.is_logged_in", "st.connection('sql')", "st.App('app.py')"])
def test_server_only_apis_raise_a_static_site_error_with_a_fix(call: str):
    at = AppTest.from_string(f'''
        import streamlit as st
        st.text("before")
        {call}
        st.text("after")
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitStaticSiteError"
    assert "wasmlit app" in exc.message and "Fix:" in exc.message
    assert [t.value for t in at.text] == ["before"]


@pytest.mark.parametrize(("name", "successor"), [
    ("experimental_rerun", "st.rerun"), ("experimental_get_query_params", "st.query_params"),
    ("experimental_dialog", "st.dialog"), ("experimental_fragment", "st.fragment"),
    ("cache", "st.cache_data or st.cache_resource"), ("beta_columns", "st.columns"),
])
def test_removed_names_say_what_replaced_them(name: str, successor: str):
    at = AppTest.from_string(f'''
        import streamlit as st
        st.{name}
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "AttributeError"
    assert exc.message == f"module 'streamlit' has no attribute '{name}'. st.{name} has been removed. Use {successor} instead."


def test_a_typo_gets_streamlits_suggestion_and_hasattr_stays_false():
    at = AppTest.from_string('''
        import streamlit as st
        st.write(hasattr(st, "experimental_rerun"))
        st.buton("x")
    ''').run()
    assert at.markdown[0].value == "`False`"
    assert at.exception[0].message == "module 'streamlit' has no attribute 'buton'. Did you mean st.button?"
