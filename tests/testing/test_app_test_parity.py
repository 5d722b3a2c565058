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


def test_missing_attributes_read_the_proto_first_as_streamlit_does():
    """``el.name`` falls back to ``el.proto.name`` (Streamlit's field names and enum numbers)."""
    at = AppTest.from_string('''
        import streamlit as st
        st.metric("M", 1, chart_data=[1, 2], chart_type="bar")
        c1, c2 = st.columns(2, vertical_alignment="center")
    ''').run()
    assert at.metric[0].chart_type == 1 and at.metric[0].chart_data == [1.0, 2.0]  # ChartType.BAR
    assert at.columns[0].proto.vertical_alignment == 1  # VerticalAlignment.CENTER


def test_unsupported_interactions_raise_streamlits_messages():
    """``set_value()``/``click()`` on a chart, metric or table, and ``click()`` on a widget without it."""
    import pytest

    from wasmlit.testing import AppTestError

    at = AppTest.from_string('''
        import streamlit as st
        st.metric("M", 1)
        st.vega_lite_chart({"a": [1]}, {"mark": "point", "params": [{"name": "p", "select": "point"}]}, key="v",
                           on_select="rerun")
        st.checkbox("c", key="k")
    ''').run()
    tail = ("AppTest can inspect this element but does not implement interactions for it. Set its value "
            "through at.session_state if it has a key, or use a Playwright e2e test.")
    with pytest.raises(AppTestError) as err:
        at.metric[0].click()
    assert str(err.value) == f"click() is not supported for metric. {tail}"
    with pytest.raises(AppTestError) as err:
        at.get("vega_lite_chart")[0].set_value(None)
    assert str(err.value) == f"set_value() is not supported for vega_lite_chart (key='v'). {tail}"
    with pytest.raises(AppTestError) as err:
        at.checkbox[0].click()
    assert str(err.value) == ("click() is not supported for checkbox (key='k'). Use set_value() or one of this "
                              "widget's typed interaction methods.")
