"""Widget state cleanup: BEHAVIOURS.md rules 81-85."""

from __future__ import annotations

from wasmlit.testing import AppTest

TOGGLED = '''
import streamlit as st
show = st.checkbox("Show", value=True, key="show")
if show:
    st.text_input("Name", value="default", key="name")
st.write(f"name in state: {'name' in st.session_state}")
if "name" in st.session_state:
    st.write(f"name={st.session_state.name}")
'''


def test_rule_81_hidden_widget_readable_in_that_run_then_deleted():
    at = AppTest.from_string(TOGGLED).run()
    at.text_input(key="name").input("Ann").run()
    assert at.session_state.name == "Ann"
    at.checkbox(key="show").uncheck().run()
    # The run that hides the widget can still read its value ...
    assert at.markdown[0].value == "name in state: True"
    assert at.markdown[1].value == "name=Ann"
    # ... but the entry is gone once that run ends.
    assert "name" not in at.session_state
    at.run()
    assert at.markdown[0].value == "name in state: False"


def test_rule_82_widget_shown_again_starts_from_default():
    at = AppTest.from_string(TOGGLED).run()
    at.text_input(key="name").input("Ann").run()
    at.checkbox(key="show").uncheck().run()
    at.run()
    at.checkbox(key="show").check().run()
    assert at.text_input(key="name").value == "default"
    assert at.session_state.name == "default"


def test_rule_83_plain_keys_are_never_cleaned_up():
    at = AppTest.from_string('''
        import streamlit as st
        if "plain" not in st.session_state:
            st.session_state.plain = "kept"
        if st.checkbox("Draw", value=True):
            st.write("drawn")
    ''').run()
    at.checkbox[0].uncheck().run()
    at.run()
    at.run()
    assert at.session_state.plain == "kept"


def test_rule_84_self_assignment_keeps_value_while_hidden():
    at = AppTest.from_string('''
        import streamlit as st
        if "name" in st.session_state:
            st.session_state.name = st.session_state.name
        show = st.checkbox("Show", value=True, key="show")
        if show:
            st.text_input("Name", value="default", key="name")
    ''').run()
    at.text_input(key="name").input("Ann").run()
    at.checkbox(key="show").uncheck().run()
    at.run()
    assert at.session_state.name == "Ann"
    at.checkbox(key="show").check().run()
    assert at.text_input(key="name").value == "Ann"


def test_rule_85_copy_in_on_change_survives_while_widget_key_is_deleted():
    at = AppTest.from_string('''
        import streamlit as st
        def save():
            st.session_state.saved_name = st.session_state.name
        show = st.checkbox("Show", value=True, key="show")
        if show:
            st.text_input("Name", key="name", on_change=save)
    ''').run()
    at.text_input(key="name").input("Ann").run()
    assert at.session_state.saved_name == "Ann"
    at.checkbox(key="show").uncheck().run()
    at.run()
    assert "name" not in at.session_state
    assert at.session_state.saved_name == "Ann"
