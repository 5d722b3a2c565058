"""Fragments: a widget event inside a fragment reruns only the fragment (the
browser); its deltas are the fragment's alone, the rest of the page and its
widgets stay; fragment errors behave as in Streamlit; AppTest reruns the
whole app on widget events, as Streamlit's AppTest does."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest

COUNTERS = """
import streamlit as st
st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("fragment_runs", 0)
st.session_state.app_runs += 1
st.text_input("Outside", key="outside")
for i in range(20):
    st.write(f"Static line {i}")

@st.fragment
def counter():
    st.session_state.fragment_runs += 1
    st.button("Rerun fragment")
    st.write(f"Fragment ran {st.session_state.fragment_runs} times")

counter()
st.button("Rerun app")
st.write(f"App ran {st.session_state.app_runs} times")
"""


def bridge(tmp_path: Path, source: str) -> tuple[Bridge, list[dict[str, Any]]]:
    (tmp_path / "app.py").write_text(textwrap.dedent(source))
    out: list[dict[str, Any]] = []
    return Bridge(out.append, str(tmp_path), "app.py"), out


def widget(b: Bridge, label: str) -> str:
    return next(w for w, m in b.session.widgets.items() if m.label == label)


def texts(b: Bridge) -> list[str]:
    return [str(n.props.get("body")) for n in b.session.tree.walk() if n.type == "markdown"]


def ops_of_last_run(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    start = max(i for i, m in enumerate(out) if m["type"] == "run_started")
    return [op for m in out[start:] if m["type"] == "deltas" for op in m["ops"]]


def test_a_click_in_a_fragment_reruns_only_the_fragment_and_sends_only_its_deltas(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, COUNTERS)
    b.first_run()
    out.clear()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Rerun fragment")}]})
    started = next(m for m in out if m["type"] == "run_started")
    assert started["scope"] == [b.session.fragments.fragments[next(iter(b.session.fragments.fragments))].container]
    ops = ops_of_last_run(out)
    # The button's value and the fragment's line: nothing outside the fragment.
    assert len(ops) == 2, ops
    assert {op["node"]["parent"] for op in ops} == set(started["scope"])
    assert "Fragment ran 2 times" in texts(b) and "App ran 1 times" in texts(b)
    assert b.session.state.get_item("app_runs") == 1


def test_a_widget_in_a_fragment_tells_the_page_its_fragment(tmp_path: Path) -> None:
    """The page tags the widget's events with it (they never cut a running script short)."""
    b, _ = bridge(tmp_path, COUNTERS)
    b.first_run()
    fragment_id = next(iter(b.session.fragments.fragments))
    assert b.session.tree.nodes[widget(b, "Rerun fragment")].props["fragment_id"] == fragment_id
    assert "fragment_id" not in b.session.tree.nodes[widget(b, "Rerun app")].props
    assert "fragment_id" not in b.session.tree.nodes[widget(b, "Outside")].props


def test_widgets_outside_keep_their_state_during_fragment_runs(tmp_path: Path) -> None:
    b, _ = bridge(tmp_path, COUNTERS)
    b.first_run()
    b.handle({"type": "events", "events": [{"type": "set_value", "id": widget(b, "Outside"), "value": "kept"}]})
    for _ in range(3):
        b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Rerun fragment")}]})
    assert b.session.state.get_item("outside") == "kept"
    assert b.session.state.get_item("app_runs") == 2  # the set_value reran the app once


def test_a_widget_outside_the_fragment_reruns_the_whole_app(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, COUNTERS)
    b.first_run()
    out.clear()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Rerun app")}]})
    assert next(m for m in out if m["type"] == "run_started")["scope"] == []
    assert "App ran 2 times" in texts(b)


def test_a_fragment_run_removes_only_what_the_fragment_no_longer_draws(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, """
        import streamlit as st
        st.write("Top")
        @st.fragment
        def f():
            if st.toggle("More"):
                st.write("Extra")
                st.text_input("Extra field")
        f()
        st.write("Bottom")
    """)
    b.first_run()
    toggle = widget(b, "More")
    b.handle({"type": "events", "events": [{"type": "set_value", "id": toggle, "value": True}]})
    assert texts(b) == ["Top", "Extra", "Bottom"]
    out.clear()
    b.handle({"type": "events", "events": [{"type": "set_value", "id": toggle, "value": False}]})
    removed = [op for op in ops_of_last_run(out) if op["op"] == "remove"]
    assert len(removed) == 2  # Extra and its field; Top and Bottom stay
    assert texts(b) == ["Top", "Bottom"]
    assert not any(m.label == "Extra field" for m in b.session.widgets.values())


