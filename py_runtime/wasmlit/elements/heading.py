"""Headings: st.title, st.header, st.subheader."""

from __future__ import annotations

import textwrap
from typing import Any, Self

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitValueError

#: 1.67's divider colours, in the order its error message lists them.
_DIVIDER_COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow"]


def _heading_divider(divider: bool | str | None) -> str | None:
    """The divider as 1.67 sends it: True is "auto" (the page picks the next colour of its cycle)."""
    if divider is None or divider is False:
        return None
    if divider is True:
        return "auto"
    if divider not in _DIVIDER_COLORS:
        raise StreamlitValueError("divider", ["True"] + [f"'{c}'" for c in _DIVIDER_COLORS])
    return str(divider)

def text_layout(text_alignment: Any, wrap: Any) -> dict[str, Any]:
    """``text_alignment`` and ``wrap`` of a text element, checked as Streamlit checks
    them; only what differs from the default travels ("left", wrapping)."""
    if text_alignment not in ("left", "center", "right", "justify"):
        raise StreamlitValueError("text_alignment", ["'left'", "'center'", "'right'", "'justify'"])
    if not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False"])
    layout: dict[str, Any] = {}
    if text_alignment != "left":
        layout["text_alignment"] = text_alignment
    if not wrap:
        layout["wrap"] = False
    return layout


def clean_text(text: Any) -> str:
    """Streamlit dedents and strips the text of headings and markdown."""
    text = str(text)
    # dedent only matters for multi-line text, and it is slow: skip it otherwise.
    return textwrap.dedent(text).strip() if "\n" in text else text.strip()


class HeadingMixin(Cursor):
    def _heading(self, tag: str, body: Any, anchor: str | bool | None, help: str | None,
                 divider: bool | str | None, icon: str | None, text_alignment: Any, wrap: Any) -> Self:
        layout = text_layout(text_alignment, wrap)
        props: dict[str, Any] = {
            "tag": tag,
            "body": clean_text(body),
            "anchor": anchor if isinstance(anchor, str) else (False if anchor is False else None),
            "help": help,
            "divider": _heading_divider(divider),
            **layout,
        }
        shown = validate_icon_or_emoji(icon)
        if shown:
            props["icon"] = shown
        return self._draw("heading", props)

    def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, icon: str | None = None,
              width: Any = "stretch", text_alignment: Any = "left", wrap: bool = True) -> Self:
        return self._heading("h1", body, anchor, help, None, icon, text_alignment, wrap)

    def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, icon: str | None = None,
               divider: bool | str = False, width: Any = "stretch", text_alignment: Any = "left", wrap: bool = True) -> Self:
        return self._heading("h2", body, anchor, help, divider, icon, text_alignment, wrap)

    def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, icon: str | None = None,
                  divider: bool | str = False, width: Any = "stretch", text_alignment: Any = "left", wrap: bool = True) -> Self:
        return self._heading("h3", body, anchor, help, divider, icon, text_alignment, wrap)
