"""``st.query_params``.

``st.query_params`` is a stateless proxy to the session's store
(``engine/query_params.py``): the URL's query parameters, read at boot and
kept in the page's URL as they change. Item and attribute access read a
key's last value, ``get_all`` every value.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from wasmlit.engine.query_params import QueryParamsStore, missing_key_message
from wasmlit.engine.run_context import get_run_context

#: Outside a run (a module imported by a test), the proxy reads an empty store.
_OUTSIDE = QueryParamsStore()


def _store() -> QueryParamsStore:
    ctx = get_run_context()
    return ctx.query_params if ctx is not None else _OUTSIDE


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: the URL's query parameters of the running session."""

    def __iter__(self) -> Iterator[str]:
        return iter(_store())

    def __len__(self) -> int:
        return len(_store())

    def __contains__(self, key: object) -> bool:
        return key in _store()

    def __str__(self) -> str:
        return str(_store())

    def __repr__(self) -> str:
        return repr(_store())

    def __getitem__(self, key: str) -> str:
        return _store().get_item(key)

    def __setitem__(self, key: str, value: Any) -> None:
        _store().set_item(key, value)

    def __delitem__(self, key: str) -> None:
        _store().del_item(key)

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _store().get_item(key)
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        _store().set_item(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            _store().del_item(key)
        except KeyError:
            raise AttributeError(missing_key_message(key)) from None

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        _store().update(other, **kwds)

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (a repeated key has several); [] when absent."""
        return _store().get_all(key)

    def clear(self) -> None:
        """Remove every query parameter (but ``embed`` and ``embed_options``)."""
        _store().clear()

    def to_dict(self) -> dict[str, str]:
        """The parameters as a dict (the last value of a repeated key)."""
        return _store().to_dict()

    def from_dict(self, params: Any) -> None:
        """Replace every parameter with ``params`` (a dict, or pairs; a list value repeats its key)."""
        _store().from_dict(params)


query_params = QueryParamsProxy()
