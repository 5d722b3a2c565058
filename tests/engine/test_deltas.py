"""``wasmlit.engine.deltas``: a rerun sends only what changed (``RunResult.ops``)."""

from __future__ import annotations

import textwrap

from wasmlit.api import new_session
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session import AppSession


def make_session(source: str) -> AppSession:
    return new_session(ScriptSource("<test app>", source=textwrap.dedent(source)))


def kinds(ops) -> list[str]:
    return [op["op"] for op in ops]


HUNDRED = """
import streamlit as st
for i in range(100):
    if i == 50:
        st.text(f"changing {st.session_state.get('n', 0)}")
    else:
        st.text(f"line {i}")
"""


def test_first_run_adds_every_element():
    result = make_session(HUNDRED).run()
    assert kinds(result.ops) == ["add"] * 100


def test_identical_rerun_sends_no_ops():
    session = make_session(HUNDRED)
    session.run()
    assert session.run().ops == []


def test_one_changed_element_of_a_hundred_is_one_update():
    session = make_session(HUNDRED)
    session.run()
    session.state.set_from_outside("n", 1)
    result = session.run()
    assert kinds(result.ops) == ["update"]
    assert result.ops[0]["node"]["props"]["body"] == "changing 1"
    # The update carries the node's identity: the same one the page already has.
    first = make_session(HUNDRED).run().ops
    assert result.ops[0]["node"]["id"] == first[50]["node"]["id"]


def test_a_disappearing_element_is_removed():
    session = make_session("""
        import streamlit as st
        st.text("always")
        if not st.session_state.get("hide"):
            st.text("sometimes")
    """)
    first = session.run()
    sometimes_id = first.ops[1]["node"]["id"]
    session.state.set_from_outside("hide", True)
    result = session.run()
    assert result.ops == [{"op": "remove", "id": sometimes_id}]
    assert sometimes_id not in session.mirror.sent


def test_st_rerun_removes_nothing_for_the_interrupted_run():
    session = make_session("""
        import streamlit as st
        st.text("A")
        if st.session_state.get("go"):
            st.session_state.go = False
            st.rerun()
        st.text("B")
        st.text("C")
    """)
    session.run()
    session.state.set_from_outside("go", True)
    result = session.run()
    assert result.runs == 2
    # B and C were not drawn by the interrupted run, yet are not removed
    # (and so not re-added by the run that follows): nothing changes.
    assert "remove" not in kinds(result.ops)
    assert result.ops == []
    assert [n.props["body"] for n in session.tree.walk()] == ["A", "B", "C"]


def test_st_rerun_then_a_shorter_run_removes_once_the_run_completes():
    session = make_session("""
        import streamlit as st
        st.text("A")
        if st.session_state.get("go"):
            st.session_state.go = False
            st.session_state.short = True
            st.rerun()
        if not st.session_state.get("short"):
            st.text("B")
    """)
    first = session.run()
    b_id = first.ops[1]["node"]["id"]
    session.state.set_from_outside("go", True)
    result = session.run()
    assert result.runs == 2
    assert result.ops == [{"op": "remove", "id": b_id}]


THOUSAND_IN_COLUMNS = """
import streamlit as st
left, right = st.columns(2)
for i in range(500):
    left.text(f"left {i}")
    right.text(f"right {i}")
st.text(f"changing {st.session_state.get('n', 0)}")
"""


def test_a_slow_run_reports_its_progress_per_block_in_a_few_bytes(monkeypatch):
    """A run that flushes early says how far it got in each block, never one id per unchanged node."""
    import json

    import wasmlit.engine.deltas

    messages: list[dict] = []
    session = new_session(ScriptSource("<test app>", source=THOUSAND_IN_COLUMNS), emit=messages.append)
    session.run()
    monkeypatch.setattr(wasmlit.engine.deltas, "FLUSH_INTERVAL_S", 0.0)  # every st.* call flushes
    messages.clear()
    session.state.set_from_outside("n", 1)
    session.run()

    deltas = [m for m in messages if m["type"] == "deltas"]
    assert max(len(json.dumps(m)) for m in deltas) < 400
    progress = [m["drawn"] for m in deltas if m["drawn"]]
    columns = sorted(block for block in progress[-1] if block != "0")
    left, right = columns[-2:]
    # Each block's count only grows, and the last flush covers both columns whole.
    for earlier, later in zip(progress, progress[1:], strict=False):
        assert all(later.get(block, 0) >= n for block, n in earlier.items())
    assert progress[-1][left] == 500 and progress[-1][right] == 500
    # Exactly one op: the changed text.
    ops = [op for m in deltas for op in m["ops"]]
    assert [op["op"] for op in ops] == ["update"]


def test_a_selection_change_resends_the_selection_not_the_table():
    """An update leaves out large props that did not change (``kept``): the page keeps its copy."""
    session = make_session("""
        import streamlit as st
        st.dataframe([{"n": i, "x": i / 2} for i in range(10_000)], key="t", on_select="rerun")
    """)
    first = session.run()
    widget = first.ops[0]["node"]["id"]
    result = session.run([{"type": "set_value", "id": widget,
                           "value": {"selection": {"rows": [3], "columns": [], "cells": []}}}])
    (op,) = result.ops
    assert op["op"] == "update" and "data" in op["kept"] and "data" not in op["node"]["props"]
    assert op["node"]["props"]["value"]["selection"]["rows"] == [3]
    assert session.run().ops == []  # nothing changed: nothing sent
