"""st.plotly_chart: a Plotly figure as its JSON, drawn on the page by
plotly.js (npm ``plotly.js-dist-min``, loaded on first use)."""

from __future__ import annotations

import json
from typing import Any

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.


def _default(value: Any) -> Any:
    from wasmlit.elements.lib.chart_data import json_value
    tolist = getattr(value, "tolist", None)
    if callable(tolist):
        return tolist()
    return json_value(value)


def figure_json(figure_or_data: Any) -> str:
    """The figure as Plotly JSON text: from plotly.py when it is a figure, a
    dict (``{"data": [...], "layout": {...}}``) or a list of traces as is."""
    if type(figure_or_data).__module__.split(".")[0] == "plotly":
        import plotly.io as pio  # the figure is plotly's: plotly is here

        return str(pio.to_json(figure_or_data, validate=False))
    if isinstance(figure_or_data, dict):
        return json.dumps(figure_or_data, default=_default)
    if isinstance(figure_or_data, (list, tuple)):
        return json.dumps({"data": list(figure_or_data)}, default=_default)
    to_plotly_json = getattr(figure_or_data, "to_plotly_json", None)
    if callable(to_plotly_json):
        return json.dumps(to_plotly_json(), default=_default)
    raise StreamlitAPIException(
        f"st.plotly_chart expects a Plotly figure, a dict or a list of traces, but got "
        f"{type(figure_or_data).__name__}. Matplotlib figures are drawn with st.pyplot."
    )


class PlotlyChartMixin(Cursor):
    def plotly_chart(self, figure_or_data: Any, use_container_width: bool | None = None, *, width: Any = "stretch",
                     height: Any = "content", theme: str | None = "streamlit", key: Any = None,
                     on_select: Any = "ignore", selection_mode: Any = ("points", "box", "lasso"),
                     config: dict[str, Any] | None = None, alt: str | None = None, **kwargs: Any) -> Any:
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if on_select != "ignore":
            raise StreamlitAPIException(
                "Selections on st.plotly_chart are not supported by wasmlit yet. "
                "Fix: leave out on_select, or draw the chart with st.altair_chart(..., on_select='rerun')."
            )
        spec = figure_json(figure_or_data)
        return self._draw("plotly_chart", {
            "spec": spec, "config": json.dumps(config or {}, default=_default), "theme": theme or "",
            "width": width, "height": height, "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
        }, key=None if key is None else str(key))
