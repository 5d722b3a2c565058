"""st.write and magic (BEHAVIOURS.md rules 106-107)."""

from __future__ import annotations

import json

from wasmlit.testing import AppTest


def test_rule_106_write_str_is_markdown():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("Hello **world**")
    ''').run()
    assert [m.value for m in at.markdown] == ["Hello **world**"]


def test_rule_106_write_scalars_are_inline_code():
    at = AppTest.from_string('''
        import streamlit as st
        st.write(42)
        st.write(3.5)
        st.write(True)
        st.write(None)
    ''').run()
    assert [m.value for m in at.markdown] == ["`42`", "`3.5`", "`True`", "`None`"]


def test_rule_106_write_dict_and_list_are_json():
    at = AppTest.from_string('''
        import streamlit as st
        st.write({"a": 1, "b": [1, 2]})
        st.write([1, "two"])
    ''').run()
    assert len(at.markdown) == 0
    assert [json.loads(j.value) for j in at.json] == [{"a": 1, "b": [1, 2]}, [1, "two"]]


def test_rule_106_write_several_args_is_one_markdown_joined_by_spaces():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("Count:", 3)
    ''').run()
    assert [m.value for m in at.markdown] == ["Count: `3`"]


def test_rule_107_magic_string_number_variable_and_dict():
    at = AppTest.from_string('''
        import streamlit as st
        "Some *markdown*"
        123
        x = 7
        x
        {"k": "v"}
    ''').run()
    assert [m.value for m in at.markdown] == ["Some *markdown*", "`123`", "`7`"]
    assert [json.loads(j.value) for j in at.json] == [{"k": "v"}]


def test_rule_107_magic_does_not_display_calls_or_docstrings():
    at = AppTest.from_string('''
        """Module docstring."""
        import streamlit as st
        def f():
            """Function docstring."""
            return 5
        f()
        len("abc")
    ''').run()
    assert len(at.markdown) == 0
    assert len(list(at.main)) == 1


def test_write_draws_charts_figures_and_images_with_their_own_commands():
    # 1.67 chooses by the value's type: an Altair chart, a plotly figure and a PIL
    # image are drawn, not written as their repr.
    at = AppTest.from_string('''
        import altair as alt
        import plotly.graph_objects as go
        from PIL import Image
        import streamlit as st
        st.write(alt.Chart({"values": [{"a": 1}]}).mark_point().encode(x="a:Q"))
        st.write(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])))
        st.write(Image.new("RGB", (4, 4)))
    ''').run()
    assert not at.exception
    assert [e.type for e in at.main.children.values()] == ["vega_lite_chart", "plotly_chart", "image"]


def test_write_numpy_scalars_and_pandas_timestamps_are_text_but_arrays_are_tables():
    at = AppTest.from_string('''
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.write(np.float64(1.5))
        st.write(pd.Timestamp("2024-01-02"))
        st.write(np.array([1, 2]))
        st.write({"a": pd.Series([1, 2])})
    ''').run()
    assert [m.value for m in at.markdown] == ["`1.5`", "`2024-01-02 00:00:00`"]
    assert len(at.dataframe) == 2


def test_write_an_objects_html_only_when_html_is_allowed_and_ahead_of_the_pending_text():
    at = AppTest.from_string('''
        import streamlit as st
        class Card:
            def _repr_html_(self):
                return "<b>card</b>"
            def __str__(self):
                return "Card()"
        st.write("before", Card(), unsafe_allow_html=True)
        st.write(Card())
    ''').run()
    assert [e.type for e in at.main.children.values()] == ["html", "markdown", "markdown"]
    assert at.main.children[0].value == "<b>card</b>"
    assert [m.value for m in at.markdown] == ["before", "`Card()`"]


def test_write_of_several_values_into_a_container_is_refused_as_in_1_67():
    at = AppTest.from_string('''
        import streamlit as st
        box = st.container()
        with box:
            st.write("inside", 1)
        box.write("a", "b")
    ''').run()
    assert at.markdown[0].value == "inside `1`"
    assert at.exception[0].message.startswith("Cannot replace a single element with multiple elements.")
