"""Charts. wasmlit ships no chart library yet: a chart is drawn as a titled
table of its data, so the app keeps running and shows the numbers. The node
types are Streamlit's element names, so AppTest sees the same kinds."""

from __future__ import annotations

from typing import Any, Self, TypeVar

from wasmlit.elements.arrow import table_payload
from wasmlit.engine.cursor import Cursor

CursorT = TypeVar("CursorT", bound=Cursor)


def _chart(dg: CursorT, node_type: str, kind: str, data: Any) -> CursorT:
    try:
        payload = table_payload(data) if data is not None else {"columns": [], "index": [], "rows": []}
    except Exception:  # a figure object rather than data
        payload = {"columns": [], "index": [], "rows": []}
    return dg._draw(node_type, {"kind": kind, **payload})


class ChartsMixin(Cursor):
    def line_chart(self, data: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "line", data)

    def area_chart(self, data: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "area", data)

    def bar_chart(self, data: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "bar", data)

    def scatter_chart(self, data: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "scatter", data)

    def vega_lite_chart(self, data: Any = None, spec: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "vega_lite", data if not isinstance(data, dict) or spec else None)

    def altair_chart(self, altair_chart: Any, **kwargs: Any) -> Self:
        return _chart(self, "vega_lite_chart", "altair", getattr(altair_chart, "data", None))

    def plotly_chart(self, figure_or_data: Any, **kwargs: Any) -> Self:
        return _chart(self, "plotly_chart", "plotly", None)

    def map(self, data: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "deck_gl_json_chart", "map", data)

    def pydeck_chart(self, pydeck_obj: Any = None, **kwargs: Any) -> Self:
        return _chart(self, "deck_gl_json_chart", "pydeck", None)

    def graphviz_chart(self, figure_or_dot: Any, **kwargs: Any) -> Self:
        return self._draw("graphviz_chart", {"kind": "graphviz", "columns": [], "index": [], "rows": [],
                                                "dot": str(getattr(figure_or_dot, "source", figure_or_dot))})
