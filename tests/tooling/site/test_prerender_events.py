"""The first paint holds the page, not the run's events: a toast waits for the live run (drawn
before Python starts it would time out unseen, and the live run would not show it again)."""

from __future__ import annotations

from pathlib import Path

from wasmlit.tooling.site import prerender
from wasmlit.tooling.site.prerender import Prerender


def test_toasts_stay_out_of_the_first_paint_and_page_styles_stay_in(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text('import streamlit as st\nst.toast("Saved!")\nst.html("<style>p {}</style>")\nst.write("Hello")\n',
                      encoding="utf-8")
    result = prerender.prerender(script, timeout=30)
    assert isinstance(result, Prerender)
    assert sorted(op["node"]["type"] for op in result.ops) == ["html", "markdown"]
