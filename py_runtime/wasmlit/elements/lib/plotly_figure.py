"""st.plotly_chart's work: the figure's JSON, and the selection state of a chart
with ``on_select`` (in the runtime's lazy part: only apps that draw Plotly
charts load it)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from wasmlit.elements.lib.event_utils import PlotlyState, chart_selection, check_on_select, draw_selection_widget
from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.widget_registry import register_element_id, to_key
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

_SELECTION_MODES = ("lasso", "points", "box")


def selection_state(wire: Any) -> PlotlyState:
    """The selection state the page's JSON text describes (an empty one when None)."""
    return chart_selection(wire, PlotlyState, {"points": [], "point_indices": [], "box": [], "lasso": []})


def parse_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    """The modes asked for, checked as Streamlit checks them (in a stable order)."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes.issubset(_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(_SELECTION_MODES)])
    return [mode for mode in ("points", "box", "lasso") if mode in modes]


def _default(value: Any) -> Any:
    from wasmlit.elements.lib.chart_data import json_value
    tolist = getattr(value, "tolist", None)
    if callable(tolist):
        return tolist()
    return json_value(value)


def _with_template(figure_or_data: dict[str, Any] | list[Any] | tuple[Any, ...]) -> dict[str, Any]:
    """A dict figure (or a list of traces) with Streamlit's template where it names none, as
    plotly.py would give it on Streamlit."""
    from wasmlit.elements.lib.streamlit_plotly_theme import template

    figure = dict(figure_or_data) if isinstance(figure_or_data, dict) else {"data": list(figure_or_data)}
    layout = figure.get("layout")
    layout = dict(layout) if isinstance(layout, dict) else {}
    layout.setdefault("template", template())
    return {**figure, "layout": layout}


def figure_json(figure_or_data: Any) -> str:
    """The figure as Plotly JSON text. With plotly.py here, as Streamlit makes it: a figure as
    it is, a dict or list of traces made a validated figure (with the default template), a
    Matplotlib figure converted. Without it (a page that never imported Plotly), a dict
    (``{"data": [...], "layout": {...}}``) or a list of traces goes as it is."""
    try:
        import plotly.io as pio
        import plotly.tools
    except ImportError:
        pio = None
    if pio is not None and type(figure_or_data).__module__.split(".")[0] != "plotly":
        if type(figure_or_data).__module__.startswith("matplotlib") and type(figure_or_data).__name__ == "Figure":
            figure_or_data = plotly.tools.mpl_to_plotly(figure_or_data)
        elif isinstance(figure_or_data, (dict, list, tuple)) or callable(getattr(figure_or_data, "to_plotly_json", None)):
            figure_or_data = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    if type(figure_or_data).__module__.split(".")[0] == "plotly" and pio is not None:
        return str(pio.to_json(figure_or_data, validate=False))
    if isinstance(figure_or_data, (dict, list, tuple)):
        return json.dumps(_with_template(figure_or_data), default=_default)
    to_plotly_json = getattr(figure_or_data, "to_plotly_json", None)
    if callable(to_plotly_json):
        return json.dumps(to_plotly_json(), default=_default)
    raise StreamlitAPIException(
        f"st.plotly_chart expects a Plotly figure, a dict or a list of traces, but got "
        f"{type(figure_or_data).__name__}. Matplotlib figures are drawn with st.pyplot."
    )


def plotly_chart(cursor: Cursor, figure_or_data: Any, use_container_width: bool | None, width: Any, height: Any,
                 theme: str | None, key: Any, on_select: Any, selection_mode: Any, config: dict[str, Any] | None,
                 alt: str | None) -> Any:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    check_on_select(on_select)
    spec = figure_json(figure_or_data)
    props: dict[str, Any] = {
        "spec": spec, "config": json.dumps(config or {}, default=_default), "theme": theme or "",
        "width": width, "height": height, "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
        "selection_mode": [],
    }
    activated = on_select != "ignore"
    modes = parse_selection_mode(selection_mode) if activated else []
    # As Streamlit (key_as_main_identity=False): a keyed chart still gets a new id, and a new
    # empty selection, when its figure or options change.
    identity = {"plotly_spec": spec, "plotly_config": props["config"], "selection_mode": modes,
                "is_selection_activated": activated, "theme": theme, "width": width, "height": height,
                "alt": props["alt"]}
    if not activated:
        # 1.67 names every plotly chart, so two equal ones without keys are its duplicate-ID error.
        register_element_id(cursor, "plotly_chart", to_key(key), identity, False)
        return cursor._draw("plotly_chart", props, key=to_key(key))
    props["selection_mode"] = modes
    return draw_selection_widget(cursor, "plotly_chart", identity, False, props, selection_state, key, on_select)
