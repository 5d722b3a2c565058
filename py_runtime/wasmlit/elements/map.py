"""st.map: points at their latitude and longitude, as the deck.gl
``ScatterplotLayer`` spec Streamlit builds (``elements/map.py``), drawn by
deck_gl_json_chart.js with deck.gl (without tiles: they need the network)."""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any, Self

from wasmlit.elements.deck_gl_json_chart import EMPTY_MAP, draw_deck
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.
if TYPE_CHECKING:
    from wasmlit.elements.lib.chart_data import Frame

_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_DEFAULT_COLOR = "primary"
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
_ZOOM_LEVELS = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022,
                0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025]


def _int_color(color: Any) -> list[int]:
    """A colour as deck.gl's [r, g, b, a] of ints."""
    from wasmlit.elements.lib.color_util import to_css_color
    css = to_css_color(color)
    if css.startswith("#"):
        h = css[1:]
        if len(h) in (3, 4):
            h = "".join(2 * c for c in h)
        parts = [int(h[i:i + 2], 16) for i in range(0, len(h), 2)]
        return parts + [255] * (4 - len(parts))
    inner = css[css.index("(") + 1:css.rindex(")")].split(",")
    nums = [float(p) for p in inner]
    alpha = int(nums[3] * 255) if len(nums) == 4 else 255
    return [int(n) for n in nums[:3]] + [alpha]


def _lat_lon(frame: Frame, human: str, given: str | None, defaults: tuple[str, ...]) -> str:
    from wasmlit.elements.lib.chart_data import json_value
    if isinstance(given, str) and frame.has(given):
        name = given
    else:
        found = next((c for c in defaults if frame.has(c)), None)
        if found is None:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, frame.names))
            raise StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. Existing columns: {existing}"
            )
        name = found
    if any(json_value(v) is None for v in frame.column(name).values):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _zoom_level(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def to_deckgl_json(data: Any, lat: str | None, lon: str | None, size: Any, color: Any, zoom: int | None) -> str:
    from wasmlit.elements.lib.chart_data import json_value, to_frame
    from wasmlit.elements.lib.color_util import is_color_like
    frame = to_frame(data)
    if data is None or len(frame) == 0:
        return json.dumps(EMPTY_MAP)
    lat_name = _lat_lon(frame, "latitude", lat, _LAT_NAMES)
    lon_name = _lat_lon(frame, "longitude", lon, _LON_NAMES)
    size_col = size if isinstance(size, str) and frame.has(size) else None
    color_col = color if isinstance(color, str) and frame.has(color) else None
    used = sorted({c for c in (lat_name, lon_name, size_col, color_col) if c is not None})
    columns = {name: list(frame.column(name).values) for name in used}
    if color_col is not None:
        values = columns[color_col]
        if not (values and is_color_like(values[0])):
            raise StreamlitAPIException(f'Column "{color_col}" does not appear to contain valid colors.')
        columns[color_col] = [_int_color(v) for v in values]
        fill: Any = f"@@={color_col}"
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        fill = _DEFAULT_COLOR if color is None else "primary"
    else:
        fill = _int_color(color)
    lats = [float(v) for v in columns[lat_name]]
    lons = [float(v) for v in columns[lon_name]]
    center_lat, center_lon = (max(lats) + min(lats)) / 2.0, (max(lons) + min(lons)) / 2.0
    if zoom is None:
        zoom = _zoom_level(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))
    spec = copy.deepcopy(dict(EMPTY_MAP))
    spec["initialViewState"].update(latitude=center_lat, longitude=center_lon, zoom=zoom)
    rows = [{name: (columns[name][i] if name == color_col else json_value(columns[name][i])) for name in used}
            for i in range(len(lats))]
    spec["layers"] = [{
        "@@type": "ScatterplotLayer", "getPosition": f"@@=[{lon_name}, {lat_name}]",
        "getRadius": f"@@={size_col}" if size_col else (_DEFAULT_SIZE if size is None else size),
        "radiusMinPixels": 3, "radiusUnits": "meters", "getFillColor": fill, "data": rows,
    }]
    return json.dumps(spec)


class MapMixin(Cursor):
    def map(self, data: Any = None, *, latitude: str | None = None, longitude: str | None = None, color: Any = None,
            size: Any = None, zoom: int | None = None, width: Any = "stretch", height: Any = 500,
            use_container_width: bool | None = None, alt: str | None = None) -> Self:
        if use_container_width:
            width = "stretch"
        spec = to_deckgl_json(data, latitude, longitude, size, color, zoom)
        return draw_deck(self, spec, width, height, alt, "map")
