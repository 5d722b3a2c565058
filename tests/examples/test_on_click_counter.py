"""examples/on_click_counter.py: seed 002, 'Using Session State with Buttons and Actions' (rules 52, 61)."""

from wasmlit.testing import AppTest

APP = "../../examples/on_click_counter.py"


def test_rule_61_on_click_counter_shows_the_new_count_in_the_same_run():
    at = AppTest.from_file(APP).run()
    assert at.markdown[0].value == "Count = `0`"
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = `1`"
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = `2`"


def test_callback_does_not_run_without_a_click():
    at = AppTest.from_file(APP).run()
    at.button[0].click().run()
    at.run()
    at.run()
    assert at.session_state.count == 1
    assert at.markdown[0].value == "Count = `1`"
