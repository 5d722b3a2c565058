"""st.text: fixed-width text, never markdown."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class TextMixin(Cursor):
    def text(self, body: Any, *, help: str | None = None, width: Any = "content") -> Self:
        return self._draw("text", {"body": str(body), "help": help})
