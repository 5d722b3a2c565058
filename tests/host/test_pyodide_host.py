"""The worker's host (wasmlit.host.pyodide_host) with fake Atomics: Pyodide's
KeyboardInterrupt ends a run as "stopped" and keeps session state, a newer
event supersedes a run at its next st.* call (never a click's run), the
patched sleep wakes for Stop, and persisted state round-trips."""

from __future__ import annotations

import base64
import json
import struct
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from wasmlit.api import new_session
from wasmlit.engine.script import ScriptSource
from wasmlit.host import pyodide_host
from wasmlit.host.pyodide_host import INTERRUPT, PENDING, SIGINT, WAKE, Host


class FakeAtomics:
    """Enough of JS Atomics over a Python list; ``on_wait`` plays the page."""

    def __init__(self) -> None:
        self.on_wait: Any = None
        self.waits = 0

    def load(self, cell: list[int], i: int) -> int:
        return cell[i]

    def store(self, cell: list[int], i: int, v: int) -> int:
        cell[i] = v
        return v

    def wait(self, cell: list[int], i: int, v: int, timeout_ms: float) -> str:
        self.waits += 1
        if self.on_wait:
            self.on_wait(cell)
        return "ok" if cell[i] != v else "timed-out"


def make_host(tmp_path: Path, source: str, **kw: Any) -> tuple[Host, list[dict[str, Any]], list[int], FakeAtomics]:
    (tmp_path / "app.py").write_text(textwrap.dedent(source), encoding="utf-8")
    posted: list[dict[str, Any]] = []
    cell = [0, 0, 0, 0]
    atomics = FakeAtomics()
    host = Host(lambda text: posted.append(json.loads(text)), str(tmp_path), "app.py", atomics=atomics, cell=cell, **kw)
    return host, posted, cell, atomics


@pytest.fixture(autouse=True)
def _restore_sleep():
    real = time.sleep
    yield
    time.sleep = real


def statuses(posted: list[dict[str, Any]]) -> list[str]:
    return [m["status"] for m in posted if m["type"] == "run_finished"]


def test_keyboard_interrupt_ends_the_run_as_stopped_and_keeps_state() -> None:
    src = """
    import streamlit as st
    st.session_state.setdefault("n", 0)
    st.session_state.n += 1
    st.write("before")
    if st.session_state.n == 2:
        raise KeyboardInterrupt  # what Pyodide raises for the interrupt buffer
    st.write("after")
    """
    session = new_session(ScriptSource("<t>", source=textwrap.dedent(src)))
    assert session.run().status == "success"
    assert session.run().status == "stopped"
    assert session.state.get_item("n") == 2
    assert session.run().status == "success"
    assert session.state.get_item("n") == 3


def test_keyboard_interrupt_with_newer_events_waiting_is_interrupted() -> None:
    src = "import streamlit as st\nst.write('x')\nraise KeyboardInterrupt\n"
    session = new_session(ScriptSource("<t>", source=src))
    session.interrupt_check = lambda: True
    # the check fires at st.write already: interrupted either way
    assert session.run().status == "interrupted"


def test_pending_flag_supersedes_a_value_run_at_the_next_st_call(tmp_path: Path) -> None:
    host, posted, cell, _ = make_host(tmp_path, """
    import streamlit as st
    v = st.checkbox("loop")
    st.write("a")
    st.write("b")
    """)
    host.first_run()
    wid = next(iter(host.bridge.session.state.widget_meta))
    cell[PENDING] = 1
    host.handle(json.dumps({"type": "events", "events": [{"type": "set_value", "id": wid, "value": True}]}))
    assert statuses(posted) == ["interrupted", "interrupted"] or statuses(posted)[-1] == "interrupted"
    cell[PENDING] = 0
    host.handle(json.dumps({"type": "rerun"}))
    assert statuses(posted)[-1] == "success"


def test_a_click_run_is_never_superseded(tmp_path: Path) -> None:
    host, posted, cell, _ = make_host(tmp_path, """
    import streamlit as st
    st.session_state.setdefault("clicks", 0)
    if st.button("Go"):
        st.session_state.clicks += 1
    st.write("done")
    """)
    host.first_run()
    wid = next(iter(host.bridge.session.state.widget_meta))
    cell[PENDING] = 1
    host.handle(json.dumps({"type": "events", "events": [{"type": "click", "id": wid}]}))
    assert statuses(posted)[-1] == "success"
    assert host.bridge.session.state.get_item("clicks") == 1


