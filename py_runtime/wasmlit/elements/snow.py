"""st.snow."""

from __future__ import annotations

from wasmlit.engine.cursor import Cursor


class SnowMixin(Cursor):
    def snow(self) -> None:
        """Celebration effects are decorative; wasmlit draws nothing."""
