"""st.echarts_chart: an Apache ECharts option (a dict, or a pyecharts chart),
drawn on the page by ECharts (npm ``echarts``, loaded on first use).

Tables inside ``dataset.source`` (a DataFrame, a dict of lists...) travel as
ECharts' own array of rows, header first. JavaScript functions cannot travel
(the option is JSON), as in Streamlit."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.

_JS_CODE = "--x_x--"


def _rows(source: Any) -> Any:
    """A dataset's ``source``: a table becomes ECharts' rows (header first)."""
    from wasmlit.elements.lib.chart_data import json_value, to_frame
    if isinstance(source, list) and (not source or isinstance(source[0], (list, tuple, Mapping))):
        return source
    if isinstance(source, (str, bytes, int, float)) or source is None:
        return source
    frame = to_frame(source)
    return [[str(c.name) for c in frame.columns],
            *([json_value(c.values[i]) for c in frame.columns] for i in range(len(frame)))]


def _option(spec: Any) -> dict[str, Any]:
    dump = getattr(spec, "dump_options", None)
    if callable(dump):
        text = str(dump())
        if _JS_CODE in text or "function" in text and "function (" in text:
            raise StreamlitAPIException(
                "This chart uses JavaScript functions (`function` values or `JsCode`), which `st.echarts_chart` "
                "does not support. Fix: use ECharts' string templates instead of functions."
            )
        spec = json.loads(text)
    if not isinstance(spec, Mapping):
        raise StreamlitAPIException(
            f"st.echarts_chart expects an ECharts option dict or a pyecharts chart, but got {type(spec).__name__}."
        )
    option = dict(spec)
    datasets = option.get("dataset")
    if isinstance(datasets, Mapping) and "source" in datasets:
        option["dataset"] = {**datasets, "source": _rows(datasets["source"])}
    elif isinstance(datasets, list):
        option["dataset"] = [{**d, "source": _rows(d["source"])} if isinstance(d, Mapping) and "source" in d else d
                             for d in datasets]
    return option


class EChartsMixin(Cursor):
    def echarts_chart(self, spec: Any, *, width: Any = "stretch", height: Any = "content",
                      theme: str | None = "streamlit", key: Any = None, on_select: Any = "ignore",
                      renderer: str = "canvas", alt: str | None = None, **kwargs: Any) -> Any:
        from wasmlit.elements.lib.chart_data import json_value
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if renderer not in ("canvas", "svg"):
            raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
        if on_select != "ignore":
            raise StreamlitAPIException(
                "Selections on st.echarts_chart are not supported by wasmlit yet. Fix: leave out on_select."
            )
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        text = json.dumps(_option(spec), default=json_value)
        return self._draw("echarts_chart", {
            "spec": text, "theme": theme or "", "renderer": renderer, "width": width, "height": height,
            "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
        }, key=None if key is None else str(key))
