"""examples/volume_slider.py: seed 002, 'Using Session State with Sliders' (rule 50)."""

from wasmlit.testing import AppTest

APP = "../../examples/volume_slider.py"


def test_slider_starts_at_50_and_a_move_persists_across_reruns():
    at = AppTest.from_file(APP).run()
    assert at.slider[0].value == 50
    assert at.markdown[0].value == "Volume = `50`"
    at.slider[0].set_value(70).run()
    assert at.markdown[0].value == "Volume = `70`"
    at.run()
    assert at.slider[0].value == 70
    assert at.markdown[0].value == "Volume = `70`"


def test_rule_50_every_other_slider_move_is_ignored():
    """70 applies, then 20 is ignored (the slider became a new widget), then 20 applies."""
    at = AppTest.from_file(APP).run()
    shown = []
    for volume in (70, 20, 20):
        at.slider[0].set_value(volume).run()
        shown.append(at.session_state.volume)
    assert shown == [70, 70, 20]
    assert at.markdown[0].value == "Volume = `20`"
