"""Forms: BEHAVIOURS.md rules 62-73."""

from __future__ import annotations

from wasmlit.testing import AppTest

FORM_APP = """
import streamlit as st
with st.form("f"):
    name = st.text_input("Name", key="name")
    submitted = st.form_submit_button("Save")
st.write(f"name={name!r} submitted={submitted}")
st.write(f"state={st.session_state.name!r}")
"""


def test_rule_62_form_values_not_applied_without_submit():
    at = AppTest.from_string(FORM_APP).run()
    at.text_input[0].input("Ann").run()
    assert at.markdown[0].value == "name='' submitted=False"
    assert at.markdown[1].value == "state=''"
    assert at.session_state.name == ""


def test_rule_63_staged_form_values_discarded_by_a_non_submit_rerun():
    at = AppTest.from_string(FORM_APP).run()
    at.text_input[0].input("Ann").run()
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='' submitted=True"
    assert at.session_state.name == ""


def test_rule_64_submit_applies_staged_values_and_returns_true_once():
    at = AppTest.from_string(FORM_APP).run()
    at.text_input[0].input("Ann")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='Ann' submitted=True"
    assert at.session_state.name == "Ann"
    at.run()
    assert at.markdown[0].value == "name='Ann' submitted=False"
    assert at.text_input[0].value == "Ann"


def test_rule_65_submit_on_click_runs_first_and_sees_new_values():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("log", [])
        def on_save():
            st.session_state.log.append(("callback", st.session_state.qty))
        st.session_state.log.append(("body", None))
        with st.form("f"):
            st.number_input("Qty", value=1, key="qty")
            st.form_submit_button("Save", on_click=on_save)
    ''').run()
    at.number_input[0].set_value(5)
    at.form_submit_button[0].click().run()
    assert at.session_state.log == [("body", None), ("callback", 5), ("body", None)]


def test_rule_66_submit_button_listed_as_form_submit_button_and_button():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("Save")
    ''').run()
    assert len(at.form_submit_button) == 1
    assert len(at.button) == 1
    assert at.button[0].label == "Save"
    assert at.form_submit_button[0].label == "Save"


def test_rule_67_unkeyed_submit_button_gets_formsubmitter_key():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f"):
            st.text_input("Name")
            st.form_submit_button("Save")
        st.write(list(st.session_state.keys()))
        st.write(st.session_state["FormSubmitter:f-Save"])
        st.write(st.session_state)
    ''').run()
    assert at.form_submit_button[0].key == "FormSubmitter:f-Save"
    assert "FormSubmitter:f-Save" in at.session_state
    assert at.session_state["FormSubmitter:f-Save"] is False
    assert "FormSubmitter:f-Save" in at.session_state.keys()
    assert at.json[0].value is not None and "FormSubmitter:f-Save" in at.json[0].value
    assert at.markdown[0].value == "`False`"
    assert "FormSubmitter:f-Save" in at.json[1].value


def test_rule_68_callback_on_non_submit_widget_in_form_raises():
    at = AppTest.from_string('''
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        with st.form("f"):
            try:
                st.text_input("Name", on_change=lambda: None)
            except StreamlitAPIException as e:
                st.write(f"caught {type(e).__name__}")
                raise
            st.form_submit_button("Save")
    ''').run()
    assert at.markdown[0].value == "caught StreamlitInvalidFormCallbackError"
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidFormCallbackError"
    assert at.exception[0].message == (
        "Within a form, callbacks can only be defined on `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed."
    )


def test_rule_69_form_without_submit_button_raises_nothing():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f"):
            st.text_input("Name")
        st.write("after")
    ''').run()
    assert len(at.exception) == 0
    assert at.markdown[0].value == "after"


def test_rule_70_submit_button_outside_form_raises():
    at = AppTest.from_string('''
        import streamlit as st
        st.form_submit_button("Save")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    # Streamlit appends a link to the forms documentation after this sentence.
    assert at.exception[0].message.startswith("`st.form_submit_button()` must be used inside an `st.form()`.")


def test_rule_71_button_inside_form_raises():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f"):
            st.button("Go")
            st.form_submit_button("Save")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert at.exception[0].message.startswith(
        "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead"
    )


def test_rule_72_clear_on_submit_keeps_values_until_next_submit():
    at = AppTest.from_string('''
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            name = st.text_input("Name")
            st.form_submit_button("Save")
        st.write(f"name={name!r}")
    ''').run()
    at.text_input[0].input("Ann")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='Ann'"
    at.run()
    assert at.markdown[0].value == "name='Ann'"
    assert at.text_input[0].value == "Ann"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name=''"
    assert at.text_input[0].value == ""


def test_rule_73_form_object_methods_work_like_with_block():
    at = AppTest.from_string('''
        import streamlit as st
        f = st.form("k")
        name = f.text_input("Name")
        submitted = f.form_submit_button("Save")
        st.write(f"name={name!r} submitted={submitted}")
    ''').run()
    at.text_input[0].input("Bob").run()
    assert at.markdown[0].value == "name='' submitted=False"
    at.text_input[0].input("Bob")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name='Bob' submitted=True"
    assert at.form_submit_button[0].key == "FormSubmitter:k-Save"
