"""Alerts: st.success, st.info, st.warning, st.error."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class AlertMixin(Cursor):
    def _alert(self, fmt: str, body: Any, icon: str | None) -> Self:
        return self._draw("alert", {"format": fmt, "body": str(body), "icon": icon})

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Self:
        return self._alert("success", body, icon)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Self:
        return self._alert("info", body, icon)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Self:
        return self._alert("warning", body, icon)

    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Self:
        return self._alert("error", body, icon)
