"""checkbox and toggle (one widget type, two styles)."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, check_wrap, draw_widget, url_form
from wasmlit.widgets.wire import require_bool


class CheckboxMixin(Cursor):
    def _boolean(self, style: str, label: str, value: bool, key: Any, help: str | None,
                 on_change: WidgetCallback | str | None, args: Any, kwargs: Any, disabled: bool,
                 label_visibility: str, width: Any, wrap: Any, bind: Any, persist_state: Any) -> bool:
        check_wrap(wrap)
        label = str(label)
        initial = bool(value)
        spec = WidgetSpec(
            type="checkbox",
            id_type=style,
            label=label,
            identity={"label": label, "value": initial, "help": help, "width": width},
            default=lambda: initial,
            serialize=bool,
            deserialize=require_bool,
            props={"style": style, **({"wrap": wrap} if wrap is not None else {})},
        )
        spec.url = url_form("BOOLEAN")
        return bool(draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                                disabled=disabled, help=help, label_visibility=label_visibility,
                                bind=bind, persist_state=persist_state))

    def checkbox(self, label: str, value: bool = False, key: Any = None, help: str | None = None,
                 on_change: WidgetCallback | str | None = "rerun", args: Any = None, kwargs: Any = None, *,
                 disabled: bool = False, label_visibility: str = "visible", width: Any = "content",
                 wrap: bool | None = None, bind: Any = None, persist_state: Any = None) -> bool:
        return self._boolean("checkbox", label, value, key, help, on_change, args, kwargs, disabled, label_visibility, width,
                             wrap, bind, persist_state)

    def toggle(self, label: str, value: bool = False, key: Any = None, help: str | None = None,
               on_change: WidgetCallback | str | None = "rerun", args: Any = None, kwargs: Any = None, *,
               disabled: bool = False, label_visibility: str = "visible", width: Any = "content",
               wrap: bool | None = None, bind: Any = None, persist_state: Any = None) -> bool:
        return self._boolean("toggle", label, value, key, help, on_change, args, kwargs, disabled, label_visibility, width,
                             wrap, bind, persist_state)
