"""examples/dictionary_keys.py: seed 002, 'Session State Best Practices' item 2 (rules 9, 22, 29)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/dictionary_keys.py"


def test_both_keys_are_stored_and_shown():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert at.session_state.username == ""
    assert at.session_state["age"] == 18
    assert json.loads(at.json[0].value) == {"username": "", "age": 18}


def test_rule_29_unguarded_assignments_reset_on_every_run():
    at = AppTest.from_file(APP).run()
    at.session_state.age = 30
    at.session_state.username = "shashank"
    at.run()
    assert json.loads(at.json[0].value) == {"username": "", "age": 18}
