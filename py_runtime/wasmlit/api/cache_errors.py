"""The errors st.cache_data and st.cache_resource raise, with 1.67's wording and
module name. Imported where one is raised (the runtime's lazy part): their long
messages stay off every app's boot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.errors import StreamlitAPIException

_CACHE_ERRORS = "streamlit.runtime.caching.cache_errors"


def _qualified(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


class UnhashableParamError(StreamlitAPIException):
    """An argument the cache key cannot hash."""

    def __init__(self, kind: str, func: Callable[..., Any], name: str | None, value: Any) -> None:
        arg = name or "(unnamed)"
        super().__init__(
            f"Cannot hash argument '{arg}' (of type `{_qualified(value)}`) in '{func.__name__}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{kind}\ndef {func.__name__}(_{arg}, ...):\n    ...\n```"
        )


class UnserializableReturnValueError(StreamlitAPIException):
    """A st.cache_data result pickle cannot store."""

    def __init__(self, func: Callable[..., Any], value: Any) -> None:
        super().__init__(
            f"Cannot serialize the return value (of type {_qualified(value)}) "
            f"in {func.__name__}(). `st.cache_data` uses pickle to serialize the function's return "
            "value and safely store it in the cache without mutating the original object. Please convert "
            "the return value to a pickle-serializable type. If you want to cache unserializable objects "
            "such as database connections or Tensorflow sessions, use `st.cache_resource` instead."
        )


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
