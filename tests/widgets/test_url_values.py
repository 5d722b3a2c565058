"""bind="query-params": widgets start from the URL's values, as Streamlit 1.67's
AppTest shows (the values below were read from it); a value a widget cannot take is
ignored and dropped from the URL; a bound parameter is the widget's alone."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path
from typing import Any

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest

ALL = '''
import datetime
import streamlit as st
st.checkbox("cb", key="cb", bind="query-params")
st.toggle("tg", key="tg", value=True, bind="query-params")
st.text_input("ti", key="ti", bind="query-params")
st.number_input("ni", key="ni", value=1.5, bind="query-params")
st.slider("sl", 0, 10, 5, key="sl", bind="query-params")
st.slider("rng", 0, 10, (2, 8), key="rng", bind="query-params")
st.selectbox("sb", ["Apple", "Banana split"], key="sb", bind="query-params")
st.radio("ra", [1, 2, 3], key="ra", bind="query-params")
st.multiselect("ms", ["a", "b", "c"], key="ms", bind="query-params")
st.color_picker("cp", key="cp", bind="query-params")
st.date_input("di", datetime.date(2024, 1, 2), key="di", bind="query-params")
st.time_input("tm", datetime.time(9, 30), key="tm", bind="query-params")
st.select_slider("ss", ["lo", "mid", "hi"], key="ss", bind="query-params")
'''


def test_every_kind_of_value_starts_from_the_url():
    at = AppTest.from_string(ALL)
    for key, value in {"cb": "true", "tg": "false", "ti": "seeded", "ni": "4.5", "sl": "9", "rng": ["3", "4"],
                       "sb": "Banana split", "ra": "2", "ms": ["b", "c"], "cp": "#123456", "di": "2023-05-06",
                       "tm": "07:45", "ss": "mid"}.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    assert {k: at.session_state[k] for k in ("cb", "tg", "ti", "ni", "sl", "rng", "sb", "ra", "ms", "cp", "di", "tm", "ss")} == {
        "cb": True, "tg": False, "ti": "seeded", "ni": 4.5, "sl": 9, "rng": (3, 4), "sb": "Banana split", "ra": 2,
        "ms": ["b", "c"], "cp": "#123456", "di": datetime.date(2023, 5, 6), "tm": datetime.time(7, 45), "ss": "mid"}
    # AppTest's URL does not follow the widgets (Streamlit's page writes it).
    at.checkbox(key="cb").uncheck().run()
    assert at.query_params["cb"] == "true"


def test_a_value_the_widget_cannot_take_is_ignored_and_dropped_and_the_parameter_is_the_widgets():
    at = AppTest.from_string('''
        import streamlit as st
        st.slider("sl", 0, 10, 5, key="sl", bind="query-params")
        st.selectbox("sb", ["a", "b"], key="sb", bind="query-params")
        st.checkbox("cb", key="cb", bind="query-params")
        st.write(f"{st.session_state.sl} {st.session_state.sb} {st.session_state.cb}")
        if st.session_state.get("write"):
            st.query_params["sl"] = "3"
    ''')
    at.query_params["sl"] = "99"
    at.query_params["sb"] = "zzz"
    at.query_params["cb"] = "maybe"
    at.run()
    assert [m.value for m in at.markdown] == ["5 a False"] and dict(at.query_params) == {}
    at.session_state["write"] = True
    at.run()
    assert at.exception[0].value == "Cannot directly set query parameter 'sl' - it is bound to a widget. Modify the widget value instead."


def test_in_the_browser_the_url_follows_the_widget_and_drops_its_default(tmp_path: Path):
    (tmp_path / "app.py").write_text(textwrap.dedent('''
        import streamlit as st
        st.selectbox("Color", ["Red", "Green", "Blue"], key="color", bind="query-params")
        st.slider("Price", 0, 100, (10, 90), key="price", bind="query-params")
    '''))
    out: list[dict[str, Any]] = []
    b = Bridge(out.append, str(tmp_path), "app.py")
    b.first_run()
    color = next(w for w, m in b.session.widgets.items() if m.label == "Color")
    price = next(w for w, m in b.session.widgets.items() if m.label == "Price")
    b.handle({"type": "events", "events": [{"type": "set_value", "id": color, "value": 1},
                                           {"type": "set_value", "id": price, "value": [20, 80]}]})
    assert [m["query"] for m in out if m["type"] == "url"][-1] == "color=Green&price=20&price=80"
    b.handle({"type": "events", "events": [{"type": "set_value", "id": color, "value": 0}]})
    assert [m["query"] for m in out if m["type"] == "url"][-1] == "price=20&price=80"
