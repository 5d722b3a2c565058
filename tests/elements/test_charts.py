"""Charts in AppTest and through the engine: selections as widget state,
errors that say what to do, and the specs of st.map / st.graphviz_chart /
st.plotly_chart / st.echarts_chart compared with Streamlit 1.67's."""

from __future__ import annotations

import base64
import io
import json
from array import array
from pathlib import Path

import pytest
from PIL import Image

from wasmlit.api import new_session
from wasmlit.elements.lib.chart_data import dataset_name
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session import AppSession
from wasmlit.testing import AppTest

from .chart_cases import OTHER, app_source

REFERENCE = json.loads((Path(__file__).parent / "streamlit_chart_specs.json").read_text())["other"]

SELECTABLE = (
    "import streamlit as st\n"
    "spec = {'mark': 'bar', 'encoding': {'x': {'field': 'a', 'type': 'nominal'}, 'y': {'field': 'b', 'type': 'quantitative'}},"
    " 'params': [{'name': 'pick', 'select': {'type': 'point', 'fields': ['a']}}]}\n"
    "def noted():\n"
    "    st.session_state.calls = st.session_state.get('calls', 0) + 1\n"
    "event = st.vega_lite_chart({'a': ['x', 'y'], 'b': [1, 2]}, spec, on_select=noted, key='chart')\n"
    "st.session_state.returned = event\n"
)


@pytest.mark.parametrize("name", sorted(OTHER))
def test_other_chart_elements_equal_streamlits(name: str) -> None:
    body, element_type, fields = OTHER[name]
    at = AppTest.from_string(app_source(body)).run(timeout=30)  # importing altair or pandas can be slow
    assert not at.exception
    [element] = at.get(element_type)
    for field in fields:
        ours, theirs = getattr(element.proto, field), REFERENCE[name][field]
        if field == "json":
            ours, theirs = json.loads(ours), json.loads(theirs)
        assert ours == theirs


def test_chart_with_on_select_starts_with_empty_selections_under_its_key() -> None:
    at = AppTest.from_string(SELECTABLE).run()
    [chart] = at.get("vega_lite_chart")
    assert chart.value == {"selection": {"pick": {}}}
    assert at.session_state["chart"] == {"selection": {"pick": {}}}
    assert at.session_state["chart"].selection.pick == {}
    assert chart.proto.id.startswith("$$ID-") and chart.proto.id.endswith("-chart")
    assert chart.proto.selection_mode == ["pick"]
    assert chart.key == "chart"


def _session(tmp_path: Path, body: str) -> AppSession:
    script = tmp_path / "app.py"
    script.write_text(body, encoding="utf-8")
    return new_session(ScriptSource(str(script)))


def test_selection_from_the_page_lands_in_session_state_and_return_value(tmp_path: Path) -> None:
    session = _session(tmp_path, SELECTABLE)
    session.run()
    chart_id = next(wid for wid, meta in session.state.widget_meta.items() if meta.type == "vega_lite_chart")
    picked = json.dumps({"selection": {"pick": [{"a": "y"}]}})
    session.run([{"type": "set_value", "id": chart_id, "value": picked}])
    returned = session.state.get_item("returned")
    assert returned == {"selection": {"pick": [{"a": "y"}]}}
    assert returned.selection.pick == [{"a": "y"}]
    assert session.state.get_item("chart") == returned
    assert session.state.get_item("calls") == 1
    session.run()  # a plain rerun keeps the selection and calls nothing
    assert session.state.get_item("returned") == {"selection": {"pick": [{"a": "y"}]}}
    assert session.state.get_item("calls") == 1


def test_selection_state_is_read_only() -> None:
    at = AppTest.from_string(SELECTABLE + "try:\n    event['selection'] = 1\nexcept TypeError as e:\n    st.text(str(e))\n").run()
    assert "read-only" in at.text[0].value


def test_on_select_without_selection_params_says_how_to_add_them() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.vega_lite_chart({'a': [1]}, {'mark': 'point'}, on_select='rerun')\n").run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitAPIException"
    assert "does not have any selections defined" in at.exception[0].value


def test_unknown_selection_mode_names_the_available_params() -> None:
    at = AppTest.from_string(app_source(
        "st.vega_lite_chart({'a': [1]}, {'mark': 'point', 'params': [{'name': 'p', 'select': 'point'}]},"
        " on_select='rerun', selection_mode='q')")).run()
    assert "Selection parameter 'q' is not defined" in at.exception[0].value


