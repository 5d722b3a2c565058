"""Text elements: headings, markdown, caption, divider, code (BEHAVIOURS.md rules 99-101)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_rule_099_title_header_subheader_read_back_with_h1_h2_h3():
    at = AppTest.from_string('''
        import streamlit as st
        st.title("The title")
        st.header("A header")
        st.subheader("A subheader")
    ''').run()
    assert [e.value for e in at.title] == ["The title"]
    assert [e.value for e in at.header] == ["A header"]
    assert [e.value for e in at.subheader] == ["A subheader"]
    assert (at.title[0].tag, at.header[0].tag, at.subheader[0].tag) == ("h1", "h2", "h3")
    assert (at.title[0].type, at.header[0].type, at.subheader[0].type) == ("title", "header", "subheader")


def test_rule_100_markdown_caption_divider_have_separate_lists():
    at = AppTest.from_string('''
        import streamlit as st
        st.markdown("**bold** text")
        st.caption("small print")
        st.divider()
        st.markdown("second")
    ''').run()
    assert [m.value for m in at.markdown] == ["**bold** text", "second"]
    assert [c.value for c in at.caption] == ["small print"]
    assert len(at.divider) == 1
    assert at.divider[0].value == "---"
    assert at.caption[0].type == "caption"
    assert at.divider[0].type == "divider"


def test_rule_101_code_value_is_the_body_and_language_is_kept():
    body = "def f():\n    return 1"
    at = AppTest.from_string(f'''
        import streamlit as st
        st.code({body!r}, language="python")
        st.code("SELECT 1", language="sql")
    ''').run()
    assert at.code[0].value == body
    assert at.code[0].language == "python"
    assert at.code[1].value == "SELECT 1"
    assert at.code[1].language == "sql"
