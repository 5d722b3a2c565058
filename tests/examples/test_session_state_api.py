"""examples/session_state_api.py: seed 001, the Session State API walkthrough (rules 9, 22, 23, 25)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/session_state_api.py"


def _shown(at):
    return [json.loads(j.value) for j in at.json]


def test_first_run_reads_value_then_update_stores_value2():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    assert at.markdown[0].value == "value"  # "# Outputs: value"
    assert at.session_state.key == "value2"
    assert at.session_state["key"] == "value2"


def test_rule_22_23_write_and_magic_both_render_the_state_as_json():
    at = AppTest.from_file(APP).run()
    assert _shown(at) == [{"key": "value2"}, {"key": "value2"}]


def test_initialization_is_guarded_so_the_update_survives_reruns():
    at = AppTest.from_file(APP).run()
    at.run()
    assert at.markdown[0].value == "value2"


def test_delete_single_key():
    at = AppTest.from_file(APP).run()
    at.session_state.other = 1
    at.run()
    at.button[0].click().run()  # "Delete key"
    assert not at.exception
    assert "key" not in at.session_state
    assert _shown(at) == [{"other": 1}, {"other": 1}]
    # The next run initialises it again.
    at.run()
    assert at.markdown[0].value == "value"


def test_rule_25_delete_all_with_a_keys_loop_empties_the_state():
    at = AppTest.from_file(APP).run()
    at.session_state.other = 1
    at.session_state.more = [1, 2]
    at.run()
    at.button[1].click().run()  # "Delete all"
    assert not at.exception
    assert len(at.session_state) == 0
    assert _shown(at) == [{}, {}]
