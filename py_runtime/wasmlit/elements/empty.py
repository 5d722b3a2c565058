"""st.empty: a slot that later writes replace (or that clears itself)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidColumnGapError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidVerticalAlignmentError,
)


class EmptyMixin(Cursor):
    def empty(self) -> Self:
        """A slot that later writes replace (or that clears itself)."""
        return self._draw("empty", {})
