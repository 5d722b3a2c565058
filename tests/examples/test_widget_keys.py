"""examples/widget_keys.py: seed 000, 'Using Widget Keys' (rules 34, 35, 4, 22)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/widget_keys.py"


def test_rule_35_keyed_widgets_start_with_their_defaults_in_state():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert at.session_state.to_dict() == {"name": "", "age": 0, "language": "Python", "agreed": False}
    # No greeting for an empty name, no Submit before agreeing.
    assert [m.value for m in at.markdown] == ["Age: 0", "Favourite: Python"]
    assert not at.button


def test_rule_34_user_input_is_read_back_from_session_state():
    at = AppTest.from_file(APP).run()
    at.text_input(key="name").input("Ada")
    at.slider(key="age").set_value(36)
    at.selectbox(key="language").select("Rust")
    at.run()
    assert [m.value for m in at.markdown] == ["Hello Ada!", "Age: 36", "Favourite: Rust"]
    assert at.session_state.name == "Ada"
    assert at.session_state.age == 36
    assert at.session_state.language == "Rust"


def test_rule_04_submit_button_appears_only_while_agreed():
    at = AppTest.from_file(APP).run()
    at.checkbox(key="agreed").check().run()
    assert [b.label for b in at.button] == ["Submit"]
    at.checkbox(key="agreed").uncheck().run()
    assert not at.button


def test_rule_22_debug_dict_shows_every_widget_value():
    at = AppTest.from_file(APP).run()
    at.text_input(key="name").input("Ada").run()
    assert json.loads(at.json[0].value) == {"name": "Ada", "age": 0, "language": "Python", "agreed": False}
