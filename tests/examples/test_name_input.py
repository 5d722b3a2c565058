"""examples/name_input.py: seed 002, 'Using Session State with Inputs' (rule 50)."""

from wasmlit.testing import AppTest

APP = "../../examples/name_input.py"


def test_typed_name_is_greeted_and_kept_across_a_plain_rerun():
    at = AppTest.from_file(APP).run()
    assert at.markdown[0].value == "Hello,"  # markdown bodies are stripped
    at.text_input[0].input("Bob").run()
    assert at.markdown[0].value == "Hello, Bob"
    at.run()
    assert at.markdown[0].value == "Hello, Bob"
    assert at.text_input[0].value == "Bob"
    assert at.session_state.name == "Bob"


def test_rule_50_writing_the_value_back_as_value_drops_every_other_edit():
    """value= is part of the unkeyed widget's identity: Bob, Carl, Dan, Eve show Bob, Bob, Dan, Dan."""
    at = AppTest.from_file(APP).run()
    shown = []
    for name in ("Bob", "Carl", "Dan", "Eve"):
        at.text_input[0].input(name).run()
        shown.append(at.markdown[0].value)
    assert shown == ["Hello, Bob", "Hello, Bob", "Hello, Dan", "Hello, Dan"]
    assert not at.exception
