"""st.progress."""

from __future__ import annotations

import math
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError


def _progress_percent(value: Any) -> int:
    """The bar's percent, by 1.67's rules: an int in [0, 100] or a float in [0.0, 1.0], where a
    float a rounding error outside the range (1.0000000000000013) still counts."""
    if isinstance(value, bool):  # an int to Python, but 1.67's proto field refuses it
        raise TypeError("Field Progress.value: Expected an int, got a boolean.")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or math.isclose(value, 0.0, rel_tol=1e-9, abs_tol=1e-9)
                or math.isclose(value, 1.0, rel_tol=1e-9, abs_tol=1e-9)):
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


class ProgressMixin(Cursor):
    def progress(self, value: Any, text: str | None = None, *, width: Any = "stretch") -> Self:
        return self._draw("progress", {"value": _progress_percent(value), "text": "" if text is None else str(text)})
