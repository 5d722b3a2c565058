"""st.pydeck_chart, and the ``deck_gl_json_chart`` node that st.map draws too.

A deck.gl build is too heavy for a page that may never show a map, and its
base map needs tiles from the network: the page draws the points of a
``ScatterplotLayer`` (what st.map makes) on a plain projection with
Vega-Lite, says that map tiles are not drawn, and shows a clear notice for
other layers (see deck_gl_json_chart.js).
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


def draw_deck(dg: Cursor, spec: str, width: Any, height: Any, alt: str | None, kind: str) -> Any:
    return dg._draw("deck_gl_json_chart", deck_props(spec, width, height, alt, kind))


class DeckGlJsonChartMixin(Cursor):
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
        if on_select != "ignore":
            from wasmlit.elements.lib.pydeck_selection import draw_selectable_deck

            return draw_selectable_deck(self, props, key, on_select, selection_mode, use_container_width)
        return self._draw("deck_gl_json_chart", props)
