"""A pydeck chart with ``on_select``: a widget whose value is the selection
state Streamlit keeps (``{"selection": {"indices": {layer_id: [...]},
"objects": {layer_id: [...]}}}``). In the runtime's lazy part: only apps that
select on maps load it."""

from __future__ import annotations

import json
from typing import Any

from wasmlit.elements.lib.dicttools import ReadOnlyAttributeDictionary
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.widgets.base import WidgetSpec, draw_widget

_SELECTION_MODES = ("single-object", "multi-object")


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``event.selection``: ``indices`` and ``objects``, by layer id."""


class PydeckState(ReadOnlyAttributeDictionary):
    """The event state of a pydeck chart with selections: ``state.selection``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return PydeckSelectionState(item)
        return super().__getitem__(key)


def selection_state(wire: Any) -> PydeckState:
    """The selection state the page's JSON text describes (an empty one when None)."""
    if wire is not None and not isinstance(wire, str):
        raise ValueError(f"expected the JSON text of a pydeck selection state, got {wire!r}")
    parsed = json.loads(wire) if wire else None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return PydeckState({"selection": {"indices": {}, "objects": {}}})
    return PydeckState(parsed)


def parse_selection_mode(selection_mode: Any) -> str:
    """One mode, checked as Streamlit checks it (a list is refused: one mode at a time)."""
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode", type(selection_mode).__name__, ["str"], detail="Selection mode must be a single value.")
    if selection_mode not in _SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(_SELECTION_MODES)])
    return selection_mode


def draw_selectable_deck(cursor: Cursor, spec: str, width: Any, height: Any, alt: str | None, key: Any,
                         on_select: Any, selection_mode: Any, use_container_width: bool | None) -> Any:
    """The chart as a widget; returns its selection state."""
    if callable(on_select):
        callback = on_select
    elif on_select == "rerun":
        callback = None
    else:
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
    mode = parse_selection_mode(selection_mode)
    props = {"json": spec, "kind": "pydeck", "width": width, "height": height, "alt": alt, "selection_mode": [mode]}
    # As Streamlit: with a key only the selection mode names the chart, so new data keeps the selection.
    widget = WidgetSpec(
        type="deck_gl_json_chart",
        label="",
        identity={"is_selection_activated": True, "selection_mode": mode,
                  "use_container_width": use_container_width, "spec": spec, "alt": alt},
        key_identity={"selection_mode"},
        default=lambda: selection_state(None),
        serialize=lambda state: json.dumps(state, default=str),
        deserialize=selection_state,
        read_only=True,
        props=props,
    )
    return draw_widget(cursor, widget, key=key, on_change=callback, label_visibility="collapsed")
