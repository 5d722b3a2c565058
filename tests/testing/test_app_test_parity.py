"""wasmlit.testing.AppTest against streamlit.testing.v1: children dicts, .proto
field names, from_function arguments."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_block_children_are_a_dict_keyed_by_position_with_placeholders_and_without_spinners():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("a")
        st.empty()
        with st.spinner("x"):
            st.text("b")
        c1, c2 = st.columns(2)
        c1.button("x")
    ''').run()
    children = at.main.children
    assert isinstance(children, dict) and list(children) == [0, 1, 2, 3]
    assert [c.type for c in children.values()] == ["markdown", "empty", "text", "flex_container"]
    assert list(children[3].children) == [0, 1]
    assert at.main[0].value == "a"


def test_proto_fields_have_streamlits_names():
    at = AppTest.from_string('''
        import streamlit as st
        st.code("x = 1", language="python")
        st.metric("M", 10, -2)
        st.button("Go", type="primary")
        st.caption("c")
        st.exception(RuntimeError("boom"))
    ''').run()
    assert (at.code[0].proto.code_text, at.code[0].proto.language) == ("x = 1", "python")
    assert (at.metric[0].proto.body, at.metric[0].proto.delta, at.metric[0].proto.direction, at.metric[0].proto.color) == ("10", "-2", 0, 0)
    assert (at.button[0].proto.type, at.button[0].proto.is_form_submitter) == ("primary", False)
    assert at.caption[0].proto.element_type == 2
    assert (at.exception[0].proto.type, at.exception[0].proto.is_streamlit_exception) == ("RuntimeError", False)


def _app(greeting: str, name: str = "x") -> None:
    import streamlit as st

    st.write(greeting, name)


def test_from_function_passes_args_and_kwargs():
    at = AppTest.from_function(_app, args=("Hello",), kwargs={"name": "Bob"}).run()
    assert at.markdown[0].value == "Hello Bob"
