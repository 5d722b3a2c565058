"""st.exception: an exception element that does not stop the script."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from wasmlit.errors import StreamlitAPIException
from wasmlit.engine.exception_props import exception_props
from wasmlit.engine.cursor import Cursor


class ExceptionMixin(Cursor):
    def exception(self, exception: BaseException, *, width: Any = "stretch") -> Self:
        return self._draw("exception", exception_props(exception))
