"""st.toast."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitValueError

#: Streamlit's named durations, in seconds (0: until closed).
_DURATIONS = {"short": 4, "long": 10, "infinite": 0}


class ToastMixin(Cursor):
    def toast(self, body: Any, *, icon: str | None = None, duration: Any = "short") -> Self:
        if isinstance(duration, str) and duration in _DURATIONS:
            seconds = _DURATIONS[duration]
        elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
            seconds = duration
        else:
            raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])
        # `run`: each run that calls st.toast shows the toast again if it is gone
        # (Streamlit remounts a toast per script run), so its props change per run.
        return self._draw("toast", {"body": str(body), "icon": icon, "duration": seconds,
                                    "run": require_run_context().run_id})
