"""st.data_editor's edit state applied to its data, as Streamlit applies it.

The state is ``{"edited_rows": {row: {column: value}}, "added_rows": [{column:
value}], "deleted_rows": [row]}``; rows are positions in the data as given.
Values come from the page as JSON (numbers, text, booleans, lists, ISO
dates) and are parsed by the column's data kind; a value that cannot be
parsed leaves the cell empty, and a row that cannot be added is skipped, as
in Streamlit (which logs a warning).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from wasmlit.elements.lib.column_config_utils import INDEX_IDENTIFIER
from wasmlit.elements.lib.frame import Frame, FrameColumn, infer_kind

_LOGGER = logging.getLogger("wasmlit.data_editor")
Schema = dict[str, str]


def _parse_iso(value: Any) -> dt.datetime | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=value)
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.combine(dt.date(1970, 1, 1), dt.time.fromisoformat(text))


def parse_value(value: Any, kind: str) -> Any:
    """A value from the page as the column's kind holds it (None if it cannot be)."""
    if value is None:
        return None
    try:
        if kind == "timedelta" and isinstance(value, (int, float)):
            if not math.isfinite(value):
                raise ValueError("Duration seconds must be finite.")
            return dt.timedelta(seconds=value)
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind == "empty":
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return Decimal(str(value))
        if kind in ("datetime", "date", "time"):
            moment = _parse_iso(value)
            if moment is None:
                return None
            return moment if kind == "datetime" else moment.date() if kind == "date" else moment.time()
    except (ValueError, TypeError, OverflowError, ArithmeticError) as err:
        _LOGGER.warning("Failed to parse value %r as %s: %s", value, kind, err)
        return None
    return value


def schema_of(frame: Frame) -> Schema:
    """``{"_index": kind, column name: kind}``."""
    schema = {INDEX_IDENTIFIER: frame.index[0].kind if frame.index else "integer"}
    for column in frame.columns:
        schema[column.name] = column.kind
    return schema


def apply_to_frame(frame: Frame, state: Mapping[str, Any]) -> Frame:
    """The edits applied to plain data (lists): a new Frame."""
    names = [c.name for c in frame.columns]
    schema = schema_of(frame)
    columns = [c.python_values() for c in frame.columns]
    index = frame.index[0].python_values() if frame.index else list(range(frame.num_rows))
    for row, changes in (state.get("edited_rows") or {}).items():
        row = int(row)
        if not 0 <= row < len(index):
            continue
        for name, value in changes.items():
            if name == INDEX_IDENTIFIER:
                index[row] = parse_value(value, schema[INDEX_IDENTIFIER])
            elif name in names:
                columns[names.index(name)][row] = parse_value(value, schema[name])
    deleted = sorted({int(r) for r in state.get("deleted_rows") or [] if 0 <= int(r) < len(index)}, reverse=True)
    for row in deleted:
        del index[row]
        for col in columns:
            del col[row]
    next_label = (max(index) + 1 if index else 0) if frame.range_index or all(
        isinstance(i, int) and not isinstance(i, bool) for i in index) else None
    for added in state.get("added_rows") or []:
        label = added.get(INDEX_IDENTIFIER)
        if label is not None and not frame.range_index:
            label = parse_value(label, schema[INDEX_IDENTIFIER])
            if label in index:
                _LOGGER.warning("Cannot add row because its index value already exists. Row addition skipped.")
                continue
        elif next_label is not None:
            label, next_label = next_label, next_label + 1
        else:
            _LOGGER.warning("Cannot add a row without an index value. Row addition skipped.")
            continue
        index.append(label)
        for j, name in enumerate(names):
            columns[j].append(parse_value(added.get(name), schema[name]))
    new_columns = [FrameColumn(c.label, c.kind if c.kind != "empty" else infer_kind(values), values, c.dtype, c.tz)
                   for c, values in zip(frame.columns, columns, strict=True)]
    level = frame.index[0] if frame.index else FrameColumn(None, "integer", [], "int64")
    return Frame(new_columns, [FrameColumn(level.label, level.kind, index, level.dtype)], len(index),
                 frame.range_index, frame.data_format)


def _pandas_parse(value: Any, kind: str) -> Any:
    import importlib

    pd: Any = importlib.import_module("pandas")
    if value is None:
        return None
    try:
        if kind == "timedelta":
            return pd.Timedelta(value, unit="s") if isinstance(value, (int, float)) else pd.Timedelta(value)
        if kind in ("datetime", "date", "time"):
            moment = pd.Timestamp(value)
            if pd.isna(moment):
                return None
            return moment if kind == "datetime" else moment.date() if kind == "date" else moment.time()
    except (ValueError, TypeError, OverflowError) as err:
        _LOGGER.warning("Failed to parse value %r as %s: %s", value, kind, err)
        return None
    return parse_value(value, kind)


def apply_to_pandas(df: Any, state: Mapping[str, Any], schema: Schema) -> Any:
    """The edits applied to a pandas DataFrame (changed in place where Streamlit
    changes it; deletions and additions return a new one)."""
    import importlib
    import warnings

    pd: Any = importlib.import_module("pandas")
    for row, changes in (state.get("edited_rows") or {}).items():
        row = int(row)
        for name, value in changes.items():
            try:
                if name == INDEX_IDENTIFIER:
                    df.index = df.index.delete(row).insert(row, _pandas_parse(value, schema[INDEX_IDENTIFIER]))
                else:
                    df.iat[row, df.columns.get_loc(name)] = _pandas_parse(value, schema[name])
            except (TypeError, ValueError, OverflowError, KeyError, IndexError) as err:
                _LOGGER.warning("Failed to apply edit %r to row %s, column %s: %s", value, row, name, err)
    deleted = state.get("deleted_rows") or []
    if deleted:
        df = df.drop(df.index[list(deleted)])
    added_rows = state.get("added_rows") or []
    if not added_rows:
        return df
    stop: Any = None
    step: Any = None
    index_type = "other"
    if isinstance(df.index, pd.RangeIndex):
        index_type, stop, step = "range", df.index.stop, df.index.step
    elif pd.api.types.is_integer_dtype(df.index.dtype):
        index_type, stop, step = "integer", (0 if df.index.empty else df.index.max() + 1), 1
    for added in added_rows:
        label = None
        values: list[Any] = [None] * df.shape[1]
        for name, value in added.items():
            if name == INDEX_IDENTIFIER:
                label = _pandas_parse(value, schema[INDEX_IDENTIFIER])
            elif name in df.columns:
                values[df.columns.get_loc(name)] = _pandas_parse(value, schema.get(name, "unknown"))
        if label is not None and index_type != "range":
            if label in df.index:
                continue
        elif stop is not None:
            label, stop = stop, stop + step
        else:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                df.loc[label] = dict(zip(df.columns, values, strict=True))
        except (TypeError, ValueError, OverflowError) as err:
            _LOGGER.warning("Failed to add row: %s", err)
    return df
