"""Alerts: st.success, st.info, st.warning, st.error.

As in Streamlit 1.67, a body that starts with an emoji or a Material icon
shortcode gives it up to the icon (unless ``icon=`` is passed; ``icon=""``
keeps the body whole)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.heading import clean_text
from wasmlit.elements.icons import extract_leading_icon, validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor


class AlertMixin(Cursor):
    def _alert(self, fmt: str, body: Any, icon: str | None, title: Any = None) -> Self:
        text = clean_text(body)
        if icon is not None:
            shown = validate_icon_or_emoji(icon)
        else:
            shown, text = extract_leading_icon(text)
        props: dict[str, Any] = {"format": fmt, "body": text, "icon": shown or None}
        if title is not None:
            props["title"] = clean_text(title)
        return self._draw("alert", props)

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None) -> Self:
        return self._alert("success", body, icon, title)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None) -> Self:
        return self._alert("info", body, icon, title)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None) -> Self:
        return self._alert("warning", body, icon, title)

    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None) -> Self:
        return self._alert("error", body, icon, title)
