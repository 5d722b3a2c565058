"""The prerendered first screen keeps a table's shape but leaves its binary
and long columns out of index.html (the first run after boot sends them)."""

from __future__ import annotations

from pathlib import Path

from wasmlit.tooling.site.build import build_site

from .test_build import prerender_of


def test_a_large_table_stays_out_of_the_first_screen(tmp_path: Path) -> None:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nst.title('Big')\n"
                      "st.dataframe({'n': list(range(20_000)), 'w': ['word %d' % i for i in range(20_000)]})\n"
                      "st.table({'a': ['x', 'y']})\n")
    site = build_site(script, tmp_path / "site", prerender=True)
    ops = prerender_of(site)
    assert ops is not None
    grid = next(op["node"] for op in ops if op["node"]["type"] == "dataframe")
    assert [c["enc"] for c in grid["props"]["data"]["columns"]] == ["pending", "pending"]
    assert grid["props"]["data"]["num_rows"] == 20_000
    table = next(op["node"] for op in ops if op["node"]["type"] == "table")
    assert table["props"]["data"]["columns"][0]["data"] == ["x", "y"]  # short columns are drawn at once
    assert (site / "index.html").stat().st_size < 200_000
