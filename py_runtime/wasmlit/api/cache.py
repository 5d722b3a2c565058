"""``st.cache_data`` and ``st.cache_resource``.

Both key results by function and arguments (arguments whose parameter name
starts with ``_`` are not hashed). ``cache_data`` stores a pickle and returns a
fresh copy on every call; ``cache_resource`` returns the very same object.
Caches are per process (the browser tab's worker), shared by every session,
as in Streamlit. What a cached function draws is recorded when it runs and
replayed on every cache hit (engine/replay.py).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from wasmlit.api.delta_generator import main_dg, sidebar_dg
from wasmlit.engine.replay import Draw, Recorder, ReplayClosureError, replay
from wasmlit.engine.run_context import get_run_context
from wasmlit.errors import StreamlitAPIException

_CACHE_ERRORS = "streamlit.runtime.caching.cache_errors"


class UnhashableParamError(StreamlitAPIException):
    pass


class UnserializableReturnValueError(StreamlitAPIException):
    pass


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function drew on a block made outside it: its elements cannot be replayed."""

    def __init__(self, kind: str, func: Callable[..., Any]) -> None:
        name = f"`{getattr(func, '__name__', 'the function')}()`"
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            "created outside the function. This is incompatible with replaying the cached\n"
            "effect of that element, because the the referenced block might not exist when\n"
            "the replay happens.\n\n"
            "How to fix this:\n"
            f"* Move the creation of $THING inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{kind}` decorator from {name}."
        )


for _cls in (UnhashableParamError, UnserializableReturnValueError, CacheReplayClosureError):
    _cls.__module__ = _CACHE_ERRORS


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


def _hash_value(value: Any, hash_funcs: dict[Any, Callable[[Any], Any]], h: Any, depth: int = 0) -> None:
    for kind, fn in hash_funcs.items():
        if (isinstance(kind, type) and isinstance(value, kind)) or kind == f"{type(value).__module__}.{type(value).__qualname__}":
            value = fn(value)
            break
    if depth > 50:
        raise TypeError("too deep")
    if value is None or isinstance(value, (bool, int, float, complex, str, bytes)):
        h.update(f"{type(value).__name__}:{value!r};".encode())
    elif isinstance(value, (list, tuple)):
        h.update(f"{type(value).__name__}[".encode())
        for v in value:
            _hash_value(v, hash_funcs, h, depth + 1)
        h.update(b"]")
    elif isinstance(value, dict):
        h.update(b"{")
        for k, v in value.items():
            _hash_value(k, hash_funcs, h, depth + 1)
            _hash_value(v, hash_funcs, h, depth + 1)
        h.update(b"}")
    elif isinstance(value, (set, frozenset)):
        h.update(b"set(")
        for r in sorted(repr(v) for v in value):
            h.update(r.encode())
        h.update(b")")
    elif hasattr(value, "to_json") and hasattr(value, "shape"):  # pandas objects
        h.update(value.to_json().encode())
    else:
        import pickle  # on first use: importing it costs the browser's boot ~65 ms

        try:
            h.update(pickle.dumps(value))
        except Exception as err:
            raise TypeError(str(err)) from None


