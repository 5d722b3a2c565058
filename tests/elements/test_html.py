"""st.html as 1.67: dedented and stripped; a Path is read (.css becomes a <style>); a string path
only warns; only <style> tags go to the event container, taking no place in the layout."""

from __future__ import annotations

from pathlib import Path

from wasmlit.elements.html import STRING_FILE_PATH_WARNING
from wasmlit.testing import AppTest


def test_style_only_html_goes_to_the_event_container_and_the_rest_stays_in_place() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.html("""
    <style>
    .x { color: red; }
    </style>
""")
st.html("  <b>bold</b>\\n   ")
st.sidebar.html("<!-- note --><STYLE>p {}</STYLE>")
st.markdown("after")
''').run()
    assert [h.value for h in at.main.children.values() if h.type == "html"] == ["<b>bold</b>"]
    assert [e.type for e in at.main.children.values()] == ["html", "markdown"]
    assert not at.sidebar.children
    event = [b for b in at._children if b.type == "event"][0]
    assert [h.value for h in event.children.values()] == ["<style>\n.x { color: red; }\n</style>",
                                                          "<!-- note --><STYLE>p {}</STYLE>"]


def test_a_path_is_read_and_a_string_path_only_warns(tmp_path: Path) -> None:
    (tmp_path / "look.css").write_text(".y { margin: 0 }", encoding="utf-8")
    (tmp_path / "part.html").write_text("<i>part</i>", encoding="utf-8")
    at = AppTest.from_string(f'''
from pathlib import Path
import streamlit as st
st.html(Path({str(tmp_path / "part.html")!r}))
st.html(Path({str(tmp_path / "look.css")!r}))
st.html({str(tmp_path / "part.html")!r})
''').run()
    assert not at.exception
    htmls = [e for e in at.main.children.values() if e.type == "html"]
    assert [h.value for h in htmls] == ["<i>part</i>", str(tmp_path / "part.html")]
    assert [w.value for w in at.warning] == [STRING_FILE_PATH_WARNING]


def test_empty_html_is_a_missing_body() -> None:
    at = AppTest.from_string('import streamlit as st\nst.html("   ")').run()
    assert "`body` parameter is required" in at.exception[0].value
