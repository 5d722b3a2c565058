"""Chart calls whose Vega-Lite specs and data are compared with what real
Streamlit 1.67 builds for the same call (``streamlit_chart_specs.json``,
written by ``make_chart_references.py`` with a real Streamlit).

Each case is the body of a tiny app: it draws exactly one chart.
"""

from __future__ import annotations

PLAIN = {
    "line_wide_dict": 'st.line_chart({"a": [1, 2, 3], "b": [4, 5, 6]})',
    "line_one_column": 'st.line_chart({"a": [1.5, 2, 3]})',
    "line_x_y": 'st.line_chart({"a": [1, 2, 3], "b": [4, 5, 6], "c": [7, 8, 9]}, x="a", y="b")',
    "line_x_y_list_colors": (
        'st.line_chart({"a": [1, 2, 3], "b": [4, 5, 6], "c": [7.5, 8, 9]}, x="a", y=["b", "c"],'
        ' color=["#FF0000", "#0000FF"])'
    ),
    "line_color_column": (
        'st.line_chart({"x": [1, 2, 1, 2], "y": [3, 4, 5, 6], "g": ["p", "p", "q", "q"]}, x="x", y="y", color="g")'
    ),
    "line_labels": 'st.line_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, x="a", y="b", x_label="Time", y_label="Speed")',
    "line_one_color": 'st.line_chart({"a": [1, 2, 3]}, color="#ffaa00")',
    "line_rgb_tuple": 'st.line_chart({"a": [1, 2, 3]}, color=(255, 0, 0))',
    "line_list_of_numbers": "st.line_chart([3, 1, 4, 1, 5])",
    "line_list_of_dicts": 'st.line_chart([{"a": 1, "b": 2}, {"a": 3, "b": 1}])',
    "line_dict_of_scalars": 'st.line_chart({"p": 1, "q": 3, "r": 2})',
    "line_strings_x": 'st.line_chart({"day": ["mon", "tue", "wed"], "n": [1, 2, 3]}, x="day")',
    "line_empty": "st.line_chart()",
    "line_fixed_size": 'st.line_chart({"a": [1, 2, 3]}, width=300, height=200)',
    "area_default": 'st.area_chart({"a": [1, 2, 3], "b": [4, 5, 6.5]})',
    "area_normalize": 'st.area_chart({"a": [1, 2, 3], "b": [4, 5, 6.5]}, stack="normalize")',
    "area_center": 'st.area_chart({"a": [1, 2, 3], "b": [4, 5, 6.5]}, stack="center")',
    "area_stacked": 'st.area_chart({"a": [1, 2, 3], "b": [4, 5, 6.5]}, stack=True)',
    "area_one_column": 'st.area_chart({"a": [1, 2, 3]})',
    "bar_default": 'st.bar_chart({"a": [1, 2, 3], "b": [4, 5, 6]})',
    "bar_strings": 'st.bar_chart({"fruit": ["apple", "pear", "fig"], "n": [3, 1, 2]}, x="fruit", y="n")',
    "bar_horizontal_sorted": (
        'st.bar_chart({"a": ["x", "y", "z"], "b": [4, 5, 6]}, x="a", y="b", horizontal=True, sort="-b",'
        ' x_label="X", y_label="Y")'
    ),
    "bar_unsorted": 'st.bar_chart({"a": ["x", "y", "z"], "b": [4, 5, 6]}, x="a", y="b", sort=False)',
    "bar_sort_column": 'st.bar_chart({"a": ["x", "y", "z"], "b": [4, 5, 6]}, x="a", y="b", sort="b")',
    "bar_grouped": 'st.bar_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, stack=False)',
    "bar_grouped_horizontal": 'st.bar_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, stack=False, horizontal=True)',
    "bar_layered": 'st.bar_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, stack="layered")',
    "bar_normalize": 'st.bar_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, stack="normalize")',
    "scatter_size_color": (
        'st.scatter_chart({"a": [1, 2, 3], "b": [4, 5, 6], "c": [1, 2, 3], "d": ["p", "q", "p"]},'
        ' x="a", y="b", size="c", color="d")'
    ),
    "scatter_size_value": 'st.scatter_chart({"a": [1, 2, 3], "b": [4.5, 5, 6]}, x="a", y="b", size=50)',
    "scatter_wide": 'st.scatter_chart({"a": [1, 2, 3], "b": [4, 5, 6]})',
    "scatter_color_values": (
        'st.scatter_chart({"a": [1, 2], "b": [3, 4], "c": ["#ff0000", "#00ff00"]}, x="a", y="b", color="c")'
    ),
    "dotted_column_names": 'st.line_chart({"a.b": [1, 2, 3], "c[0]": [4, 5, 6]})',
    "with_nones": 'st.line_chart({"a": [1, None, 3], "b": [4, 5, None]})',
    "bools_and_mixed": 'st.bar_chart({"k": [True, False], "v": [1, 2]}, x="k", y="v")',
    "dates_plain": (
        "import datetime as dt\n"
        'st.line_chart({"day": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)], "v": [1, 2]}, x="day", y="v")'
    ),
    "datetimes_bar": (
        "import datetime as dt\n"
        'st.bar_chart({"t": [dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 1, 9)], "v": [1, 2]}, x="t", y="v")'
    ),
    "vega_lite_dict_data": (
        'st.vega_lite_chart({"a": [1, 2], "b": [3, 4]},'
        ' {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}})'
    ),
    "vega_lite_inline_values": (
        'st.vega_lite_chart({"data": {"values": [{"a": 1, "b": 2}]}, "mark": "point",'
        ' "encoding": {"x": {"field": "a", "type": "quantitative"}}}, use_container_width=False)'
    ),
    "vega_lite_title_null": (
        'st.vega_lite_chart([{"a": 1}], {"mark": "point", "encoding": {"color": {"field": "a", "title": None}}},'
        ' theme=None)'
    ),
    "vega_lite_vconcat": (
        'st.vega_lite_chart([{"a": 1}], {"vconcat": [{"mark": "point"}, {"mark": "bar"}]})'
    ),
    "vega_lite_facet": (
        'st.vega_lite_chart([{"a": 1}], {"mark": "point", "encoding": {"row": {"field": "a"}}})'
    ),
}

