"""examples/callback_total.py: seed 000, 'Callbacks' quantity × price total (rules 52, 53, 54)."""

from wasmlit.testing import AppTest

APP = "../../examples/callback_total.py"


def test_rule_53_total_starts_at_zero_not_qty_times_price():
    at = AppTest.from_file(APP).run()
    assert at.number_input(key="quantity").value == 1
    assert at.number_input(key="price").value == 10.0
    assert at.metric[0].label == "Total"
    assert at.metric[0].value == "$0.00"


def test_rule_52_callback_runs_before_the_script_and_sees_the_new_value():
    at = AppTest.from_file(APP).run()
    at.number_input(key="quantity").set_value(3).run()
    assert at.metric[0].value == "$30.00"
    at.number_input(key="price").set_value(2.5).run()
    assert at.metric[0].value == "$7.50"
    at.number_input(key="quantity").increment().run()
    assert at.metric[0].value == "$10.00"


def test_rule_54_two_changes_in_one_run_use_both_new_values():
    at = AppTest.from_file(APP).run()
    at.number_input(key="price").set_value(4.0)
    at.number_input(key="quantity").set_value(5)
    at.run()
    assert at.metric[0].value == "$20.00"


def test_rule_53_unchanged_value_does_not_run_the_callback():
    at = AppTest.from_file(APP).run()
    at.session_state.total = 99
    at.number_input(key="quantity").set_value(1).run()  # same as before
    assert at.metric[0].value == "$99.00"
