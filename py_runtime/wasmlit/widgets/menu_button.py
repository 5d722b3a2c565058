"""st.menu_button: a button that opens a list of options.

Like chat_input it is a *trigger*: it returns the chosen option only in the
run that handles the choice, None otherwise. The page sends a choice as a
``click`` event whose ``value`` is the option's index."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget
from wasmlit.widgets.options import to_options
from wasmlit.widgets.wire import require_index


class MenuButtonMixin(Cursor):
    def menu_button(
        self,
        label: str,
        options: Any,
        *,
        key: Any = None,
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        width: Any = "content",
        format_func: Callable[[Any], Any] = str,
        wrap: bool | None = None,
    ) -> Any:
        label = "" if label is None else str(label)
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        opts = to_options(options)
        if not opts:
            raise StreamlitAPIException("`options` is required. Provide at least one option.")
        shown = [str(format_func(o)) for o in opts]
        if len(set(shown)) != len(shown):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. "
                "Each formatted option label must be unique."
            )

        def in_form_check(form_id: str) -> None:
            if form_id:
                raise StreamlitInvalidLayoutContextError(
                    "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, refer to the\n"
                    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
                )

        def serialize(value: Any) -> int | None:
            if value is None:
                return None
            return opts.index(value) if value in opts else None

        def deserialize(wire: Any) -> Any:
            return None if wire is None else opts[require_index(wire, len(opts))]

        spec = WidgetSpec(
            type="menu_button",
            label=label,
            identity={"label": label, "options": shown, "help": help, "type": type, "icon": icon, "width": width},
            default=lambda: None,
            serialize=serialize,
            deserialize=deserialize,
            is_trigger=True,
            trigger_reset_value=None,
            read_only=True,
            layout_check=in_form_check,
            props={"options": shown, "kind": type, "icon": validate_icon_or_emoji(icon) or None,
                   "wrap": wrap, "use_container_width": width == "stretch"},
            on_change_modes=(),
            callback_param="on_click",
        )
        return draw_widget(self, spec, key=key, on_change=on_click, args=args, kwargs=kwargs, disabled=disabled, help=help)
