"""examples/button_state_assignment.py: seed 001, a button's key cannot be set through session state (rules 78, 79)."""

from wasmlit.testing import AppTest

APP = "../../examples/button_state_assignment.py"

MESSAGE = (
    "`st.session_state['my_button']` is read-only and cannot be assigned through session state. "
    "Use a different session state key for values you need to set."
)


def test_rule_78_creating_the_button_raises_value_assignment_not_allowed():
    at = AppTest.from_file(APP).run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exc.message == MESSAGE
    assert not at.button


def test_rule_79_the_widget_call_raises_and_the_assigned_value_stays():
    at = AppTest.from_file(APP).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert at.session_state.my_button is True


def test_only_the_run_that_assigned_the_key_raises():
    """The guard skips the assignment on the next run, so the button is created
    without error (Streamlit checks only keys written during the current run)."""
    at = AppTest.from_file(APP).run()
    at.run()
    assert not at.exception
    assert at.button[0].label == "My button"
