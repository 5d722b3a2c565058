"""The prerendered first screen keeps a table's shape but leaves its long
columns out of index.html (the first run after boot sends them); short
binary columns come as JSON values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wasmlit.tooling.site.build import build_site

from .test_build import prerender_of


def first_screen(tmp_path: Path, source: str) -> tuple[Path, list[Any]]:
    """Build ``source`` with its first screen prerendered: the site and the first screen's ops."""
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text(source)
    site = build_site(script, tmp_path / "site", prerender=True)
    ops = prerender_of(site)
    assert ops is not None
    return site, ops


def node_of(ops: list[Any], node_type: str) -> dict[str, Any]:
    return next(op["node"] for op in ops if op["node"]["type"] == node_type)


def test_a_large_table_stays_out_of_the_first_screen(tmp_path: Path) -> None:
    site, ops = first_screen(tmp_path, "import streamlit as st\nst.title('Big')\n"
                             "st.dataframe({'n': list(range(20_000)), 'w': ['word %d' % i for i in range(20_000)]})\n"
                             "st.table({'a': ['x', 'y']})\n")
    grid = node_of(ops, "dataframe")
    assert [c["enc"] for c in grid["props"]["data"]["columns"]] == ["pending", "pending"]
    assert grid["props"]["data"]["num_rows"] == 20_000
    table = node_of(ops, "table")
    assert table["props"]["data"]["columns"][0]["data"] == ["x", "y"]  # short columns are drawn at once
    assert (site / "index.html").stat().st_size < 200_000


def test_a_short_table_comes_with_its_values_and_the_static_grid_shows_its_rows(tmp_path: Path) -> None:
    # Short binary columns travel as JSON values (numbers as the page reads them, words, booleans,
    # None): the first screen draws the grid's first rows before any library or Python is there.
    site, ops = first_screen(tmp_path, "import streamlit as st\n"
                             "st.dataframe({'city': ['Oslo', 'Lima', None], 'people': [709_000, 10_000_000, None],"
                             " 'big': [True, False, None]})\n")
    grid = node_of(ops, "dataframe")
    columns = {c["name"]: (c["enc"], c["data"]) for c in grid["props"]["data"]["columns"]}
    assert columns["people"] == ("json", [709_000, 10_000_000, None])
    assert columns["big"] == ("json", [True, False, None])
    assert columns["city"][1] == ["Oslo", "Lima", None]
    html = (site / "index.html").read_text(encoding="utf-8")
    preview = html[html.index('class="wl-grid-preview"'):]
    assert ">Lima<" in preview and ">709000<" in preview and "wl-check" in preview  # as the grid draws them
