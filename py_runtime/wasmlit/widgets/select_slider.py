"""select_slider: a slider over a list of options (one value or a range)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.options import index_of, to_options
from wasmlit.widgets.wire import require_index, require_list


class SelectSliderMixin(Cursor):
    def select_slider(
        self,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        if not opts:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
        labels = [str(format_func(o)) for o in opts]
        is_range = isinstance(value, (list, tuple))
        chosen = list(value) if is_range else [opts[0] if value is None else value]
        indices = []
        for v in chosen:
            i = index_of(opts, v)
            if i is None:
                raise ValueError(f"{v} is not in iterable")  # 1.67's words
            indices.append(i)
        if is_range and len(indices) == 2 and indices[0] > indices[1]:
            indices.reverse()  # 1.67 takes a reversed range in order
        initial = tuple(opts[i] for i in indices) if is_range else opts[indices[0]]

        def serialize(v: Any) -> list[int]:
            items = list(v) if is_range else [v]
            return [i for i in (index_of(opts, x) for x in items) if i is not None]

        def deserialize(wire: Any) -> Any:
            wires = require_list(wire if isinstance(wire, list) else [wire], min_len=len(indices), max_len=len(indices))
            items = [opts[require_index(i, len(opts))] for i in wires]
            return tuple(items) if is_range else items[0]

        spec = WidgetSpec(
            type="select_slider",
            label=label,
            identity={"label": label, "options": labels, "value": [labels[i] for i in indices], "help": help, "width": width},
            default=lambda: initial, serialize=serialize, deserialize=deserialize,
            props={"options": labels, "min": 0, "max": len(opts) - 1, "step": 1, "data_type": "int"},
        )
        spec.url = url_form("choices", opts, labels, tuple) if is_range else url_form("choice", opts, labels)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
