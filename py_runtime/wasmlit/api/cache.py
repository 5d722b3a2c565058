"""``st.cache_data`` and ``st.cache_resource``: the decorators, and clearing them.

Both key results by function and arguments (api/cached_function.py). Caches
are per process (the browser tab's worker), shared by every session, as in
Streamlit, unless a decorator asks for ``scope="session"``
(api/cache_lifecycle.py).
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from wasmlit.api.cached_function import CachedFunction
from wasmlit.errors import StreamlitAPIException

_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def _ttl_seconds(ttl: Any) -> float | None:
    if ttl is None:
        return None
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, (int, float)):
        return float(ttl)
    import re

    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([dhms])", str(ttl).lower())
    if not parts:
        raise StreamlitAPIException(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
            f"for example. Got: {ttl}"
        )
    return sum(float(n) * _UNITS[u] for n, u in parts)


class CacheDecorator:
    """``st.cache_data`` / ``st.cache_resource``: a decorator with ``.clear()``."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        # Keyed by the function's identity, because the script (and so the
        # decorator) runs again on every rerun and must find its old cache.
        self._functions: dict[str, CachedFunction] = {}

    @staticmethod
    def _function_key(f: Callable[..., Any]) -> str:
        code = getattr(f, "__code__", None)
        h = hashlib.blake2b(digest_size=16)
        h.update(f"{getattr(f, '__module__', '')}.{getattr(f, '__qualname__', repr(f))}".encode())
        if code is not None:
            h.update(code.co_filename.encode())
            h.update(code.co_code)
            h.update(repr(code.co_consts).encode())
        return h.hexdigest()

    def _decorate(self, func: Callable[..., Any] | None, ttl: Any, max_entries: int | None,
                  hash_funcs: dict[Any, Callable[[Any], Any]] | None, refresh_mode: str, **options: Any) -> Any:
        """``options``: what api/cache_lifecycle.py does (scope, validate, on_release, max_size)."""
        seconds = _ttl_seconds(ttl)
        if refresh_mode != "foreground":
            from wasmlit.api.cache_async import check_refresh_mode

            check_refresh_mode(refresh_mode, seconds)
        lifecycle = refresh_mode != "foreground" or any(v not in (None, "global") for v in options.values())

        def wrap(f: Callable[..., Any]) -> CachedFunction:
            if inspect.iscoroutinefunction(f) or inspect.isasyncgenfunction(f):
                from wasmlit.api.cache_async import check_async

                check_async(f, refresh_mode)
            key = self._function_key(f)
            cached = self._functions.get(key)
            if lifecycle:
                from wasmlit.api.cache_lifecycle import managed

                cached = self._functions[key] = managed(
                    cached, f, self.kind, seconds, max_entries, dict(hash_funcs or {}), refresh_mode, **options)
            elif cached is None:
                cached = CachedFunction(f, self.kind, seconds, max_entries, dict(hash_funcs or {}))
                self._functions[key] = cached
            else:
                cached.func = f  # the new run's function object (fresh globals)
            return cached

        return wrap(func) if func is not None else wrap

    def clear(self) -> None:
        for cached in self._functions.values():
            cached.clear_all()


class CacheDataAPI(CacheDecorator):
    """``st.cache_data``, with 1.67's parameters (an unknown one is Python's TypeError, as there)."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 max_size: Any = None, show_spinner: Any = True, show_time: bool = False, persist: Any = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        return self._decorate(func, ttl, max_entries, hash_funcs, refresh_mode, scope=scope, max_size=max_size)


class CacheResourceAPI(CacheDecorator):
    """``st.cache_resource``, with 1.67's parameters."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 show_spinner: Any = True, show_time: bool = False, validate: Any = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, on_release: Any = None,
                 scope: str = "global", refresh_mode: str = "foreground") -> Any:
        return self._decorate(func, ttl, max_entries, hash_funcs, refresh_mode, scope=scope, validate=validate,
                              on_release=on_release)


cache_data = CacheDataAPI("cache_data")
cache_resource = CacheResourceAPI("cache_resource")


def clear_all_caches() -> None:
    cache_data.clear()
    cache_resource.clear()
