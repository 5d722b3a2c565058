"""Tabular data: st.dataframe and st.table.

The data travels as column names and rows of display strings, so pandas is
optional: dicts, lists of dicts, lists of rows and numpy arrays work too."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor

MAX_ROWS = 10_000

def _cell(v: Any) -> str:
    return "" if v is None else str(v)

def table_payload(data: Any) -> dict[str, Any]:
    """Column names, index labels and rows of strings for any table-like value."""
    if data is None:
        return {"columns": [], "index": [], "rows": []}
    if hasattr(data, "to_dict") and hasattr(data, "columns"):  # pandas DataFrame
        split = data.to_dict(orient="split")
        return {"columns": [_cell(c) for c in split["columns"]], "index": [_cell(i) for i in split["index"]][:MAX_ROWS],
                "rows": [[_cell(v) for v in row] for row in split["data"][:MAX_ROWS]]}
    if hasattr(data, "to_frame") and hasattr(data, "name"):  # pandas Series
        return table_payload(data.to_frame())
    if hasattr(data, "tolist") and hasattr(data, "ndim"):  # numpy
        data = data.tolist()
    if isinstance(data, dict):
        columns = list(data.keys())
        values = [v if isinstance(v, (list, tuple)) else [v] for v in data.values()]
        height = max((len(v) for v in values), default=0)
        rows = [[_cell(col[i]) if i < len(col) else "" for col in values] for i in range(min(height, MAX_ROWS))]
        return {"columns": [_cell(c) for c in columns], "index": [str(i) for i in range(len(rows))], "rows": rows}
    rows_in = list(data)[:MAX_ROWS]
    if rows_in and all(isinstance(r, dict) for r in rows_in):
        columns = list(dict.fromkeys(k for r in rows_in for k in r))
        rows = [[_cell(r.get(c)) for c in columns] for r in rows_in]
    elif rows_in and all(isinstance(r, (list, tuple)) for r in rows_in):
        width = max(len(r) for r in rows_in)
        columns = list(range(width))
        rows = [[_cell(r[i]) if i < len(r) else "" for i in range(width)] for r in rows_in]
    else:
        columns = [0]
        rows = [[_cell(r)] for r in rows_in]
    return {"columns": [_cell(c) for c in columns], "index": [str(i) for i in range(len(rows))], "rows": rows}


class ArrowMixin(Cursor):
    def dataframe(self, data: Any = None, width: Any = "stretch", height: Any = "auto", *,
                  use_container_width: Any = None, hide_index: bool | None = None, column_order: Any = None,
                  column_config: Any = None, key: Any = None, on_select: Any = "ignore",
                  selection_mode: Any = "multi-row", row_height: Any = None, placeholder: Any = None) -> Self:
        return self._draw("dataframe", {**table_payload(data), "hide_index": bool(hide_index)})

    def table(self, data: Any = None, *, border: Any = True, width: Any = "stretch", height: Any = "content",
              hide_index: bool | None = None, hide_header: bool | None = None, alt: str | None = None) -> Self:
        return self._draw("table", {**table_payload(data), "hide_index": bool(hide_index)})
