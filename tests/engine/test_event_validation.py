"""Values from the page are checked at the event boundary: a value a widget
cannot take is refused with a clear error, and the state is left as it was."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from wasmlit.api import new_session
from wasmlit.engine.events import BadEventError
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session import AppSession

APP = """
import streamlit as st
st.session_state.setdefault("clicks", 0)
def clicked():
    st.session_state.clicks += 1
st.slider("s", 0, 10, 5, key="s")
st.slider("r", 0, 10, (2, 8), key="r")
st.selectbox("sel", ["a", "b"], key="sel")
st.number_input("n", min_value=0, max_value=10, value=3, key="n")
st.checkbox("c", key="c")
st.text_input("t", max_chars=3, key="t")
st.multiselect("m", ["x", "y"], max_selections=1, key="m")
st.date_input("d", value=__import__("datetime").date(2024, 1, 10), min_value=__import__("datetime").date(2024, 1, 1),
              max_value=__import__("datetime").date(2024, 1, 31), key="d")
st.button("b", key="b", on_click=clicked)
"""


def session() -> tuple[AppSession, dict[str, str]]:
    s = new_session(ScriptSource("<app>", source=textwrap.dedent(APP)))
    s.run()
    return s, {meta.user_key: wid for wid, meta in s.widgets.items() if meta.user_key}


@pytest.mark.parametrize("key, value", [
    ("s", "5"), ("s", 2.5), ("s", float("nan")), ("s", ["5"]),
    ("r", [1, "x"]),
    ("sel", 999), ("sel", -1), ("sel", True),
    ("n", 2.5), ("n", "3"),
    ("c", "yes"), ("c", 1),
    ("t", "abcd"), ("t", 5),
    ("m", [7]), ("m", "x"),
    ("d", ["2023-12-31"]), ("d", ["2024-01-02", "2024-01-03"]),
])
def test_a_value_the_widget_cannot_take_is_refused_and_nothing_changes(key: str, value: Any) -> None:
    s, ids = session()
    before = s.state.to_dict()
    with pytest.raises(BadEventError, match="Bad value"):
        s.run([{"type": "set_value", "id": ids[key], "value": value}])
    assert s.state.to_dict() == before


def test_set_value_on_a_button_is_refused_and_its_callback_does_not_fire() -> None:
    s, ids = session()
    with pytest.raises(BadEventError, match="a button is pressed by a click event"):
        s.run([{"type": "set_value", "id": ids["b"], "value": True}])
    assert s.state.get_item("clicks") == 0
    s.run([{"type": "click", "id": ids["b"]}])
    assert s.state.get_item("clicks") == 1


@pytest.mark.parametrize("key, value", [("s", -50), ("s", 1e6), ("s", [1, 2]), ("r", [1]), ("r", [1, 99]),
                                        ("n", 11), ("n", -1)])
def test_a_number_out_of_bounds_is_the_widgets_default_as_in_1_67(key: str, value: Any) -> None:
    """1.67's slider and number_input deserialize a value out of bounds (or a range of the wrong
    length) to their default: the run goes on with it."""
    s, ids = session()
    s.run([{"type": "set_value", "id": ids[key], "value": 7 if key != "r" else [3, 4]}])
    s.run([{"type": "set_value", "id": ids[key], "value": value}])
    assert s.state.get_item(key) == {"s": 5, "r": (2, 8), "n": 3}[key]


def test_too_many_choices_for_a_multiselect_are_1_67s_error_in_the_app() -> None:
    """1.67 takes the value and its multiselect raises where it stands (a default, a
    session_state write or an event alike); the session goes on."""
    s, ids = session()
    result = s.run([{"type": "set_value", "id": ids["m"], "value": [0, 1]}])
    assert s.state.get_item("m") == ["x", "y"]
    assert "Multiselect has 2 options selected but `max_selections` is set to 1." in json.dumps(result.ops)
    s.run([{"type": "set_value", "id": ids["m"], "value": [1]}])
    assert s.state.get_item("m") == ["y"]


def test_values_in_range_are_taken() -> None:
    s, ids = session()
    s.run([{"type": "set_value", "id": ids["s"], "value": 10}, {"type": "set_value", "id": ids["n"], "value": 0},
           {"type": "set_value", "id": ids["c"], "value": True}, {"type": "set_value", "id": ids["sel"], "value": 1}])
    assert (s.state.get_item("s"), s.state.get_item("n"), s.state.get_item("c"), s.state.get_item("sel")) == (10, 0, True, "b")


def test_the_browser_gets_an_error_message_and_the_session_goes_on(tmp_path: Path) -> None:
    from wasmlit.host.bridge import Bridge

    (tmp_path / "app.py").write_text(textwrap.dedent(APP), encoding="utf-8")
    posted: list[dict[str, Any]] = []
    bridge = Bridge(posted.append, str(tmp_path), "app.py")
    bridge.first_run()
    slider = next(w for w, m in bridge.session.widgets.items() if m.user_key == "s")
    posted.clear()
    bridge.handle({"type": "events", "events": [{"type": "set_value", "id": slider, "value": "-50"}]})
    assert [m["type"] for m in posted] == ["error"]
    assert "expected a number, got '-50'" in posted[0]["message"]
    bridge.handle({"type": "rerun"})
    assert posted[-1]["type"] == "run_finished" and posted[-1]["status"] == "success"
    assert json.dumps(bridge.session.state.get_item("s")) == "5"
