"""st.exception: an exception element that does not stop the script."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.exception_props import exception_props


class ExceptionMixin(Cursor):
    def exception(self, exception: BaseException, *, width: Any = "stretch") -> Self:
        return self._draw("exception", exception_props(exception))