PANDAS = {
    "pandas_wide": (
        "import pandas as pd\n"
        'df = pd.DataFrame({"a": [1.0, 2.5, 3.0], "b": [4, 5, 6], "c": [7, 8, 9]})\n'
        "st.line_chart(df)"
    ),
    "pandas_named_index": (
        "import pandas as pd\n"
        'df = pd.DataFrame({"v": [1, 2, 3]}, index=pd.Index([10, 20, 30], name="when"))\n'
        "st.bar_chart(df)"
    ),
    "pandas_datetime_index": (
        "import pandas as pd\n"
        'df = pd.DataFrame({"v": [1.5, 2, 3], "w": [3, 2, 1]}, index=pd.date_range("2024-01-01", periods=3))\n'
        "st.area_chart(df)"
    ),
    "pandas_series": (
        "import pandas as pd\n"
        'st.line_chart(pd.Series([1, 2, 3], name="s"))'
    ),
    "pandas_categorical_color": (
        "import pandas as pd\n"
        'df = pd.DataFrame({"x": [1, 2, 3], "y": [1, 4, 9],'
        ' "k": pd.Categorical(["lo", "hi", "lo"], categories=["lo", "hi"], ordered=True)})\n'
        'st.scatter_chart(df, x="x", y="y", color="k")'
    ),
    "pandas_y_subset": (
        "import pandas as pd\n"
        'df = pd.DataFrame({"x": ["a", "b"], "y1": [1, 2], "y2": [3.5, 4], "z": [0, 0]})\n'
        'st.bar_chart(df, x="x", y=["y1", "y2"], color=["#0068c9", "#ff2b2b"])'
    ),
    "numpy_2d": (
        "import numpy as np\n"
        "st.scatter_chart(np.array([[1, 2], [3, 4], [5, 7]]))"
    ),
    "numpy_1d": (
        "import numpy as np\n"
        "st.area_chart(np.array([1.0, 2.0, 0.5]))"
    ),
}

ALTAIR = {
    "altair_points": (
        "import altair as alt\nimport pandas as pd\n"
        'df = pd.DataFrame({"a": [1, 2, 3], "b": [4.5, 5, 6], "c": ["x", "y", "x"]})\n'
        'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b", color="c"))'
    ),
    "altair_selection": (
        "import altair as alt\nimport pandas as pd\n"
        'df = pd.DataFrame({"a": ["A", "B", "C"], "b": [28, 55, 43]})\n'
        "point = alt.selection_point()\n"
        'chart = alt.Chart(df).mark_bar().encode(x="a", y="b",'
        " fillOpacity=alt.condition(point, alt.value(1), alt.value(0.3))).add_params(point)\n"
        'st.altair_chart(chart, on_select="rerun", key="bars")'
    ),
    "altair_layered_interval": (
        "import altair as alt\nimport pandas as pd\n"
        'df = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=4), "v": [1, 3, 2, 4]})\n'
        "brush = alt.selection_interval(encodings=['x'])\n"
        'line = alt.Chart(df).mark_line().encode(x="t:T", y="v:Q")\n'
        "pts = line.mark_point().add_params(brush)\n"
        'st.altair_chart(line + pts, on_select="rerun", use_container_width=True, theme=None)'
    ),
}

CASES = {**PLAIN, **PANDAS, **ALTAIR}

#: Other chart elements: (app body, element type, proto fields to compare).
OTHER = {
    "map_points": (
        'st.map({"lat": [52.5, 48.9, 51.5], "lon": [13.4, 2.35, -0.1], "s": [10, 20, 30]}, size="s")',
        "deck_gl_json_chart", ["json"],
    ),
    "map_color_zoom": (
        'st.map([{"latitude": 1.5, "longitude": 2.5}], color="#ff000080", zoom=3)',
        "deck_gl_json_chart", ["json"],
    ),
    "map_empty": ("st.map()", "deck_gl_json_chart", ["json"]),
    "graphviz_dot": ('st.graphviz_chart("digraph { a -> b }")', "graphviz_chart", ["spec", "engine"]),
}


def app_source(body: str) -> str:
    return "import streamlit as st\n" + body + "\n"
