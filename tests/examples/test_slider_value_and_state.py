"""examples/slider_value_and_state.py: seed 001, key set in state plus value= (rules 77, 33)."""

from wasmlit.testing import AppTest

APP = "../../examples/slider_value_and_state.py"


def test_rule_77_session_value_wins_over_value_param_without_exception():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert not at.warning  # the duplication warning is only logged
    assert at.slider[0].value == 7
    assert at.session_state.my_slider == 7


def test_rule_33_unconditional_write_overrides_the_user_every_run():
    at = AppTest.from_file(APP).run()
    at.slider[0].set_value(3).run()
    assert not at.exception
    assert at.slider[0].value == 7
    assert at.session_state.my_slider == 7
