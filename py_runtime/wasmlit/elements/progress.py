"""st.progress."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


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


class ProgressMixin(Cursor):
    def progress(self, value: Any, text: str | None = None, *, width: Any = "stretch") -> Self:
        return self._draw("progress", {"value": _progress_percent(value), "text": "" if text is None else str(text)})
