"""``st.query_params``' store: the URL's query parameters, one per session.

Values are strings or lists of strings (a repeated key). Reading a key gives
its last value; ``get_all`` gives every value. ``embed`` and ``embed_options``
stay in the URL but are hidden from the app and cannot be set, as in
Streamlit. Every change calls ``on_change`` with the new query string, which
the session turns into a ``url`` message (the page writes it with
``history.replaceState``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from wasmlit.errors import StreamlitAPIException

EMBED_KEYS = ("embed", "embed_options")


def missing_key_message(key: str) -> str:
    return f'st.query_params has no key "{key}". Did you forget to initialize it?'


class QueryParamsStore:
    """The query parameters of one session."""

    def __init__(self, on_change: Callable[[str], None] | None = None) -> None:
        self._params: dict[str, list[str] | str] = {}
        self.on_change = on_change
        #: Keys bound to widgets (``bind="query-params"``): only their widget writes them.
        self.bound: set[str] = set()

    def _check_unbound(self, key: str, action: str) -> None:
        if key in self.bound:
            raise StreamlitAPIException(
                f"Cannot directly {action} query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead.")

    def write_bound(self, key: str, values: list[str] | None) -> None:
        """A bound widget's value in the URL (None: its default, so no parameter)."""
        if values is None:
            if key not in self._params:
                return
            del self._params[key]
        else:
            value: list[str] | str = values if len(values) != 1 else values[0]
            if self._params.get(key) == value:
                return
            self._params[key] = value
        self._changed()

    # -- the URL side ---------------------------------------------------------

    def load(self, query: str) -> None:
        """Take the page's query string (at boot, or after a navigation): no message back."""
        params: dict[str, list[str] | str] = {}
        if not query.lstrip("?"):
            self._params = params
            return
        from urllib.parse import parse_qsl  # with ipaddress, ~0.1 s of the browser's boot: only when there is a query

        for key, value in parse_qsl(query.lstrip("?"), keep_blank_values=True):
            old = params.get(key)
            if old is None:
                params[key] = value
            else:
                params[key] = [*(old if isinstance(old, list) else [old]), value]
        self._params = params

    def query_string(self) -> str:
        if not self._params:
            return ""
        from urllib.parse import urlencode

        return urlencode(self._params, doseq=True)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.query_string())

    # -- the dict the app sees ------------------------------------------------

    def keys(self) -> list[str]:
        return [k for k in self._params if k not in EMBED_KEYS]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def __contains__(self, key: object) -> bool:
        return key in self._params and key not in EMBED_KEYS

    def get_item(self, key: str) -> str:
        if key in EMBED_KEYS or key not in self._params:
            raise KeyError(missing_key_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def get_all(self, key: str) -> list[str]:
        if key in EMBED_KEYS or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def _set(self, key: str, value: Any) -> None:
        if isinstance(value, dict):
            raise StreamlitAPIException(f"You cannot set a query params key `{key}` to a dictionary.")
        if key in EMBED_KEYS:
            raise StreamlitAPIException(
                "Query param embed and embed_options (case-insensitive) cannot be set programmatically.")
        if isinstance(value, Iterable) and not isinstance(value, str):
            self._params[key] = [str(item) for item in value]
        else:
            self._params[key] = str(value)

    def set_item(self, key: str, value: Any) -> None:
        self._check_unbound(key, "set")
        self._set(key, value)
        self._changed()

    def del_item(self, key: str) -> None:
        if key in EMBED_KEYS or key not in self._params:
            raise KeyError(missing_key_message(key))
        self._check_unbound(key, "delete")
        del self._params[key]
        self._changed()

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        pairs = list(other.items() if isinstance(other, Mapping) else other)
        for key in [k for k, _ in pairs] + list(kwds):
            self._check_unbound(key, "set")
        for key, value in pairs:
            self._set(key, value)
        for key, value in kwds.items():
            self._set(key, value)
        self._changed()

    def clear(self, *, notify: bool = True) -> None:
        """Remove every parameter but the embed ones."""
        bound = [k for k in self._params if k in self.bound]
        if notify and bound:
            raise StreamlitAPIException(
                f"Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. Modify the widget values instead, or remove the bind parameter.")
        self._params = {k: v for k, v in self._params.items() if k in EMBED_KEYS}
        if notify:
            self._changed()

    def to_dict(self) -> dict[str, str]:
        return {key: self.get_item(key) for key in self.keys()}

    def from_dict(self, params: Any) -> None:
        old = dict(self._params)
        self.clear(notify=False)
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    def snapshot(self) -> dict[str, list[str] | str]:
        """Every parameter, embed ones included (AppTest's ``at.query_params``)."""
        return {k: list(v) if isinstance(v, list) else v for k, v in self._params.items()}

    def __repr__(self) -> str:
        return repr(self._params)
