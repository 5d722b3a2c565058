"""pills, segmented_control and feedback (Streamlit's button_group)."""

from wasmlit.testing import AppTest


def test_pills_multi_keeps_choice_order_and_binds_key():
    at = AppTest.from_string('''
        import streamlit as st
        st.pills("Tags", ["a", "b", "c"], selection_mode="multi", key="tags")
    ''').run()
    assert at.button_group[0].type == "button_group"
    assert at.session_state.tags == []
    at.button_group[0].select("c").select("a").run()
    assert at.session_state.tags == ["c", "a"]
    at.button_group[0].unselect("c").run()
    assert at.session_state.tags == ["a"]


def test_segmented_control_single_default_and_change():
    at = AppTest.from_string('''
        import streamlit as st
        mode = st.segmented_control("Mode", ["x", "y"], default="x")
        st.write(f"mode={mode}")
    ''').run()
    assert at.markdown[0].value == "mode=x"
    at.button_group[0].select("y").run()
    assert at.markdown[0].value == "mode=y"


def test_feedback_returns_an_index_or_none():
    at = AppTest.from_string('''
        import streamlit as st
        st.write(f"stars={st.feedback('stars')}")
    ''').run()
    assert at.markdown[0].value == "stars=None"
    assert at.feedback[0].type == "feedback"
    at.feedback[0].set_value(4).run()
    assert at.markdown[0].value == "stars=4"


def test_required_is_for_single_choice_only():
    at = AppTest.from_string('''
        import streamlit as st
        st.pills("Tags", ["a", "b"], selection_mode="multi", required=True)
    ''').run()
    assert at.exception[0].value == ("`required=True` and `selection_mode='multi'` cannot be used together. "
                                     "`required` is only supported for single-select mode.")
