"""The dict-like states that st.dataframe selections and st.data_editor
return: read with keys or attributes, never changed in place (as in
Streamlit, where changing them would have no effect on the app)."""

from __future__ import annotations

from typing import Any

from wasmlit.elements.lib.dicttools import ReadOnlyAttributeDictionary


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


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """``{"row": int, "label": str}``: a click on a ButtonColumn, in ``st.session_state[key]`` for one run."""
