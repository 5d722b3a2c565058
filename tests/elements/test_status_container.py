"""st.status: an expander-like block whose label and state change."""

from wasmlit.testing import AppTest


def test_status_settles_to_complete_and_keeps_its_children():
    at = AppTest.from_string('''
        import streamlit as st
        with st.status("Working") as s:
            st.write("step 1")
            s.update(label="Done!")
    ''').run()
    status = at.status[0]
    assert (status.type, status.label, status.state) == ("status", "Done!", "complete")
    assert status.markdown.values == ["step 1"]


def test_status_turns_error_when_its_block_raises():
    at = AppTest.from_string('''
        import streamlit as st
        try:
            with st.status("Working"):
                raise ValueError("boom")
        except ValueError:
            st.write("caught")
    ''').run()
    assert at.status[0].state == "error"
    assert at.markdown.values == ["caught"]
