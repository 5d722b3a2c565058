"""examples/clearing_state.py: seed 000, 'Clearing and Resetting State' (rules 11, 12, 5)."""

import json

from wasmlit.testing import AppTest

APP = "../../examples/clearing_state.py"


def test_token_is_deleted_on_the_next_run():
    at = AppTest.from_file(APP).run()
    at.session_state.token = "abc123"
    at.session_state.user = "shashank"
    at.run()
    assert "token" not in at.session_state
    assert at.session_state.user == "shashank"
    assert json.loads(at.json[0].value) == {"user": "shashank"}


def test_start_over_resets_only_the_form_keys():
    at = AppTest.from_file(APP).run()
    at.session_state.step = 3
    at.session_state.name = "Ada"
    at.session_state.role = "Developer"
    at.session_state.prediction = {"label": "Positive"}
    at.session_state.theme = "dark"
    at.run()
    start_over = next(b for b in at.button if b.label == "Start Over")
    start_over.click().run()
    assert json.loads(at.json[0].value) == {
        "step": 1, "name": "", "role": "", "prediction": None, "theme": "dark",
    }


def test_rule_12_log_out_clears_everything_and_reruns():
    at = AppTest.from_file(APP).run()
    at.session_state.step = 2
    at.session_state.name = "Ada"
    at.session_state.logged_in = True
    at.run()
    assert json.loads(at.json[0].value) == {"step": 2, "name": "Ada", "logged_in": True}

    log_out = next(b for b in at.button if b.label == "Log Out")
    log_out.click().run()
    assert not at.exception
    assert len(at.session_state) == 0
    # st.rerun() after the clear: the page already shows the empty state.
    assert json.loads(at.json[0].value) == {}
    assert at.button[0].value is False
