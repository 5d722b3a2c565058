"""Headings: st.title, st.header, st.subheader."""

from __future__ import annotations

import textwrap
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

_DIVIDER_COLORS = {"blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow"}

def _heading_divider(divider: bool | str | None) -> str | None:
    if divider is None or divider is False:
        return None
    if divider is True:
        return "auto"
    if divider not in _DIVIDER_COLORS:
        raise StreamlitAPIException(
            f"Divider parameter has invalid value: `{divider}`. "
            f"Please choose from: {', '.join(sorted(_DIVIDER_COLORS))}."
        )
    return str(divider)

def clean_text(text: Any) -> str:
    """Streamlit dedents and strips the text of headings and markdown."""
    text = str(text)
    # dedent only matters for multi-line text, and it is slow: skip it otherwise.
    return textwrap.dedent(text).strip() if "\n" in text else text.strip()


class HeadingMixin(Cursor):
    def _heading(
        self,
        tag: str,
        body: Any,
        anchor: str | bool | None,
        help: str | None,
        divider: bool | str | None,
    ) -> Self:
        return self._draw(
            "heading",
            {
                "tag": tag,
                "body": clean_text(body),
                "anchor": anchor if isinstance(anchor, str) else (False if anchor is False else None),
                "help": help,
                "divider": _heading_divider(divider),
            },
        )

    def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, width: Any = "stretch") -> Self:
        return self._heading("h1", body, anchor, help, None)

    def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch") -> Self:
        return self._heading("h2", body, anchor, help, divider)

    def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch") -> Self:
        return self._heading("h3", body, anchor, help, divider)
