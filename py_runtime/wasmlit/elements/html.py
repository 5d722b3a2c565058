"""st.html: HTML that the page sanitises."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.lib.media_data import is_file
from wasmlit.engine.cursor import Cursor


class HtmlMixin(Cursor):
    def html(self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> Self:
        text = body._repr_html_() if hasattr(body, "_repr_html_") else str(body)
        if is_file(text):
            with open(text, encoding="utf-8") as f:
                text = f.read()
        return self._draw("html", {"body": text})
