"""st.line_chart, area_chart, bar_chart, scatter_chart, altair_chart and
vega_lite_chart: Vega-Lite charts, drawn by vega-embed on the page.

Every one becomes a ``vega_lite_chart`` node: its spec as JSON text (the
same spec Streamlit sends), its data as columnar JSON beside the spec, and
its theme and size. With ``on_select`` the chart is a widget as in
Streamlit: it has a widget id, its value is the selection state
(``{"selection": {param: ...}}``) and the page sends a new one as a
``set_value`` (the JSON text Streamlit's frontend sends).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from contextlib import nullcontext
from typing import Any, Self

from wasmlit.elements.lib.dicttools import ReadOnlyAttributeDictionary
from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.

_altair_lock = threading.Lock()


class VegaLiteState(ReadOnlyAttributeDictionary):
    """The event state of a chart with selections: ``state.selection.<param>``."""


def selection_state(params: list[str], wire: Any) -> VegaLiteState:
    """The selection state the page's JSON text describes (empty selections when None)."""
    empty = VegaLiteState({"selection": {p: {} for p in params}})
    if wire is None:
        return empty
    if not isinstance(wire, str):
        raise ValueError(f"expected the JSON text of a selection state, got {wire!r}")
    parsed = json.loads(wire)
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return empty
    return VegaLiteState(parsed)


class _Payload(dict[str, Any]):
    """Data already in the page's columnar form (from the Altair transformer)."""


def _altair_spec(chart: Any) -> dict[str, Any]:
    """``chart.to_dict()`` with its data as named datasets, in Altair's "none" theme."""
    import altair as alt  # only when the app hands us an Altair chart

    from wasmlit.elements.lib.chart_data import dataset_name
    from wasmlit.elements.lib.vega_spec import to_payload

    datasets: dict[str, Any] = {}

    def transformer(data: Any) -> dict[str, str]:
        from wasmlit.elements.lib.vega_spec import is_geo

        if is_geo(data):
            name = dataset_name({"geo": data})
            datasets[name] = data
        else:
            columnar = to_payload(data)
            name = dataset_name(columnar)
            datasets[name] = _Payload(columnar)
        return {"name": name}

    alt.data_transformers.register("wasmlit_dataset", transformer)
    theme = getattr(alt, "theme", None) or alt.themes
    with _altair_lock:
        context = theme.enable("none") if theme.active == "default" else nullcontext()
        with context, alt.data_transformers.enable("wasmlit_dataset"):
            spec: dict[str, Any] = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


