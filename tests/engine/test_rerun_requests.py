"""What a run runs, and what follows st.rerun(): AppTest follows reruns in one
call; the browser's bridge does not (the worker's message loop does, so the
user's events get in between), and merges the owed rerun into the next run."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from wasmlit.engine.signals import WHOLE_APP, RunRequest
from wasmlit.host.bridge import Bridge

LOOP = """
import streamlit as st
st.session_state.setdefault("i", 0)
typed = st.text_input("Message", key="msg")
st.write(f"Loop {st.session_state.i} sees: [{typed}]")
if st.session_state.i < 3:
    st.session_state.i += 1
    st.rerun()
st.write(f"Done with: [{typed}]")
"""


def bridge(tmp_path: Path, source: str) -> tuple[Bridge, list[dict[str, Any]]]:
    (tmp_path / "app.py").write_text(textwrap.dedent(source))
    out: list[dict[str, Any]] = []
    return Bridge(out.append, str(tmp_path), "app.py"), out


def bodies(b: Bridge) -> list[str]:
    return [str(n.props.get("body")) for n in b.session.tree.walk() if n.type == "markdown"]


def test_the_bridge_returns_after_a_run_that_ends_with_st_rerun_and_says_a_rerun_is_owed(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, LOOP)
    b.first_run()
    assert [m["status"] for m in out if m["type"] == "run_finished"] == ["rerun"]
    assert b.rerun_owed
    b.handle({"type": "rerun"})
    assert b.rerun_owed and bodies(b) == ["Loop 1 sees: []"]


def test_events_that_arrive_during_the_loop_run_next_and_the_loop_goes_on(tmp_path: Path) -> None:
    b, out = bridge(tmp_path, LOOP)
    b.first_run()
    widget = next(w for w, m in b.session.widgets.items() if m.type == "text_input")
    # The page held an events message: it covers the owed rerun.
    b.handle({"type": "events", "events": [{"type": "set_value", "id": widget, "value": "hi"}]})
    assert bodies(b) == ["Loop 1 sees: [hi]"] and b.rerun_owed
    while b.rerun_owed:
        b.handle({"type": "rerun"})
    assert bodies(b) == ["Loop 3 sees: [hi]", "Done with: [hi]"]
    assert not b.rerun_owed


def test_apptest_follows_reruns_within_one_run(tmp_path: Path) -> None:
    from wasmlit.testing import AppTest

    (tmp_path / "app.py").write_text(textwrap.dedent(LOOP))
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [m.value for m in at.markdown] == ["Loop 3 sees: []", "Done with: []"]


def test_an_interrupted_run_leaves_its_request_for_the_message_that_cut_it_short(tmp_path: Path) -> None:
    b, _ = bridge(tmp_path, LOOP)
    b.first_run()
    cut = {"now": True}
    b.session.interrupt_check = lambda: cut["now"]
    b.handle({"type": "rerun"})
    assert b.session.status == "interrupted" and b.rerun_owed


def test_run_requests_merge_as_streamlit_coalesces_reruns() -> None:
    a, b = RunRequest(("f1",)), RunRequest(("f2", "f1"))
    assert a.merge(b).fragment_ids == ("f1", "f2")
    assert a.merge(WHOLE_APP).whole_app and WHOLE_APP.merge(a).whole_app
    assert RunRequest(page="p1").merge(RunRequest(page="p2")).page == "p2"
    assert RunRequest(page="p1").merge(WHOLE_APP).page == "p1"
    assert not RunRequest(("f",), auto=True).merge(RunRequest(("f",))).auto


def test_stop_ends_an_st_rerun_loop(tmp_path: Path) -> None:
    """The Stop button interrupts the run (KeyboardInterrupt, not a newer message): no rerun is owed."""
    b, _ = bridge(tmp_path, """
        import streamlit as st
        st.session_state.setdefault("i", 0)
        st.session_state.i += 1
        if st.session_state.i == 2:
            raise KeyboardInterrupt  # what Pyodide raises when the page writes SIGINT
        st.rerun()
    """)
    b.first_run()
    assert b.rerun_owed
    b.handle({"type": "rerun"})
    assert b.session.status == "stopped" and not b.rerun_owed
