""""Download this session as a test", worker side: the bridge of a dev-tools
session records what the page sends and writes two pytest files; the AppTest
version, run by pytest, replays the session and passes. (The browser version
is run in tests/browser/test_session_test_download.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from wasmlit.host.bridge import Bridge

REPO = Path(__file__).resolve().parents[2]


class Session:
    """A bridge over an app written inline, driven as the page drives it."""

    def __init__(self, tmp_path: Path, source: str, *, dev_tools: bool = True) -> None:
        self.dir = tmp_path
        (tmp_path / "app.py").write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
        self.out: list[dict[str, Any]] = []
        self.bridge = Bridge(self.out.append, str(tmp_path), "app.py", dev_tools=dev_tools)
        self.bridge.first_run()

    def id_of(self, label: str, index: int = 0, type_: str | None = None) -> str:
        """The widget id of the index-th widget with this label (or placeholder), in AppTest's order."""
        from wasmlit.host.recorder import apptest_order, widget_label

        nodes = [n for n in apptest_order(self.bridge.session.tree)
                 if widget_label(n) == label and (type_ is None or n.type == type_)]
        return nodes[index].id

    def send(self, *events: dict[str, Any]) -> None:
        self.bridge.handle({"type": "events", "events": list(events)})

    def set(self, label: str, value: Any, index: int = 0) -> None:
        self.send({"type": "set_value", "id": self.id_of(label, index), "value": value})

    def click(self, label: str, index: int = 0, **extra: Any) -> None:
        self.send({"type": "click", "id": self.id_of(label, index), **extra})

    def tests(self, screen: dict[str, str] | None = None) -> dict[str, str]:
        self.bridge.handle({"type": "dev_query", "query_id": 7, "what": "session_test", "screen": screen or {}})
        answer = [m for m in self.out if m["type"] == "dev_answer"][-1]
        assert answer["query_id"] == 7 and answer["what"] == "session_test"
        return answer["data"]["files"]

    def errors(self) -> list[str]:
        return [m["message"] for m in self.out if m["type"] == "error"]


def run_pytest(folder: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "py_runtime"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *files],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=300)


GREETER = """
    import streamlit as st

    st.title("Greeter")
    if "count" not in st.session_state:
        st.session_state.count = 0
    name = st.text_input("Your name", key="name")
    shout = st.checkbox("Shout")
    size = st.selectbox("Size", ["S", "M", "L"])
    level = st.slider("Level", 0, 10, 3)
    if st.button("Add"):
        st.session_state.count += 1
    with st.form("f"):
        city = st.text_input("City")
        st.form_submit_button("Save")
    st.markdown(f"**Hello {name or 'nobody'}{'!' if shout else '.'}** size {size}, level {level}")
    st.write(f"Count: {st.session_state.count}, city: {city}")
"""


