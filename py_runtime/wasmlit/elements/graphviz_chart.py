"""st.graphviz_chart: DOT source, laid out and drawn in the browser by a
WebAssembly Graphviz (npm ``@hpcc-js/wasm-graphviz``, loaded on first use)."""

from __future__ import annotations

import hashlib
from typing import Any, Self

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


def _dot_and_engine(figure_or_dot: Any) -> tuple[str, str]:
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    source = getattr(figure_or_dot, "source", None)
    if isinstance(source, str) and type(figure_or_dot).__module__.split(".")[0] == "graphviz":
        return source, str(getattr(figure_or_dot, "engine", "dot") or "dot")
    raise StreamlitAPIException(
        f"The `figure_or_dot` parameter must be of type graphviz.Graph, graphviz.Digraph, graphviz.Source or str, "
        f"but got {type(figure_or_dot).__name__}."
    )


class GraphvizMixin(Cursor):
    def graphviz_chart(self, figure_or_dot: Any, use_container_width: bool | None = None, *,
                       width: Any = "content", height: Any = "content", alt: str | None = None) -> Self:
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        dot, engine = _dot_and_engine(figure_or_dot)
        element_id = hashlib.md5(f"{self._parent_block()}:{dot}".encode(), usedforsecurity=False).hexdigest()
        return self._draw("graphviz_chart", {
            "spec": dot, "engine": engine, "element_id": element_id, "width": width, "height": height,
            "alt": alt.strip() if isinstance(alt, str) and alt.strip() else None,
        })
