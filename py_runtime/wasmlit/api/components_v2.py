"""``st.components.v2``: components made of HTML, CSS and JavaScript that
live in the page (not an iframe), with state and triggers.

``component(name, html=, css=, js=)`` returns the callable that mounts an
instance; its result holds the component's state and trigger values. The JS
is a module whose default export is called with ``{parentElement, data, key,
name, setStateValue, setTriggerValue}`` (and may return a cleanup function),
as in Streamlit. Components are trusted code, as in Streamlit: the page does
not sanitize them; with ``isolate_styles`` they render in a shadow root."""

from __future__ import annotations

from typing import Any

from wasmlit.api.delta_generator import COMPONENTS, adopt_mixin, main_dg
from wasmlit.errors import StreamlitAPIException
from wasmlit.widgets.components import ComponentResult

BidiComponentResult = ComponentResult


def component(name: str, *, html: str | None = None, css: str | None = None, js: str | None = None,
              isolate_styles: bool = True) -> Any:
    if not isinstance(name, str) or not name:
        raise StreamlitAPIException("A component needs a non-empty `name`.")
    for label, value in (("html", html), ("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise StreamlitAPIException(f"`{label}` must be a string, not {type(value).__name__}.")
    definition = {"html": html, "css": css, "js": js, "isolate_styles": bool(isolate_styles)}

    def mount(*, key: Any = None, data: Any = None, default: dict[str, Any] | None = None, width: Any = "stretch",
              height: Any = "content", **on_callbacks: Any) -> ComponentResult:
        on_callbacks.pop("isolate_styles", None)
        adopt_mixin(*COMPONENTS)
        return main_dg._bidi_component(name, definition, key=key, data=data, default=default, width=width,
                                       height=height, callbacks=on_callbacks)

    return mount


__all__ = ["BidiComponentResult", "ComponentResult", "component"]
