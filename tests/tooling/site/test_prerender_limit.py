"""The prerender never inlines a huge first screen: past its limit the build
skips it and says why (the page shows the loading screen instead)."""

from __future__ import annotations

from pathlib import Path

from wasmlit.tooling.site import prerender
from wasmlit.tooling.site.prerender import Prerender, Skipped

BIG = 'import streamlit as st\nst.title("Big")\nst.markdown("word " * 400_000)\n'


def test_a_first_screen_over_the_limit_is_skipped_with_a_reason(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(BIG, encoding="utf-8")
    result = prerender.prerender(script, timeout=30)
    assert isinstance(result, Skipped)
    assert "MiB of data, more than the 1 MiB a page inlines" in result.reason, result.reason


def test_a_first_screen_under_the_limit_is_kept(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text('import streamlit as st\nst.markdown("word " * 1000)\n', encoding="utf-8")
    result = prerender.prerender(script, timeout=30)
    assert isinstance(result, Prerender)
    assert len(result.ops) == 1


def test_a_long_first_screen_is_drawn_into_the_html_whole(tmp_path: Path) -> None:
    # Node's output is far over a pipe's 64 KiB: it used to arrive cut, and the build fell back to
    # drawing the first screen with JavaScript.
    from wasmlit.tooling.site.build import build_site

    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text('import streamlit as st\nfor i in range(600):\n    st.markdown(f"line {i}")\n', encoding="utf-8")
    notes: list[str] = []
    site = build_site(script, tmp_path / "site", prerender=True, log=notes.append)
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<p>line 599</p>" in html and len(html) > 100_000
    assert not any("drawn by JavaScript" in note for note in notes), notes