def test_recorded_session_replays_as_a_passing_apptest(tmp_path: Path) -> None:
    s = Session(tmp_path, GREETER)
    s.set("Your name", "Ann")
    s.send({"type": "set_value", "id": s.id_of("Shout"), "value": True}, {"type": "click", "id": s.id_of("Add")})
    s.set("Size", 2)
    s.set("Level", [7])
    s.click("Add")
    s.send({"type": "submit", "id": s.id_of("Save"), "form_id": "f", "values": {s.id_of("City"): "Oslo"}})
    s.bridge.handle({"type": "rerun"})
    files = s.tests()
    apptest = files["test_app_session.py"]
    # Keyed widgets by key, the others by type and label; values as Python values.
    assert "at.text_input(key='name').set_value('Ann')" in apptest
    assert "widget(at.selectbox, 'Size').set_value('L')" in apptest
    assert "widget(at.slider, 'Level').set_value(7)" in apptest
    assert "widget(at.button, 'Save').click()  # submit the form" in apptest
    assert "assert at.session_state['count'] == 2" in apptest
    assert "'Count: 2, city: Oslo'" in apptest
    (tmp_path / "test_app_session.py").write_text(apptest)
    result = run_pytest(tmp_path, "test_app_session.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_recorded_apptest_fails_when_the_app_changes(tmp_path: Path) -> None:
    """The file asserts the final screen, so it can fail: change the app after recording."""
    s = Session(tmp_path, GREETER)
    s.click("Add")
    (tmp_path / "test_app_session.py").write_text(s.tests()["test_app_session.py"])
    (tmp_path / "app.py").write_text(textwrap.dedent(GREETER).replace("+= 1", "+= 2"))
    result = run_pytest(tmp_path, "test_app_session.py")
    assert result.returncode == 1 and "Count: 2" in result.stdout


def test_widgets_sharing_a_label_are_told_apart_by_their_place(tmp_path: Path) -> None:
    """AppTest counts the main area first, the page's DOM the sidebar first."""
    s = Session(tmp_path, """
        import streamlit as st
        if "hits" not in st.session_state:
            st.session_state.hits = []
        if st.sidebar.button("Add"):
            st.session_state.hits.append("sidebar")
        if st.button("Add"):
            st.session_state.hits.append("main")
        st.write(", ".join(st.session_state.hits) or "none")
    """)
    s.click("Add", index=0)  # the main area's (AppTest's order)
    files = s.tests({})
    assert "widget(at.button, 'Add').click()" in files["test_app_session.py"]
    assert "click_button(page, 'Add', index=1)" in files["test_app_session_browser.py"]
    (tmp_path / "test_app_session.py").write_text(files["test_app_session.py"])
    assert run_pytest(tmp_path, "test_app_session.py").returncode == 0


def test_browser_version_asserts_what_the_page_showed_and_the_session_state(tmp_path: Path) -> None:
    s = Session(tmp_path, GREETER)
    s.set("Your name", "Ann")
    s.set("Level", [7])
    markdown = next(n for n in s.bridge.session.tree.nodes.values() if n.type == "markdown")
    browser = s.tests({markdown.id: "Hello Ann. size S, level 7"})["test_app_session_browser.py"]
    assert "@pytest.mark.wasmlit_app('app.py')" in browser
    assert "fill_text_input(page, 'Your name', 'Ann', key='name')" in browser
    assert "set_slider_value(page, 'Level', 7)" in browser
    assert "expect_markdown(page, 'Hello Ann. size S, level 7')" in browser
    assert "assert state['name'] == 'Ann'" in browser
    compile(browser, "test_app_session_browser.py", "exec")


def test_an_exception_on_the_final_screen_is_asserted_and_allowed(tmp_path: Path) -> None:
    s = Session(tmp_path, """
        import streamlit as st
        if st.button("Break"):
            raise ValueError("broken on purpose")
    """)
    s.click("Break")
    files = s.tests()
    assert "assert [e.message for e in at.exception] == ['broken on purpose']" in files["test_app_session.py"]
    browser = files["test_app_session_browser.py"]
    assert "@pytest.mark.wasmlit_allow_exceptions" in browser
    assert "expect_exception(page, 'ValueError: broken on purpose')" not in browser  # the message, as shown
    assert "expect_exception(page, 'broken on purpose')" in browser
    (tmp_path / "test_app_session.py").write_text(files["test_app_session.py"])
    assert run_pytest(tmp_path, "test_app_session.py").returncode == 0


def test_chat_input_submits_are_replayed(tmp_path: Path) -> None:
    s = Session(tmp_path, """
        import streamlit as st
        if "said" not in st.session_state:
            st.session_state.said = []
        text = st.chat_input("Say something")
        if text:
            st.session_state.said.append(text)
        st.write(" / ".join(st.session_state.said))
    """)
    s.send({"type": "click", "id": s.id_of("Say something"), "value": "hi"})
    files = s.tests()
    assert "at.chat_input[0].set_value('hi')" in files["test_app_session.py"]
    assert "submit_chat_input(page, 'Say something', 'hi')" in files["test_app_session_browser.py"]
    (tmp_path / "test_app_session.py").write_text(files["test_app_session.py"])
    assert run_pytest(tmp_path, "test_app_session.py").returncode == 0


def test_a_value_python_cannot_write_becomes_a_step_to_write_by_hand(tmp_path: Path) -> None:
    s = Session(tmp_path, """
        import streamlit as st
        class Fruit:
            def __init__(self, name):
                self.name = name
        pick = st.selectbox("Fruit", [Fruit("apple"), Fruit("pear")], format_func=lambda f: f.name)
        st.write(pick.name)
    """)
    s.set("Fruit", 1)
    apptest = s.tests()["test_app_session.py"]
    assert "pytest.fail(\"set selectbox 'Fruit' to" in apptest
    (tmp_path / "test_app_session.py").write_text(apptest)
    result = run_pytest(tmp_path, "test_app_session.py")
    assert result.returncode == 1 and "here by hand" in result.stdout


def test_dev_queries_are_refused_without_dev_tools(tmp_path: Path) -> None:
    s = Session(tmp_path, "import streamlit as st\nst.write('hi')\n", dev_tools=False)
    s.bridge.handle({"type": "dev_query", "query_id": 1, "what": "session_state"})
    assert not [m for m in s.out if m["type"] == "dev_answer"]
    assert any("built without dev tools" in e for e in s.errors())


def test_session_state_query_answers_json_user_keys_and_keyed_widgets(tmp_path: Path) -> None:
    s = Session(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("n", 1)
        st.session_state.setdefault("when", __import__("datetime").date(2024, 1, 2))
        st.text_input("Name", key="name", value="Bo")
        st.button("Go", key="go")
    """)
    s.bridge.handle({"type": "dev_query", "query_id": 3, "what": "session_state"})
    answer = [m for m in s.out if m["type"] == "dev_answer"][-1]
    assert answer == {"type": "dev_answer", "query_id": 3, "what": "session_state",
                      "data": {"state": {"n": 1, "name": "Bo"}, "skipped": ["when"]}}


@pytest.mark.parametrize("what", ["everything", None])
def test_an_unknown_dev_query_is_an_error_not_a_crash(tmp_path: Path, what: Any) -> None:
    s = Session(tmp_path, "import streamlit as st\n")
    s.bridge.handle({"type": "dev_query", "query_id": 1, "what": what})
    assert any("Expected a dev_query about one of" in e for e in s.errors())
