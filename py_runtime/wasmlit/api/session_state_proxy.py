"""``st.session_state``: the dict-like face of the session's state store.

It reaches the session of the current run through a getter, so the same
object serves every session (as ``st.session_state`` does). AppTest's
``at.session_state`` is the same class, reading from outside the script.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from wasmlit.engine.session_state import SessionState, missing_attr_message, require_valid_user_key


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: a dict-like view with attribute access.

    It reaches the session of the current run through ``get_state``, so the
    same object serves every session (as ``st.session_state`` does)."""

    __slots__ = ("_get_state",)

    def __init__(self, get_state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_get_state", get_state)

    @property
    def _state(self) -> SessionState:
        return self._get_state()

    # -- what differs between the script's view and a test's ----------------

    def _check_key(self, key: str) -> None:
        require_valid_user_key(key)

    def _write(self, key: str, value: Any) -> None:
        """A write by the script (or a callback): the forbidden-write rules apply."""
        self._state.set_item(key, value)

    def _missing_attribute(self, key: str) -> AttributeError:
        return AttributeError(missing_attr_message(key))

    # -- the dict API ---------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        self._check_key(str(key))
        return self._state.get_item(str(key))

    def __setitem__(self, key: str, value: Any) -> None:
        self._check_key(str(key))
        self._write(str(key), value)

    def __delitem__(self, key: str) -> None:
        self._check_key(str(key))
        self._state.del_item(str(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._state.has(key)

    def __iter__(self) -> Iterator[str]:
        # A snapshot, so that deleting while iterating keys() works.
        return iter(self._state.user_visible_keys())

    def __len__(self) -> int:
        return len(self._state.user_visible_keys())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._state.get_item(key)
        except KeyError:
            raise self._missing_attribute(key) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._write(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            self._state.del_item(key)
        except KeyError:
            raise self._missing_attribute(key) from None

    def keys(self) -> list[str]:  # type: ignore[override]
        return self._state.user_visible_keys()

    def values(self) -> list[Any]:  # type: ignore[override]
        return list(self._state.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return list(self._state.to_dict().items())

    def clear(self) -> None:
        self._state.clear()

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self._state.to_dict())

    def __str__(self) -> str:
        return str(self._state.to_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SessionStateProxy):
            return self.to_dict() == other.to_dict()
        return self.to_dict() == other
