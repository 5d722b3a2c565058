"""selectbox, multiselect, radio and select_slider: interaction and types."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_selectbox_select_and_select_index():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.selectbox("Pet", ["cat", "dog", "fish"])
        st.write(f"pet={v}")
    ''').run()
    sb = at.selectbox[0]
    assert (sb.type, sb.label, sb.key) == ("selectbox", "Pet", None)
    assert sb.value == "cat" and sb.index == 0
    sb.select("dog").run()
    assert at.markdown[0].value == "pet=dog"
    assert at.selectbox[0].index == 1
    at.selectbox[0].select_index(2).run()
    assert at.selectbox[0].value == "fish"
    assert at.markdown[0].value == "pet=fish"


def test_selectbox_index_none_starts_empty_and_can_be_cleared():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.selectbox("Pick", ["a", "b"], index=None, key="p")
        st.write(repr(v))
    ''').run()
    assert at.selectbox[0].value is None
    assert at.selectbox[0].index is None
    at.selectbox[0].select("b").run()
    assert at.session_state.p == "b"
    at.selectbox[0].select_index(None).run()
    assert at.session_state.p is None
    assert at.markdown[0].value == "None"


def test_selectbox_non_string_options_keep_their_type():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.selectbox("n", [1, 2, 3], format_func=lambda x: f"#{x}", key="n")
        st.write(type(v).__name__)
    ''').run()
    assert at.selectbox[0].options == ["#1", "#2", "#3"]
    at.selectbox[0].select(3).run()
    assert at.session_state.n == 3
    assert at.markdown[0].value == "int"


def test_multiselect_select_unselect_keep_selection_order():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.multiselect("Tags", ["a", "b", "c", "d"], key="tags")
        st.write(", ".join(v) or "none")
    ''').run()
    ms = at.multiselect[0]
    assert (ms.type, ms.label, ms.key) == ("multiselect", "Tags", "tags")
    assert ms.value == []
    ms.select("d").select("b").run()
    assert at.multiselect[0].value == ["d", "b"]
    at.multiselect[0].select("a").run()
    assert at.markdown[0].value == "d, b, a"
    at.multiselect[0].unselect("b").run()
    assert at.session_state.tags == ["d", "a"]
    assert type(at.session_state.tags) is list


def test_multiselect_default():
    at = AppTest.from_string('''
        import streamlit as st
        st.multiselect("m", ["x", "y", "z"], default=["z", "x"], key="m")
    ''').run()
    assert at.session_state.m == ["z", "x"]


def test_radio_set_value():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.radio("Size", ["S", "M", "L"], index=1)
        st.write(f"size={v}")
    ''').run()
    ra = at.radio[0]
    assert (ra.type, ra.label, ra.key) == ("radio", "Size", None)
    assert ra.value == "M" and ra.index == 1
    ra.set_value("L").run()
    assert at.markdown[0].value == "size=L"
    assert at.radio[0].index == 2


def test_radio_index_none():
    at = AppTest.from_string('''
        import streamlit as st
        st.radio("r", ["a", "b"], index=None, key="r")
    ''').run()
    assert at.radio[0].value is None
    at.radio[0].set_value("a").run()
    assert at.session_state.r == "a"


def test_select_slider_single_and_range():
    at = AppTest.from_string('''
        import streamlit as st
        one = st.select_slider("Level", ["low", "mid", "high"], key="one")
        rng = st.select_slider("Band", ["xs", "s", "m", "l"], value=("s", "m"), key="rng")
        st.write(f"{one} {rng[0]}-{rng[1]}")
    ''').run()
    assert [s.type for s in at.select_slider] == ["select_slider", "select_slider"]
    assert not at.slider  # listed apart from st.slider
    assert at.select_slider(key="one").value == "low"
    at.select_slider(key="one").set_value("high")
    at.select_slider(key="rng").set_range("xs", "l")
    at.run()
    assert at.markdown[0].value == "high xs-l"
    assert at.session_state.rng == ("xs", "l")


def test_options_are_listed_by_1_67s_rules() -> None:
    """A NumPy array or pandas object gives Python values (not NumPy scalars), a scalar is one option,
    a string Enum gives its values, a 2-D array its first column (each compared with 1.67's AppTest)."""
    at = AppTest.from_string('''
        from enum import Enum
        import numpy as np
        import pandas as pd
        import streamlit as st
        class Colour(str, Enum):
            RED = "red"
            BLUE = "blue"
        st.select_slider("s", options=np.array([1, 2, 3]))
        st.selectbox("b", pd.Series([1.5, 2.5]))
        st.multiselect("m", Colour, default=["red"])
        st.selectbox("i", 5)
        st.selectbox("n", np.array([[1, 2], [3, 4]]))
    ''').run()
    values = [w.value for w in at.main.children.values()]
    assert values == [1, 1.5, ["red"], 5, 1] and type(values[0]) is int
    assert at.selectbox[2].options == ["1", "3"]


def test_a_multiselect_over_max_selections_raises_where_it_stands_as_1_67() -> None:
    """Too many choices, from session_state or from the widget, keep the value and show 1.67's error in
    the multiselect's place (it is not drawn); fewer choices draw it again."""
    at = AppTest.from_string('''
        import streamlit as st
        if "m" not in st.session_state:
            st.session_state.m = ["x", "y"]
        st.write("before")
        st.multiselect("m", ["x", "y", "z"], key="m", max_selections=2)
    ''').run()
    assert not at.exception and len(at.multiselect) == 1
    at.multiselect[0].select("z").run()
    assert at.exception[0].value.startswith("Multiselect has 3 options selected but `max_selections` is set to 2.")
    assert len(at.multiselect) == 0 and at.session_state.m == ["x", "y", "z"] and at.markdown[0].value == "before"
    at.session_state.m = ["z"]
    at.run()
    assert not at.exception and at.multiselect[0].value == ["z"]
