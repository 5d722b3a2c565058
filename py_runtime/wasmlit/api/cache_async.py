"""What st.cache_data and st.cache_resource do for ``async def`` functions, and
1.67's checks of ``refresh_mode``: imported by api/cache.py only when an app
uses them (the runtime's lazy part), so every other app's boot skips it."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wasmlit.engine.replay import Recorder
from wasmlit.engine.run_context import get_run_context
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError

if TYPE_CHECKING:
    from wasmlit.api.cached_function import CachedFunction


def check_refresh_mode(refresh_mode: str, ttl_seconds: float | None) -> None:
    """1.67's rules (what "background" does: api/cache_lifecycle.py)."""
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background" and ttl_seconds is None:
        raise StreamlitMissingRequiredParameterError(
            "ttl", detail='Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.')
    if refresh_mode == "background" and ttl_seconds is not None and ttl_seconds <= 0:
        raise StreamlitValueError("ttl", ["a positive duration"], detail=(
            'Background refresh requires a positive `ttl` (for example `ttl="1h"`) or `refresh_mode="foreground"`.'))


def check_async(func: Callable[..., Any], refresh_mode: str) -> None:
    """1.67 refuses async generators, and background refresh of a coroutine function."""
    if inspect.isasyncgenfunction(func):
        raise StreamlitAPIException(
            "Async-generator functions cannot be cached. Async generators produce streams that are "
            "one-shot iterators, rather than a single cacheable result. Consume the async generator and "
            "return a materialized result from an ordinary coroutine function if appropriate."
        )
    if refresh_mode == "background":
        raise StreamlitValueError("refresh_mode", ['"foreground"'], detail=(
            "Background refresh is not supported for coroutine functions (`async def`). "
            'Use `refresh_mode="foreground"` instead.'))


async def call_async(cached: CachedFunction, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """A coroutine function's call, as 1.67 makes it: an awaitable that looks the call up and, on a
    miss, awaits the function and caches what it returned (drawing it again on a hit)."""
    key = cached._key(args, kwargs)
    found, value = cached.lookup(key)
    if found:
        return value
    # CachedFunction._run_recorded's recording, around an await (kept out of api/cache.py, which is
    # on every app's boot: a shared context manager there costs the cold load ~200 B).
    ctx = get_run_context()
    recorder = Recorder()
    if ctx is not None:
        ctx.recorders.append(recorder)
    try:
        value = await cached.func(*args, **kwargs)
    finally:
        if ctx is not None:
            ctx.recorders.remove(recorder)
    return cached.store(key, value, recorder.draws)
