"""``static_html.mjs``: the build draws the first screen with the site's own renderer, every view
as the page draws it (the families the page loads on first use included), never a failure notice."""

from __future__ import annotations

import re
from pathlib import Path

from wasmlit.tooling.site.build import build_site

APP = """
import streamlit as st
st.title("First screen")
st.metric("Revenue", "1,204", "+12%")
st.slider("Rows", 1, 10, 3)
st.select_slider("Size", ["S", "M", "L"], "M")
st.number_input("n", value=4)
st.date_input("Day", value=None)
st.json({"a": 1})
st.dataframe({"a": [1, 2, 3]})
st.table({"b": ["x"]})
"""


def test_every_view_of_a_first_screen_is_drawn_at_build_time(tmp_path: Path) -> None:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text(APP)
    html = (build_site(script, tmp_path / "site", prerender=True) / "index.html").read_text(encoding="utf-8")
    static = html.split("data-wl-static", 1)[1]
    assert "could not be drawn" not in static
    assert "wl-view-loading" not in static  # no placeholder: the lazy families were loaded first
    for test_id in ("stMetric", "stSlider", "stNumberInput", "stDateInput", "stJson", "stDataFrame", "stTable"):
        assert re.search(f'data-testid="{test_id}"', static), test_id
