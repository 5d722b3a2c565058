"""Custom components: v1 declare_component (a local folder or a URL) and v2 component."""

from __future__ import annotations

import os
from pathlib import Path

from wasmlit.testing import AppTest


def test_v1_component_from_a_folder_in_the_app_and_its_value(tmp_path: Path, monkeypatch):
    build = tmp_path / "frontend" / "build"
    build.mkdir(parents=True)
    (build / "index.html").write_text("<script></script>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string(f'''
        import streamlit as st
        import streamlit.components.v1 as components
        comp = components.declare_component("rating", path={str(build)!r})
        value = comp(stars=5, default=3, key="r")
        st.write("value", value)
    ''').run()
    node = at.get("component_instance")[0]
    assert node.url == "app/frontend/build/index.html"
    assert node.args == {"stars": 5, "default": 3, "key": "r"}
    assert at.markdown[0].value == "value `3`"
    at._session.run([{"type": "set_value", "id": node.id, "value": 4}])
    at._rebuild()
    assert at.markdown[0].value == "value `4`"
    assert at.session_state["r"] == 4


def test_v1_component_outside_the_app_folder_says_to_copy_it(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    outside = Path(os.sep) / "opt" / "component-build"
    at = AppTest.from_string(f'''
        import streamlit.components.v1 as components
        components.declare_component("x", path={str(outside)!r})
    ''').run()
    assert "outside the app's folder" in at.exception[0].message and "Fix:" in at.exception[0].message


def test_v1_component_positional_args_need_a_label():
    at = AppTest.from_string('''
        import streamlit.components.v1 as components
        components.declare_component("x", url="http://localhost:3001")("oops")
    ''').run()
    assert at.exception[0].message == "Argument 'oops' needs a label"


APP_V2 = '''
    import streamlit as st
    comp = st.components.v2.component("counter", html="<button>+1</button>", js="export default function(c){}")
    def on_count(): st.session_state.log = st.session_state.get("log", []) + ["count"]
    def on_clicked(): st.session_state.log = st.session_state.get("log", []) + ["clicked"]
    res = comp(key="c1", default={"count": 5}, on_count_change=on_count, on_clicked_change=on_clicked)
    st.write("count", res.count, "clicked", res["clicked"])
'''


def test_v2_state_persists_and_triggers_last_one_run():
    at = AppTest.from_string(APP_V2).run()
    assert at.markdown[0].value == "count `5` clicked `None`"
    assert at.session_state["c1"] == {"count": 5}
    component = at.get("bidi_component")[0]
    at._session.run([{"type": "set_value", "id": component.id, "value": {"state": {"count": 6}, "changed": ["count"]}}])
    at._rebuild()
    assert (at.markdown[0].value, at.session_state["log"]) == ("count `6` clicked `None`", ["count"])
    at._session.run([{"type": "click", "id": component.trigger_id, "value": {"name": "clicked", "value": True}}])
    at._rebuild()
    assert (at.markdown[0].value, at.session_state["log"]) == ("count `6` clicked `True`", ["count", "clicked"])
    at.run()
    assert at.markdown[0].value == "count `6` clicked `None`"


def test_v2_default_for_a_state_without_a_callback_is_refused():
    at = AppTest.from_string('''
        import streamlit as st
        comp = st.components.v2.component("c", html="<p>x</p>")
        comp(default={"value": 1})
    ''').run()
    assert "on_value_change" in at.exception[0].message


def test_v2_trigger_still_reaches_its_callback_after_a_run_cut_short_at_it(monkeypatch):
    # A rerun request can cut a run short right where the trigger is placed (the page's click
    # arriving mid-run): the trigger is registered with its callback by then, but the run never
    # noted the trigger's id. The next click must still reach on_clicked_change.
    from wasmlit.engine.run_context import RunContext
    from wasmlit.engine.signals import InterruptSignal

    at = AppTest.from_string(APP_V2).run()
    trigger_id = at.get("bidi_component")[0].trigger_id
    place = RunContext.place

    def cut_at_trigger(self, node):
        if node.type == "bidi_trigger":
            raise InterruptSignal()
        return place(self, node)

    monkeypatch.setattr(RunContext, "place", cut_at_trigger)
    at._session.run([])
    monkeypatch.setattr(RunContext, "place", place)
    at._session.run([{"type": "click", "id": trigger_id, "value": {"name": "clicked", "value": True}}])
    at._rebuild()
    assert not at.exception
    assert at.session_state["log"] == ["clicked"]
