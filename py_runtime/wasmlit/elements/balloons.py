"""st.balloons: balloons float up over the page (Streamlit's ``stBalloons``)."""

from __future__ import annotations

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context


class BalloonsMixin(Cursor):
    def balloons(self) -> None:
        """Launch balloons. ``seq`` (this run) launches them again in a later run."""
        self._draw("balloons", {"seq": require_run_context().run_id})