def test_patched_sleep_waits_with_atomics_and_wakes_for_stop(tmp_path: Path) -> None:
    host, posted, cell, atomics = make_host(tmp_path, """
    import time
    import streamlit as st
    st.write("sleeping")
    while True:
        time.sleep(10)
    """)

    def page_presses_stop(c: list[int]) -> None:
        c[INTERRUPT] = SIGINT
        c[WAKE] += 1

    atomics.on_wait = page_presses_stop
    host.first_run()
    assert statuses(posted) == ["stopped"]
    assert atomics.waits == 1
    assert cell[INTERRUPT] == 0


def test_what_the_run_drew_is_posted_before_it_sleeps(tmp_path: Path) -> None:
    host, posted, cell, atomics = make_host(tmp_path, """
    import time
    import streamlit as st
    st.write("first line")
    time.sleep(5)
    st.write("done")
    """)
    seen_while_sleeping: list[list[str]] = []

    def page_looks(c: list[int]) -> None:
        bodies = [op["node"]["props"].get("body") for m in posted if m["type"] == "deltas" for op in m["ops"]
                  if op.get("op") == "add"]
        seen_while_sleeping.append(bodies)
        c[WAKE] += 1  # wake at once; the sleep then times out by the clock
        c[INTERRUPT] = SIGINT

    atomics.on_wait = page_looks
    host.first_run()
    assert seen_while_sleeping and seen_while_sleeping[0] == ["first line"]


def test_sleep_refuses_negative_lengths(tmp_path: Path) -> None:
    host, _, _, _ = make_host(tmp_path, "")
    with pytest.raises(ValueError):
        host.sleep(-1)


