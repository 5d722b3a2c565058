"""The formats table data comes in, and a ``Frame`` from (and back to) each.

As in Streamlit, every format becomes the same table: a list of scalars is
one column named ``value``, a list of rows has columns 0, 1, 2 ..., a dict of
scalars is indexed by its keys, and so on (``determine_data_format`` and
``to_frame`` follow ``streamlit.dataframe_util``). Unlike Streamlit, plain
Python data never goes through pandas: an app that draws a list of dicts in
the browser does not download pandas. pandas objects (and pyarrow and polars
ones, through pandas) take the pandas path; numpy arrays need only numpy.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections import ChainMap, UserDict, deque
from collections.abc import ItemsView, Iterable, Mapping
from enum import Enum, EnumMeta
from types import MappingProxyType
from typing import Any

from wasmlit.elements.lib.frame import Frame, FrameColumn, first_zone, infer_kind, is_missing
from wasmlit.errors import StreamlitAPIException

#: Streamlit's DataFormat names (the ones wasmlit tells apart).
EMPTY = "empty"
UNKNOWN = "unknown"
PANDAS_DATAFRAME = "pandas_dataframe"
PANDAS_SERIES = "pandas_series"
PANDAS_INDEX = "pandas_index"
PANDAS_STYLER = "pandas_styler"
PANDAS_ARRAY = "pandas_array"
NUMPY_LIST = "numpy_list"
NUMPY_MATRIX = "numpy_matrix"
PYARROW_TABLE = "pyarrow_table"
PYARROW_ARRAY = "pyarrow_array"
POLARS_DATAFRAME = "polars_dataframe"
POLARS_SERIES = "polars_series"
LIST_OF_VALUES = "list_of_values"
TUPLE_OF_VALUES = "tuple_of_values"
SET_OF_VALUES = "set_of_values"
LIST_OF_ROWS = "list_of_rows"
LIST_OF_RECORDS = "list_of_records"
KEY_VALUE_DICT = "key_value_dict"
COLUMN_VALUE_MAPPING = "column_value_mapping"
COLUMN_INDEX_MAPPING = "column_index_mapping"
COLUMN_SERIES_MAPPING = "column_series_mapping"

#: Streamlit's own enum of those names, for code that imports it
#: (``from streamlit.dataframe_util import DataFormat``).
DataFormat = Enum("DataFormat", [
    "UNKNOWN", "EMPTY", "COLUMN_INDEX_MAPPING", "COLUMN_SERIES_MAPPING", "COLUMN_VALUE_MAPPING", "DASK_OBJECT",
    "DBAPI_CURSOR", "DUCKDB_RELATION", "KEY_VALUE_DICT", "LIST_OF_RECORDS", "LIST_OF_ROWS", "LIST_OF_VALUES",
    "MODIN_OBJECT", "NUMPY_LIST", "NUMPY_MATRIX", "PANDAS_ARRAY", "PANDAS_DATAFRAME", "PANDAS_INDEX", "PANDAS_SERIES",
    "PANDAS_STYLER", "POLARS_DATAFRAME", "POLARS_LAZYFRAME", "POLARS_SERIES", "PYARROW_ARRAY", "PYARROW_TABLE",
    "PYSPARK_OBJECT", "SET_OF_VALUES", "SNOWPANDAS_OBJECT", "SNOWPARK_OBJECT", "TUPLE_OF_VALUES", "XARRAY_DATASET",
    "XARRAY_DATA_ARRAY"])

#: Formats whose index Streamlit hides (``apply_data_specific_configs``).
INDEX_HIDDEN_FORMATS = frozenset({
    SET_OF_VALUES, TUPLE_OF_VALUES, LIST_OF_VALUES, NUMPY_LIST, NUMPY_MATRIX, LIST_OF_RECORDS, LIST_OF_ROWS,
    COLUMN_VALUE_MAPPING, PANDAS_ARRAY, PANDAS_INDEX, POLARS_DATAFRAME, POLARS_SERIES, PYARROW_ARRAY,
})
#: Formats whose header st.table hides unless told otherwise.
HEADER_HIDDEN_FORMATS = frozenset({
    KEY_VALUE_DICT, LIST_OF_ROWS, LIST_OF_VALUES, NUMPY_LIST, NUMPY_MATRIX, SET_OF_VALUES, TUPLE_OF_VALUES,
    PANDAS_ARRAY, PYARROW_ARRAY,
})


def _module(obj: Any) -> str:
    return type(obj).__module__ or ""


def pandas() -> Any:
    """pandas, imported only when the data is a pandas object (or AppTest asks)."""
    return importlib.import_module("pandas")


def is_pandas_styler(obj: Any) -> bool:
    return _module(obj).startswith("pandas.io.formats.style") and hasattr(obj, "data")


def _is_list_of_scalars(items: Iterable[Any]) -> bool:
    return all(is_missing(v) or not isinstance(v, (list, tuple, set, frozenset, dict, Mapping)) for v in items)


def _as_key_value_dict(data: Any) -> dict[Any, Any] | None:
    if isinstance(data, (ChainMap, UserDict, MappingProxyType)):
        return dict(data)
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.asdict(data)
    if isinstance(data, tuple) and hasattr(data, "_asdict"):
        return dict(data._asdict())
    to_dict = getattr(data, "to_dict", None)
    if callable(to_dict) and not _module(data).startswith(("pandas", "polars", "pyarrow", "numpy")):
        result = to_dict()
        return dict(result) if isinstance(result, Mapping) else None
    return None


def determine_data_format(data: Any) -> str:
    """Streamlit's name for the shape of ``data``."""
    module = _module(data)
    if data is None:
        return EMPTY
    if module.startswith("pandas"):
        if is_pandas_styler(data):
            return PANDAS_STYLER
        kind = type(data).__name__
        if kind == "DataFrame":
            return PANDAS_DATAFRAME
        if kind == "Series":
            return PANDAS_SERIES
        if kind.endswith("Index"):
            return PANDAS_INDEX
        return PANDAS_ARRAY
    if module == "numpy" and hasattr(data, "ndim"):
        return NUMPY_LIST if data.ndim == 1 else NUMPY_MATRIX
    if module.startswith("pyarrow"):
        return PYARROW_TABLE if hasattr(data, "column_names") else PYARROW_ARRAY
    if module.startswith("polars"):
        return POLARS_SERIES if type(data).__name__ == "Series" else POLARS_DATAFRAME
    if _as_key_value_dict(data) is not None:
        return KEY_VALUE_DICT
    if isinstance(data, (ItemsView, enumerate)):
        return LIST_OF_ROWS
    if isinstance(data, (list, tuple, set, frozenset)):
        if _is_list_of_scalars(data):
            if isinstance(data, tuple):
                return TUPLE_OF_VALUES
            if isinstance(data, (set, frozenset)):
                return SET_OF_VALUES
            return LIST_OF_VALUES
        first = next(iter(data))
        if isinstance(first, Mapping):
            return LIST_OF_RECORDS
        if isinstance(first, (list, tuple, set, frozenset)):
            return LIST_OF_ROWS
        return UNKNOWN
    if isinstance(data, Mapping):
        if not data:
            return KEY_VALUE_DICT
        first = next(iter(data.values()))
        if isinstance(first, Mapping):
            return COLUMN_INDEX_MAPPING
        if isinstance(first, (list, tuple)):
            return COLUMN_VALUE_MAPPING
        if _module(first).startswith("pandas"):
            return COLUMN_SERIES_MAPPING
        return KEY_VALUE_DICT
    if isinstance(data, (deque, map, EnumMeta)) or inspect.isgenerator(data) or _module(data) == "array":
        return LIST_OF_VALUES
    return UNKNOWN


