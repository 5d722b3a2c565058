"""A chart on the prerendered first screen comes with all of its rows as JSON:
Vega draws from every row, and index.html carries no binary parts."""

from __future__ import annotations

from pathlib import Path

from .test_prerender_tables import first_screen, node_of


def test_a_charts_float_columns_come_as_json_values(tmp_path: Path) -> None:
    _, ops = first_screen(tmp_path, "import streamlit as st\nst.line_chart({'y': [0.5, 1.5, 0.25]})\n")
    chart = node_of(ops, "vega_lite_chart")
    [dataset] = chart["props"]["datasets"]
    assert dataset["data"]["columns"] == [[0, 1, 2], [0.5, 1.5, 0.25]]


def test_a_vega_lite_chart_with_inline_data_is_prerendered(tmp_path: Path) -> None:
    # Its `data` has columns too, but a chart's columns are lists, not a table's column dicts
    # (before, the first screen's table code failed on them and the site had no first screen).
    _, ops = first_screen(tmp_path, "import streamlit as st\n"
                          "st.vega_lite_chart({'a': ['x', 'y'], 'b': [0.5, 2.0]}, {'mark': 'bar', 'encoding': {"
                          "'x': {'field': 'a', 'type': 'nominal'}, 'y': {'field': 'b', 'type': 'quantitative'}}})\n")
    chart = node_of(ops, "vega_lite_chart")
    assert chart["props"]["data"] == {"fields": ["a", "b"], "columns": [["x", "y"], [0.5, 2.0]]}
