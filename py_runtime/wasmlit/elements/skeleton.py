"""st.skeleton: a loading placeholder that later writes replace (as st.empty)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


class SkeletonMixin(Cursor):
    def skeleton(self, height: Any = None, *, width: Any = "stretch") -> Self:
        if height is not None and height != "stretch" and (not isinstance(height, int) or isinstance(height, bool) or height < 1):
            raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be a positive integer, 'stretch' or None.")
        if width != "stretch" and (not isinstance(width, int) or isinstance(width, bool) or width < 1):
            raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be a positive integer or 'stretch'.")
        return self._draw("skeleton", {"height": height, "width": width})