def test_rerun_scope_fragment_reruns_the_fragment_during_fragment_runs(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        @st.fragment
        def f():
            st.session_state.n += 1
            if st.button("Twice") and st.session_state.n < 4:
                st.rerun(scope="fragment")
            st.write(f"n={st.session_state.n}")
        f()
    """)
    b.first_run()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Twice")}]})
    assert b.rerun_owed
    out.clear()
    b.handle({"type": "rerun"})
    assert next(m for m in out if m["type"] == "run_started")["scope"] != []
    assert texts(b) == ["n=3"]


def test_rerun_scope_fragment_during_a_full_run_is_streamlits_error() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def f():
            st.rerun(scope="fragment")
        f()
    """).run()
    assert at.exception[0].message == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"


def test_a_fragment_may_write_widgets_to_outside_containers(tmp_path: Path) -> None:
    """1.67: the widget sits in the fragment's wrapper there, and belongs to the fragment."""
    source = """
        import streamlit as st
        st.session_state.setdefault("app_runs", 0)
        st.session_state.app_runs += 1
        st.write(f"app runs: {st.session_state.app_runs}")
        outside = st.container()
        @st.fragment
        def f():
            st.write("inside")
            if outside.button("Out"):
                st.write("clicked")
        f()
    """
    at = AppTest.from_string(source).run()
    assert not at.exception
    wrapper = at.main.children[1].children[0]
    assert wrapper.type == "transparent" and wrapper.children[0].type == "button"
    b, _ = bridge(tmp_path, source)
    b.first_run()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Out")}]})
    assert "clicked" in texts(b)
    assert "app runs: 1" in texts(b)  # a fragment run, not the app's


