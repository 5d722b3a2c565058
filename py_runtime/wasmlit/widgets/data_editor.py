"""st.data_editor (drawn read-only for now)."""

from __future__ import annotations

from typing import Any

from wasmlit.elements.arrow import table_payload
from wasmlit.engine.cursor import Cursor


class DataEditorMixin(Cursor):
    def data_editor(self, data: Any, *args: Any, **kwargs: Any) -> Any:
        self._draw("dataframe", {**table_payload(data), "hide_index": bool(kwargs.get("hide_index"))})
        return data
