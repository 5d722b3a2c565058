"""Multipage apps: st.navigation runs the default page; page links render."""

from pathlib import Path

from wasmlit.testing import AppTest


def test_navigation_runs_the_default_page(tmp_path: Path) -> None:
    (tmp_path / "other.py").write_text("import streamlit as st\nst.title('Other page')\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "def home():\n    st.title('Home')\n"
        "pg = st.navigation([st.Page(home), st.Page('other.py', default=True)])\n"
        "pg.run()\n"
        "st.page_link(st.Page(home), label='Go home')\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [t.value for t in at.title] == ["Other page"]
    assert at.get("page_link")[0].label == "Go home"


def test_badge_toast_and_space_draw_without_errors() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.badge("New", color="green")
        st.toast("Saved")
        st.space("large")
    ''').run()
    assert not at.exception
    assert at.markdown[0].value == ":green-badge[New]"
    # As in Streamlit's AppTest, a toast lives in the event root, not in at.main.
    assert [e.type for e in at.main.children.values()] == ["markdown", "space"]
    assert [t.value for t in at.toast] == ["Saved"]
