"""number_input."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.wire import is_int as is_integer
from wasmlit.widgets.wire import require_number


class NumberInputMixin(Cursor):
    def number_input(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = "min",
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
        required: bool = False,
        bind: Any = None,
        persist_state: Any = None,
    ) -> int | float | None:
        label = str(label)
        given = {"value": None if value == "min" else value, "min_value": min_value, "max_value": max_value, "step": step}
        present = [v for v in given.values() if v is not None]
        all_int = all(is_integer(v) for v in present)
        all_float = all(isinstance(v, float) for v in present)
        if not (all_int or all_float):
            raise StreamlitMixedNumericTypesError(**given)
        is_int = all_int and bool(present)
        state = require_run_context().state
        if key is not None and state.has(str(key)) and state.get_item(str(key)) is None:
            value = None  # as in Streamlit: a key holding None empties the field
        if value == "min":
            value = min_value if min_value is not None else (0 if is_int else 0.0)
        if step is None:
            step = 1 if is_int else 0.01
        # As in Streamlit: the field shows "%d" or "%0.2f" unless told otherwise,
        # and a format must turn a number into something that reads as a number.
        number_format = format if format is not None else ("%d" if is_int else "%0.2f")
        try:
            float(number_format % 2)
        except (TypeError, ValueError):
            raise StreamlitInvalidNumberFormatError(number_format) from None
        # Bounds against each other first (1.67): inverted ones are the error, not the value.
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if value is not None:
            if min_value is not None and value < min_value:
                raise StreamlitValueBelowMinError(value, min_value)
            if max_value is not None and value > max_value:
                raise StreamlitValueAboveMaxError(value, max_value)
        cast = int if is_int else float
        initial = value

        def in_bounds(v: Any) -> bool:
            return not ((min_value is not None and v < min_value) or (max_value is not None and v > max_value))

        def deserialize(wire: Any) -> int | float | None:
            if wire is None:
                return None
            number = cast(require_number(wire, integer=is_int))
            return number if in_bounds(number) else initial  # 1.67: a value out of bounds is the default

        def adopt(v: Any) -> Any:
            # As 1.67: a value out of bounds (set through session_state, or kept while the
            # bounds changed) goes back to the default, and session_state says so.
            return v if v is None or not isinstance(v, (int, float)) or in_bounds(v) else initial

        spec = WidgetSpec(
            type="number_input",
            label=label,
            identity={"label": label, "min_value": min_value, "max_value": max_value, "value": value, "step": step,
                      "format": format, "help": help, "placeholder": placeholder, "icon": icon, "width": width},
            default=lambda: initial,
            serialize=lambda v: v,
            deserialize=deserialize,
            adopt=adopt,
            props={"min": min_value, "max": max_value, "step": step, "format": number_format,
                   "data_type": "int" if is_int else "float", "placeholder": placeholder or "", "icon": icon,
                   "width": width, "default": initial},
        )
        if required:
            spec.props["required"] = True
        spec.url = url_form("number", is_int, min_value, max_value)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
