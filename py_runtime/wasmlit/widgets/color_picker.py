"""color_picker."""

from __future__ import annotations

import re
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _hex_color(wire: Any) -> str:
    if not isinstance(wire, str) or not _HEX.match(wire):
        raise ValueError(f"expected a hex color like '#00FFAA', got {wire!r}")
    return wire


class ColorPickerMixin(Cursor):
    def color_picker(
        self,
        label: str,
        value: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        bind: Any = None,
        persist_state: Any = None,
    ) -> str:
        label = str(label)
        initial = "#000000" if value is None else str(value)
        if not _HEX.match(initial):
            raise StreamlitAPIException(
                f"'{initial}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
            )
        spec = WidgetSpec(
            type="color_picker",
            label=label,
            identity={"label": label, "value": str(value), "help": help, "width": width},
            default=lambda: initial, serialize=str, deserialize=_hex_color,
        )
        spec.url = url_form("COLOR")
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
