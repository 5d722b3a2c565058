"""st.metric."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


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
                "icon": validate_icon_or_emoji(icon) or None,
                "delta_description": None if delta_description is None else str(delta_description),
            },
        )
