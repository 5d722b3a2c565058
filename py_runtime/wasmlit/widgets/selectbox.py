"""selectbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.options import check_index, select_options, single_choice, to_options


class SelectboxMixin(Cursor):
    def selectbox(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
        required: bool = False,
        icon: str | None = None,
        filter_mode: Any = "fuzzy",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        check_index(index, opts, "Selectbox")
        labels = [str(format_func(o)) for o in opts]
        default, serialize, deserialize, adopt = single_choice(opts, index)
        spec = WidgetSpec(
            type="selectbox",
            label=label,
            identity={"label": label, "options": labels, "index": index, "help": help, "placeholder": placeholder,
                      "accept_new_options": accept_new_options, "width": width},
            key_identity={"accept_new_options"},
            default=default, serialize=serialize, deserialize=deserialize, adopt=adopt,
            props={"options": labels, "placeholder": placeholder or ("Choose an option" if opts else "No options to select")},
        )
        spec.props.update(select_options(accept_new_options, filter_mode, required=required, icon=icon))
        if index is None and not required:
            spec.props["clearable"] = True  # Streamlit offers "Clear value" only then
        spec.url = url_form("choice", opts, labels)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
