"""text_input and text_area."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget
from wasmlit.widgets.wire import require_text


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)

def _check_max_chars(value: str | None, max_chars: int | None) -> None:
    if value is not None and max_chars is not None and len(value) > max_chars:
        raise StreamlitAPIException(
            f"`value` ({value}) has more than {max_chars} characters."
        )


#: text_input's types and what each brings unless told otherwise, as in Streamlit 1.67:
#: (icon, placeholder, autocomplete). The page maps the type to the field's HTML type.
TEXT_INPUT_TYPES: dict[str, tuple[str | None, str | None, str]] = {
    "default": (None, None, ""),
    "password": (None, None, "new-password"),
    "email": (":material/mail:", "you@example.com", "email"),
    "url": (":material/link:", "https://example.com", "url"),
    "phone": (":material/call:", "+1 234 567 8900", "tel"),
    "search": (":material/search:", "Search", "off"),
}


class TextWidgetsMixin(Cursor):
    def text_input(
        self,
        label: str,
        value: Any = "",
        max_chars: int | None = None,
        key: Any = None,
        type: str = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: Any = "stretch",
    ) -> str | None:
        label = str(label)
        initial = _text_or_none(value)
        _check_max_chars(initial, max_chars)
        if type not in TEXT_INPUT_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in TEXT_INPUT_TYPES])
        type_icon, type_placeholder, type_autocomplete = TEXT_INPUT_TYPES[type]
        spec = WidgetSpec(
            type="text_input",
            label=label,
            identity={"label": label, "value": initial, "max_chars": max_chars, "type": type, "help": help,
                      "autocomplete": autocomplete, "placeholder": str(placeholder), "icon": icon, "width": width},
            key_identity={"max_chars"},
            default=lambda: initial,
            deserialize=lambda wire: require_text(wire, max_chars=max_chars),
            serialize=_text_or_none,
            props={"placeholder": (type_placeholder or "") if placeholder is None else str(placeholder),
                   "max_chars": max_chars, "input_type": type,
                   "icon": type_icon if icon is None else (icon or None),
                   "autocomplete": type_autocomplete if autocomplete is None else str(autocomplete)},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility)

    def text_area(
        self,
        label: str,
        value: Any = "",
        height: Any = None,
        max_chars: int | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> str | None:
        label = str(label)
        initial = _text_or_none(value)
        _check_max_chars(initial, max_chars)
        spec = WidgetSpec(
            type="text_area",
            label=label,
            identity={"label": label, "value": initial, "height": height, "max_chars": max_chars, "help": help,
                      "placeholder": str(placeholder), "width": width},
            key_identity={"max_chars"},
            default=lambda: initial,
            deserialize=lambda wire: require_text(wire, max_chars=max_chars),
            serialize=_text_or_none,
            props={"placeholder": placeholder or "", "max_chars": max_chars,
                   "height": height if isinstance(height, int) else None},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility)
