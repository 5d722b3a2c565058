"""Containers that are widgets (expander, popover and tabs with on_change, as in
Streamlit 1.55+), st.bottom and the chat input's place, st.write_stream,
toasts, balloons and snow."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path
from typing import Any

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest


def bridge(tmp_path: Path, source: str) -> tuple[Bridge, list[dict[str, Any]]]:
    (tmp_path / "app.py").write_text(textwrap.dedent(source))
    out: list[dict[str, Any]] = []
    return Bridge(out.append, str(tmp_path), "app.py"), out


def test_expander_popover_and_tabs_accept_key_and_on_change() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        e = st.expander("Details", key="exp")
        p = st.popover("Menu", key="pop")
        t = st.tabs(["One", "Two"], key="tabs")
        st.write(f"{e.open} {p.open} {[x.open for x in t]}")
    """).run()
    assert not at.exception
    assert at.markdown[0].value == "None None [None, None]"


def test_on_change_rerun_makes_them_widgets_with_state(tmp_path: Path) -> None:
    b, _ = bridge(tmp_path, """
        import streamlit as st
        e = st.expander("Details", key="exp", on_change="rerun")
        p = st.popover("Menu", key="pop", on_change="rerun")
        t = st.tabs(["One", "Two", "Three"], key="tabs", on_change="rerun", default="Two")
        st.write(f"{e.open} {p.open} {[x.open for x in t]} {st.session_state.tabs}")
    """)
    b.first_run()
    body = lambda: [n.props["body"] for n in b.session.tree.walk() if n.type == "markdown"][0]  # noqa: E731
    assert body() == "False False [False, True, False] Two"
    ids = {m.type: w for w, m in b.session.widgets.items()}
    b.handle({"type": "events", "events": [
        {"type": "set_value", "id": ids["expander"], "value": True},
        {"type": "set_value", "id": ids["tabs"], "value": 2},
    ]})
    assert body() == "True False [False, False, True] Three"
    assert b.session.state.get_item("exp") is True


def test_session_state_opens_an_expander_before_it_is_drawn() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        def show():
            st.session_state.exp = True
        st.button("Show", on_click=show)
        e = st.expander("Details", key="exp", on_change="rerun")
        st.write(f"open: {e.open}")
    """).run()
    assert at.markdown[0].value == "open: False"
    at.button[0].click().run()
    assert at.markdown[0].value == "open: True"
    assert at.expander[0]._node.props["expanded"] is True


def test_a_callback_on_change_runs_when_the_tab_changes(tmp_path: Path) -> None:
    b, _ = bridge(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def changed():
            st.session_state.log.append(st.session_state.tabs)
        st.tabs(["A", "B"], key="tabs", on_change=changed)
        st.write(f"log={st.session_state.log}")
    """)
    b.first_run()
    tabs = next(w for w, m in b.session.widgets.items() if m.type == "tabs")
    b.handle({"type": "events", "events": [{"type": "set_value", "id": tabs, "value": 1}]})
    assert [n.props["body"] for n in b.session.tree.walk() if n.type == "markdown"] == ["log=['B']"]


