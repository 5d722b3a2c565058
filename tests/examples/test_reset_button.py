"""examples/reset_button.py: seed 002, 'Advanced: Reset Button Example' (rules 52, 61)."""

from wasmlit.testing import AppTest

APP = "../../examples/reset_button.py"


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def test_reset_sets_the_count_back_to_zero_in_the_same_run():
    at = AppTest.from_file(APP).run()
    for _ in range(3):
        _button(at, "Increment").click().run()
    assert at.markdown[0].value == "Count = `3`"

    _button(at, "Reset").click().run()
    assert at.session_state.count == 0
    assert at.markdown[0].value == "Count = `0`"

    _button(at, "Increment").click().run()
    assert at.markdown[0].value == "Count = `1`"