@dataclass
class CachedFunction:
    """A function wrapped by st.cache_data or st.cache_resource, with its settings."""

    func: Callable[..., Any]
    kind: str  # "cache_data" | "cache_resource"
    ttl: float | None = None
    max_entries: int | None = None
    hash_funcs: dict[Any, Callable[[Any], Any]] = field(default_factory=dict)
    #: key -> (time stored, value (pickled for cache_data), what the call drew).
    entries: OrderedDict[str, tuple[float, Any, list[Draw]]] = field(default_factory=OrderedDict)

    def __post_init__(self) -> None:
        self.signature = inspect.signature(self.func)
        functools.update_wrapper(self, self.func)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        h = hashlib.blake2b(digest_size=16)
        try:
            bound = self.signature.bind(*args, **kwargs)
            bound.apply_defaults()
            items: list[tuple[str | None, Any]] = list(bound.arguments.items())
        except TypeError:
            items = [(None, a) for a in args] + list(kwargs.items())
        for name, value in items:
            if name is not None and name.startswith("_"):
                continue
            h.update(str(name).encode())
            try:
                _hash_value(value, self.hash_funcs, h)
            except TypeError:
                arg = name or "(unnamed)"
                fqn = f"{type(value).__module__}.{type(value).__qualname__}"
                raise UnhashableParamError(
                    f"Cannot hash argument '{arg}' (of type `{fqn}`) in '{self.func.__name__}'.\n\n"
                    "To address this, you can tell Streamlit not to hash this argument by adding a\n"
                    "leading underscore to the argument's name in the function signature:\n\n"
                    f"```\n@st.{self.kind}\ndef {self.func.__name__}(_{arg}, ...):\n    ...\n```"
                ) from None
        return h.hexdigest()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if inspect.iscoroutinefunction(self.func):
            from wasmlit.api.cache_async import call_async

            return call_async(self, args, kwargs)
        key = self._key(args, kwargs)
        found, value = self.lookup(key)
        if found:
            return value
        value, draws = self._run_recorded(args, kwargs)
        return self.store(key, value, draws)

    def lookup(self, key: str) -> tuple[bool, Any]:
        """A live entry's value (a copy, for cache_data), after drawing again what the call drew."""
        import pickle  # on first use: importing it costs the browser's boot ~65 ms

        hit = self.entries.get(key)
        if hit is None or (self.ttl is not None and time.monotonic() - hit[0] >= self.ttl):
            return False, None
        self.entries.move_to_end(key)
        self._replay(hit[2])
        return True, pickle.loads(hit[1]) if self.kind == "cache_data" else hit[1]

    def store(self, key: str, value: Any, draws: list[Draw]) -> Any:
        """Keep a computed value (pickled, for cache_data); return what the caller gets."""
        import pickle

        stored = value
        if self.kind == "cache_data":
            try:
                stored = pickle.dumps(value)
            except Exception:
                raise UnserializableReturnValueError(
                    f"Cannot serialize the return value (of type {type(value).__module__}.{type(value).__qualname__}) "
                    f"in {self.func.__name__}(). `st.cache_data` uses pickle to serialize the function's return "
                    "value and safely store it in the cache without mutating the original object. Please convert "
                    "the return value to a pickle-serializable type. If you want to cache unserializable objects "
                    "such as database connections or Tensorflow sessions, use `st.cache_resource` instead."
                ) from None
        self.entries[key] = (time.monotonic(), stored, draws)
        if self.max_entries is not None:
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
        return pickle.loads(stored) if self.kind == "cache_data" else value

    def _run_recorded(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, list[Draw]]:
        """Call the function, recording what it draws (when it runs inside an app)."""
        ctx = get_run_context()
        if ctx is None:
            return self.func(*args, **kwargs), []
        recorder = Recorder()
        ctx.recorders.append(recorder)
        try:
            value = self.func(*args, **kwargs)
        finally:
            ctx.recorders.remove(recorder)
        return value, recorder.draws

    def _replay(self, draws: list[Draw]) -> None:
        """A cache hit draws again what the function drew when it ran."""
        if not draws or get_run_context() is None:
            return
        try:
            replay(draws, main_dg, sidebar_dg)
        except ReplayClosureError:
            raise CacheReplayClosureError(self.kind, self.func) from None

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear every entry, or only the entry of these arguments."""
        if args or kwargs:
            self.entries.pop(self._key(args, kwargs), None)
        else:
            self.entries.clear()

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        # Decorating a method: bind like a function would.
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)


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
                  hash_funcs: dict[Any, Callable[[Any], Any]] | None, refresh_mode: str) -> Any:
        seconds = _ttl_seconds(ttl)
        if refresh_mode != "foreground":
            from wasmlit.api.cache_async import check_refresh_mode

            check_refresh_mode(refresh_mode, seconds)

        def wrap(f: Callable[..., Any]) -> CachedFunction:
            if inspect.iscoroutinefunction(f) or inspect.isasyncgenfunction(f):
                from wasmlit.api.cache_async import check_async

                check_async(f, refresh_mode)
            key = self._function_key(f)
            cached = self._functions.get(key)
            if cached is None:
                cached = CachedFunction(f, self.kind, seconds, max_entries, dict(hash_funcs or {}))
                self._functions[key] = cached
            else:
                cached.func = f  # the new run's function object (fresh globals)
            return cached

        return wrap(func) if func is not None else wrap

    def clear(self) -> None:
        for cached in self._functions.values():
            cached.clear()


class CacheDataAPI(CacheDecorator):
    """``st.cache_data``, with 1.67's parameters (an unknown one is Python's TypeError, as there)."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 max_size: Any = None, show_spinner: Any = True, show_time: bool = False, persist: Any = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        return self._decorate(func, ttl, max_entries, hash_funcs, refresh_mode)


class CacheResourceAPI(CacheDecorator):
    """``st.cache_resource``, with 1.67's parameters."""

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 show_spinner: Any = True, show_time: bool = False, validate: Any = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None, on_release: Any = None,
                 scope: str = "global", refresh_mode: str = "foreground") -> Any:
        return self._decorate(func, ttl, max_entries, hash_funcs, refresh_mode)


cache_data = CacheDataAPI("cache_data")
cache_resource = CacheResourceAPI("cache_resource")


def clear_all_caches() -> None:
    cache_data.clear()
    cache_resource.clear()
