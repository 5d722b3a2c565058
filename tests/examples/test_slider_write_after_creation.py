"""examples/slider_write_after_creation.py: seed 001, writing a slider's key after creating it raises (rules 74, 111)."""

from wasmlit.testing import AppTest

APP = "../../examples/slider_write_after_creation.py"


def test_rule_74_assignment_after_the_slider_raises_already_instantiated():
    at = AppTest.from_file(APP).run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert exc.message.startswith(
        "`st.session_state['my_slider']` cannot be modified after the widget with that key is instantiated."
    )
    assert "Assign `st.session_state['my_slider']` before creating the widget" in exc.message
    assert "or update it from an `on_change` or `on_click` callback" in exc.message
    # The slider is still drawn and keeps its value.
    assert at.slider[0].value == 5
    assert at.session_state.my_slider == 5


def test_user_moves_slider_the_write_still_raises_and_the_user_value_stays():
    at = AppTest.from_file(APP).run()
    at.slider[0].set_value(3).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert at.slider[0].value == 3
    assert at.session_state.my_slider == 3
