"""st.metric."""

from __future__ import annotations

import numbers
from textwrap import dedent
from typing import Any, Final, Self

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError


def _chart_data(chart_data: Any) -> list[float]:
    """The sparkline's numbers (Streamlit converts every item with float())."""
    if chart_data is None:
        return []
    items = chart_data.tolist() if hasattr(chart_data, "tolist") else list(chart_data)
    out = []
    for value in items:
        try:
            out.append(float(value))
        except Exception as ex:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The "
                f"value '{value}' is of type {type(value)} and cannot be converted to float."
            ) from ex
    return out


#: The delta's colours as 1.67 names them: a named colour, or the delta's tone
#: ("normal": green up, red down; "inverse" swaps them; "off": gray).
DELTA_COLORS: Final = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray",
                       "grey", "primary")
DELTA_ARROWS: Final = ("auto", "up", "down", "off")


def _number_text(value: Any, parameter: str) -> str:
    """A number as the text Streamlit shows (numpy scalars through ``item()``)."""
    if isinstance(value, numbers.Number):
        return str(value)
    if hasattr(value, "item"):
        try:
            item = value.item()
        except Exception:
            item = None
        if isinstance(item, numbers.Number):
            return str(item)
    raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__,
                                             ["int", "float", "Decimal", "NumPy number"],
                                             detail="Convert the value to a number type.")


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else _number_text(value, "value")


def _delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    return dedent(delta) if isinstance(delta, str) else _number_text(delta, "delta")


def _is_zero(delta: Any) -> bool:
    # As 1.67: only the string "0" is a zero delta ("0.0" and "0%" stay positive).
    return dedent(delta) == "0" if isinstance(delta, str) else bool(delta == 0)


def delta_color_and_direction(delta: Any, delta_color: str, delta_arrow: str) -> tuple[str, str]:
    """The delta's colour name and arrow ("up", "down" or "none"), by 1.67's rules."""
    delta_color, delta_arrow = dedent(str(delta_color)).strip(), dedent(str(delta_arrow)).strip()
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in DELTA_COLORS])
    if delta is None or delta == "":
        color, direction = "gray", "none"
    else:
        direction = "none" if _is_zero(delta) else "down" if dedent(str(delta)).startswith("-") else "up"
        if delta_color not in ("normal", "inverse", "off"):
            color = "gray" if delta_color == "grey" else delta_color
        elif direction == "none" or delta_color == "off":
            color = "gray"
        else:
            color = "green" if (direction == "up") == (delta_color == "normal") else "red"
    if delta_arrow not in DELTA_ARROWS:
        raise StreamlitValueError("delta_arrow", [f"'{a}'" for a in DELTA_ARROWS])
    # An explicit arrow overrides the delta's own direction; "off" shows none.
    return color, direction if delta_arrow == "auto" else "none" if delta_arrow == "off" else delta_arrow


class MetricMixin(Cursor):
    def metric(
        self,
        label: Any,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        icon: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: Any = "stretch",
        height: Any = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
        delta_description: str | None = None,
    ) -> Self:
        if width != "stretch" or height != "content":
            # Checked only when given: layout_utils is in the lazy runtime part.
            from wasmlit.elements.lib.layout_utils import validate_height, validate_width

            validate_width(width, allow_content=True)
            validate_height(height, allow_content=True)
        value_text, delta_text = _value_text(value), _delta_text(delta)
        color, direction = delta_color_and_direction(delta, delta_color, delta_arrow)
        sparkline = _chart_data(chart_data)
        return self._draw(
            "metric",
            {
                "label": str(label),
                "value": value_text,
                "delta": delta_text,
                "color": color,
                "direction": direction,
                "format": None if format is None else str(format),
                "help": help,
                "border": bool(border),
                "label_visibility": label_visibility,
                "chart_data": sparkline,
                "chart_type": chart_type if chart_type in ("bar", "area") else "line",
                "icon": validate_icon_or_emoji(icon) or None,
                "delta_description": None if delta_description is None else str(delta_description),
                "width": width,
                "height": height,
            },
        )
