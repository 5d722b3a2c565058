"""Status elements: alerts, exception, metric, progress, spinner, toast."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.exceptions import exception_props

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _metric_text(value: Any) -> str:
    if value is None:
        return "—"
    return str(value)


def _progress_percent(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StreamlitAPIException(
            f"Progress Value has invalid type: {type(value).__name__}"
        )
    if isinstance(value, int):
        if 0 <= value <= 100:
            return value
        raise StreamlitAPIException(
            f"Progress Value has invalid value [0, 100]: {value}"
        )
    if 0.0 <= value <= 1.0:
        return int(value * 100)
    raise StreamlitAPIException(f"Progress Value has invalid value [0.0, 1.0]: {value}")


class StatusMixin:
    def _alert(self: DeltaGenerator, fmt: str, body: Any, icon: str | None) -> DeltaGenerator:
        return self._enqueue("alert", {"format": fmt, "body": str(body), "icon": icon})

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._alert("success", body, icon)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._alert("info", body, icon)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._alert("warning", body, icon)

    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._alert("error", body, icon)

    def exception(self: DeltaGenerator, exception: BaseException, *, width: Any = "stretch") -> DeltaGenerator:
        return self._enqueue("exception", exception_props(exception))

    def metric(
        self: DeltaGenerator,
        label: Any,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: Any = "stretch",
        height: Any = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
    ) -> DeltaGenerator:
        if delta_color not in ("normal", "inverse", "off"):
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: "
                "'normal', 'inverse', or 'off'"
            )
        return self._enqueue(
            "metric",
            {
                "label": str(label),
                "value": _metric_text(value),
                "delta": "" if delta is None else str(delta),
                "delta_color": delta_color,
                "help": help,
                "border": bool(border),
                "label_visibility": label_visibility,
            },
        )

    def progress(self: DeltaGenerator, value: Any, text: str | None = None, *, width: Any = "stretch") -> DeltaGenerator:
        return self._enqueue("progress", {"value": _progress_percent(value), "text": "" if text is None else str(text)})

    @contextmanager
    def spinner(self: DeltaGenerator, text: str = "In progress...", *, show_time: bool = False, width: Any = "content") -> Iterator[None]:
        """Show ``text`` with a spinner while the block runs, then nothing.

        The spinner is flushed to the page at once, so it shows during a slow
        block (``time.sleep``) even though the run has not finished."""
        from wasmlit.context import require_run_context

        placeholder = self.empty()
        placeholder._enqueue("spinner", {"text": str(text), "show_time": bool(show_time), "started": time.time()})
        require_run_context().deltas.flush()
        try:
            yield
        finally:
            placeholder.empty()

    def toast(self: DeltaGenerator, body: Any, *, icon: str | None = None, duration: Any = "short") -> DeltaGenerator:
        return self._enqueue("toast", {"body": str(body), "icon": icon})

    def balloons(self) -> None:
        """Celebration effects are decorative; wasmlit draws nothing."""

    def snow(self) -> None:
        """Celebration effects are decorative; wasmlit draws nothing."""
