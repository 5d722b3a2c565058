"""One function wrapped by ``st.cache_data`` or ``st.cache_resource``: its
entries, keyed by the hash of its arguments (those whose parameter name starts
with ``_`` are not hashed). ``cache_data`` stores a pickle and returns a fresh
copy on every call; ``cache_resource`` returns the very same object. What the
call drew is recorded when it runs and replayed on every hit (engine/replay.py).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wasmlit.api.delta_generator import main_dg, sidebar_dg
from wasmlit.engine.replay import Draw, Recorder, ReplayClosureError, replay
from wasmlit.engine.run_context import get_run_context


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
                from wasmlit.api.cache_errors import UnhashableParamError

                raise UnhashableParamError(self.kind, self.func, name, value) from None
        return h.hexdigest()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if inspect.iscoroutinefunction(self.func):
            from wasmlit.api.cache_async import call_async

            return call_async(self, args, kwargs)
        return self._call(self._key(args, kwargs), args, kwargs)

    def _call(self, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        found, value = self.lookup(key)
        if found:
            return value
        value, draws = self._run_recorded(args, kwargs)
        return self.store(key, value, draws)

    def lookup(self, key: str) -> tuple[bool, Any]:
        """A live entry's value (a copy, for cache_data), after drawing again what the call drew."""
        hit = self.entries.get(key)
        if hit is None or (self.ttl is not None and time.monotonic() - hit[0] >= self.ttl):
            return False, None
        self.entries.move_to_end(key)
        self._replay(hit[2])
        return True, self._value(hit[1])

    def store(self, key: str, value: Any, draws: list[Draw]) -> Any:
        """Keep a computed value (pickled, for cache_data); return what the caller gets."""
        import pickle

        stored = value
        if self.kind == "cache_data":
            try:
                stored = pickle.dumps(value)
            except Exception:
                from wasmlit.api.cache_errors import UnserializableReturnValueError

                raise UnserializableReturnValueError(self.func, value) from None
        self.entries[key] = (time.monotonic(), stored, draws)
        if self.max_entries is not None:
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
        return self._value(stored)

    # What a caller gets of a stored value: a fresh copy for cache_data, the object itself for
    # cache_resource. (A comment, not a docstring: this module is on every app's boot.)
    def _value(self, stored: Any) -> Any:
        import pickle  # on first use: importing it costs the browser's boot ~65 ms

        return pickle.loads(stored) if self.kind == "cache_data" else stored

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
            from wasmlit.api.cache_errors import CacheReplayClosureError

            raise CacheReplayClosureError(self.kind, self.func) from None

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear every entry, or only the entry of these arguments."""
        if args or kwargs:
            self.entries.pop(self._key(args, kwargs), None)
        else:
            self.clear_all()

    def clear_all(self) -> None:
        """Every entry (``st.cache_data.clear()``, the menu's Clear cache)."""
        self.entries.clear()

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        # Decorating a method: bind like a function would.
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)