# ---------------------------------------------------------------------------
# Any data -> Frame.
# ---------------------------------------------------------------------------


def to_frame(data: Any) -> Frame:
    """The table Streamlit would draw for ``data``."""
    fmt = determine_data_format(data)
    module = _module(data)
    if fmt == EMPTY:
        return Frame([], [], 0, True, fmt)
    if module.startswith("pandas") or fmt == COLUMN_SERIES_MAPPING:
        frame = frame_from_pandas(pandas_frame(data))
    elif fmt in (NUMPY_LIST, NUMPY_MATRIX):
        frame = _from_numpy(data)
    elif module.startswith(("pyarrow", "polars")) or callable(getattr(data, "to_pandas", None)):
        frame = frame_from_pandas(pandas_frame(data))
    else:
        frame = _from_python(data, fmt)
    frame.data_format = fmt
    if fmt == PANDAS_STYLER:
        from wasmlit.elements.lib.styler import styler_payload

        frame.styler = styler_payload(data)
    return frame


def pandas_frame(data: Any) -> Any:
    """``data`` as a pandas DataFrame (pandas, pyarrow and polars objects)."""
    pd = pandas()
    if is_pandas_styler(data):
        return data.data
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, (pd.Series, pd.Index)) or _module(data).startswith("pandas"):
        return pd.DataFrame(data)
    if isinstance(data, Mapping):
        return pd.DataFrame(data)
    if callable(getattr(data, "to_pandas", None)):
        out = data.to_pandas()
        return out.to_frame() if isinstance(out, pd.Series) else pd.DataFrame(out)
    return pd.DataFrame(data)


