"""The dict-like states that st.dataframe selections and st.data_editor
return: read with keys or attributes, never changed in place (as in
Streamlit, where changing them would have no effect on the app)."""

from __future__ import annotations

from typing import Any, NoReturn

_READ_ONLY_ERROR_MSG = (
    "Widget state is read-only because modifying nested values has no effect on the app. For widget states "
    "that support programmatic updates (e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDictionary(dict[Any, Any]):
    """A dict whose items are also attributes, and that refuses changes."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(_READ_ONLY_ERROR_MSG)

    __setattr__ = _refuse
    __setitem__ = _refuse
    __delitem__ = _refuse
    __ior__ = _refuse
    clear = _refuse
    pop = _refuse
    popitem = _refuse
    setdefault = _refuse
    update = _refuse

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[Any, Any]:
        import copy

        return type(self)(copy.deepcopy(dict(self), memo))

    def __reduce__(self) -> Any:
        return (type(self), (dict(self),))


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``{"rows": [...], "columns": [...], "cells": [...]}``."""


class DataframeState(ReadOnlyAttributeDictionary):
    """``{"selection": DataframeSelectionState}``: what st.dataframe returns with ``on_select``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict) and not isinstance(item, DataframeSelectionState):
            item = DataframeSelectionState(item)
            dict.__setitem__(self, key, item)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and not isinstance(
            item, ReadOnlyAttributeDictionary) else item


class DataEditorState(ReadOnlyAttributeDictionary):
    """``{"edited_rows": {...}, "added_rows": [...], "deleted_rows": [...]}``: st.data_editor's state."""
