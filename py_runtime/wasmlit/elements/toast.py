"""st.toast."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from wasmlit.errors import StreamlitAPIException
from wasmlit.engine.cursor import Cursor


class ToastMixin(Cursor):
    def toast(self, body: Any, *, icon: str | None = None, duration: Any = "short") -> Self:
        return self._draw("toast", {"body": str(body), "icon": icon})
