"""st.spinner."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from wasmlit.elements.empty import EmptyMixin
from wasmlit.engine.run_context import require_run_context


class SpinnerMixin(EmptyMixin):
    @contextmanager
    def spinner(self, text: str = "In progress...", *, show_time: bool = False, width: Any = "content") -> Iterator[None]:
        """Show ``text`` with a spinner while the block runs, then nothing.

        The spinner is flushed to the page at once, so it shows during a slow
        block (``time.sleep``) even though the run has not finished."""
        placeholder = self.empty()
        placeholder._draw("spinner", {"text": str(text), "show_time": bool(show_time), "started": time.time()})
        require_run_context().deltas.flush()
        try:
            yield
        finally:
            # The slot stays (so later elements keep their places on the page),
            # marked so that AppTest lists no element for it, as Streamlit's.
            placeholder._draw("empty", {"after_spinner": True})
