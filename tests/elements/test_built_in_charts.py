"""The built-in charts (line, area, bar, scatter) and st.vega_lite_chart
build the Vega-Lite spec and data that Streamlit 1.67 builds for the same
call: each case of ``chart_cases.py`` against ``streamlit_chart_specs.json``
(written by a real Streamlit, see ``make_chart_references.py``): plain
Python data, pandas and numpy data, and Altair charts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wasmlit.elements.lib.decode import page_values
from wasmlit.testing import AppTest

from .chart_cases import CASES, app_source

REFERENCE = json.loads((Path(__file__).parent / "streamlit_chart_specs.json").read_text())


def _rows(columnar: dict[str, Any] | None) -> list[dict[str, Any]] | None:
    if columnar is None:
        return None
    fields = columnar["fields"]
    columns = [page_values(c) if isinstance(c, dict) else c for c in columnar["columns"]]  # floats travel binary
    count = len(columns[0]) if columns else 0
    return [{f: columns[j][i] for j, f in enumerate(fields)} for i in range(count)]


def _named_data(spec: dict[str, Any], datasets: dict[str, Any]) -> dict[str, Any]:
    """The spec with its dataset names replaced by 'DATA-<n>' (names are content hashes
    of different serialisations), and the rows of each dataset under its new name."""
    text = json.dumps(spec, sort_keys=True)
    rows = {}
    for n, (name, data) in enumerate(sorted(datasets.items())):
        text = text.replace(json.dumps(name), json.dumps(f"DATA-{n}"))
        rows[f"DATA-{n}"] = data
    return {"spec": json.loads(text), "datasets": rows}


def _ours(body: str) -> dict[str, Any]:
    at = AppTest.from_string(app_source(body)).run(timeout=30)  # importing altair or pandas can be slow
    assert not at.exception, at.exception[0].value
    [chart] = at.get("vega_lite_chart")
    props = chart._node.props
    datasets = {d["name"]: _rows(d["data"]) for d in props["datasets"]}
    return {**_named_data(json.loads(chart.proto.spec), datasets), "data": _rows(props["data"]),
            "theme": chart.proto.theme, "selection_mode": list(chart.proto.selection_mode),
            "use_container_width": chart.proto.use_container_width,
            "value": None if chart.value is None else json.loads(json.dumps(chart.value))}


@pytest.mark.parametrize("name", sorted(CASES))
def test_chart_spec_and_data_equal_streamlits(name: str) -> None:
    expected = REFERENCE["cases"][name]
    ours = _ours(CASES[name])
    theirs = _named_data(expected["spec"], expected["datasets"])
    assert ours["spec"] == theirs["spec"]
    assert ours["datasets"] == theirs["datasets"]
    assert ours["data"] == expected["data"]
    assert ours["theme"] == expected["theme"]
    assert ours["selection_mode"] == expected["selection_mode"]
    assert ours["use_container_width"] == expected["use_container_width"]
    assert ours["value"] == expected["value"]


@pytest.mark.parametrize("data", ["[[1], [2], [3]]", "np.array([[1.0], [2.0]])"])
def test_a_lone_unnamed_column_is_called_value(data: str) -> None:
    """Streamlit's _fix_column_naming: rows of one value (or an n×1 array) plot a "value" column,
    as in the docs' st.tabs example (compared with 1.67's AppTest)."""
    pytest.importorskip("numpy")
    at = AppTest.from_string(f"import numpy as np\nimport streamlit as st\nst.line_chart({data})\n").run()
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["layer"][0]["encoding"]["y"]["field"] == "value"
