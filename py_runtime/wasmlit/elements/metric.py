"""st.metric."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


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


def _metric_text(value: Any) -> str:
    if value is None:
        return "—"
    return str(value)


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
        if delta_color not in ("normal", "inverse", "off"):
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: "
                "'normal', 'inverse', or 'off'"
            )
        sparkline = _chart_data(chart_data)
        return self._draw(
            "metric",
            {
                "label": str(label),
                "value": _metric_text(value),
                "delta": "" if delta is None else str(delta),
                "delta_color": delta_color,
                "help": help,
                "border": bool(border),
                "label_visibility": label_visibility,
                "chart_data": sparkline,
                "chart_type": chart_type if chart_type in ("bar", "area") else "line",
                "icon": validate_icon_or_emoji(icon) or None,
                "delta_description": None if delta_description is None else str(delta_description),
            },
        )