def test_interrupt_outside_the_script_still_closes_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    host, posted, _, _ = make_host(tmp_path, "import streamlit as st\nst.write('hi')\n")

    def boom(*a: Any, **k: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(host.bridge.session, "emit", lambda m: (host.bridge._emit(m), m["type"] == "deltas" and boom()))
    host.first_run()
    assert posted[0]["type"] == "run_started"
    assert posted[-1] == {"type": "run_finished", "run_id": posted[0]["run_id"], "status": "stopped"}


def test_state_snapshot_after_each_run_and_restore_before_the_first(tmp_path: Path) -> None:
    src = """
    import streamlit as st
    st.session_state.setdefault("n", 0)
    st.session_state.n += 1
    st.session_state.obj = object()
    st.text_input("Name", key="name")
    st.button("Go", key="go")
    """
    host, posted, _, _ = make_host(tmp_path, src, persist_state=True)
    host.first_run()
    snap = [m for m in posted if m["type"] == "state_snapshot"][-1]
    assert snap["state"] == {"n": 1, "name": ""}
    assert snap["skipped"] == ["obj"]

    fresh, posted2, _, _ = make_host(tmp_path, src, persist_state=True)
    fresh.restore_state(json.dumps({"type": "restore_state", "state": {"n": 5, "name": "Ada"}}))
    fresh.first_run()
    assert fresh.bridge.session.state.get_item("n") == 6
    assert fresh.bridge.session.state.get_item("name") == "Ada"


def test_run_ids_continue_from_run_id_base(tmp_path: Path) -> None:
    host, posted, _, _ = make_host(tmp_path, "", run_id_base=1000)
    host.first_run()
    assert posted[0] == {"type": "run_started", "run_id": 1001, "scope": []}


def test_module_imports_without_pyodide() -> None:
    assert pyodide_host.SIGINT == 2


def test_back_to_back_updates_of_one_node_travel_as_one(tmp_path: Path) -> None:
    from wasmlit.host.bridge import coalesce_ops

    node = lambda body, t="markdown": {"id": "0.1", "type": t, "props": {"body": body}}  # noqa: E731
    ops = [{"op": "add", "node": node("a")}, {"op": "update", "node": node("b")}, {"op": "update", "node": node("c")},
           {"op": "update", "node": {"id": "0.2", "type": "text", "props": {}}}, {"op": "update", "node": node("d", "text")}]
    assert coalesce_ops(ops) == [{"op": "add", "node": node("c")}, ops[3], ops[4]]


def test_folding_an_update_that_kept_props_restores_them_from_the_op_before() -> None:
    from wasmlit.host.bridge import coalesce_ops

    add = {"op": "add", "node": {"id": "0.1", "type": "dataframe", "props": {"data": "D", "value": 1}}}
    update = {"op": "update", "node": {"id": "0.1", "type": "dataframe", "props": {"value": 2}}, "kept": ["data"]}
    assert coalesce_ops([add, update]) == [{"op": "add", "node": {"id": "0.1", "type": "dataframe",
                                                                   "props": {"data": "D", "value": 2}}}]
    first = {**update, "node": {**update["node"], "props": {"value": 3}}}
    assert coalesce_ops([first, update]) == [update]  # kept by both: still kept


def test_bytes_in_a_message_travel_beside_its_json_text(tmp_path: Path) -> None:
    """A table's binary columns leave the host as buffers, referenced from the text."""
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.dataframe({'x': [1.5, 2.5]})\n")
    posted: list[tuple[Any, ...]] = []
    host = pyodide_host.Host(lambda *parts: posted.append(parts), str(tmp_path), "app.py")
    host.first_run()
    deltas = [p for p in posted if '"deltas"' in p[0]]
    text, buffers = deltas[0]
    assert '{"$buffer":0}' in text and '"enc":"range","data":[0,1,2]' in text  # a range index: three numbers
    assert buffers == [struct.pack("<2d", 1.5, 2.5)]
    assert all(len(p) == 1 for p in posted if p is not deltas[0])  # other messages: text only


def test_browser_limits_are_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the browser a memory error says what the limit is, and os._exit()
    stops the run (with a warning) instead of ending Python and the session."""
    import os

    from wasmlit.engine import exception_props

    monkeypatch.setattr(os, "_exit", os._exit)
    monkeypatch.setattr(exception_props, "HINTS", [])
    pyodide_host.install_browser_hints()
    session = new_session(ScriptSource("<t>", source=textwrap.dedent("""
        import os
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if st.session_state.n == 1:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
        st.write("before exit")
        os._exit(1)
        st.write("never")
    """)))
    first = session.run()
    message = next(op["node"]["props"]["message"] for op in first.ops if op["op"] != "remove" and op["node"]["type"] == "exception")
    assert "at most 4 GB of memory" in message
    second = session.run()
    assert second.status == "stopped"
    bodies = [op["node"]["props"].get("body") for op in second.ops if op["op"] != "remove"]
    assert "before exit" in bodies and "never" not in bodies
    assert any("os._exit(1)" in (b or "") for b in bodies)
    assert session.state.get_item("n") == 2


def test_large_download_data_stays_in_python_until_asked_for(tmp_path: Path) -> None:
    host, posted, _, _ = make_host(tmp_path, """
    import streamlit as st
    st.download_button("small", b"abc", file_name="s.txt")
    st.download_button("big", b"z" * 1_000_000, file_name="b.bin")
    """)
    host.first_run()
    nodes = {op["node"]["props"]["label"]: op["node"] for m in posted if m["type"] == "deltas" for op in m["ops"]}
    assert nodes["small"]["props"]["data"] == "YWJj"
    assert nodes["big"]["props"]["data"] is None and nodes["big"]["props"]["size"] == 1_000_000
    assert sum(len(json.dumps(m)) for m in posted) < 10_000
    posted.clear()
    host.handle(json.dumps({"type": "request_download", "id": nodes["big"]["id"]}))
    assert [m["type"] for m in posted] == ["download"]
    assert posted[0]["file_name"] == "b.bin" and len(posted[0]["data"]) == len(base64.b64encode(b"z" * 1_000_000))
    host.handle(json.dumps({"type": "request_download", "id": "nope"}))
    assert posted[-1]["type"] == "error"


def test_a_deferred_download_is_made_when_asked_for_and_its_st_calls_draw_nothing(tmp_path: Path) -> None:
    host, posted, _, _ = make_host(tmp_path, """
    import streamlit as st
    st.session_state.setdefault("made", 0)
    def make_report():
        st.session_state.made += 1
        st.write("drawn by the report")  # ignored, as in Streamlit 1.67
        return f"report {st.session_state.made}"
    def broken():
        raise ValueError("no data")
    st.download_button("report", make_report, file_name="r.txt")
    st.download_button("broken", broken)
    st.write(f"made {st.session_state.made}")
    """)
    host.first_run()
    nodes = {op["node"]["props"].get("label"): op["node"] for m in posted if m["type"] == "deltas" for op in m["ops"]}
    report = nodes["report"]["props"]
    assert report["deferred"] is True and report["data"] is None and report["size"] is None
    assert "made 0" in {n["props"].get("body") for n in nodes.values()}  # the run did not call it
    posted.clear()
    host.handle(json.dumps({"type": "request_download", "id": nodes["report"]["id"]}))
    assert [m["type"] for m in posted] == ["download"]
    assert base64.b64decode(posted[0]["data"]) == b"report 1"
    assert posted[0]["file_name"] == "r.txt" and posted[0]["mime"] == "text/plain" and "error" not in posted[0]
    host.handle(json.dumps({"type": "request_download", "id": nodes["report"]["id"]}))
    assert base64.b64decode(posted[-1]["data"]) == b"report 2"  # made again at every press
    posted.clear()
    host.handle(json.dumps({"type": "request_download", "id": nodes["broken"]["id"]}))
    assert posted == [{"type": "download", "id": nodes["broken"]["id"], "file_name": "", "mime": "", "data": "",
                       "error": "Failed to generate file for download"}]
    posted.clear()
    host.handle(json.dumps({"type": "rerun"}))
    bodies = [op["node"]["props"].get("body") for m in posted if m["type"] == "deltas" for op in m["ops"] if op["op"] != "remove"]
    assert "made 2" in bodies and "drawn by the report" not in bodies


def test_an_import_of_a_package_that_could_not_be_loaded_says_which_and_why() -> None:
    from wasmlit.engine.exception_props import exception_props

    hint = pyodide_host.PackageHint([{"name": "scikit-learn", "imports": ["wasmlit_absent_module"], "reason": "the browser is offline"}])
    try:
        import wasmlit_absent_module.linear_model  # type: ignore[import-not-found]  # noqa: F401
    except ModuleNotFoundError as exc:
        said = hint(exc)
    assert said is not None and '"scikit-learn"' in said and "the browser is offline" in said
    assert "--self-contained" in said
    assert hint(ModuleNotFoundError("No module named 'other'", name="other")) is None
    assert hint(ValueError("wasmlit_absent_module")) is None
    # The exception box's message carries it under Python's own.
    from wasmlit.engine import exception_props as props_module

    props_module.HINTS.append(hint)
    try:
        message = exception_props(ModuleNotFoundError("No module named 'wasmlit_absent_module'", name="wasmlit_absent_module"))["message"]
    finally:
        props_module.HINTS.remove(hint)
    assert message.startswith("No module named 'wasmlit_absent_module'") and "could not load the package" in message


class _Intl:
    """A stand-in for the worker's ``Intl``: counts the questions asked of it."""

    def __init__(self, zone: str | None) -> None:
        self.asked = 0
        self.zone = zone

    def DateTimeFormat(self) -> Any:  # noqa: N802 (the JS name)
        self.asked += 1
        if self.zone is None:
            raise RuntimeError("no ICU")
        zone = self.zone
        return type("Format", (), {"resolvedOptions": lambda _self: type("Options", (), {"timeZone": zone})()})()


def test_st_context_timezone_asks_intl_only_when_a_script_reads_it(tmp_path: Path) -> None:
    intl = _Intl("Europe/Paris")
    host, posted, _, _ = make_host(tmp_path, "import streamlit as st\nst.write(st.context.locale)\n")
    host.bridge.session.client = pyodide_host.BrowserClient(intl)
    host.bridge.open_at(None, None, {"locale": "fr-FR"})
    host.first_run()
    assert intl.asked == 0  # the run never read the timezone
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.context.timezone, st.context.timezone)\n")
    host.bridge.on_rerun({})
    assert intl.asked == 1  # asked once, then kept
    assert "Europe/Paris Europe/Paris" in json.dumps(posted)


def test_st_context_timezone_is_none_without_intl() -> None:
    client = pyodide_host.BrowserClient(_Intl(None))
    assert client.get("timezone") is None
    assert client.get("locale", "x") == "x"
