"""examples/keyed_widget_in_state.py: seed 001, a keyed widget is added to session state (rules 34, 107)."""

from wasmlit.testing import AppTest

APP = "../../examples/keyed_widget_in_state.py"


def test_rule_34_keyed_text_input_exists_in_state_from_the_first_run():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert "name" in at.session_state
    assert at.session_state.name == ""
    assert at.text_input[0].key == "name"


def test_typed_name_is_in_state_and_shown_by_magic():
    at = AppTest.from_file(APP).run()
    at.text_input[0].input("Ada").run()
    assert at.session_state.name == "Ada"
    assert at.markdown[0].value == "Ada"
    assert at.text_input(key="name").value == "Ada"
