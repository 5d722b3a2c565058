"""Rules 43-50: widget identity, and the duplicate-ID / duplicate-key errors."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_rule_43_unkeyed_widgets_are_not_in_session_state_but_keep_values():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_input("Name")
        st.write("name:", v)
    ''').run()
    assert len(at.session_state) == 0
    assert at.text_input[0].key is None
    at.text_input[0].input("Ada").run()
    assert len(at.session_state) == 0
    at.run()
    assert at.text_input[0].value == "Ada"
    assert at.markdown[0].value == "name: Ada"


def test_rule_44_label_change_resets_unkeyed_but_not_keyed_text_input():
    at = AppTest.from_string('''
        import streamlit as st
        label = st.session_state.get("label", "A")
        u = st.text_input(label)
        k = st.text_input(label + " keyed", key="k")
        st.write(f"u={u} k={k}")
    ''').run()
    at.text_input[0].input("one")
    at.text_input[1].input("two")
    at.run()
    assert at.markdown[0].value == "u=one k=two"
    at.session_state["label"] = "B"
    at.run()
    assert at.text_input[0].label == "B"
    assert at.markdown[0].value == "u= k=two"


def test_rule_45_keyed_slider_resets_when_max_value_changes():
    at = AppTest.from_string('''
        import streamlit as st
        hi = st.session_state.get("hi", 100)
        v = st.slider("s", 0, hi, 10, key="s")
        st.write("v", v)
    ''').run()
    at.slider(key="s").set_value(50).run()
    assert at.session_state.s == 50
    at.session_state["hi"] = 200
    at.run()
    assert at.session_state.s == 10
    assert at.markdown[0].value == "v `10`"


def test_rule_46_duplicate_unkeyed_text_input_raises_duplicate_element_id():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name")
        st.text_input("Name")
        st.write("after")
    ''').run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.type == "exception"
    assert exc.proto.type == "streamlit.errors.StreamlitDuplicateElementId"
    assert "There are multiple `text_input` elements with the same auto-generated ID" in exc.message
    assert "please pass a unique `key` argument to the `text_input` element" in exc.message
    assert len(at.text_input) == 1
    assert not at.markdown  # nothing after the duplicate runs


def test_rule_46_duplicate_buttons_raise_the_same_error():
    at = AppTest.from_string('''
        import streamlit as st
        st.button("Go")
        st.button("Go")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementId"
    assert "multiple `button` elements" in at.exception[0].value


def test_rule_47_same_key_on_different_widget_types_raises_duplicate_element_key():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("a", value="first", key="k")
        st.checkbox("b", key="k")
        st.write("after")
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitDuplicateElementKey"
    assert "There are multiple elements with the same `key='k'`" in exc.message
    assert at.session_state["k"] == "first"  # the first widget is registered
    assert not at.markdown


def test_rule_48_duplicate_errors_subclass_duplicate_widget_id():
    at = AppTest.from_string('''
        import streamlit as st
        from streamlit.errors import (DuplicateWidgetID, StreamlitAPIException,
            StreamlitDuplicateElementId, StreamlitDuplicateElementKey)
        st.write(issubclass(StreamlitDuplicateElementId, DuplicateWidgetID),
                 issubclass(StreamlitDuplicateElementKey, DuplicateWidgetID),
                 issubclass(DuplicateWidgetID, StreamlitAPIException))
        try:
            st.button("x"); st.button("x")
        except DuplicateWidgetID as e:
            st.text(type(e).__name__)
        try:
            st.button("y", key="z"); st.checkbox("y", key="z")
        except DuplicateWidgetID as e:
            st.text(type(e).__name__)
    ''').run()
    assert not at.exception
    assert at.markdown[0].value == "`True` `True` `True`"
    assert [t.value for t in at.text] == ["StreamlitDuplicateElementId", "StreamlitDuplicateElementKey"]


def test_rule_49_same_label_allowed_when_one_widget_has_a_key():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name")
        st.text_input("Name", key="other")
        st.button("Go")
        st.button("Go", key="go2")
    ''').run()
    assert not at.exception
    assert len(at.text_input) == 2 and len(at.button) == 2
    assert at.text_input[1].key == "other"


def test_rule_50_value_written_back_drops_every_other_edit():
    at = AppTest.from_string('''
        import streamlit as st
        if "x" not in st.session_state:
            st.session_state.x = ""
        st.session_state.x = st.text_input("Name", st.session_state.x)
        st.write("shown:", st.session_state.x)
    ''').run()
    shown = []
    for name in ["Bob", "Carl", "Dan", "Eve"]:
        at.text_input[0].input(name).run()
        shown.append(at.session_state.x)
    assert shown == ["Bob", "Bob", "Dan", "Dan"]


def test_rule_50_slider_shows_the_same_pattern():
    at = AppTest.from_string('''
        import streamlit as st
        if "x" not in st.session_state:
            st.session_state.x = 50
        st.session_state.x = st.slider("Level", 0, 100, st.session_state.x)
    ''').run()
    shown = []
    for value in [70, 20, 20]:
        at.slider[0].set_value(value).run()
        shown.append(at.session_state.x)
    assert shown == [70, 70, 20]


def test_rule_44_keyed_widgets_of_every_family_survive_a_label_change():
    at = AppTest.from_string('''
        import streamlit as st
        lbl = st.session_state.get("lbl", "A")
        st.slider(lbl, 0, 100, 10, key="s")
        st.checkbox(lbl, key="c")
        st.selectbox(lbl, ["x", "y"], key="sb")
        st.number_input(lbl, key="n")
    ''').run()
    at.slider[0].set_value(42)
    at.checkbox[0].check()
    at.selectbox[0].select("y")
    at.number_input[0].set_value(7.5)
    at.run()
    at.session_state.lbl = "B"
    at.run()
    assert at.slider[0].label == "B"
    assert (at.session_state.s, at.session_state.c, at.session_state.sb, at.session_state.n) == (42, True, "y", 7.5)


def test_rule_43_same_label_is_fine_across_types_params_and_containers():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name")
        st.sidebar.text_input("Name")
        st.text_input("Name", placeholder="other parameters")
        st.checkbox("Flag")
        st.toggle("Flag")
        st.button("Flag")
    ''').run()
    assert not at.exception
    assert len(at.text_input) == 3 and len(at.sidebar.text_input) == 1