def test_missing_column_error_lists_the_columns() -> None:
    at = AppTest.from_string(app_source("st.line_chart({'a': [1], 'b': [2]}, x='nope')")).run()
    assert at.exception[0].value == 'Data does not have a column named `"nope"`. Available columns are `a, b`'


def test_bad_stack_and_width_are_refused_with_the_valid_values() -> None:
    at = AppTest.from_string(app_source("st.bar_chart({'a': [1]}, stack='sideways')")).run()
    assert "Invalid `stack` value" in at.exception[0].value
    at = AppTest.from_string(app_source("st.line_chart({'a': [1]}, width=-3)")).run()
    assert at.exception[0].value.startswith("Invalid width value: -3.")


def test_a_chart_with_bad_data_shows_an_error_and_the_session_survives() -> None:
    at = AppTest.from_string(app_source("st.line_chart('not a table')\nst.text('after')")).run()
    assert "Unable to convert object of type" in at.exception[0].value
    assert not at.text  # the script stopped at the error, as in Streamlit


def test_graphviz_chart_keeps_dot_and_engine_and_refuses_other_objects() -> None:
    at = AppTest.from_string(app_source("st.graphviz_chart('graph { a -- b }')")).run()
    [chart] = at.get("graphviz_chart")
    assert (chart.proto.spec, chart.proto.engine) == ("graph { a -- b }", "dot")
    at = AppTest.from_string(app_source("st.graphviz_chart(42)")).run()
    assert "figure_or_dot" in at.exception[0].value


def test_plotly_chart_from_a_dict_keeps_the_figure_json() -> None:
    at = AppTest.from_string(app_source(
        "st.plotly_chart({'data': [{'type': 'bar', 'x': [1, 2], 'y': [3, 4]}], 'layout': {'title': {'text': 'T'}}})")).run()
    [chart] = at.get("plotly_chart")
    assert json.loads(chart.proto.spec)["data"][0] == {"type": "bar", "x": [1, 2], "y": [3, 4]}
    assert chart.proto.theme == "streamlit"


def test_echarts_keeps_echarts_own_sources_and_sends_a_dataframe_beside_the_option() -> None:
    """As Streamlit 1.67: lists and dicts of lists are ECharts' own source formats and stay in the
    option; a DataFrame leaves it as {"name": <hash>} with its columns in `datasets`."""
    at = AppTest.from_string(app_source(
        "st.echarts_chart({'dataset': {'source': {'day': ['mon', 'tue'], 'n': [1, 2]}}, 'xAxis': {'type': 'category'},"
        " 'yAxis': {}, 'series': [{'type': 'bar'}]})")).run()
    [chart] = at.get("echarts_chart")
    assert json.loads(chart.proto.spec)["dataset"]["source"] == {"day": ["mon", "tue"], "n": [1, 2]}
    pytest.importorskip("pandas")
    at = AppTest.from_string(app_source(
        "import pandas as pd\n"
        "df = pd.DataFrame({'product': ['Matcha', 'Cocoa'], '2015': [43.3, 86.4], '2016': [85.8, 65.2]})\n"
        "st.echarts_chart({'dataset': [{'source': df}, {'source': df}], 'xAxis': {'type': 'category'}, 'yAxis': {},"
        " 'series': [{'type': 'bar'}, {'type': 'bar'}]})\n"
        "st.text(type(df).__name__)")).run()
    assert not at.exception
    [chart] = at.get("echarts_chart")
    option = json.loads(chart.proto.spec)
    [table] = chart._node.props["datasets"]  # one table, however often the option uses it
    assert [d["source"] for d in option["dataset"]] == [{"name": table["name"]}] * 2
    assert table["data"]["fields"] == ["product", "2015", "2016"]
    assert at.text[0].value == "DataFrame"  # the user's option is left as it was


@pytest.mark.parametrize(("spec", "message"), [
    ("{'series': [{'type': 'scatter3D', 'data': []}]}", "uses the `scatter3D` series, which requires the ECharts GL"),
    ("{'grid3D': {}, 'series': []}", "uses the `grid3D` component, which requires the ECharts GL extension"),
    ("{'series': [{'type': 'wordCloud'}]}", "requires the `echarts-wordcloud` extension"),
    ("{'series': [{'type': 'custom'}]}", "uses a `custom` series, which requires a JavaScript `renderItem`"),
    ("{'series': [{'type': 'map'}]}", "uses a map or geo coordinate system"),
    ("'{\"series\": [{\"type\": \"bar\", \"label\": {\"formatter\": function (p) {return p}}}]}'",
     "contains JavaScript callbacks"),
    ("'{\"series\": ['", "could not be parsed as JSON"),
    ("['bar']", "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: list."),
    ("{'series': [{'type': 'line', 'data': [float('nan')]}]}", "`series[0].data[0]` is `NaN`. Use `None` for missing or non-finite numbers."),
])
def test_echarts_refuses_what_core_echarts_cannot_draw_with_streamlits_message(spec: str, message: str) -> None:
    at = AppTest.from_string(app_source(f"st.echarts_chart({spec})\nst.text('after')")).run()
    assert message in at.exception[0].value
    assert not at.text  # the script stopped there, as in Streamlit