def test_a_top_level_chat_input_goes_to_the_bottom_and_is_not_in_main() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        prompt = st.chat_input("Say something")
        with st.container():
            st.chat_input("Inline", key="inline")
        if prompt:
            st.write(f"You said {prompt}")
    """).run()
    assert len(at.chat_input) == 2
    assert [c.type for c in at.main.children.values()] == ["flex_container"]
    assert [c.type for c in at[3].children.values()] == ["chat_input"]
    # Page order, as in Streamlit's AppTest: main (the inline one) before the bottom.
    assert at.chat_input[0].key == "inline"
    at.chat_input[1].set_value("hi").run()
    assert at.markdown[0].value == "You said hi"


def test_chat_input_with_files_returns_text_files_and_audio(tmp_path: Path) -> None:
    b, _ = bridge(tmp_path, """
        import streamlit as st
        got = st.chat_input("Ask", accept_file="multiple", file_type=["txt"], accept_audio=True)
        if got:
            st.write(f"{got.text} {[f.name for f in got['files']]} {got.files[0].read()} {got.audio} {got!r}".split(', files=')[0])
    """)
    b.first_run()
    chat = next(w for w, m in b.session.widgets.items() if m.type == "chat_input")
    b.handle({"type": "events", "events": [{"type": "click", "id": chat, "value": {
        "text": "look", "files": [{"name": "a.txt", "type": "text/plain", "data": "aGk="}], "audio": None}}]})
    assert [n.props["body"] for n in b.session.tree.walk() if n.type == "markdown"] == [
        "look ['a.txt'] b'hi' None ChatInputValue(text='look'"]


def test_write_stream_flushes_every_chunk_and_returns_the_text(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, """
        import streamlit as st
        def words():
            yield "Hello "
            yield "streaming "
            yield "world"
        text = st.write_stream(words)
        st.write(f"returned: {text!r}")
    """)
    b.first_run()
    flushes = [m for m in out if m["type"] == "deltas"]
    grown = [op["node"]["props"]["body"] for m in flushes for op in m["ops"] if op["op"] != "remove"
             and op["node"]["type"] == "markdown"]
    assert grown[:3] == ["Hello", "Hello streaming", "Hello streaming world"]
    assert grown[-1] == "returned: 'Hello streaming world'"
    assert len(flushes) >= 3  # each chunk reached the page on its own


def test_write_stream_takes_async_generators_and_mixed_chunks() -> None:
    at = AppTest.from_string("""
        import asyncio
        import streamlit as st
        async def chunks():
            for word in ["a", "b"]:
                await asyncio.sleep(0)
                yield word
            yield {"k": 1}
            yield "c"
        result = st.write_stream(chunks())
        st.write(f"{result!r}")
    """).run()
    assert not at.exception
    assert at.markdown[0].value == "ab"
    assert at.markdown[-1].value == "['ab', {'k': 1}, 'c']"
    assert asyncio.get_event_loop_policy() is not None


def test_toast_balloons_and_snow() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        msg = st.toast("Saving", icon="💾", duration="long")
        msg.toast("Saved")
        st.toast("Forever", duration="infinite")
        st.balloons()
        st.snow()
    """).run()
    assert not at.exception
    assert [t.value for t in at.toast] == ["Saved", "Forever"]
    # The update took the new call's arguments (duration "short": 4 s).
    assert at.toast[0]._node.props["duration"] == 4.0 and at.toast[1]._node.props["duration"] is None
    assert [c.type for c in at.main.children.values()] == ["balloons", "snow"]
    bad = AppTest.from_string("import streamlit as st\nst.toast('x', duration='soon')\n").run()
    assert bad.exception[0].message == "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."


def test_set_option_and_get_option_follow_streamlits_rules() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.set_option("client.toolbarMode", "minimal")
        st.write(f"{st.get_option('client.toolbarMode')} {st.get_option('server.port')} {st.get_option('theme.primaryColor')}")
        st.set_option("client.showErrorDetails", "type")  # accepted (Streamlit does), not used here
        st.set_option("server.port", 9000)
    """).run()
    assert at.markdown[0].value == "minimal 8501 None"
    assert at.exception[0].message == ("server.port cannot be set on the fly. Set as command line option, e.g. "
                                       "streamlit run script.py --server.port, or in config.toml instead.")
    unknown = AppTest.from_string("import streamlit as st\nst.set_option('client.nope', 1)\n").run()
    assert unknown.exception[0].message == "Unrecognized config option: client.nope"


def test_show_sidebar_navigation_false_hides_the_pages_folder_menu(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "other.py").write_text("import streamlit as st\nst.write('other')\n")
    b, out = bridge(tmp_path, "import streamlit as st\nst.write('home')\n")
    b.open_at("", "", {}, {"client.showSidebarNavigation": False})
    b.first_run()
    nav = next(m for m in out if m["type"] == "navigation")
    assert nav["position"] == "hidden" and [p["url_path"] for p in nav["pages"]] == ["", "other"]


def test_chat_message_avatars_as_streamlit_sends_them() -> None:
    # Compared with Streamlit 1.67's AppTest: the same (name, avatar) pairs.
    at = AppTest.from_string('''
        import streamlit as st
        for name, avatar in [("user", None), ("ai", None), ("Bob", None), ("🦖", None), ("x", "🐍"),
                             ("y", ":material/home:"), ("z", "https://example.com/a.png"), ("w", "human")]:
            with st.chat_message(name, avatar=avatar):
                st.write(name)
    ''').run()
    assert [(m.name, m.avatar) for m in at.chat_message] == [
        ("user", "user"), ("ai", "assistant"), ("Bob", ""), ("🦖", "🦖"), ("x", "🐍"), ("y", ":material/home:"),
        ("z", "https://example.com/a.png"), ("w", "user")]


def test_a_chat_message_avatar_that_is_no_image_says_so() -> None:
    at = AppTest.from_string('import streamlit as st\nst.chat_message("x", avatar="not an image")\n').run()
    assert at.exception[0].value == "Failed to load the provided avatar value as an image."
