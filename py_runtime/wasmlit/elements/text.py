"""st.text: fixed-width text, never markdown."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.heading import text_layout
from wasmlit.engine.cursor import Cursor


class TextMixin(Cursor):
    def text(self, body: Any, *, help: str | None = None, width: Any = "content", text_alignment: Any = "left",
             wrap: bool = True) -> Self:
        return self._draw("text", {"body": str(body), "help": help, **text_layout(text_alignment, wrap)})
