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


def test_latex_dedents_and_strips_its_body_as_streamlit():
    """The docs example: an indented triple-quoted body (value compared with 1.67's AppTest)."""
    at = AppTest.from_string('''
        import streamlit as st
        st.latex(r"""
            a + ar =
            \\sum_{k=0}^{1} ar^k
            """)
    ''').run()
    assert at.latex[0].value == "$$\na + ar =\n\\sum_{k=0}^{1} ar^k\n$$"


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


def test_markdown_and_caption_protos_wrap_as_in_streamlit():
    """Streamlit's markdown and caption set ``wrap`` (True by default); latex and divider leave it unset."""
    at = AppTest.from_string('''
        import streamlit as st
        st.markdown("a")
        st.caption("b")
        st.latex("c")
        st.divider()
    ''').run()
    assert [m.proto.wrap for m in at.markdown] == [True]
    assert (at.caption[0].proto.wrap, at.latex[0].proto.wrap, at.divider[0].proto.wrap) == (True, False, False)


def test_text_and_heading_protos_wrap_by_default():
    at = AppTest.from_string('''
        import streamlit as st
        st.text("t")
        st.header("h")
    ''').run()
    assert at.text[0].proto.wrap is True and at.header[0].proto.wrap is True
