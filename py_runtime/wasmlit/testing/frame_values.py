"""A table's data as Streamlit 1.67's AppTest gives it back.

1.67's AppTest reads an element's Arrow bytes into pandas; wasmlit sends the
page its own column encoding (elements/lib/frame.py), so this module rebuilds
the DataFrame the Arrow round trip would have made: its dtypes, its index,
and the values Arrow changes on the way (structs, decimals, intervals ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


def data_frame(data: dict[str, Any]) -> Any:
    """The pandas DataFrame of a table's encoded data (what Streamlit's AppTest
    gives: it reads the element's Arrow data back into pandas)."""
    from wasmlit.elements.lib.dataframe_util import pandas
    from wasmlit.elements.lib.decode import decode_column

    pd = pandas()
    columns = data.get("columns") or []
    names = [c.get("label", c["name"]) for c in columns]
    values = {i: _categorical(pd, pd.Series(_typed(pd, c, decode_column(c)), dtype=_dtype(c)), c)
              for i, c in enumerate(columns)}
    df = pd.DataFrame(values)
    df.columns = pd.MultiIndex.from_tuples([tuple(n) for n in names]) if names and all(
        isinstance(n, list) for n in names) else names
    levels = data.get("index") or []
    if levels:
        # A nullable-integer index reads back from Arrow as floats (NaN for missing), as 1.67's AppTest gives it.
        decoded = [decode_column(level) for level in levels]
        levels = [{**level, "dtype": "float64" if None in values else str(level["dtype"]).lower()}
                  if re.fullmatch(r"U?Int(8|16|32|64)", str(level.get("dtype"))) else level
                  for level, values in zip(levels, decoded, strict=True)]
        index_values = [_typed(pd, level, values) for level, values in zip(levels, decoded, strict=True)]
        if data.get("range_index") and len(levels) == 1 and levels[0]["enc"] == "range":
            # Arrow keeps a pandas RangeIndex as start/stop/step, so Streamlit's AppTest
            # reads back RangeIndex(1, 4) or RangeIndex(0, 4, 2) (rows deleted in a data editor).
            start, step, length = levels[0]["data"]
            df.index = pd.RangeIndex(start, start + step * length, step, name=levels[0]["name"] or None)
        elif data.get("range_index") and list(index_values[0]) == list(range(len(df))) and len(levels) == 1:
            df.index = pd.RangeIndex(len(df), name=levels[0]["name"] or None)
        elif len(levels) == 1:
            df.index = pd.Index(index_values[0], name=levels[0]["name"] or None, dtype=_dtype(levels[0]))
        else:
            df.index = pd.MultiIndex.from_arrays(index_values, names=[lv["name"] or None for lv in levels])
    return df


def _categorical(pd: Any, series: Any, column: dict[str, Any]) -> Any:
    """A categorical column as Arrow's dictionary reads back: its categories and order kept."""
    if column.get("categories") is None:
        return series
    return series.astype(pd.CategoricalDtype(column["categories"], ordered=bool(column.get("ordered"))))


#: Kinds Arrow cannot hold as they are: Streamlit sends them as text, and pandas reads
#: them back as its "string" dtype (dataframe_util.fix_arrow_incompatible_column_types).
_ARROW_AS_TEXT = frozenset({"complex", "mixed", "mixed-integer", "unknown"})


def _dtype(column: dict[str, Any]) -> Any:
    kind, dtype = column["kind"], column.get("dtype")
    if kind in ("integer", "float", "boolean") and column["enc"] != "json":
        return dtype if dtype not in (None, "object") else None
    if dtype == "string" or (kind in _ARROW_AS_TEXT and dtype in ("object", "str", None)) or (
            kind == "complex"):
        return "string"  # pandas' own string dtype (missing values are <NA>), as Arrow's pandas metadata keeps it
    if kind == "period" and isinstance(dtype, str) and dtype.startswith("period["):
        return dtype
    return None


def _typed(pd: Any, column: dict[str, Any], values: list[Any]) -> Any:
    kind = column["kind"]
    if kind == "integer" and column["enc"] == "json":  # past JavaScript's safe integers: sent as text
        return [None if v is None else int(v) for v in values]
    if kind == "dict":
        return _structs(values)
    if kind == "list":  # Arrow lists read back into pandas as numpy arrays (of str objects for text)
        import numpy as np

        def cell(v: Any) -> Any:
            array = np.array(v)
            return np.array(v, dtype=object) if array.dtype.kind in "USO" else array

        return [None if v is None else cell(v) for v in values]
    if kind == "integer" and any(v is None for v in values):
        return pd.array(values, dtype="Int64") if column.get("dtype") == "Int64" else [
            float("nan") if v is None else float(v) for v in values]
    if kind == "interval" and str(column.get("dtype", "")).startswith("interval["):
        return _intervals(pd, str(column["dtype"]), values)
    if kind == "decimal":
        from decimal import Decimal

        step = Decimal(1).scaleb(-int(column.get("scale", 0)))
        exact = column.get("exact")  # the digits a float would lose (frame.py _exact_decimals)
        if exact is not None:
            return [None if v is None else Decimal(v).quantize(step) for v in exact]
        return [None if v is None or v != v else Decimal(repr(v)).quantize(step) for v in values]
    if kind == "bytes":  # Arrow's binary column reads back as bytes
        return [v.encode("utf-8") if isinstance(v, str) else v for v in values]
    if kind == "datetime":
        return pd.to_datetime(values, utc=bool(column.get("tz"))).tz_convert(column["tz"]) if column.get(
            "tz") else pd.to_datetime(values)
    return values


def _structs(values: list[Any]) -> list[Any]:
    """Dicts as Arrow's struct reads them back: every key any row has (missing ones None,
    nested dicts alike), and a field of integers with a gap as floats."""
    rows = [v for v in values if isinstance(v, dict)]
    keys = list(dict.fromkeys(k for v in rows for k in v))
    fields: dict[Any, Iterator[Any]] = {}
    for k in keys:
        column = [v.get(k) for v in rows]
        present = [c for c in column if c is not None]
        if present and all(isinstance(c, dict) for c in present):
            column = _structs(column)
        elif len(present) < len(column) and present and all(type(c) is int for c in present):
            column = [None if c is None else float(c) for c in column]
        fields[k] = iter(column)
    return [{k: next(fields[k]) for k in keys} if isinstance(v, dict) else v for v in values]


_INTERVAL = re.compile(r"^([\[(])(.*), (.*)([\])])$")
_CLOSED = {("[", "]"): "both", ("[", ")"): "left", ("(", "]"): "right", ("(", ")"): "neither"}


def _intervals(pd: Any, dtype: str, values: list[Any]) -> Any:
    """Intervals from their text ("(0, 1]"), as Arrow's interval extension type reads back."""
    subtype, closed = dtype[len("interval["):-1].rsplit(", ", 1)
    bound = pd.Timestamp if subtype.startswith("datetime64") else (int if subtype.startswith("int") else float)
    parsed = [None if v is None else _INTERVAL.match(str(v)) for v in values]
    if any(v is not None and m is None for v, m in zip(values, parsed, strict=True)):
        return values
    pairs = [None if m is None else (bound(m.group(2)), bound(m.group(3))) for m in parsed]
    return pd.arrays.IntervalArray.from_tuples(pairs, closed=closed, dtype=dtype)
