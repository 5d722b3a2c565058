"""st.mermaid_chart: a Mermaid diagram, drawn in the page by mermaid (loaded on first use)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


class MermaidChartMixin(Cursor):
    def mermaid_chart(self, body: str, *, width: Any = "stretch", alt: str | None = None) -> Self:
        if not isinstance(body, str):
            raise StreamlitAPIException(f"`body` must be a string of Mermaid syntax, not {type(body).__name__}.")
        return self._draw("mermaid_chart", {"spec": body, "width": width, "alt": alt})
