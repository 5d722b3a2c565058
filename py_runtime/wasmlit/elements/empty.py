"""st.empty: a slot that later writes replace (or that clears itself)."""

from __future__ import annotations

from typing import Self

from wasmlit.engine.cursor import Cursor


class EmptyMixin(Cursor):
    def empty(self) -> Self:
        """A slot that later writes replace (or that clears itself)."""
        return self._draw("empty", {})
