"""st.toast."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class ToastMixin(Cursor):
    def toast(self, body: Any, *, icon: str | None = None, duration: Any = "short") -> Self:
        return self._draw("toast", {"body": str(body), "icon": icon})
