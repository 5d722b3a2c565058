"""examples/session_state_basics.py: seed 000, 'Reading and Writing Values' (rules 9, 10, 11, 16)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/session_state_basics.py"


def test_write_read_check_and_delete_username():
    """Both write styles store the value, `in` finds it, del removes it (rules 9-11)."""
    at = AppTest.from_file(APP).run()
    assert not at.exception
    # The `if 'username' in st.session_state` branch wrote the value it read.
    assert at.markdown[0].value == "shashank"
    # After `del`, the debug dict is empty and so is the session.
    assert json.loads(at.json[0].value) == {}
    assert "username" not in at.session_state


def test_rule_16_debug_dict_shows_other_keys_and_rerun_repeats_the_cycle():
    at = AppTest.from_file(APP)
    at.session_state.theme = "dark"
    at.run()
    assert json.loads(at.json[0].value) == {"theme": "dark"}
    at.run()
    assert at.markdown[0].value == "shashank"
    assert json.loads(at.json[0].value) == {"theme": "dark"}