def test_echarts_accepts_its_option_as_json_text_and_sizes_content_as_streamlit() -> None:
    at = AppTest.from_string(app_source(
        "st.echarts_chart('{\"series\": [{\"type\": \"pie\", \"data\": [1, 2]}]}', width='content', alt=' Pie ')")).run()
    [chart] = at.get("echarts_chart")
    assert json.loads(chart.proto.spec) == {"series": [{"type": "pie", "data": [1, 2]}]}
    assert (chart._node.props["width"], chart._node.props["height"], chart.proto.alt) == (700, 350, "Pie")


def test_echarts_selection_starts_empty_under_its_key_and_refuses_writes() -> None:
    at = AppTest.from_string(app_source(
        "event = st.echarts_chart({'series': [{'type': 'bar', 'selectedMode': 'multiple', 'data': [1, 2]}]},"
        " key='sales', on_select='rerun')\n"
        "st.text(repr(event.selection.selected) + ' ' + repr(st.session_state.sales['selection']['areas']))\n"
        "from streamlit.typing import EChartsState\n"
        "st.text(f'{isinstance(event, EChartsState)} {st.typing.EChartsState is EChartsState}')")).run()
    [chart] = at.get("echarts_chart")
    assert chart.value == {"selection": {"selected": [], "areas": []}}
    assert chart.key == "sales" and chart.proto.id.endswith("-sales")
    assert [t.value for t in at.text] == ["[] []", "True True"]  # streamlit.typing names the class it returns
    at = AppTest.from_string(app_source(
        "st.session_state.sales = 1\n"
        "st.echarts_chart({'series': [{'type': 'bar', 'selectedMode': True}]}, key='sales', on_select='rerun')")).run()
    assert at.exception[0].value.startswith("`st.session_state['sales']` is read-only and cannot be assigned")


def test_echarts_selection_from_the_page_lands_in_session_state_and_runs_the_callback(tmp_path: Path) -> None:
    session = _session(tmp_path, app_source(
        "def picked():\n"
        "    st.session_state.calls = st.session_state.get('calls', 0) + 1\n"
        "st.session_state.returned = st.echarts_chart({'brush': {'xAxisIndex': 'all'}, 'series': [{'type': 'scatter'}]},"
        " on_select=picked, key='c')"))
    session.run()
    chart_id = next(wid for wid, meta in session.state.widget_meta.items() if meta.type == "echarts_chart")
    sent = {"selection": {"selected": [{"series_index": 0, "series_id": None, "series_name": None, "data_type": "main",
                                        "data_indices": [1, 2]}],
                          "areas": [{"brush_index": 0, "brush_type": "lineX", "coord_range": [1.5, 6]}]}}
    session.run([{"type": "set_value", "id": chart_id, "value": json.dumps(sent)}])
    returned = session.state.get_item("returned")
    assert returned == sent
    assert returned.selection.areas[0]["coord_range"] == [1.5, 6]
    assert session.state.get_item("calls") == 1


def test_map_without_latitude_column_says_which_names_work() -> None:
    at = AppTest.from_string(app_source("st.map({'x': [1], 'y': [2]})")).run()
    assert at.exception[0].value.startswith("Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat',")


def test_pydeck_selection_starts_empty_under_its_key_as_streamlits() -> None:
    at = AppTest.from_string(app_source(
        "event = st.pydeck_chart(None, on_select='rerun', key='m', selection_mode='multi-object')\n"
        "st.text(str(event.selection.indices))")).run()
    assert not at.exception
    [chart] = at.get("deck_gl_json_chart")
    assert chart.value == {"selection": {"indices": {}, "objects": {}}}
    assert at.session_state["m"].selection.objects == {}
    assert chart.proto.selection_mode == [1]  # Streamlit's MULTI_OBJECT
    assert chart.proto.id.startswith("$$ID-") and chart.proto.id.endswith("-m")
    assert at.text[0].value == "{}"
    at = AppTest.from_string(app_source("st.pydeck_chart(None, on_select='rerun', selection_mode=['multi-object'])")).run()
    assert at.exception[0].value == ("Invalid `selection_mode` type. Expected one of: str. Provided type: list. "
                                     "Selection mode must be a single value.")


