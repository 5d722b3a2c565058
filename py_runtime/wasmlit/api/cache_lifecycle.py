"""What a cached function's entries go through besides a plain hit or miss, as in
1.67: ``validate`` and ``on_release`` (st.cache_resource), ``max_size``
(st.cache_data), ``scope="session"`` and ``refresh_mode="background"``.

Imported by api/cache.py only when a decorator sets one of them (the runtime's
lazy part), so every other app's boot skips this module.
"""

from __future__ import annotations

import inspect
import logging
import numbers
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wasmlit.api.cached_function import CachedFunction
from wasmlit.engine.run_context import get_run_context
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError

log = logging.getLogger(__name__)

#: How long past its ttl a "background" entry is still served while it refreshes
#: (1.67's default ``runner.cacheBackgroundRefreshTTLMultiplier``: 2, so one more ttl).
STALE_TTL_MULTIPLIER = 2


@dataclass
class ManagedCachedFunction(CachedFunction):
    """A cached function whose entries are validated, released, kept per session,
    or refreshed behind the script."""

    #: st.cache_resource's check of a stored value on every hit; False computes it again.
    validate: Callable[[Any], Any] | None = None
    #: Called with each value that leaves the cache (clear, max_entries, ttl, replaced).
    on_release: Callable[[Any], Any] | None = None
    #: "session": each session has its own entries (keyed by its id).
    scope: str = "global"
    #: "background": an entry past its ttl is served while a new value is computed.
    refresh_mode: str = "foreground"
    #: st.cache_data's limit on its entries' pickled bytes (least recently used leave first).
    max_size: int | None = None
    #: Keys whose background refresh is under way (one at a time per key).
    refreshing: set[str] = field(default_factory=set)
    #: A refresh thread stores while the script reads (AppTest; the browser has one thread).
    lock: threading.RLock = field(default_factory=threading.RLock)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        key = super()._key(args, kwargs)
        if self.scope != "session":
            return key
        ctx = get_run_context()
        if ctx is None:
            raise StreamlitAPIException(
                f"`{self.func.__name__}()` uses `scope=\"session\"`, which needs a session: "
                "call it from the app's script."
            )
        return f"{ctx.session_id}:{key}"

    def _call(self, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        hit = self.entries.get(key)
        if (self.refresh_mode == "background" and self.ttl is not None and hit is not None
                and self.ttl <= time.monotonic() - hit[0] < self.ttl * STALE_TTL_MULTIPLIER):
            if self.validate is None or self.validate(hit[1]):
                self._refresh_behind(key, args, kwargs)
                # As 1.67: a stale value is served without drawing again what the call drew.
                return self._value(hit[1])
            del self.entries[key]  # refused: computed now, as a miss (1.67 does not release it)
        return super()._call(key, args, kwargs)

    def lookup(self, key: str) -> tuple[bool, Any]:
        with self.lock:
            return self._lookup(key)

    def _lookup(self, key: str) -> tuple[bool, Any]:
        self._drop_if_invalid(key)
        hit = self.entries.get(key)
        limit = None if self.ttl is None else self.ttl * (STALE_TTL_MULTIPLIER if self.refresh_mode == "background" else 1)
        if hit is not None and limit is not None and time.monotonic() - hit[0] >= limit:
            self._drop([key])  # expired: released when it is found so, as in 1.67
            return False, None
        return super().lookup(key)

    def store(self, key: str, value: Any, draws: list[Any]) -> Any:
        with self.lock:
            before = dict(self.entries)
            kept = super().store(key, value, draws)
            if self.max_size is not None:
                self._fit_max_size(key)
            self._release_gone(before)
            return kept

    def _fit_max_size(self, newest: str) -> None:
        """1.67: the least recently used entries leave until the newest fits; a value larger
        than max_size alone stays (the next new value replaces it), with a warning."""
        limit = self.max_size or 0
        size = sum(len(entry[1]) for entry in self.entries.values())
        while size > limit and len(self.entries) > 1:
            oldest = next(k for k in self.entries if k != newest)
            size -= len(self.entries.pop(oldest)[1])
        if size > limit:
            log.warning("A cached result is larger than the st.cache_data size limit and was stored anyway. "
                        "Function '%s.%s' produced %d serialized bytes, exceeding max_size (%d bytes).",
                        self.func.__module__, self.func.__qualname__, size, self.max_size)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._drop([self._key(args, kwargs)])
        elif self.scope != "session":
            self.clear_all()
        elif (ctx := get_run_context()) is not None:
            # A session-scoped function's own clear() empties that session's entries only.
            self._drop([k for k in self.entries if k.startswith(f"{ctx.session_id}:")])

    def clear_all(self) -> None:
        self._drop(list(self.entries))

    def _drop(self, keys: list[str]) -> None:
        """Remove these entries, releasing each value."""
        for key in keys:
            entry = self.entries.pop(key, None)
            if entry is not None:
                self._release(entry[1])

    def _drop_if_invalid(self, key: str) -> None:
        """1.67 drops a value its ``validate`` refuses, without releasing it."""
        hit = self.entries.get(key)
        if hit is not None and self.validate is not None and not self.validate(hit[1]):
            del self.entries[key]

    def _release(self, stored: Any) -> None:
        if self.on_release is None:
            return
        try:
            self.on_release(stored)
        except Exception:  # a failing release must not fail the run that evicted the value
            log.exception("on_release of %s failed", getattr(self.func, "__name__", "a cached function"))

    def _release_gone(self, before: dict[str, tuple[float, Any, list[Any]]]) -> None:
        for key, entry in before.items():
            if self.entries.get(key) is not entry:
                self._release(entry[1])

    def _refresh_behind(self, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Compute the entry again without holding up the run that found it stale."""
        if key in self.refreshing:
            return
        self.refreshing.add(key)

        def refresh() -> None:
            try:
                self.store(key, self.func(*args, **kwargs), [])
            except Exception:  # as 1.67: the stale value stays until its hard expiry
                log.exception("background refresh of %s failed", getattr(self.func, "__name__", "a cached function"))
            finally:
                self.refreshing.discard(key)

        run_behind(refresh)


def run_behind(task: Callable[[], None]) -> None:
    """On a thread where there are threads; where there are none (the browser's worker),
    on the event loop, which runs it once the current run has handed back control."""
    try:
        threading.Thread(target=task, name="wasmlit-cache-refresh", daemon=True).start()
    except RuntimeError:
        import asyncio

        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:  # no loop either: refresh now, as a foreground entry would
            task()
            return
        loop.call_soon(task)


def check_lifecycle(kind: str, scope: str, validate: Any, on_release: Any) -> None:
    """1.67's refusals: an unknown scope, and async lifecycle callbacks (never awaited)."""
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])
    for name, callback in (("validate", validate), ("on_release", on_release)):
        if callback is not None and (inspect.iscoroutinefunction(callback)
                                     or inspect.iscoroutinefunction(type(callback).__call__)):
            raise StreamlitAPIException(
                f"The `{name}` callback of `st.{kind}` must be a synchronous function. Async callbacks "
                "are never awaited; call the coroutine from a synchronous wrapper instead."
            )


def max_size_bytes(value: Any) -> int | None:
    """1.67's reading of ``max_size``: bytes, or a size with a binary unit ("500MB", "1.5GiB")."""
    if value is None:
        return None
    if isinstance(value, str):
        match = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+) ?(b|ki?b|mi?b|gi?b|ti?b)", value, re.ASCII | re.IGNORECASE)
        if match is None or len(match[1].replace(".", "")) > 100:
            raise StreamlitValueError("max_size", ["a positive byte size"], detail=(
                "Use a byte size with at most 100 digits." if match else
                'Use an integer number of bytes or a positive value with an explicit unit, such as "500MB", '
                '"1.5GB", or "200KiB".'))
        whole, _, fraction = match[1].partition(".")
        power = "bkmgt".index(match[2][0].lower())
        size = int(f"{whole or '0'}{fraction}") * 1024**power // 10 ** len(fraction)
    elif isinstance(value, numbers.Integral) and not isinstance(value, bool):
        size = int(value)
    else:
        raise StreamlitInvalidParameterTypeError("max_size", type(value).__name__, ["int", "str"], detail=(
            'Pass an integer byte count such as int(5e8), or a unit string such as "500MB".'))
    if size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"], detail=(
            'Use an integer number of bytes or a positive value with an explicit unit, such as "500MB", '
            '"1.5GB", or "200KiB".'))
    return size


def managed(cached: CachedFunction | None, func: Callable[..., Any], kind: str, ttl: float | None,
            max_entries: int | None, hash_funcs: dict[Any, Callable[[Any], Any]], refresh_mode: str, *,
            validate: Any = None, on_release: Any = None, scope: str = "global",
            max_size: Any = None) -> ManagedCachedFunction:
    """The function's cache, kept across reruns (its entries survive) with this run's settings."""
    check_lifecycle(kind, scope, validate, on_release)
    settings = {"func": func, "ttl": ttl, "max_entries": max_entries, "validate": validate,
                "on_release": on_release, "scope": scope, "refresh_mode": refresh_mode,
                "max_size": max_size_bytes(max_size)}
    if isinstance(cached, ManagedCachedFunction):
        for name, value in settings.items():
            setattr(cached, name, value)  # a rerun's function and callbacks are new objects
        return cached
    made = ManagedCachedFunction(kind=kind, hash_funcs=hash_funcs, **settings)
    if cached is not None:
        made.entries = cached.entries
    return made
