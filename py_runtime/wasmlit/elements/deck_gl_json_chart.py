"""st.pydeck_chart, and the ``deck_gl_json_chart`` node that st.map draws too.

The page draws the spec with deck.gl, loaded when it first draws a map
(deck_gl_json_chart.js); its base map needs tiles from the network and is
not drawn, which a note under the chart says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

EMPTY_MAP: Mapping[str, Any] = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}


def deck_props(spec: str, width: Any, height: Any, alt: str | None, kind: str) -> dict[str, Any]:
    """The node's props, its size checked as Streamlit checks it."""
    if width != "stretch":
        validate_width(width)
    validate_height(height)
    return {"json": spec, "kind": kind, "width": width, "height": height,
            "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None}


def pydeck_tooltip(pydeck_obj: Any) -> dict[str, Any] | None:
    """pydeck's ``tooltip={"html" | "text": ..., "style": ...}``, where each pydeck version keeps it
    (Streamlit 1.67 sends only a dict; ``tooltip=True`` shows nothing there either)."""
    widget = getattr(pydeck_obj, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(pydeck_obj, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def draw_deck(dg: Cursor, spec: str, width: Any, height: Any, alt: str | None, kind: str) -> Any:
    return dg._draw("deck_gl_json_chart", deck_props(spec, width, height, alt, kind))


class PydeckMixin(Cursor):
    def pydeck_chart(self, pydeck_obj: Any = None, *, width: Any = "stretch", use_container_width: bool | None = None,
                     height: Any = 500, selection_mode: str = "single-object", on_select: Any = "ignore",
                     key: Any = None, alt: str | None = None) -> Any:
        if use_container_width:
            width = "stretch"
        if pydeck_obj is None:
            spec = json.dumps(EMPTY_MAP)
        elif isinstance(pydeck_obj, Mapping):
            spec = json.dumps(pydeck_obj, default=str)
        else:
            to_json = getattr(pydeck_obj, "to_json", None)
            if not callable(to_json):
                raise StreamlitAPIException(
                    f"st.pydeck_chart expects a pydeck.Deck, but got {type(pydeck_obj).__name__}."
                )
            spec = str(to_json())
        props = deck_props(spec, width, height, alt, "pydeck")
        tooltip = pydeck_tooltip(pydeck_obj)
        if tooltip:
            props["tooltip"] = json.dumps(tooltip, default=str)
        if on_select != "ignore":
            from wasmlit.elements.lib.pydeck_selection import draw_selectable_deck

            return draw_selectable_deck(self, props, key, on_select, selection_mode, use_container_width)
        return self._draw("deck_gl_json_chart", props)
