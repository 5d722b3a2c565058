"""AppTest wrappers for charts. Streamlit 1.67's AppTest has no class of its
own for them (they are ``UnknownElement``): ``.type`` is the proto's name
(``vega_lite_chart``, ``plotly_chart``, ``graphviz_chart``,
``deck_gl_json_chart``, ``echarts_chart``), ``.proto`` carries its fields
(``spec`` as JSON text, ...), and ``.value`` is the selection state of a chart
with ``on_select`` (else None), read from session state by the chart's id."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from wasmlit.engine.identity import user_key_from_id
from wasmlit.engine.tree import Node
from wasmlit.testing.elements import Element

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest


def _table(columnar: dict[str, Any] | None) -> Any:
    """Columnar chart data as a DataFrame when pandas is there, else as a dict of columns."""
    if not columnar:
        return None
    from wasmlit.elements.lib.decode import page_values

    values = [page_values(c) if isinstance(c, dict) else c for c in columnar["columns"]]
    columns = dict(zip(columnar["fields"], values, strict=True))
    try:
        import pandas as pd
    except ImportError:
        return columns
    return pd.DataFrame(columns)


_PLOTLY_MODES = {"points": 0, "box": 1, "lasso": 2}
_PYDECK_MODES = {"single-object": 0, "multi-object": 1}


class _VegaProto(SimpleNamespace):
    """``.proto`` of a Vega-Lite chart: its data is built only when asked for."""

    @property
    def data(self) -> SimpleNamespace:
        return SimpleNamespace(data=_table(self._props.get("data")))

    @property
    def datasets(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(name=d["name"], has_name=True, data=SimpleNamespace(data=_table(d["data"])))
                for d in self._props.get("datasets", [])]


class Chart(Element):
    """A chart element: ``.proto`` has Streamlit's field names."""

    _page_only_props = frozenset({"label"})

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        props = node.props
        if node.type == "vega_lite_chart":
            fields = {k: v for k, v in vars(self.proto).items() if k not in ("data", "datasets")}
            self.proto = _VegaProto(_props=props, **fields)
            self.proto.id = node.id if props.get("selection_mode") else ""
            self.proto.use_container_width = bool(props.get("use_container_width"))
            self.proto.form_id = props.get("form_id", "")
            self.proto.alt = props.get("alt") or ""
        elif node.type == "plotly_chart":
            self.proto.alt = props.get("alt") or ""
            # Streamlit's PlotlyChart.SelectionMode numbers, in its (sorted) order.
            self.proto.selection_mode = sorted(_PLOTLY_MODES[m] for m in props.get("selection_mode") or [])
        elif node.type == "echarts_chart":
            fields = {k: v for k, v in vars(self.proto).items() if k != "datasets"}
            self.proto = _VegaProto(_props=props, **fields)
            self.proto.id = node.id if props.get("selection_activated") or node.key is not None else ""
            self.proto.alt = props.get("alt") or ""
            self.proto.form_id = props.get("form_id", "")
        elif node.type == "deck_gl_json_chart":
            modes = props.get("selection_mode") or []
            self.proto.id = node.id if modes else ""
            # Streamlit's DeckGlJsonChart.SelectionMode numbers.
            self.proto.selection_mode = [_PYDECK_MODES[m] for m in modes]
        else:
            self.proto.alt = props.get("alt") or ""

    @property
    def type(self) -> str:  # type: ignore[override]
        return self._node.type

    @property
    def _selects(self) -> bool:
        return bool(self._node.props.get("selection_mode") or self._node.props.get("selection_activated"))

    @property
    def key(self) -> str | None:
        return user_key_from_id(self._node.id) if self._selects else self._node.key

    @property
    def value(self) -> Any:
        if self._selects:
            return self.root._session.widget_value(self.id)
        return None

    @property
    def spec(self) -> Any:
        """The chart's spec (JSON text for Vega-Lite, Plotly and ECharts; DOT for Graphviz)."""
        return self._node.props.get("spec", self._node.props.get("json"))
