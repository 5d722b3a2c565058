"""color_picker and file_uploader."""

from __future__ import annotations

import base64

from wasmlit.api import new_session
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session import AppSession
from wasmlit.testing import AppTest


def test_color_picker_pick_adds_hash():
    at = AppTest.from_string('''
        import streamlit as st
        c = st.color_picker("Colour", key="c")
        st.write(c)
    ''').run()
    cp = at.color_picker[0]
    assert (cp.type, cp.label, cp.key) == ("color_picker", "Colour", "c")
    assert cp.value == "#000000"
    cp.pick("00ff00").run()
    assert at.session_state.c == "#00ff00"
    assert at.markdown[0].value == "#00ff00"
    at.color_picker[0].pick("#123456").run()
    assert at.color_picker[0].value == "#123456"


def _uploader_session(tmp_path, body: str) -> AppSession:
    script = tmp_path / "app.py"
    script.write_text(body, encoding="utf-8")
    return new_session(ScriptSource(str(script)))


def test_file_uploader_upload_event_gives_script_the_bytes(tmp_path):
    session = _uploader_session(tmp_path, (
        "import streamlit as st\n"
        "f = st.file_uploader('Upload', key='up')\n"
        "st.session_state.seen = None if f is None else (f.name, f.type, f.size, f.read())\n"
    ))
    session.run()
    assert session.state.get_item("seen") is None
    uploader_id = next(wid for wid, meta in session.state.widget_meta.items() if meta.type == "file_uploader")
    data = base64.b64encode(b"hello file").decode()
    session.run([{"type": "set_value", "id": uploader_id,
                  "value": [{"name": "a.txt", "type": "text/plain", "data": data}]}])
    assert session.state.get_item("seen") == ("a.txt", "text/plain", 10, b"hello file")
    # the upload persists on a plain rerun
    session.run()
    assert session.state.get_item("seen") == ("a.txt", "text/plain", 10, b"hello file")


def test_file_uploader_multiple_files_is_a_list(tmp_path):
    session = _uploader_session(tmp_path, (
        "import streamlit as st\n"
        "files = st.file_uploader('Upload', accept_multiple_files=True)\n"
        "st.session_state.seen = [(f.name, f.getvalue()) for f in files]\n"
    ))
    session.run()
    assert session.state.get_item("seen") == []
    uploader_id = next(iter(session.state.widget_meta))
    enc = lambda b: base64.b64encode(b).decode()  # noqa: E731
    session.run([{"type": "set_value", "id": uploader_id, "value": [
        {"name": "a.csv", "type": "text/csv", "data": enc(b"1,2")},
        {"name": "b.csv", "type": "text/csv", "data": enc(b"3,4")},
    ]}])
    assert session.state.get_item("seen") == [("a.csv", b"1,2"), ("b.csv", b"3,4")]


def test_file_uploader_type_and_key_in_apptest():
    at = AppTest.from_string('''
        import streamlit as st
        st.file_uploader("Data", type=["csv"])
    ''').run()
    fu = at.file_uploader[0]
    assert (fu.type, fu.label, fu.key) == ("file_uploader", "Data", None)
    assert fu.value is None
