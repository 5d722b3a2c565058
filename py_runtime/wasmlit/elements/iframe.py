"""Sandboxed iframes: ``components.v1.html`` (inline HTML) and ``components.v1.iframe`` (a URL)."""

from __future__ import annotations

from typing import Self

from wasmlit.engine.cursor import Cursor

#: Streamlit's default component height, in pixels.
DEFAULT_HEIGHT = 150


class IframeMixin(Cursor):
    def _iframe(self, *, srcdoc: str | None = None, src: str | None = None, width: int | None = None,
                height: int | None = None, scrolling: bool = False) -> Self:
        return self._draw("iframe", {"srcdoc": srcdoc, "src": src, "width": width,
                                     "height": height if height is not None else DEFAULT_HEIGHT,
                                     "scrolling": bool(scrolling)})
