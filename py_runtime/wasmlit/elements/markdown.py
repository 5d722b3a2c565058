"""Markdown-like text: st.markdown, st.caption, st.latex, st.divider, st.badge."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.heading import clean_text, text_layout
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitValueError


class MarkdownMixin(Cursor):
    def _markdown(self, body: Any, variant: str, allow_html: bool = False, help: str | None = None,
                  layout: dict[str, Any] | None = None) -> Self:
        return self._draw(
            "markdown",
            {"body": clean_text(body), "allow_html": bool(allow_html), "help": help, "variant": variant, **(layout or {})},
        )

    def markdown(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "auto",
                 text_alignment: Any = "left", anchors: bool = True, wrap: bool = True) -> Self:
        layout = text_layout(text_alignment, wrap)
        if not isinstance(anchors, bool):
            raise StreamlitValueError("anchors", ["True", "False"])
        if not anchors:
            layout["anchors"] = False
        return self._markdown(body, "markdown", unsafe_allow_html, help, layout)

    def caption(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch",
                text_alignment: Any = "left", wrap: bool = True) -> Self:
        return self._markdown(body, "caption", unsafe_allow_html, help, text_layout(text_alignment, wrap))

    def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch") -> Self:
        if type(body).__module__.split(".")[0] == "sympy":  # a SymPy expression, as Streamlit takes it
            import sympy

            body = sympy.latex(body)
        return self._markdown(f"$$\n{clean_text(body)}\n$$", "latex", False, help)

    def divider(self, *, width: Any = "stretch") -> Self:
        return self._markdown("---", "divider")

    def badge(self, label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content",
              help: str | None = None) -> Self:
        icon_text = f"{icon} " if icon else ""
        return self.markdown(f":{color}-badge[{icon_text}{label}]", help=help)
