"""st.balloons."""

from __future__ import annotations

from wasmlit.engine.cursor import Cursor


class BalloonsMixin(Cursor):
    def balloons(self) -> None:
        """Celebration effects are decorative; wasmlit draws nothing."""
