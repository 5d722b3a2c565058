"""A pydeck chart with ``on_select``: a widget whose value is the selection
state Streamlit keeps (``{"selection": {"indices": {layer_id: [...]},
"objects": {layer_id: [...]}}}``). In the runtime's lazy part: only apps that
select on maps load it."""

from __future__ import annotations

from typing import Any

from wasmlit.elements.lib.event_utils import PydeckState, chart_selection, check_on_select, draw_selection_widget
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

_SELECTION_MODES = ("single-object", "multi-object")


def selection_state(wire: Any) -> PydeckState:
    """The selection state the page's JSON text describes (an empty one when None)."""
    return chart_selection(wire, PydeckState, {"indices": {}, "objects": {}})


def parse_selection_mode(selection_mode: Any) -> str:
    """One mode, checked as Streamlit checks it (a list is refused: one mode at a time)."""
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode", type(selection_mode).__name__, ["str"], detail="Selection mode must be a single value.")
    if selection_mode not in _SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(_SELECTION_MODES)])
    return selection_mode


def draw_selectable_deck(cursor: Cursor, props: dict[str, Any], key: Any, on_select: Any, selection_mode: Any,
                         use_container_width: bool | None) -> Any:
    """The chart (``props`` of deck_gl_json_chart.py) as a widget; returns its selection state."""
    check_on_select(on_select)
    mode = parse_selection_mode(selection_mode)
    # As Streamlit: with a key only the selection mode names the chart, so new data keeps the selection.
    return draw_selection_widget(
        cursor, "deck_gl_json_chart",
        {"is_selection_activated": True, "selection_mode": mode, "use_container_width": use_container_width,
         "spec": props["json"], "alt": props["alt"]},
        {"selection_mode"}, {**props, "selection_mode": [mode]}, selection_state, key, on_select)
