"""examples/stored_prediction.py: seed 000, 'Storing Computed Results' (rule 93)."""

from wasmlit.testing import AppTest

APP = "../../examples/stored_prediction.py"


def test_rule_93_analyse_needs_text():
    at = AppTest.from_file(APP).run()
    assert at.session_state.prediction is None
    at.button[0].click().run()
    assert at.session_state.prediction is None
    assert not at.success


def test_rule_93_result_is_stored_and_survives_other_interactions():
    at = AppTest.from_file(APP, default_timeout=10).run()
    at.text_area[0].input("I love this app")
    at.button[0].click().run()  # sleeps 2 s inside the spinner
    assert not at.exception
    assert at.success[0].value == "Result: Positive (94% confident)"
    assert at.session_state.prediction == {"label": "Positive", "confidence": 0.94, "text": "I love this app"}

    # Moving the slider does not re-run the model and the result stays.
    at.session_state.prediction["text"] = "marker"  # stored by reference: only a recompute would undo this
    at.slider[0].set_value(20).run(timeout=1)
    assert at.success[0].value == "Result: Positive (94% confident)"
    assert at.session_state.prediction["text"] == "marker"
    assert at.slider[0].value == 20
