"""st.space: vertical (or horizontal) blank space."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class SpaceMixin(Cursor):
    def space(self, size: Any = "small") -> Self:
        return self._draw("space", {"size": size})
