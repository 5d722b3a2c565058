"""examples/uninitialized_read.py: seed 001, reading an uninitialised key throws (rules 18, 111)."""

from wasmlit.testing import AppTest

APP = "../../examples/uninitialized_read.py"


def test_rule_18_missing_key_raises_key_error_with_hint():
    at = AppTest.from_file(APP).run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.proto.type == "KeyError"
    assert exc.message == (
        "'st.session_state has no key \"value\". Did you forget to initialize it? "
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'"
    )
    assert not at.markdown


def test_once_initialised_the_read_works():
    at = AppTest.from_file(APP).run()
    at.session_state["value"] = "hello"
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "hello"
