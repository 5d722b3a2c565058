"""What the engine sends for a table's cells, drawn by the grid's real code in Node
(web/src/renderer/grid): a pandas Styler's display texts and CSS, and datetimes
in a fixed-offset zone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

from .node_eval import built_assets, node_json


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_assets(tmp_path_factory)


@pytest.fixture
def small_styler_limit() -> Iterator[None]:
    import pandas as pd

    yield
    pd.reset_option("styler.render.max_elements")  # AppTest runs in this process: leave pandas as it was


def test_a_stylers_display_text_and_colours_are_what_the_grid_draws(assets: Path) -> None:
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"name": ["ada", "bob"], "note": ["x", "y"]})
        st.dataframe(df.style.map(lambda v: "background-color: yellow; font-weight: bold" if v == "bob" else "")
                     .format(str.upper, subset=["name"]))
    ''').run()
    data = at.dataframe[0]._node.props["data"]
    cells = node_json(f"""
        const assets = {json.dumps(assets.as_uri() + "/")};
        const {{ gridColumns }} = await import(assets + "renderer/grid/columns.js");
        const {{ cellMarkup }} = await import(assets + "renderer/grid/cells.js");
        const columns = gridColumns({{ data: {json.dumps(data)}, column_config: {{ _index: {{ hidden: true }} }} }});
        console.log(JSON.stringify({{
          grid: columns.map((c) => [0, 1].map((r) => cellMarkup(c, r, c.get(r), "None"))),
          table: columns.map((c) => [...c.styled.tableCss]),
        }}));
    """)
    # 1.67's grid keeps a Styler's text and background colours (not its font weight) and its display values.
    assert cells["grid"] == [["ADA", '<div class="wl-styled-cell" style="background-color: yellow">BOB</div>'], ["x", "y"]]
    # Its st.table applies every declaration of a cell.
    assert cells["table"] == [[[1, "background-color: yellow; font-weight: bold"]], []]
    # AppTest's value is the data itself, as 1.67's.
    assert at.dataframe[0].value["name"].tolist() == ["ada", "bob"]


def test_a_styler_over_pandas_cell_limit_is_1_67s_error(small_styler_limit: None) -> None:
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        pd.set_option("styler.render.max_elements", 4)
        st.dataframe(pd.DataFrame({"a": range(3), "b": range(3)}).style)
    ''').run()
    assert at.exception[0].value.startswith(
        "The dataframe has `6` cells, but the maximum number of cells allowed to be rendered by Pandas Styler is "
        "configured to `4`.")


def test_a_fixed_offset_time_zone_reads_back_and_draws_with_its_offset() -> None:
    """pandas names a fixed offset "UTC-05:00", which neither zoneinfo nor Intl knows."""
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"t": [pd.to_datetime("2022-03-11 17:41:00-05:00")]}))
    ''').run()
    column = at.dataframe[0].value["t"]
    assert str(column.dtype) == "datetime64[us, UTC-05:00]" and str(column[0]) == "2022-03-11 17:41:00-05:00"
    data = at.dataframe[0]._node.props["data"]["columns"][0]
    assert data["tz"] == "UTC-05:00"
    shown = node_json("""
        const { formatTemporal } = await import(src + "renderer/grid/format.js");
        const ms = Date.UTC(2022, 2, 11, 22, 41);
        console.log(JSON.stringify([formatTemporal(ms, "datetime", null, "UTC-05:00"),
                                    formatTemporal(ms, "datetime", "localized", "UTC-05:00")]));
    """)
    assert shown[0] == "2022-03-11 17:41:00-05:00" and "5:41" in shown[1]


def test_styler_css_that_could_load_or_escape_is_dropped() -> None:
    from wasmlit.elements.lib.styler import _cell_styles

    translated = {"cellstyle": [
        {"props": [("background-image", "url(https://example.com/x.png)"), ("color", "red")], "selectors": ["#T_row0_col0"]},
        {"props": [("font-weight", "bold"), ("color", "red;} body {display: none")], "selectors": ["#T_row1_col0"]},
        {"props": [("Border", "1px solid rgb(0, 0, 0)"), ("content", "'<b>'")], "selectors": ["#T_row2_col1"]},
    ]}
    assert _cell_styles(translated) == [[0, 0, "color: red"], [1, 0, "font-weight: bold"],
                                        [2, 1, "border: 1px solid rgb(0, 0, 0)"]]