class VegaChartsMixin(Cursor):
    def line_chart(self, data: Any = None, *, x: str | None = None, y: Any = None, x_label: str | None = None,
                   y_label: str | None = None, color: Any = None, width: Any = "stretch", height: Any = "content",
                   use_container_width: bool | None = None, alt: str | None = None) -> Self:
        from wasmlit.elements.lib import built_in_chart_utils as charts
        from wasmlit.elements.lib.chart_data import to_frame
        spec, datasets = charts.generate_chart(charts.LINE, to_frame(data), x, y, x_label, y_label, color,
                                               width=width, height=height)
        return self._builtin(spec, datasets, width, height, use_container_width, alt)

    def area_chart(self, data: Any = None, *, x: str | None = None, y: Any = None, x_label: str | None = None,
                   y_label: str | None = None, color: Any = None, stack: Any = None, width: Any = "stretch",
                   height: Any = "content", use_container_width: bool | None = None, alt: str | None = None) -> Self:
        from wasmlit.elements.lib import built_in_chart_utils as charts
        from wasmlit.elements.lib.chart_data import to_frame
        charts.check_stack(stack)
        # False and None are Vega-Lite's "layered" areas (Streamlit keeps False for grouped bars).
        if stack is False or stack is None:
            stack = "layered"
        spec, datasets = charts.generate_chart(charts.AREA, to_frame(data), x, y, x_label, y_label, color,
                                               width=width, height=height, stack=stack)
        return self._builtin(spec, datasets, width, height, use_container_width, alt)

    def bar_chart(self, data: Any = None, *, x: str | None = None, y: Any = None, x_label: str | None = None,
                  y_label: str | None = None, color: Any = None, horizontal: bool = False, sort: bool | str = True,
                  stack: Any = None, width: Any = "stretch", height: Any = "content",
                  use_container_width: bool | None = None, alt: str | None = None) -> Self:
        from wasmlit.elements.lib import built_in_chart_utils as charts
        from wasmlit.elements.lib.chart_data import to_frame
        charts.check_stack(stack)
        chart_type = charts.HORIZONTAL_BAR if horizontal else charts.VERTICAL_BAR
        spec, datasets = charts.generate_chart(chart_type, to_frame(data), x, y, x_label, y_label, color,
                                               width=width, height=height, stack=stack, sort=sort)
        return self._builtin(spec, datasets, width, height, use_container_width, alt)

    def scatter_chart(self, data: Any = None, *, x: str | None = None, y: Any = None, x_label: str | None = None,
                      y_label: str | None = None, color: Any = None, size: Any = None, width: Any = "stretch",
                      height: Any = "content", use_container_width: bool | None = None,
                      alt: str | None = None) -> Self:
        from wasmlit.elements.lib import built_in_chart_utils as charts
        from wasmlit.elements.lib.chart_data import to_frame
        spec, datasets = charts.generate_chart(charts.SCATTER, to_frame(data), x, y, x_label, y_label, color, size,
                                               width=width, height=height)
        return self._builtin(spec, datasets, width, height, use_container_width, alt)

    def _builtin(self, spec: dict[str, Any], datasets: dict[str, Any], width: Any, height: Any,
                 use_container_width: bool | None, alt: str | None) -> Self:
        spec["datasets"] = {name: _Payload(data) for name, data in datasets.items()}
        return self._vega_lite_chart(None, spec, use_container_width, "streamlit", None, "ignore", None, width,
                                     height, alt)

    def altair_chart(self, altair_chart: Any, *, width: Any = None, height: Any = "content",
                     use_container_width: bool | None = None, theme: str | None = "streamlit", key: Any = None,
                     on_select: Any = "ignore", selection_mode: str | Iterable[str] | None = None,
                     alt: str | None = None) -> Any:
        if not hasattr(altair_chart, "to_dict"):
            raise StreamlitAPIException(
                f"st.altair_chart expects an Altair chart, but got {type(altair_chart).__name__}. "
                "Pass an `alt.Chart` (or a layered / concatenated chart)."
            )
        return self._vega_lite_chart(None, _altair_spec(altair_chart), use_container_width, theme, key, on_select,
                                     selection_mode, width, height, alt)

    def vega_lite_chart(self, data: Any = None, spec: dict[str, Any] | None = None, *, width: Any = None,
                        height: Any = "content", use_container_width: bool | None = None,
                        theme: str | None = "streamlit", key: Any = None, on_select: Any = "ignore",
                        selection_mode: str | Iterable[str] | None = None, alt: str | None = None) -> Any:
        return self._vega_lite_chart(data, spec, use_container_width, theme, key, on_select, selection_mode, width,
                                     height, alt)

    def _vega_lite_chart(self, data: Any, spec: dict[str, Any] | None, use_container_width: bool | None,
                         theme: str | None, key: Any, on_select: Any, selection_mode: Any, width: Any,
                         height: Any, alt: str | None) -> Any:
        from wasmlit.elements.lib.chart_data import dataset_name
        from wasmlit.elements.lib.event_utils import check_on_select, draw_selection_widget
        from wasmlit.elements.lib.vega_spec import default_width, parse_selection_mode, prepare_spec, stable_spec_text
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        check_on_select(on_select)
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        if spec is None:
            spec = {}
        if use_container_width is None and width is None:
            width = default_width(spec)
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        if width is not None:
            validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        ucw_for_spec = use_container_width if use_container_width is not None else width == "stretch"
        spec = prepare_spec(spec, bool(ucw_for_spec))
        inline, datasets = _marshall(spec, data)
        text = stable_spec_text(spec)
        props: dict[str, Any] = {
            "spec": text, "data": inline, "datasets": datasets, "theme": theme or "",
            "use_container_width": use_container_width, "width": width, "height": height,
            "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None, "selection_mode": [],
        }
        if on_select == "ignore":
            return self._draw("vega_lite_chart", props)
        params = parse_selection_mode(json.loads(text), selection_mode)
        props["selection_mode"] = params
        return draw_selection_widget(
            self, "vega_lite_chart",
            {"vega_lite_spec": text, "vega_lite_data": dataset_name(inline or {}),
             "named_datasets": [d["name"] for d in datasets], "theme": theme,
             "use_container_width": use_container_width, "selection_mode": params, "alt": props["alt"]},
            {"selection_mode"}, props, lambda wire: selection_state(params, wire), key, on_select)


def _marshall(spec: dict[str, Any], data: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Datasets already columnar (built-in charts, Altair) are kept as they are."""
    from wasmlit.elements.lib.vega_spec import marshall_data
    ready = {name: values for name, values in dict(spec.get("datasets") or {}).items() if isinstance(values, _Payload)}
    if ready:
        spec["datasets"] = {k: v for k, v in spec["datasets"].items() if k not in ready}
        if not spec["datasets"]:
            del spec["datasets"]
    inline, datasets = marshall_data(spec, data)
    return inline, [{"name": str(name), "data": dict(values)} for name, values in ready.items()] + datasets
