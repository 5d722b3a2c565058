"""st.snow: snowflakes fall over the page (Streamlit's ``stSnow``)."""

from __future__ import annotations

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context


class SnowMixin(Cursor):
    def snow(self) -> None:
        """Let it snow. ``seq`` (this run) starts it again in a later run."""
        self._draw("snow", {"seq": require_run_context().run_id})
