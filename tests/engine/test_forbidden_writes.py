"""Forbidden session-state writes: BEHAVIOURS.md rules 74-80."""

from __future__ import annotations

from wasmlit.testing import AppTest

ALREADY = "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
READ_ONLY = "streamlit.errors.StreamlitValueAssignmentNotAllowedError"


def test_rule_74_assigning_key_after_widget_raises_and_stops_the_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name", value="Ann", key="name")
        st.session_state.name = "Bob"
        st.write("after")
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == ALREADY
    assert exc.message.startswith(
        "`st.session_state['name']` cannot be modified after the widget with that key is instantiated."
    )
    assert "Assign `st.session_state['name']` before creating the widget" in exc.message
    assert "or update it from an `on_change` or `on_click` callback" in exc.message
    assert at.text_input[0].value == "Ann"
    assert at.session_state.name == "Ann"
    assert len(at.markdown) == 0


def test_rule_75_already_instantiated_error_can_be_caught():
    at = AppTest.from_string('''
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        st.text_input("Name", value="Ann", key="name")
        try:
            st.session_state.name = "Bob"
        except StreamlitAPIException as e:
            st.write(type(e).__name__)
        st.write(f"value={st.session_state.name}")
    ''').run()
    assert len(at.exception) == 0
    assert at.markdown[0].value == "StreamlitWidgetAlreadyInstantiatedError"
    assert at.markdown[1].value == "value=Ann"
    assert at.text_input[0].value == "Ann"


def test_rule_76_button_branch_after_widget_raises_on_click_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name", key="name")
        if st.button("Reset"):
            st.session_state.name = "reset"
    ''').run()
    assert len(at.exception) == 0
    at.button[0].click().run()
    assert at.exception[0].proto.type == ALREADY


def test_rule_76_button_branch_before_widget_is_allowed():
    at = AppTest.from_string('''
        import streamlit as st
        if st.button("Reset"):
            st.session_state.name = "reset"
        st.text_input("Name", key="name")
    ''').run()
    at.text_input[0].input("Ann").run()
    assert at.text_input[0].value == "Ann"
    at.button[0].click().run()
    assert len(at.exception) == 0
    assert at.text_input[0].value == "reset"
    assert at.session_state.name == "reset"


def test_rule_77_session_state_value_beats_value_argument_without_warning():
    at = AppTest.from_string('''
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "from state"
        st.text_input("Name", value="from value", key="name")
    ''').run()
    assert at.text_input[0].value == "from state"
    assert len(at.exception) == 0
    assert len(at.warning) == 0


def _read_only_app(widget_line: str) -> AppTest:
    return AppTest.from_string(f'''
        import streamlit as st
        st.session_state.k = True
        st.write("assigned")
        {widget_line}
        st.write("after")
    ''')


def test_rule_78_read_only_widgets_raise_value_assignment_not_allowed():
    message = (
        "`st.session_state['k']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )
    for line in (
        'st.button("B", key="k")',
        'st.download_button("D", data="x", key="k")',
        'st.file_uploader("F", key="k")',
        'with st.form("f"):\n            st.form_submit_button("S", key="k")',
    ):
        at = _read_only_app(line).run()
        assert at.exception[0].proto.type == READ_ONLY, line
        assert at.exception[0].message == message, line


def test_rule_79_read_only_error_comes_from_widget_call_and_value_stays():
    at = _read_only_app('st.button("B", key="k")').run()
    # The assignment itself succeeded: the line after it ran.
    assert [m.value for m in at.markdown] == ["assigned"]
    assert at.exception[0].proto.type == READ_ONLY
    assert at.session_state.k is True


def test_rule_80_callback_assigning_button_key_raises_when_button_is_created():
    at = AppTest.from_string('''
        import streamlit as st
        def poke():
            st.session_state.b = True
        st.checkbox("Poke", key="c", on_change=poke)
        st.button("B", key="b")
    ''').run()
    assert len(at.exception) == 0
    at.checkbox[0].check().run()
    assert at.exception[0].proto.type == READ_ONLY
    assert "`st.session_state['b']` is read-only" in at.exception[0].message
