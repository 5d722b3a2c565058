"""st.toast: a notification over the page's corner, in the EVENT root (never in the page's flow)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import EVENT_ROOT

_DURATIONS: dict[str, float | None] = {"short": 4.0, "long": 10.0, "infinite": None}


def toast_duration(duration: Any) -> float | None:
    """Seconds the toast shows: "short" (4), "long" (10), "infinite" (None) or a number."""
    if isinstance(duration, str) and duration in _DURATIONS:
        return _DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return float(duration)
    raise StreamlitAPIException("Invalid `duration` value. Supported values: short, long, infinite, a positive integer.")


class ToastMixin(Cursor):
    def toast(self, body: Any, *, icon: str | None = None, duration: Any = "short") -> Self:
        """Show ``body`` over the page; the returned object's ``.toast()`` updates it.
        ``run``: each run that calls st.toast shows the toast again if it is gone
        (Streamlit remounts a toast per script run)."""
        if body is None or str(body) == "":
            raise StreamlitAPIException("The `body` parameter is required. Please provide a message.")
        seconds = toast_duration(duration)
        props = {"body": str(body), "icon": icon, "duration": seconds, "run": require_run_context().run_id}
        if self._slot is not None:  # msg = st.toast(...); msg.toast("updated")
            return self._draw("toast", props)
        return type(self)(EVENT_ROOT)._draw("toast", props)
