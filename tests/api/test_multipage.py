"""Multipage apps through AppTest, as Streamlit's AppTest drives them: a pages/
folder (Streamlit's order and names), st.navigation (sections, callables,
default page), st.switch_page, at.switch_page, and st.query_params."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from wasmlit.engine.pages import folder_pages, page_icon_and_name
from wasmlit.testing import AppTest


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root / "app.py"


FOLDER_APP = {
    "app.py": """
        import streamlit as st
        st.title("Home")
        st.text_input("Name", key="name")
        if st.button("To second"):
            st.switch_page("pages/2_second_page.py")
    """,
    "pages/2_second_page.py": """
        import streamlit as st
        st.title("Second")
        st.write(f"name={st.session_state.get('name')}")
    """,
    "pages/10_📈_charts.py": "import streamlit as st\nst.title('Charts')\n",
    "pages/1_first.py": "import streamlit as st\nst.title('First')\n",
    "pages/zeta.py": "import streamlit as st\nst.title('Zeta')\n",
}


def test_pages_folder_order_names_icons_and_url_paths(tmp_path: Path) -> None:
    pages = folder_pages(str(write(tmp_path, FOLDER_APP)))
    assert [p.title for p in pages] == ["app", "first", "second page", "charts", "zeta"]
    assert [p.url_path for p in pages] == ["", "first", "second_page", "charts", "zeta"]
    assert pages[3].icon == "📈"
    assert page_icon_and_name(Path("03_🎈_Hello world.py")) == ("🎈", "Hello_world")


def test_at_switch_page_runs_a_pages_folder_page_and_state_is_shared(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, FOLDER_APP))).run()
    assert at.title[0].value == "Home"
    at.text_input(key="name").input("Ada").run()
    at.session_state["name"] = "Ada"
    at.switch_page("pages/2_second_page.py").run()
    assert at.title[0].value == "Second"
    assert at.markdown[0].value == "name=Ada"
    at.run()
    assert at.title[0].value == "Second"  # the page stays until switched again


def test_at_switch_page_with_a_missing_file_is_a_value_error(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, FOLDER_APP)))
    with pytest.raises(ValueError, match="Unable to find script at pages/nope.py"):
        at.switch_page("pages/nope.py")


def test_st_switch_page_from_a_button(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, FOLDER_APP))).run()
    at.button[0].click().run()
    assert at.title[0].value == "Second"


def test_switch_page_to_an_unknown_file_is_streamlits_error(tmp_path: Path) -> None:
    """Streamlit's two messages (compared with 1.67's AppTest): an app with a pages/ folder names
    the folder rule; one without names st.Page and st.navigation."""
    at = AppTest.from_file(str(write(tmp_path / "folder", {
        "app.py": "import streamlit as st\nst.switch_page('pages/nope.py')\n", "pages/p.py": ""}))).run()
    assert at.exception[0].message == (
        "Could not find page: `pages/nope.py`. You must provide a file path relative to the entrypoint file (from the "
        "directory `folder`). Only the entrypoint file and files in the `pages/` directory are supported.")
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitPageNotFoundError"
    at = AppTest.from_file(str(write(tmp_path / "plain", {
        "app.py": "import streamlit as st\nst.page_link('nope.py', label='x')\n"}))).run()
    assert at.exception[0].message == (
        "Could not find page: `nope.py`. You must provide a `Page` object or file path relative to the entrypoint "
        "file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed.")


NAV_APP = {
    "app.py": """
        import streamlit as st

        def home():
            st.title("Home")

        def admin_users():
            st.title("Users")
            st.write(st.query_params.to_dict())

        st.sidebar.checkbox("Shared", key="shared")
        pg = st.navigation({"": [st.Page(home)], "Admin": [st.Page(admin_users, url_path="users"), "reports.py"]})
        st.write(f"Current: {pg.title}")
        pg.run()
    """,
    "reports.py": """
        import streamlit as st
        st.title("Reports")
        if st.button("Users"):
            st.switch_page(st.Page("reports.py"))
    """,
}


def test_navigation_runs_the_first_page_by_default_and_titles_callables(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, NAV_APP))).run()
    assert at.title[0].value == "Home"
    assert at.markdown[0].value == "Current: home"


def test_at_switch_page_to_a_navigation_file_page(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, NAV_APP))).run()
    at.checkbox(key="shared").check().run()
    at.switch_page("reports.py").run()
    assert at.title[0].value == "Reports"
    assert at.checkbox(key="shared").value is True  # the entry script's widget keeps its state


def test_navigation_errors_are_streamlits(tmp_path: Path) -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.navigation([st.Page(lambda: None, title="A", default=True), st.Page(lambda: None, title="B", url_path="b", default=True)])
    """).run()
    assert at.exception[0].message == "Multiple Pages specified with `default=True`. At most one Page can be set to default."
    at = AppTest.from_string("""
        import streamlit as st
        st.navigation([], position="left")
    """).run()
    assert 'Invalid position "left"' in at.exception[0].message


