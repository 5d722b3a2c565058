"""What every widget shares: identity, key binding, callbacks, form rules.

A widget leaf validates its arguments and describes itself with a
``WidgetSpec``: how to build its default value and how to convert between
the Python value and the wire value. ``draw_widget`` registers it
(``engine/widget_registry.py``: form and callback policies, key checks,
identity, duplicates, registration in session state) and draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.widget_registry import (
    CONTENT_WIDTH,
    UrlValue,
    WidgetCallback,
    WidgetSpec,
    check_width,
    check_wrap,
    register_widget,
    to_key,
)

__all__ = ["WidgetCallback", "WidgetSpec", "check_width", "check_wrap", "draw_widget", "register_widget", "to_key",
           "url_form"]


def url_form(name: str, *args: Any) -> Callable[[], UrlValue]:
    """A widget's value in the URL (``bind="query-params"``): ``url_values.<name>``,
    called with ``args`` when it takes any. It is built only for a bound widget,
    and url_values.py is imported only then: most apps bind nothing, and every
    option widget would otherwise build its codec on every run."""
    def build() -> UrlValue:
        from wasmlit.widgets import url_values

        form = getattr(url_values, name)
        return form(*args) if args else form

    return build



def draw_widget(
    cursor: Cursor,
    spec: WidgetSpec,
    *,
    key: Any = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Mapping[str, Any] | None = None,
    disabled: bool = False,
    help: str | None = None,
    label_visibility: str = "visible",
    bind: Any = None,
    persist_state: Any = None,
) -> Any:
    """Register the widget for this run, draw it, and return its value."""
    if "width" in spec.identity:
        # A leaf widget's width, as Streamlit checks it (blocks that are widgets,
        # such as a dialog, have sizes of their own).
        check_width(spec.identity["width"], spec.type in CONTENT_WIDTH)
    widget_id, value, props = register_widget(
        cursor, spec, key=key, on_change=on_change, args=args, kwargs=kwargs, disabled=disabled, help=help,
        label_visibility=label_visibility, bind=bind, persist_state=persist_state)
    if spec.value_check is not None:
        spec.value_check(value)
    if "width" in spec.identity:
        props.setdefault("width", spec.identity["width"])
    cursor._draw(spec.type, props, key=to_key(key), node_id=widget_id, replayable=False)
    return value
