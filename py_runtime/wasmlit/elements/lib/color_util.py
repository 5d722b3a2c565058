"""Colours as Streamlit's charts accept them (``elements/lib/color_util.py``):
hex strings, ``rgb()``/``rgba()`` strings, RGB(A) tuples, and the theme's
colour names, which the page resolves."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitAPIException

#: Names the page turns into the theme's colours.
BUILTIN_COLOR_NAMES = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})


def is_hex_color_like(color: object) -> bool:
    return isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in {4, 5, 7, 9}


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_tuple_like(color: object) -> bool:
    return (isinstance(color, (tuple, list)) and len(color) in {3, 4}
            and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in color))


def is_color_like(color: object) -> bool:
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: object) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def _int(component: float) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    return min(255, max(int(component), 0))


def _float(component: float) -> float:
    if isinstance(component, int):
        component = component / 255.0
    return min(1.0, max(float(component), 0.0))


def to_css_color(color: Any) -> str:
    """A colour as CSS text Vega understands (hex and rgb() pass through)."""
    if is_css_color_like(color):
        return str(color)
    if is_color_tuple_like(color):
        r, g, b = (_int(c) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_float(color[3])})"
    raise StreamlitAPIException(
        f"This does not look like a valid color: {color!r}. Use a hex string like \"#ffaa00\" or an RGB(A) tuple."
    )