def test_a_page_not_returned_by_navigation_cannot_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def a():
            st.write("a")
        p = st.Page(a)
        p.run()
    """).run()
    assert at.exception[0].message.startswith("This page cannot be called directly.")


def test_query_params_in_and_out_of_a_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.write(f"a={st.query_params.get('a')} all={st.query_params.get_all('a')} len={len(st.query_params)}")
        st.query_params["b"] = 2
        st.query_params.c = ["x", "y"]
        del st.query_params["a"]
    """)
    at.query_params["a"] = ["1", "2"]
    at.run()
    assert at.markdown[0].value == "a=2 all=['1', '2'] len=1"
    assert at.query_params == {"b": "2", "c": ["x", "y"]}  # as Streamlit 1.67's AppTest has it


def test_query_params_api() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.query_params.from_dict({"x": "1", "y": ["2", "3"]})
        st.write(st.query_params.to_dict())
        try:
            st.query_params.missing
        except AttributeError as err:
            st.write(str(err))
        try:
            st.query_params["embed"] = "true"
        except st.errors.StreamlitAPIException as err:
            st.write(str(err))
        st.query_params.clear()
        st.write(f"after clear: {dict(st.query_params)}")
    """).run()
    assert json.loads(at.json[0].value) == {"x": "1", "y": "3"}
    assert at.markdown[0].value == 'st.query_params has no key "missing". Did you forget to initialize it?'
    assert "cannot be set programmatically" in at.markdown[1].value
    assert at.markdown[2].value == "after clear: {}"


def test_switch_page_sets_or_clears_query_params(tmp_path: Path) -> None:
    at = AppTest.from_file(str(write(tmp_path, {
        "app.py": """
            import streamlit as st
            if st.button("Go"):
                st.switch_page("pages/p.py", query_params={"from": "home"})
            if st.button("Plain"):
                st.switch_page("pages/p.py")
        """,
        "pages/p.py": "import streamlit as st\nst.write(st.query_params.to_dict())\n",
    })))
    at.query_params["keep"] = "no"
    at.run()
    at.button[0].click().run()
    assert at.query_params == {"from": "home"}


def test_context_reports_the_browser_and_never_fails() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.write(f"{dict(st.context.headers)} {dict(st.context.cookies)} {st.context.ip_address}")
        st.write(f"{st.context.timezone} {st.context.locale} {st.context.theme.type}")
    """).run()
    assert at.markdown[0].value == "{} {} None"
    assert at.markdown[1].value == "None None None"


def test_two_pages_at_one_url_pathname_are_1_67s_error_naming_both(tmp_path: Path) -> None:
    """Folder pages and st.navigation alike (1.67 makes a pages/ folder into st.Pages)."""
    folder = write(tmp_path / "folder", {"app.py": "import streamlit as st\nst.title('Home')\n",
                                         "pages/04_twin.py": "", "pages/05_twin.py": ""})
    at = AppTest.from_file(str(folder)).run()
    assert at.exception[0].value.startswith(
        "Two pages resolve to the URL pathname `/twin`: `pages/04_twin.py` and `pages/05_twin.py`. Each page passed "
        "to `st.navigation` needs a unique URL pathname")
    at = AppTest.from_string("""
        import streamlit as st
        def home(): st.write("a")
        def other(): st.write("b")
        st.navigation({"Main": [st.Page(home, default=True)], "More": [st.Page(other, url_path="home")]}).run()
    """).run()
    message = at.exception[0].value
    assert message.startswith('Two pages resolve to the URL pathname `/home`: callable titled "home" (section "Main", '
                              'default page) and callable titled "other" (section "More").')
    assert message.endswith("The default page is served at the app root, but it still reserves this pathname. "
                            "Set a unique `url_path` in `st.Page` for one of these pages.")


def test_an_external_page_is_a_menu_link_that_never_runs_as_1_67() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def home(): st.title("Home")
        docs = st.Page("https://docs.streamlit.io", title="Our Docs!", icon="📘")
        st.navigation([docs, st.Page(home)]).run()
        st.write(docs.url_path, docs.external_url)
    """).run()
    assert [t.value for t in at.title] == ["Home"]  # the first page that is not a link is the default
    assert at.markdown[0].value == "our_docs! https://docs.streamlit.io"
    at = AppTest.from_string("""
        import streamlit as st
        st.navigation([st.Page("https://docs.streamlit.io", title="Docs")]).run()
    """).run()
    assert at.exception[0].value == (
        "At least one non-external page is required. External URL pages cannot be the default page.")
