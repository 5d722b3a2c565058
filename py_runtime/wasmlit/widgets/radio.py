"""radio."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.options import check_index, single_choice, to_options


class RadioMixin(Cursor):
    def radio(
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
        disabled: bool = False,
        horizontal: bool = False,
        captions: Any = None,
        label_visibility: str = "visible",
        width: Any = "content",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        check_index(index, opts, "Radio")
        labels = [str(format_func(o)) for o in opts]
        default, serialize, deserialize, adopt = single_choice(opts, index)
        caption_list = [str(c) for c in captions] if captions else []
        spec = WidgetSpec(
            type="radio",
            label=label,
            identity={"label": label, "options": labels, "index": index, "help": help, "horizontal": horizontal,
                      "captions": caption_list, "width": width},
            default=default, serialize=serialize, deserialize=deserialize, adopt=adopt,
            props={"options": labels, "horizontal": bool(horizontal), "captions": caption_list},
        )
        spec.url = url_form("choice", opts, labels)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
