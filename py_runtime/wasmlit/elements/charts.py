"""Charts. wasmlit ships no chart library yet: a chart is drawn as a titled
table of its data, so the app keeps running and shows the numbers. The node
types are Streamlit's element names, so AppTest sees the same kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.data import table_payload

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _chart(dg: DeltaGenerator, node_type: str, kind: str, data: Any) -> DeltaGenerator:
    try:
        payload = table_payload(data) if data is not None else {"columns": [], "index": [], "rows": []}
    except Exception:  # a figure object rather than data
        payload = {"columns": [], "index": [], "rows": []}
    return dg._enqueue(node_type, {"kind": kind, **payload})


class ChartsMixin:
    def line_chart(self: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "line", data)

    def area_chart(self: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "area", data)

    def bar_chart(self: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "bar", data)

    def scatter_chart(self: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "scatter", data)

    def vega_lite_chart(self: DeltaGenerator, data: Any = None, spec: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "vega_lite", data if not isinstance(data, dict) or spec else None)

    def altair_chart(self: DeltaGenerator, altair_chart: Any, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "vega_lite_chart", "altair", getattr(altair_chart, "data", None))

    def plotly_chart(self: DeltaGenerator, figure_or_data: Any, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "plotly_chart", "plotly", None)

    def map(self: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "deck_gl_json_chart", "map", data)

    def pydeck_chart(self: DeltaGenerator, pydeck_obj: Any = None, **kwargs: Any) -> DeltaGenerator:
        return _chart(self, "deck_gl_json_chart", "pydeck", None)

    def graphviz_chart(self: DeltaGenerator, figure_or_dot: Any, **kwargs: Any) -> DeltaGenerator:
        return self._enqueue("graphviz_chart", {"kind": "graphviz", "columns": [], "index": [], "rows": [],
                                                "dot": str(getattr(figure_or_dot, "source", figure_or_dot))})
