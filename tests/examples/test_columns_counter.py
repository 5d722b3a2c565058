"""examples/columns_counter.py: seed 000, 'Counter Example' with three buttons in columns (rules 5, 108, 110)."""

from wasmlit.testing import AppTest

APP = "../../examples/columns_counter.py"


def _click(at, column, label):
    button = at.columns[column].button[0]
    assert button.label == label
    button.click().run()


def test_rule_108_three_equal_columns_each_with_one_button():
    at = AppTest.from_file(APP).run()
    assert at.title[0].value == "You clicked 0 times"
    assert len(at.columns) == 3
    assert [c.button[0].label for c in at.columns] == ["Add 1", "Add 10", "Reset"]


def test_rule_110_title_shows_the_new_count_right_after_every_click():
    at = AppTest.from_file(APP).run()
    _click(at, 0, "Add 1")
    assert at.title[0].value == "You clicked 1 times"
    _click(at, 1, "Add 10")
    assert at.title[0].value == "You clicked 11 times"
    _click(at, 0, "Add 1")
    assert at.title[0].value == "You clicked 12 times"
    _click(at, 2, "Reset")
    assert at.title[0].value == "You clicked 0 times"
    assert at.session_state.count == 0


def test_rule_05_after_the_rerun_no_button_reads_true():
    at = AppTest.from_file(APP).run()
    _click(at, 1, "Add 10")
    assert [c.button[0].value for c in at.columns] == [False, False, False]
    at.run()
    assert at.title[0].value == "You clicked 10 times"