def test_pydeck_selection_from_the_page_lands_in_session_state(tmp_path: Path) -> None:
    session = _session(tmp_path, app_source(
        "st.session_state.returned = st.pydeck_chart({'layers': []}, on_select='rerun', key='m')"))
    session.run()
    chart_id = next(wid for wid, meta in session.state.widget_meta.items() if meta.type == "deck_gl_json_chart")
    picked = {"selection": {"indices": {"cities": [2]}, "objects": {"cities": [{"name": "Bern"}]}}}
    session.run([{"type": "set_value", "id": chart_id, "value": json.dumps(picked)}])
    assert session.state.get_item("returned") == picked
    assert session.state.get_item("m").selection.objects["cities"][0]["name"] == "Bern"


def test_chart_data_without_pandas_is_plain_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain Python data never needs pandas: the chart is built with pandas unimportable."""
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.split(".")[0] in ("pandas", "numpy", "altair"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    at = AppTest.from_string(app_source(
        "import datetime as dt\n"
        "st.bar_chart([{'day': dt.date(2024, 1, d), 'n': d} for d in (1, 2)], x='day', y='n')")).run()
    assert not at.exception
    [chart] = at.get("vega_lite_chart")
    assert chart._node.props["datasets"][0]["data"] == {
        "fields": ["day", "n"], "columns": [["2024-01-01T00:00:00", "2024-01-02T00:00:00"], [1, 2]]}
    assert json.loads(chart.proto.spec)["encoding"]["x"]["type"] == "temporal"


def test_float_columns_travel_binary_and_read_back_as_numbers() -> None:
    # Floats go beside the message's JSON as little-endian doubles (JSON text costs Pyodide ~1.7 µs a
    # float); integers and words stay JSON, and a column with a NaN falls back to JSON with None.
    at = AppTest.from_string(app_source(
        "st.scatter_chart({'x': [1, 2, 3], 'y': [0.5, 1.25, -2.0], 'w': ['a', 'b', 'c']}, x='x', y='y')\n"
        "st.line_chart({'y': [1.5, float('nan'), 2.5]})")).run()
    assert not at.exception
    scatter, line = at.get("vega_lite_chart")
    columns = dict(zip(*scatter._node.props["datasets"][0]["data"].values(), strict=True))
    assert columns["x"] == [1, 2, 3]
    assert columns["y"] == {"enc": "f64", "data": array("d", [0.5, 1.25, -2.0]).tobytes()}
    assert list(scatter.proto.datasets[0].data.data["y"]) == [0.5, 1.25, -2.0]  # AppTest reads them back
    [with_nan] = [c for c in line._node.props["datasets"][0]["data"]["columns"] if isinstance(c, list) and None in c]
    assert with_nan == [1.5, None, 2.5]


def test_a_datasets_name_follows_its_values() -> None:
    floats = {"fields": ["a"], "columns": [{"enc": "f64", "data": array("d", [1.0, 2.0]).tobytes()}]}
    assert dataset_name(floats) == dataset_name({"fields": ["a"], "columns": [{"enc": "f64", "data": array("d", [1.0, 2.0]).tobytes()}]})
    assert dataset_name(floats) != dataset_name({"fields": ["a"], "columns": [{"enc": "f64", "data": array("d", [1.0, 2.5]).tobytes()}]})
    assert dataset_name(floats) != dataset_name({"fields": ["b"], "columns": floats["columns"]})
    assert dataset_name({"fields": ["a"], "columns": [[2**70]]}) != dataset_name({"fields": ["a"], "columns": [[2**70 + 1]]})
    assert dataset_name({"fields": ["a"], "columns": [["x", "y"]]}) != dataset_name({"fields": ["a"], "columns": [["xy"]]})


def test_metric_chart_data_becomes_floats_and_must_be_numeric() -> None:
    at = AppTest.from_string(app_source("st.metric('Sales', 10, 2, chart_data=range(3), chart_type='area', border=True)")).run()
    assert at.metric[0].proto.chart_data == [0.0, 1.0, 2.0]
    assert at.metric[0].proto.chart_type == 2 and at.metric[0].proto.show_border is True  # ChartType.AREA
    at = AppTest.from_string(app_source("st.metric('Sales', 10, chart_data=[1, 'x'])")).run()
    assert "Only numeric values are supported for chart data sequence" in at.exception[0].value


PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 8

FIGURE = (
    "class Figure:\n"
    "    def __init__(self):\n"
    "        self.saved = None\n"
    "    def savefig(self, buffer, **options):\n"
    "        self.saved = options\n"
    f"        buffer.write({PNG!r})\n"
    "    def clf(self):\n"
    "        st.session_state.cleared = True\n"
)


def test_pyplot_saves_a_png_with_streamlits_options_and_takes_a_width() -> None:
    """A stand-in for a matplotlib figure (matplotlib is not installed here): what st.pyplot does with it."""
    at = AppTest.from_string(app_source(FIGURE + "fig = Figure()\nst.pyplot(fig, clear_figure=True, width=300)\n"
                                        "st.text(repr(sorted(fig.saved.items())))")).run()
    [image] = at.get("image")
    assert image._node.props["urls"] == ["data:image/png;base64," + base64.b64encode(PNG).decode()]
    assert image._node.props["width"] == 300
    assert at.text[0].value == "[('bbox_inches', 'tight'), ('dpi', 200), ('format', 'png')]"
    assert at.session_state.cleared is True


def test_pyplot_scales_a_wide_figure_down_to_its_width_as_1_67() -> None:
    at = AppTest.from_string(app_source("""
