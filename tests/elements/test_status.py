"""Status elements: alerts, metric, progress, spinner (BEHAVIOURS.md rules 102-105)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_rule_102_alerts_each_have_their_own_list_in_page_order():
    at = AppTest.from_string('''
        import streamlit as st
        st.success("ok 1")
        st.error("bad")
        st.warning("careful")
        st.info("fyi")
        st.success("ok 2")
    ''').run()
    assert [e.value for e in at.success] == ["ok 1", "ok 2"]
    assert [e.value for e in at.error] == ["bad"]
    assert [e.value for e in at.warning] == ["careful"]
    assert [e.value for e in at.info] == ["fyi"]
    assert [e.type for e in at.main][1:] == ["success", "error", "warning", "info", "success"]


def test_rule_103_metric_stringifies_value_and_delta():
    at = AppTest.from_string('''
        import streamlit as st
        st.metric("Count", 42, -3)
        st.metric("Ratio", 0.5)
    ''').run()
    assert at.metric[0].label == "Count"
    assert at.metric[0].value == "42"
    assert at.metric[0].delta == "-3"
    assert at.metric[1].value == "0.5"
    assert at.metric[1].delta == ""


def test_rule_104_progress_reads_back_as_int_percentage():
    at = AppTest.from_string('''
        import streamlit as st
        st.progress(25)
        st.progress(0.5, text="Half way")
        st.progress(1.0)
    ''').run()
    assert [p.value for p in at.progress] == [25, 50, 100]
    assert all(isinstance(p.value, int) for p in at.progress)
    assert [p.text for p in at.progress] == ["", "Half way", ""]


def test_progress_takes_a_float_a_rounding_error_past_one_and_refuses_the_rest_in_167s_words():
    at = AppTest.from_string('''
        import streamlit as st
        st.progress(0.7 + 0.1 + 0.2 + 1e-15)
        for v in (1.5, 101, "half"):
            try:
                st.progress(v)
            except Exception as e:
                st.text(str(e))
    ''').run()
    assert [p.value for p in at.progress] == [100]
    assert [t.value for t in at.text] == [
        "The `value` parameter, set to 1.5, is outside the required range [0.0, 1.0].",
        "The `value` parameter, set to 101, is outside the required range [0, 100].",
        "Invalid `value` type. Expected one of: int, float. Provided type: str.",
    ]


def test_rule_105_spinner_leaves_its_content_in_page_order_and_no_element():
    at = AppTest.from_string('''
        import streamlit as st
        st.text("before")
        with st.spinner("Working..."):
            st.text("inside")
            st.success("done")
        st.text("after")
    ''').run()
    assert len(at.exception) == 0
    assert [e.type for e in at.main][1:] == ["text", "text", "success", "text"]
    assert [t.value for t in at.text] == ["before", "inside", "after"]
    assert at.get("spinner") == []
