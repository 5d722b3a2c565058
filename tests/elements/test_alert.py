"""Alerts (Streamlit 1.67): a leading emoji or Material icon moves into the icon."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_leading_emoji_of_the_body_becomes_the_icon():
    at = AppTest.from_string('''
        import streamlit as st
        st.success("✅ Saved!")
        st.warning("⚠️Careful")
        st.info("👩‍💻 ZWJ sequence stays whole")
    ''').run()
    assert [(a.value, a.icon) for a in at.success] == [("Saved!", "✅")]
    assert [(a.value, a.icon) for a in at.warning] == [("Careful", "⚠️")]
    assert [(a.value, a.icon) for a in at.info] == [("ZWJ sequence stays whole", "👩‍💻")]


def test_leading_material_icon_becomes_the_icon_and_plain_text_keeps_no_icon():
    at = AppTest.from_string('''
        import streamlit as st
        st.info(":material/info: Note")
        st.error("no icon here")
        st.error(":material/Not-An-Icon: stays")
    ''').run()
    assert (at.info[0].value, at.info[0].icon) == ("Note", ":material/info:")
    assert [(e.value, e.icon) for e in at.error] == [("no icon here", ""), (":material/Not-An-Icon: stays", "")]


def test_explicit_icon_wins_and_an_empty_icon_keeps_the_body_whole():
    at = AppTest.from_string('''
        import streamlit as st
        st.info("🔥 body", icon="🚨")
        st.info("🔥 body", icon="")
    ''').run()
    assert [(a.value, a.icon) for a in at.info] == [("🔥 body", "🚨"), ("🔥 body", "")]


def test_an_emoji_shortcode_as_icon_is_refused_with_what_to_use():
    at = AppTest.from_string('''
        import streamlit as st
        st.info("x", icon=":smile:")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitAPIException"
    assert "Emoji shortcodes are not supported" in at.exception[0].message


def test_alert_title_and_proto_fields_carry_streamlit_names():
    at = AppTest.from_string('''
        import streamlit as st
        st.error("body", title="Heads up")
    ''').run()
    proto = at.error[0].proto
    assert (proto.body, proto.title, proto.format, proto.icon) == ("body", "Heads up", 1, "")


def test_a_stray_variation_selector_before_an_emoji_icon_is_accepted():
    at = AppTest.from_string('''
        import streamlit as st
        st.error("This is an error", icon="\\ufe0f🚨")
    ''').run()
    assert not at.exception
    assert at.error[0].value == "This is an error"


def test_help_is_dedented_as_167_does():
    at = AppTest.from_string('''
        import streamlit as st
        st.button("Go", help="""
            First line.
            Second line.
        """)
        st.markdown("Text", help="""
            Indented.""")
    ''').run()
    assert at.button[0].help == "\nFirst line.\nSecond line.\n"
    assert at.markdown[0].help == "\nIndented."