def _pandas_column(label: Any, col: Any) -> FrameColumn:
    pd = pandas()
    np = importlib.import_module("numpy")
    dtype = col.dtype
    name = str(dtype)
    if isinstance(dtype, pd.CategoricalDtype):
        values = col.astype(object).tolist()
        categories = dtype.categories.tolist()
        # Arrow keeps the categories (as a dictionary), so Streamlit's AppTest reads the
        # column back as this same categorical; plain-valued categories travel along for that.
        plain = all(isinstance(c, (str, int, float, bool)) for c in categories)
        return FrameColumn(label, infer_kind(values), values, name, categories=categories if plain else None,
                           ordered=bool(dtype.ordered))
    kind_char = getattr(dtype, "kind", "O")
    if pd.api.types.is_bool_dtype(dtype):
        if col.hasnans if hasattr(col, "hasnans") else False:
            return FrameColumn(label, "boolean", col.astype(object).tolist(), name)
        return FrameColumn(label, "boolean", col.to_numpy(dtype=bool), name)
    if pd.api.types.is_integer_dtype(dtype):
        if col.hasnans:
            return FrameColumn(label, "integer", col.to_numpy(dtype="float64", na_value=np.nan), name)
        return FrameColumn(label, "integer", col.to_numpy(), name)
    if pd.api.types.is_float_dtype(dtype):
        return FrameColumn(label, "float", col.to_numpy(dtype="float64", na_value=np.nan), name)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        tz = getattr(dtype, "tz", None)
        if tz is not None:
            series = pd.Series(col)
            values = series.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
            return FrameColumn(label, "datetime", values, name, str(tz))
        return FrameColumn(label, "datetime", col.to_numpy(), name)
    if pd.api.types.is_timedelta64_dtype(dtype):
        return FrameColumn(label, "timedelta", col.to_numpy(), name)
    if kind_char in "c" or isinstance(dtype, (pd.PeriodDtype, pd.IntervalDtype)):
        kind = "complex" if kind_char == "c" else ("period" if isinstance(dtype, pd.PeriodDtype) else "interval")
        return FrameColumn(label, kind, [None if is_missing(v) else str(v) for v in col.tolist()], name)
    values = col.tolist()
    kind = "string" if pd.api.types.is_string_dtype(dtype) and kind_char != "O" else infer_kind(values)
    return FrameColumn(label, kind, values, name, first_zone(values) if kind == "datetime" else None)


def frame_from_pandas(df: Any) -> Frame:
    """A Frame of a pandas DataFrame: its columns, and its index as levels."""
    pd = pandas()
    for label, dtype in zip(df.columns, df.dtypes, strict=True):
        if isinstance(dtype, pd.SparseDtype):  # Arrow refuses it, and 1.67 shows Arrow's error
            name = str(tuple(map(str, label))) if isinstance(label, tuple) else str(label)
            raise TypeError(f"Sparse pandas data (column {name}) not supported.")
    columns = [_pandas_column(label, df.iloc[:, i]) for i, label in enumerate(df.columns)]
    index = df.index
    levels = [index.get_level_values(i) for i in range(index.nlevels)]
    names = list(index.names)
    if isinstance(index, pd.RangeIndex):
        index_columns = [FrameColumn(index.name, "integer", range(index.start, index.stop, index.step), "int64")]
    else:
        index_columns = [_pandas_column(names[i], levels[i]) for i in range(len(levels))]
    return Frame(columns, index_columns, len(df), isinstance(index, pd.RangeIndex))


def _numpy_kind(array: Any) -> str:
    char = array.dtype.kind
    return {"b": "boolean", "i": "integer", "u": "integer", "f": "float", "M": "datetime", "m": "timedelta",
            "U": "string", "S": "bytes", "c": "complex"}.get(char, "")


def _numpy_column(label: Any, array: Any) -> FrameColumn:
    kind = _numpy_kind(array)
    if kind in ("string", "bytes", "complex", ""):
        values = array.tolist()
        return FrameColumn(label, kind if kind in ("string",) else infer_kind(values), values, str(array.dtype))
    np = importlib.import_module("numpy")
    return FrameColumn(label, kind, np.ascontiguousarray(array), str(array.dtype))


def _range_index(n: int) -> list[FrameColumn]:
    return [FrameColumn(None, "integer", range(n), "int64")]


def _from_numpy(array: Any) -> Frame:
    if array.ndim == 0:
        return Frame([], [], 0)
    if array.ndim == 1:
        return Frame([_numpy_column("value", array)], _range_index(len(array)), len(array))
    if array.ndim > 2:
        raise StreamlitAPIException(f"Unable to convert a {array.ndim}-dimensional numpy array to a table: "
                                    "pass a one- or two-dimensional array.")
    width = array.shape[1]
    columns = [_numpy_column(j, array[:, j]) for j in range(width)]
    if width == 1:
        columns[0].label = "value"
    return Frame(columns, _range_index(array.shape[0]), array.shape[0])


