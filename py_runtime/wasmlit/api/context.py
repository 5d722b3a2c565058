"""``st.context``: what the app can know about the browser it runs in.

The page reports its URL, timezone, timezone offset, locale and colour
scheme when Python starts (``BootMsg.client``). A static site has no server
and so no request: ``headers`` and ``cookies`` are empty mappings and
``ip_address`` is None (as Streamlit reports for a local connection); reading
them never fails.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import SimpleNamespace
from typing import Any

from wasmlit.engine.run_context import get_run_context


def _client() -> dict[str, Any]:
    ctx = get_run_context()
    return ctx.client if ctx is not None else {}


class _EmptyMapping(Mapping[str, str]):
    """A read-only, empty, case-insensitive mapping (``headers``, ``cookies``)."""

    def __getitem__(self, key: str) -> str:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def get_all(self, key: str) -> list[str]:
        return []

    def to_dict(self) -> dict[str, str]:
        return {}

    def __repr__(self) -> str:
        return "{}"


class ContextProxy:
    """``st.context``."""

    @property
    def headers(self) -> Mapping[str, str]:
        """Always empty: a static site has no server, so no request headers."""
        return _EmptyMapping()

    @property
    def cookies(self) -> Mapping[str, str]:
        """Always empty: the app runs in the browser and receives no request."""
        return _EmptyMapping()

    @property
    def ip_address(self) -> str | None:
        """Always None: there is no server connection (Streamlit says None for localhost too)."""
        return None

    @property
    def is_embedded(self) -> bool:
        """Whether the page asked to be embedded (``?embed=true``)."""
        return bool(_client().get("is_embedded", False))

    @property
    def locale(self) -> str | None:
        """The browser's locale (``navigator.language``)."""
        value = _client().get("locale")
        return str(value) if value else None

    @property
    def timezone(self) -> str | None:
        """The browser's timezone (``Intl.DateTimeFormat().resolvedOptions().timeZone``)."""
        value = _client().get("timezone")
        return str(value) if value else None

    @property
    def timezone_offset(self) -> int | None:
        """The browser's offset from UTC in minutes (``Date.getTimezoneOffset()``)."""
        value = _client().get("timezone_offset")
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def url(self) -> str | None:
        """The app's URL in the browser: its root, the current page's path and query."""
        ctx = get_run_context()
        base = _client().get("url")
        if ctx is None or not base:
            return str(base) if base else None
        page = ctx.nav.current.url_path if ctx.nav is not None and ctx.nav.current is not None else ""
        query = ctx.query_params.query_string()
        return f"{str(base).rstrip('/')}/{page}" + (f"?{query}" if query else "")

    @property
    def theme(self) -> SimpleNamespace:
        """``theme.type``: "light" or "dark" (the browser's colour scheme)."""
        kind = _client().get("theme")
        return SimpleNamespace(type=kind if kind in ("light", "dark") else None)


context = ContextProxy()
