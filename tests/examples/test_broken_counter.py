"""examples/broken_counter.py: seed 000, 'The Problem Session State Solves' (rules 1, 2)."""

from wasmlit.testing import AppTest

APP = "../../examples/broken_counter.py"


def test_rule_02_plain_variable_counter_never_passes_one():
    at = AppTest.from_file(APP).run()
    assert at.markdown[0].value == "You clicked 0 times"

    for _ in range(3):
        at.button[0].click().run()
        assert at.markdown[0].value == "You clicked 1 times"


def test_rule_01_plain_rerun_resets_the_variable_to_zero():
    at = AppTest.from_file(APP).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "You clicked 1 times"
    at.run()
    assert at.markdown[0].value == "You clicked 0 times"
    assert not at.exception
