"""Dictionaries read with attributes (``state.selection.points``), as
Streamlit's ``AttributeDictionary`` / ``ReadOnlyAttributeDictionary``."""

from __future__ import annotations

from typing import Any

_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect on the app. For widget states "
    "that support programmatic updates (e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class AttributeDictionary(dict[Any, Any]):
    """A dict whose items are attributes too; nested dicts are wrapped on access."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self.__getitem__(key)
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err
        return AttributeDictionary(item) if isinstance(item, dict) and not isinstance(item, AttributeDictionary) \
            else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ReadOnlyAttributeDictionary(AttributeDictionary):
    """An ``AttributeDictionary`` that refuses every change (a widget's state)."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __delattr__ = _refuse
    clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[Any, Any]:
        import copy

        return type(self)(copy.deepcopy(dict(self), memo))

    def __reduce__(self) -> Any:
        # Pickled and copied as the plain items (session state is copied and persisted).
        return (type(self), (dict(self),))
