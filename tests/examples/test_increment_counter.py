"""examples/increment_counter.py: seed 002, 'Basic Example: Counter' (rules 3, 106)."""

from wasmlit.testing import AppTest

APP = "../../examples/increment_counter.py"


def test_rule_03_each_click_adds_one_and_reruns_keep_the_count():
    at = AppTest.from_file(APP).run()
    assert at.markdown[0].value == "Count = `0`"
    for expected in (1, 2, 3):
        at.button[0].click().run()
        assert at.markdown[0].value == f"Count = `{expected}`"
    at.run()
    assert at.markdown[0].value == "Count = `3`"
    assert at.session_state.count == 3


def test_rule_07_a_new_session_starts_from_zero():
    first = AppTest.from_file(APP).run()
    first.button[0].click().run()
    second = AppTest.from_file(APP).run()
    assert second.markdown[0].value == "Count = `0`"
    assert first.session_state.count == 1
