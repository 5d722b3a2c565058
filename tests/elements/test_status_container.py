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


def test_update_without_expanded_keeps_it_unless_the_label_changes():
    """Streamlit's update() clears `expanded`: its page keeps the status as shown, but a new
    label makes it another expander, which starts closed (1.67, checked in Chromium)."""
    at = AppTest.from_string('''
        import streamlit as st
        with st.status("Same", expanded=True):
            st.write("a")
        with st.status("Old", expanded=True) as s:
            s.update(label="New", state="complete")
        with st.status("Kept", expanded=True) as s:
            s.update(label="Kept open", state="complete", expanded=True)
    ''').run()
    # What the page shows. (Streamlit's AppTest reads the cleared proto field: [False, False, True].)
    assert [s.proto.expanded for s in at.status] == [True, False, True]
