"""examples/form_callback.py: seed 001, a form whose submit button has a callback (rules 62, 64, 65, 66)."""

from wasmlit.testing import AppTest

APP = "../../examples/form_callback.py"


def test_first_run_shows_the_form_defaults():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert at.slider(key="my_slider").value == 5
    assert at.checkbox(key="my_checkbox").value is False
    assert [m.value for m in at.markdown] == ["Slider: `5` Checkbox: `False`"]
    # rule 66: the submit button is listed in both lists
    assert at.form_submit_button[0].label == "Submit"
    assert at.button[0].label == "Submit"


def test_rule_62_changes_without_submit_are_not_applied():
    at = AppTest.from_file(APP).run()
    at.slider(key="my_slider").set_value(8)
    at.checkbox(key="my_checkbox").check()
    at.run()
    assert at.session_state.my_slider == 5
    assert at.session_state.my_checkbox is False
    assert [m.value for m in at.markdown] == ["Slider: `5` Checkbox: `False`"]


def test_rule_65_submit_callback_runs_first_and_sees_the_new_values():
    at = AppTest.from_file(APP).run()
    at.slider(key="my_slider").set_value(8)
    at.checkbox(key="my_checkbox").check()
    at.form_submit_button[0].click().run()
    # The callback's two writes come first on the page, then the script body.
    assert [m.value for m in at.markdown] == ["`8`", "`True`", "Slider: `8` Checkbox: `True`"]


def test_rule_64_submitted_values_persist_and_the_callback_does_not_rerun():
    at = AppTest.from_file(APP).run()
    at.slider(key="my_slider").set_value(2)
    at.form_submit_button[0].click().run()
    at.run()
    assert [m.value for m in at.markdown] == ["Slider: `2` Checkbox: `False`"]
    assert at.session_state.my_slider == 2
