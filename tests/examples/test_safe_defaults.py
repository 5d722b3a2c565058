"""examples/safe_defaults.py: seed 000, 'Setting Default Values Safely' (rules 13, 28, 29, 30)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/safe_defaults.py"


def test_first_run_stores_every_default():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    expected = {"count": 0, "step": 1, "username": "", "logged_in": False, "cart": []}
    assert json.loads(at.json[0].value) == expected
    assert at.session_state.to_dict() == expected


def test_rule_29_the_unconditional_write_resets_count_on_every_run():
    """The 'WRONG' line wins over the guard and setdefault that follow it."""
    at = AppTest.from_file(APP).run()
    at.session_state.count = 5
    at.run()
    assert at.session_state.count == 0
    assert json.loads(at.json[0].value)["count"] == 0


def test_rule_30_defaults_loop_never_overwrites_existing_keys():
    at = AppTest.from_file(APP)
    at.session_state.username = "shashank"
    at.run()
    assert at.session_state.username == "shashank"
    assert at.session_state.step == 1

    at.session_state.step = 3
    at.session_state.logged_in = True
    at.session_state.cart.append("apple")  # stored by reference (rule 24)
    at.run()
    shown = json.loads(at.json[0].value)
    assert shown == {"count": 0, "step": 3, "username": "shashank", "logged_in": True, "cart": ["apple"]}
