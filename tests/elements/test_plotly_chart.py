"""st.plotly_chart in AppTest and through the engine: Streamlit's template on
figures an app builds, and selections as widget state in Streamlit's shape
(compared with Streamlit 1.67's AppTest)."""

from __future__ import annotations

import json
from pathlib import Path

from wasmlit.api import new_session
from wasmlit.engine.script import ScriptSource
from wasmlit.testing import AppTest

EMPTY = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}

SELECTABLE = """
import streamlit as st
fig = {"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [1, 3, 2]}]}
def noted():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.plotly_chart(fig, key="pts", on_select=noted, selection_mode=["box", "points"])
st.session_state.returned = event
st.write(event.selection.point_indices)
"""


def test_a_chart_with_on_select_starts_with_the_empty_selection_under_its_key() -> None:
    at = AppTest.from_string(SELECTABLE).run()
    assert not at.exception
    [chart] = at.get("plotly_chart")
    assert chart.value == EMPTY
    assert chart.key == "pts"
    assert at.session_state["pts"] == EMPTY
    assert at.session_state["pts"].selection.points == []
    assert at.session_state["pts"]["selection"]["box"] == []
    assert chart.proto.selection_mode == [0, 1]  # Streamlit's enum: POINTS, BOX
    assert chart.proto.id.startswith("$$ID-") and chart.proto.id.endswith("-pts")


def test_a_selection_from_the_page_lands_in_session_state_and_the_return_value(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(SELECTABLE, encoding="utf-8")
    session = new_session(ScriptSource(str(script)))
    session.run()
    chart_id = next(wid for wid, meta in session.state.widget_meta.items() if meta.type == "plotly_chart")
    # What Streamlit's frontend sends for a click on the second point.
    picked = {"selection": {"points": [{"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 3}],
                            "point_indices": [1], "box": [], "lasso": []}}
    session.run([{"type": "set_value", "id": chart_id, "value": json.dumps(picked)}])
    returned = session.state.get_item("returned")
    assert returned == picked
    assert returned.selection.points[0]["x"] == 2
    assert returned["selection"].point_indices == [1]
    assert session.state.get_item("pts") == picked
    assert session.state.get_item("calls") == 1
    session.run()  # a plain rerun keeps the selection and calls nothing
    assert session.state.get_item("returned") == picked
    assert session.state.get_item("calls") == 1


def test_the_selection_state_is_read_only_and_its_key_cannot_be_written() -> None:
    at = AppTest.from_string(SELECTABLE + "try:\n    event['selection'] = 1\nexcept TypeError as e:\n    st.text(str(e))\n").run()
    assert "read-only" in at.text[0].value
    at = AppTest.from_string("import streamlit as st\nst.session_state.pts = 1\n" + SELECTABLE).run()
    assert at.exception[0].value == (
        "`st.session_state['pts']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set.")


def test_bad_selection_modes_and_on_select_get_streamlits_errors() -> None:
    figure = "{'data': [{'type': 'bar', 'y': [1]}]}"
    at = AppTest.from_string(f"import streamlit as st\nst.plotly_chart({figure}, on_select='rerun', selection_mode='x')\n").run()
    assert at.exception[0].value == "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."
    at = AppTest.from_string(f"import streamlit as st\nst.plotly_chart({figure}, on_select='now')\n").run()
    assert at.exception[0].value == "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."


def test_a_figure_the_app_builds_has_streamlits_template_with_the_theme_placeholders() -> None:
    """As with Streamlit: plotly.express figures made after the app's import of plotly carry the
    "streamlit" template, whose placeholder colours (#000001 …) the page swaps for theme colours."""
    at = AppTest.from_string(
        "import streamlit as st\nimport plotly.graph_objects as go\n"
        "st.plotly_chart(go.Figure(go.Bar(x=['a'], y=[1])))\n"
        "st.plotly_chart({'data': [{'type': 'bar', 'x': ['a'], 'y': [1]}]})\n").run(timeout=60)
    assert not at.exception
    for chart in at.get("plotly_chart"):
        template = json.loads(chart.proto.spec)["layout"]["template"]
        assert template["layout"]["colorway"] == [f"#{n:06d}" for n in range(1, 11)]
        assert template["data"]["waterfall"][0]["totals"]["marker"]["color"] == "#000034"
    # Only while the script runs: afterwards Plotly's default is its own again, and a second run
    # (Plotly already imported) gets the template too.
    import plotly.io as pio

    assert pio.templates.default == "plotly"
    at.run()
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["template"]["layout"]["colorway"][0] == "#000001"


def test_two_equal_charts_without_keys_are_1_67s_duplicate_id_error_and_keys_tell_them_apart() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        fig = {"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}]}
        st.plotly_chart(fig, key="first")
        st.plotly_chart(fig, key="second")
        st.plotly_chart(fig)
        st.plotly_chart(fig)
    """).run()
    assert len(at.get("plotly_chart")) == 3
    assert at.exception[0].value.startswith(
        "There are multiple `plotly_chart` elements with the same auto-generated ID.")


def test_an_unknown_argument_is_pythons_type_error_as_in_1_67() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        st.plotly_chart({"data": []}, sharing="streamlit")
    """).run()
    assert at.exception[0].value == "PlotlyMixin.plotly_chart() got an unexpected keyword argument 'sharing'"
