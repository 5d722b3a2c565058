"""Markdown-family elements of 1.67: st.badge, st.latex, exception messages as markdown."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_badge_is_markdown_with_a_badge_directive():
    at = AppTest.from_string('''
        import streamlit as st
        st.badge("New", icon=":material/star:", color="violet")
    ''').run()
    assert at.markdown[0].value == ":violet-badge[:material/star: New]"


def test_latex_wraps_its_body_in_display_math():
    at = AppTest.from_string('''
        import streamlit as st
        st.latex(r"a^2 + b^2")
    ''').run()
    assert at.latex[0].value == "$$\na^2 + b^2\n$$"


def test_streamlit_errors_say_their_message_is_markdown_and_plain_errors_do_not():
    at = AppTest.from_string('''
        import streamlit as st
        st.exception(st.errors.StreamlitAPIException("Use `st.rerun`"))
        st.exception(ValueError("plain `ticks`"))
    ''').run()
    assert [e.proto.message_is_markdown for e in at.exception] == [True, False]


def test_metric_takes_an_icon_and_table_takes_hide_index():
    at = AppTest.from_string('''
        import streamlit as st
        st.metric("Users", 10, 2, icon=":material/group:", delta_description="since May")
        st.table({"a": [1, 2]}, hide_index=True)
    ''').run()
    assert at.metric[0].proto.icon == ":material/group:"
    assert at.metric[0].proto.delta_description == "since May"
    assert at.table[0].proto.hide_index is True
