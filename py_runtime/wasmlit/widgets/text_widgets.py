"""text_input and text_area."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.durations import parse_duration
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
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

#: The check an email or URL field makes unless ``validate`` says otherwise
#: (``validate=""`` turns it off): Streamlit 1.67's patterns and messages.
TYPE_VALIDATE: dict[str, tuple[str, str]] = {
    "email": (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."),
    "url": (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL."),
}

#: ``live=True``: commit after this pause in typing (Streamlit's default); at most a minute.
_LIVE_DEFAULT_MS = 250
_LIVE_MAX_MS = 60_000


def _live_ms(live: Any) -> int | None:
    """``live`` as a pause in milliseconds (None: commit on blur or Enter only)."""
    if live is False:
        return None
    if live is True:
        return _LIVE_DEFAULT_MS
    if not isinstance(live, str):
        detail = ("A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration "
                  "string like `'300ms'` or `'0.5s'`." if isinstance(live, (int, float, timedelta)) else None)
        raise StreamlitInvalidParameterTypeError("live", type(live).__name__, ["bool", "str"], detail=detail)
    try:
        seconds = parse_duration(live)
    except ValueError:
        raise StreamlitAPIException(f"Time string doesn't look right. It should be formatted as `'1d2h34m'` "
                                    f"or `2 days`, for example. Got: {live}") from None
    ms = round(seconds * 1000)
    if seconds > 0 and ms == 0:
        ms = 1
    if seconds < 0 or ms > _LIVE_MAX_MS:
        raise StreamlitValueOutOfRangeError("live", live, "0ms", "1m")
    return ms


def _entry_rules(required: Any, validate: Any, live: Any) -> dict[str, Any]:
    """What the page checks before it commits a text: ``required``, a ``validate``
    pattern (with its message), and ``live`` commits while typing."""
    rules: dict[str, Any] = {}
    if required:
        rules["required"] = True
    if validate is not None:
        if isinstance(validate, str):
            rules["validate"] = [validate, None]
        elif isinstance(validate, tuple) and len(validate) == 2 and all(isinstance(v, str) for v in validate):
            rules["validate"] = list(validate)
        elif isinstance(validate, tuple):
            raise StreamlitValueError("validate", ["a regex string", "a (regex, message) tuple of strings"])
        else:
            raise StreamlitInvalidParameterTypeError("validate", type(validate).__name__, ["None", "str", "tuple"])
    live_ms = _live_ms(live)
    if live_ms is not None:
        rules["live_ms"] = live_ms
    return rules


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
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        required: bool = False,
        validate: Any = None,
        live: Any = False,
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
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
                   "autocomplete": type_autocomplete if autocomplete is None else str(autocomplete),
                   **_entry_rules(required, TYPE_VALIDATE.get(type) if validate is None else validate, live)},
        )
        spec.url = url_form("TEXT")
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)

    def text_area(
        self,
        label: str,
        value: Any = "",
        height: Any = None,
        max_chars: int | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        required: bool = False,
        bind: Any = None,
        persist_state: Any = None,
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
                   "height": height if isinstance(height, int) else None, **_entry_rules(required, None, False)},
        )
        spec.url = url_form("TEXT")
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