def _column(label: Any, values: list[Any]) -> FrameColumn:
    kind = infer_kind(values)
    return FrameColumn(label, kind, values, "object", first_zone(values) if kind == "datetime" else None)


def _rows_frame(rows: list[list[Any]], index: list[Any] | None = None) -> Frame:
    width = max((len(r) for r in rows), default=0)
    columns = [_column(j, [r[j] if j < len(r) else None for r in rows]) for j in range(width)]
    if width == 1:
        columns[0].label = "value"
    if index is None:
        return Frame(columns, _range_index(len(rows)), len(rows))
    return Frame(columns, [_column(None, index)], len(rows), False)


def _from_python(data: Any, fmt: str) -> Frame:
    as_dict = _as_key_value_dict(data)
    if as_dict is not None:
        data = as_dict
    if fmt == KEY_VALUE_DICT:
        keys = list(data.keys())
        if not keys:  # as pandas makes it: no columns at all
            return Frame([], _range_index(0), 0)
        return Frame([_column("value", list(data.values()))], [_column(None, keys)], len(keys), False)
    if fmt == COLUMN_VALUE_MAPPING:
        lengths = {len(v) if isinstance(v, (list, tuple)) else -1 for v in data.values()}
        if len(lengths) != 1 or -1 in lengths:  # pandas falls back to one row per key
            return _rows_frame([list(v) if isinstance(v, (list, tuple)) else [v] for v in data.values()],
                               list(data.keys()))
        n = lengths.pop()
        if n == 0:  # empty columns read back from Arrow as floats (1.67's AppTest)
            return Frame([FrameColumn(k, "float", [], "float64") for k in data], _range_index(0), 0)
        return Frame([_column(k, list(v)) for k, v in data.items()], _range_index(n), n)
    if fmt == COLUMN_INDEX_MAPPING:
        index = list(dict.fromkeys(i for inner in data.values() for i in inner))
        columns = [_column(k, [inner.get(i) for i in index]) for k, inner in data.items()]
        return Frame(columns, [_column(None, index)], len(index), False)
    if fmt == LIST_OF_RECORDS:
        records = [dict(r) for r in data]
        labels = list(dict.fromkeys(k for r in records for k in r))
        return Frame([_column(k, [r.get(k) for r in records]) for k in labels], _range_index(len(records)),
                     len(records))
    if fmt == LIST_OF_ROWS:
        return _rows_frame([list(r) for r in data])
    if fmt in (LIST_OF_VALUES, TUPLE_OF_VALUES, SET_OF_VALUES):
        members: Iterable[Any] = data
        values: list[Any] = [getattr(m, "value", m) for m in members] if isinstance(data, EnumMeta) else list(data)
        if not values:
            return Frame([], _range_index(0), 0)
        if not _is_list_of_scalars(values):
            return _from_python(values, determine_data_format(values))
        return Frame([_column("value", values)], _range_index(len(values)), len(values))
    raise StreamlitAPIException(
        f"Unable to convert object of type `{type(data).__name__}` to a table. "
        "Pass a pandas DataFrame, a dict, a list (of values, rows or dicts) or a numpy array."
    )


# ---------------------------------------------------------------------------
# Frame -> the format the data came in (st.data_editor's return value).
# ---------------------------------------------------------------------------


def frame_to_format(frame: Frame, fmt: str) -> Any:
    """Plain Python data of ``frame``, in the shape ``fmt`` names."""
    columns = [c.python_values() for c in frame.columns]
    labels = [c.label for c in frame.columns]
    index = frame.index[0].python_values() if frame.index else list(range(frame.num_rows))
    rows = [[col[i] for col in columns] for i in range(frame.num_rows)]
    if fmt == LIST_OF_RECORDS:
        return [dict(zip(labels, row, strict=True)) for row in rows]
    if fmt == LIST_OF_ROWS:
        return rows
    if fmt == COLUMN_VALUE_MAPPING:
        return dict(zip(labels, columns, strict=True))
    if fmt == COLUMN_INDEX_MAPPING:
        return {label: dict(zip(index, col, strict=True)) for label, col in zip(labels, columns, strict=True)}
    if fmt == KEY_VALUE_DICT:
        return dict(zip(index, columns[0], strict=True)) if columns else {}
    if fmt in (LIST_OF_VALUES, TUPLE_OF_VALUES, SET_OF_VALUES):
        if len(columns) > 1:
            raise StreamlitAPIException(f"DataFrame is expected to have a single column but has {len(columns)}.")
        values = columns[0] if columns else []
        return tuple(values) if fmt == TUPLE_OF_VALUES else set(values) if fmt == SET_OF_VALUES else values
    if fmt in (NUMPY_LIST, NUMPY_MATRIX):
        np = importlib.import_module("numpy")
        if not columns:
            return np.ndarray(0)
        return np.array(columns[0]) if fmt == NUMPY_LIST else np.array(rows)
    return rows