def test_a_fragments_writes_to_outside_containers_are_replaced_in_place(tmp_path: Path) -> None:
    """1.67 (before it, they accumulated until the next full run): a fragment run writes its
    wrapper again from its start, and what it no longer writes there goes."""
    b, _ = bridge(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        log = st.container()
        log.write("main first")
        @st.fragment
        def f():
            if st.button("Log"):
                st.session_state.n += 1
            log.write(f"logged {st.session_state.n}")
            if st.session_state.n % 2 == 0:
                log.write(f"even {st.session_state.n}")
        f()
        log.write("main last")
    """)
    b.first_run()
    assert texts(b) == ["main first", "logged 0", "even 0", "main last"]
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Log")}]})
    assert texts(b) == ["main first", "logged 1", "main last"]
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Log")}]})
    assert texts(b) == ["main first", "logged 2", "even 2", "main last"]
    b.handle({"type": "rerun"})
    assert texts(b) == ["main first", "logged 2", "even 2", "main last"]


def test_st_sidebar_in_a_fragment_writes_to_its_wrapper_in_the_sidebar(tmp_path: Path) -> None:
    source = """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.sidebar.write("side main")
        @st.fragment
        def f():
            if st.button("Add"):
                st.session_state.n += 1
            st.sidebar.write(f"side {st.session_state.n}")
        f()
        st.sidebar.write("side end")
    """
    at = AppTest.from_string(source).run()
    assert not at.exception
    assert [c.type for c in at.sidebar.children.values()] == ["markdown", "transparent", "markdown"]
    b, _ = bridge(tmp_path, source)
    b.first_run()
    for _ in range(2):
        b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Add")}]})
    side = [str(n.props.get("body")) for n in b.session.tree.walk("1") if n.type == "markdown"]
    assert side == ["side main", "side 2", "side end"]


def test_a_fragment_run_cannot_start_writing_to_an_outside_container(tmp_path: Path) -> None:
    """No wrapper from the last full run: 1.67 has no stable place for it, and says what to do."""
    b, _ = bridge(tmp_path, """
        import streamlit as st
        outside = st.container()
        @st.fragment
        def f():
            if st.button("Go"):
                outside.write("late")
        f()
    """)
    b.first_run()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Go")}]})
    errors = [n.props for n in b.session.tree.walk() if n.type == "exception"]
    assert errors and errors[0]["message"].startswith(
        "A fragment tried to write to a container created outside it, but the fragment did not write to that "
        "container during the last full app run")
    assert errors[0]["type_name"].endswith("StreamlitInvalidLayoutContextError")


def test_a_fragment_in_an_outside_empty_replaces_its_one_element(tmp_path: Path) -> None:
    """An st.empty passed in (the docs' multiple-container tutorial): the wrapper holds one element."""
    b, _ = bridge(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        slot = st.empty()
        @st.fragment
        def f(card):
            if st.button("Next"):
                st.session_state.n += 1
            card.write(f"first {st.session_state.n}")
            card.write(f"second {st.session_state.n}")
        f(slot)
    """)
    b.first_run()
    assert texts(b) == ["second 0"]
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Next")}]})
    assert texts(b) == ["second 1"]


def test_with_st_sidebar_around_a_fragment_is_fine() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def f():
            st.write("in the sidebar")
        with st.sidebar:
            f()
    """).run()
    assert not at.exception and at.sidebar.markdown[0].value == "in the sidebar"


def test_an_exception_in_a_fragment_is_drawn_inside_it_and_ends_the_full_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.fragment
        def f():
            st.write("before")
            raise ValueError("boom")
        f()
        st.write("after")
    """).run()
    assert [m.value for m in at.markdown] == ["before"]
    assert at.exception[0].message == "boom"
    container = at.main.children[0]
    assert [c.type for c in container.children.values()] == ["markdown", "exception"]


def test_apptest_reruns_the_whole_app_on_a_fragment_widget_as_streamlit_does() -> None:
    at = AppTest.from_string(COUNTERS).run()
    at.button[0].click().run()
    assert at.session_state["app_runs"] == 2 and at.session_state["fragment_runs"] == 2


def test_the_run_context_reports_the_current_fragment() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        st.write(f"outside: {get_script_run_ctx().current_fragment_id}")
        @st.fragment
        def f():
            st.write(f"inside: {get_script_run_ctx().current_fragment_id is not None}")
        f()
    """).run()
    assert [m.value for m in at.markdown] == ["outside: None", "inside: True"]


@pytest.mark.parametrize("every, seconds", [(2, 2.0), ("1.5s", 1.5), ("1m", 60.0), ("500ms", 0.5)])
def test_run_every_timers_are_sent_after_a_full_run(tmp_path: Path, every: Any, seconds: float) -> None:
    b, out = bridge(tmp_path, f"""
        import streamlit as st
        @st.fragment(run_every={every!r})
        def clock():
            st.write("tick")
        clock()
    """)
    b.first_run()
    timers = [m for m in out if m["type"] == "auto_rerun"]
    assert len(timers) == 1 and list(timers[0]["timers"].values()) == [seconds]
    fragment = next(iter(timers[0]["timers"]))
    out.clear()
    b.handle({"type": "rerun", "fragment_id": fragment})
    assert next(m for m in out if m["type"] == "run_started")["scope"] != []
    assert not [m for m in out if m["type"] == "auto_rerun"]  # unchanged: not sent again


def test_a_timer_of_a_fragment_that_is_gone_runs_nothing(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, "import streamlit as st\nst.write('no fragments')\n")
    b.first_run()
    out.clear()
    b.handle({"type": "rerun", "fragment_id": "gone"})
    assert not [m for m in out if m["type"] == "run_started"]


def test_a_fragment_runs_scope_takes_in_its_writes_to_outside_containers(tmp_path: Path) -> None:
    """The page fades what a run has not redrawn yet, within its scope: a fragment's
    writes to a container made outside it (its wrapper) are redrawn too, so they are in it."""
    b, out = bridge(tmp_path, """
        import streamlit as st
        outside = st.container()

        @st.fragment
        def part():
            st.button("Again")
            outside.write("from the fragment")

        part()
    """)
    b.first_run()
    out.clear()
    b.handle({"type": "events", "events": [{"type": "click", "id": widget(b, "Again")}]})
    scope = next(m for m in out if m["type"] == "run_started")["scope"]
    wrapper = next(n for n in b.session.tree.walk() if n.type == "transparent")
    fragment = next(iter(b.session.fragments.fragments.values()))
    assert scope == [fragment.container, wrapper.id]