import io
from PIL import Image

class Figure:  # a stand-in whose savefig draws a real 600 x 200 PNG
    def savefig(self, buffer, **options):
        Image.new("RGB", (600, 200)).save(buffer, format="PNG")

st.pyplot(Figure(), width=300)
st.pyplot(Figure())
""")).run()
    sizes = []
    for image in at.get("image"):
        head, body = image._node.props["urls"][0].split(",", 1)
        sizes.append((head, Image.open(io.BytesIO(base64.b64decode(body))).size))
    assert sizes == [("data:image/png;base64", (300, 100)), ("data:image/png;base64", (600, 200))]


def test_pyplot_without_a_figure_asks_for_one_as_streamlit_1_67() -> None:
    at = AppTest.from_string(app_source("st.pyplot()")).run()
    assert at.exception[0].value == "PyplotMixin.pyplot() missing 1 required positional argument: 'fig'"
    at = AppTest.from_string(app_source("st.pyplot(None)")).run()
    assert at.exception[0].value.startswith("The `fig` parameter is required. Passing `None` is not supported")
    at = AppTest.from_string(app_source(FIGURE + "st.pyplot(Figure(), width='wide')")).run()
    assert at.exception[0].value.startswith("Invalid width value: 'wide'.")


def test_pyplot_savefig_arguments_still_work_under_1_67s_deprecation_warning() -> None:
    at = AppTest.from_string(app_source(FIGURE + "fig = Figure()\nst.pyplot(fig, dpi=50)\n"
                                        "st.text(repr(sorted(fig.saved.items())))")).run()
    assert at.warning[0].value.startswith("Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is\ndeprecated")
    assert at.text[0].value == "[('bbox_inches', 'tight'), ('dpi', 50), ('format', 'png')]"


def test_map_proto_has_streamlits_deck_gl_fields() -> None:
    """st.map docs example: the deck_gl_json_chart message's fields, defaults included."""
    at = AppTest.from_string(app_source("st.map({'lat': [1.0], 'lon': [2.0]})")).run()
    [chart] = at.get("deck_gl_json_chart")
    proto = chart.proto
    assert (proto.id, proto.tooltip, proto.mapbox_token, proto.selection_mode, proto.form_id, proto.alt) == (
        "", "", "", [], "", "")
    assert json.loads(proto.json)["layers"][0]["@@type"] == "ScatterplotLayer"


def test_pydeck_tooltip_travels_beside_the_spec_as_in_1_67() -> None:
    """Streamlit 1.67 sends a Deck's dict tooltip in its own field (the page fills its {field}s); a dict
    spec, or ``tooltip=True``, sends none."""
    at = AppTest.from_string(app_source("""
import json

class Deck:  # what st.pydeck_chart reads of a pydeck.Deck
    def __init__(self, tooltip):
        self._tooltip = tooltip
    def to_json(self):
        return json.dumps({"layers": []})

st.pydeck_chart(Deck({"html": "<b>{name}</b>", "style": {"color": "white"}}))
st.pydeck_chart(Deck(True))
st.pydeck_chart({"layers": [], "tooltip": {"text": "{name}"}})
""")).run()
    charts = at.get("deck_gl_json_chart")
    assert json.loads(charts[0].proto.tooltip) == {"html": "<b>{name}</b>", "style": {"color": "white"}}
    assert charts[1].proto.tooltip == "" and charts[2].proto.tooltip == ""
