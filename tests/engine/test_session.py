"""The engine's event API (``AppSession.run``): a click is never lost, value
changes merge, and a malformed event is refused without breaking the session."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from wasmlit.api import new_session
from wasmlit.engine.events import BadEventError
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session import AppSession


def make_session(source: str, emit: Any = None) -> AppSession:
    return new_session(ScriptSource("<test app>", source=textwrap.dedent(source)), emit=emit)


def widget_id(session: AppSession, label: str) -> str:
    ids = [w for w, meta in session.state.widget_meta.items() if meta.label == label]
    assert len(ids) == 1, f"expected one widget labelled {label!r}, got {ids}"
    return ids[0]


CLICKS = """
import streamlit as st
st.session_state.setdefault("true_runs", 0)
st.session_state.setdefault("callbacks", 0)
def on_go():
    st.session_state.callbacks += 1
if st.button("Go", on_click=on_go):
    st.session_state.true_runs += 1
"""


@pytest.mark.parametrize("n", [1, 2, 5])
def test_n_clicks_in_one_call_give_n_true_runs_and_n_callbacks(n: int):
    session = make_session(CLICKS)
    session.run()
    go = widget_id(session, "Go")
    result = session.run([{"type": "click", "id": go}] * n)
    assert result.runs == n
    assert result.status == "success"
    assert session.state.get_item("true_runs") == n
    assert session.state.get_item("callbacks") == n
    # The button is False again once the call is over.
    assert session.state.widget_value(go) is False


def test_value_changes_merge_last_wins_and_ride_with_the_next_click():
    session = make_session("""
        import streamlit as st
        st.session_state.setdefault("changes", [])
        st.session_state.setdefault("seen", [])
        def changed():
            st.session_state.changes.append(st.session_state.name)
        name = st.text_input("Name", key="name", on_change=changed)
        if st.button("Save"):
            st.session_state.seen.append(name)
    """)
    session.run()
    name, save = widget_id(session, "Name"), widget_id(session, "Save")
    result = session.run([
        {"type": "set_value", "id": name, "value": "A"},
        {"type": "set_value", "id": name, "value": "Ab"},
        {"type": "set_value", "id": name, "value": "Abc"},
    ])
    assert result.runs == 1
    assert session.state.get_item("name") == "Abc"
    assert session.state.get_item("changes") == ["Abc"]
    result = session.run([
        {"type": "set_value", "id": name, "value": "X"},
        {"type": "set_value", "id": name, "value": "Xy"},
        {"type": "click", "id": save},
    ])
    # The merged value arrives with the click, in the same run.
    assert result.runs == 1
    assert session.state.get_item("changes") == ["Abc", "Xy"]
    assert session.state.get_item("seen") == ["Xy"]


@pytest.mark.parametrize("bad", [
    42,
    {"type": "click"},
    {"type": "click", "id": 7},
    {"type": "hover", "id": "x"},
])
def test_malformed_event_raises_bad_event_error_and_session_goes_on(bad: Any):
    session = make_session(CLICKS)
    session.run()
    go = widget_id(session, "Go")
    runs_before = session.run_id
    with pytest.raises(BadEventError):
        session.run([{"type": "click", "id": go}, bad])
    # The whole call was refused: not even the good click ran.
    assert session.run_id == runs_before
    assert session.state.get_item("true_runs") == 0
    result = session.run([{"type": "click", "id": go}])
    assert result.status == "success"
    assert session.state.get_item("true_runs") == 1


def test_bad_widget_value_raises_bad_event_error_and_session_goes_on():
    messages: list[dict[str, Any]] = []
    session = make_session("""
        import streamlit as st
        n = st.number_input("N", value=1)
        st.write(f"n={n}")
    """, emit=messages.append)
    session.run()
    n_id = widget_id(session, "N")
    with pytest.raises(BadEventError):
        session.run([{"type": "set_value", "id": n_id, "value": "not a number"}])
    # Every run the page heard about was also finished.
    started = [m["run_id"] for m in messages if m["type"] == "run_started"]
    finished = [m["run_id"] for m in messages if m["type"] == "run_finished"]
    assert started == finished
    result = session.run([{"type": "set_value", "id": n_id, "value": 5}])
    assert result.status == "success"
    assert session.state.widget_value(n_id) == 5
    texts = [node.props.get("body") for node in session.tree.walk()]
    assert "n=5" in texts


def test_click_on_a_widget_the_page_no_longer_has_is_harmless():
    session = make_session(CLICKS)
    session.run()
    result = session.run([{"type": "click", "id": "$$ID-gone-None"}])
    assert result.status == "success"
    assert session.state.get_item("true_runs") == 0


def test_refused_batch_applies_none_of_its_values():
    session = make_session("""
        import streamlit as st
        st.text_input("Name", key="name")
        st.number_input("N", value=1, key="n")
    """)
    session.run()
    name, n = widget_id(session, "Name"), widget_id(session, "N")
    with pytest.raises(BadEventError):
        session.run([
            {"type": "set_value", "id": name, "value": "Ann"},
            {"type": "set_value", "id": n, "value": "not a number"},
        ])
    assert session.state.get_item("name") == ""
    assert session.state.get_item("n") == 1


SWITCHING_APP = """
import streamlit as st

def home():
    st.title("Home")
    if st.button("Go"):
        st.switch_page(other_page)
    if st.button("Filter"):
        st.query_params["fruit"] = "apple"
        st.write("Filtered")

def other():
    st.title("Other page")

other_page = st.Page(other, title="Other", url_path="other")
st.navigation([st.Page(home, title="Home", default=True), other_page]).run()
"""


def _index(posted: list[dict[str, Any]], match: Any) -> int:
    return next(i for i, msg in enumerate(posted) if match(msg))


def test_a_page_switch_sends_the_url_before_the_new_page_draws_and_before_the_run_ends():
    """As Streamlit's (its new-session message starts the run): a test that waits for the new
    page's content, or for the run's end, and then reads the address bar finds the new page."""
    posted: list[dict[str, Any]] = []
    session = make_session(SWITCHING_APP, emit=posted.append)
    session.run()
    posted.clear()
    session.run([{"type": "click", "id": widget_id(session, "Go")}])
    url = _index(posted, lambda m: m["type"] == "url")
    assert posted[url] == {"type": "url", "url_path": "other", "query": "", "history": "push"}
    drawn = _index(posted, lambda m: m["type"] == "deltas" and "Other page" in repr(m))
    ended = max(i for i, m in enumerate(posted) if m["type"] == "run_finished")
    assert url < drawn < ended
    assert [m for m in posted if m["type"] == "url"] == [posted[url]]  # once


def test_a_query_param_set_by_the_script_reaches_the_url_before_the_run_ends():
    posted: list[dict[str, Any]] = []
    session = make_session(SWITCHING_APP, emit=posted.append)
    session.run()
    posted.clear()
    session.run([{"type": "click", "id": widget_id(session, "Filter")}])
    urls = [i for i, m in enumerate(posted) if m["type"] == "url"]
    assert [posted[i] for i in urls] == [{"type": "url", "url_path": "", "query": "fruit=apple", "history": "replace"}]
    assert urls[0] < _index(posted, lambda m: m["type"] == "run_finished")
