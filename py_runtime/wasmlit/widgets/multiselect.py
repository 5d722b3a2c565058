"""multiselect."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitDefaultNotInOptionsError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.options import index_of, select_options, to_options
from wasmlit.widgets.wire import require_index, require_list


class MultiSelectMixin(Cursor):
    def multiselect(
        self,
        label: str,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
        filter_mode: Any = "fuzzy",
        select_all: bool | int = 1000,
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> list[Any]:
        label = str(label)
        opts = to_options(options)
        labels = [str(format_func(o)) for o in opts]
        if default is None:
            defaults: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or (hasattr(default, "__iter__") and not isinstance(default, str)):
            defaults = list(default)
        else:
            defaults = [default]
        for d in defaults:
            if index_of(opts, d) is None:
                raise StreamlitDefaultNotInOptionsError(d)

        def check_count(values: list[Any]) -> None:
            if max_selections is not None and len(values) > max_selections:
                raise StreamlitAPIException(
                    f"Multiselect has {len(values)} {'option' if len(values) == 1 else 'options'} selected but "
                    f"`max_selections` is set to {max_selections}. This happened because you either gave too many "
                    "options to `default` or you manipulated the widget's state through `st.session_state`. "
                    "Note that the latter can happen before the line indicated in the traceback. "
                    f"Please select at most {max_selections} {'option' if max_selections == 1 else 'options'}."
                )

        check_count(defaults)

        def serialize(values: Any) -> list[int]:
            indices = [index_of(opts, v) for v in (values or [])]
            return [i for i in indices if i is not None]

        def deserialize(wire: Any) -> list[Any]:
            indices = require_list(wire or [])  # too many: the run raises 1.67's error (check_count)
            return [opts[require_index(i, len(opts))] for i in indices]

        def adopt(values: Any) -> list[Any]:
            return [v for v in (values or []) if index_of(opts, v) is not None]

        spec = WidgetSpec(
            type="multiselect",
            label=label,
            identity={"label": label, "options": labels, "default": [str(format_func(d)) for d in defaults],
                      "help": help, "max_selections": max_selections, "placeholder": placeholder,
                      "accept_new_options": accept_new_options, "width": width},
            key_identity={"max_selections", "accept_new_options"},
            default=lambda: list(defaults), serialize=serialize, deserialize=deserialize, adopt=adopt,
            value_check=check_count,
            props={"options": labels, "max_selections": max_selections,
                   "placeholder": placeholder or ("Choose options" if opts else "No options to select")},
        )
        spec.props.update(select_options(accept_new_options, filter_mode, select_all=select_all, wrap=wrap))
        spec.url = url_form("choices", opts, labels)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
