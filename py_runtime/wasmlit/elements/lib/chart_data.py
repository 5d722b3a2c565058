"""Chart data as plain columns, with or without pandas.

Streamlit turns any chart input into a pandas DataFrame first. wasmlit runs
where pandas may be absent (it is in a site only when the app imports it),
so a ``Frame`` is a list of named columns of plain Python values, made from
the same inputs and with the same column names as Streamlit's conversion:

- a pandas DataFrame or Series (a Series is one column named after it, or ``0``);
- a numpy array (1-D: one column ``value``; 2-D: columns ``0``, ``1``, ...);
- a dict of lists (one column per key) or of scalars (one column ``value``,
  the keys as the index);
- a list of dicts (one column per key, in order of first appearance), a list
  of lists (columns ``0``, ``1``, ...) or a list of numbers (``value``).

Each column knows its Vega-Lite type the way Streamlit infers it (pandas'
``infer_dtype`` when the data came from pandas, the same rules over plain
values otherwise), and whether it holds integers (integer axes get
``tickMinStep: 1``).

On the wire a frame is columnar, ``{"fields": [...], "columns": [...]}``: the
page builds Vega's rows from it. A column of floats travels as binary,
``{"enc": "f64", "data": bytes}`` (little-endian doubles, a buffer beside the
message's JSON): writing floats as JSON text costs Pyodide about 1.7 µs each,
a third of a 3-chart filter change's Python time. Other columns are JSON
lists. Dates travel as ISO text (naive values without an offset, so they show
the wall time, as in Streamlit).
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import math
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.elements.lib.frame import little_endian
from wasmlit.errors import StreamlitAPIException

#: The encoding of a binary column of floats (the dataframe's name for it, frame.py).
F64 = "f64"

#: pandas ``infer_dtype`` results -> Vega-Lite types (Streamlit's ``_infer_vegalite_type``).
_QUANTITATIVE = {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}
_TEMPORAL = {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}


@dataclass
class Column:
    """One column: its label and values, and what its type says."""

    name: Any
    values: list[Any]
    #: pandas' ``infer_dtype`` of the column, or the same name computed over plain values.
    kind: str = ""
    #: Whether the column holds integers only, with no missing value (an integer dtype).
    integer: bool = False
    #: A pandas ordered Categorical (Vega-Lite "ordinal").
    ordered: bool = False

    def __post_init__(self) -> None:
        if not self.kind:
            self.kind, self.integer = infer_kind(self.values)

    @property
    def vega_type(self) -> str:
        if self.kind == "categorical" and self.ordered:
            return "ordinal"
        if self.kind in _QUANTITATIVE:
            return "quantitative"
        if self.kind in _TEMPORAL:
            return "temporal"
        return "nominal"

    def renamed(self, name: Any) -> Column:
        return Column(name, self.values, self.kind, self.integer, self.ordered)


@dataclass
class Frame:
    """Named columns of equal length, and an index (a column too)."""

    columns: list[Column] = field(default_factory=list)
    index: Column | None = None

    @property
    def names(self) -> list[Any]:
        return [c.name for c in self.columns]

    def __len__(self) -> int:
        if self.columns:
            return len(self.columns[0].values)
        return len(self.index.values) if self.index is not None else 0

    def column(self, name: Any) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def has(self, name: Any) -> bool:
        return any(c.name == name for c in self.columns)


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(value != value)  # NaN, pandas NaT
    except Exception:
        return False


def infer_kind(values: Iterable[Any]) -> tuple[str, bool]:
    """``(kind, integer)`` of plain values, as pandas' ``infer_dtype(skipna=True)``
    and ``is_integer_dtype`` would say of the column pandas makes from them."""
    values = values if isinstance(values, list) else list(values)
    types = set(map(type, values))
    # Fast paths (a chart's columns are usually all ints, all floats or all text).
    if types == {int}:
        return "integer", True
    if types == {str}:
        return "string", False
    if types == {float}:
        return "floating", False  # pandas' float64 column, NaN or not
    if types == {float, int}:
        finite = all(map(math.isfinite, (v for v in values if type(v) is float)))
        return ("mixed-integer-float" if finite else "floating"), False
    kinds: set[str] = set()
    nulls = False
    for v in values:
        if _is_null(v):
            nulls = True
        elif isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("integer")
        elif isinstance(v, float):
            kinds.add("floating")
        elif isinstance(v, complex):
            kinds.add("complex")
        elif isinstance(v, (str, bytes)):
            kinds.add("string")
        elif isinstance(v, dt.datetime):
            kinds.add("datetime")
        elif isinstance(v, dt.date):
            kinds.add("date")
        elif isinstance(v, dt.time):
            kinds.add("time")
        elif isinstance(v, dt.timedelta):
            kinds.add("timedelta")
        elif isinstance(v, decimal.Decimal):
            kinds.add("decimal")
        else:
            kinds.add("mixed")
    if not kinds:
        return "empty", False
    if len(kinds) == 1:
        (kind,) = kinds
        if kind == "integer" and nulls:
            return "floating", False  # pandas stores such a column as float64
        return kind, kind == "integer" and not nulls
    if kinds <= {"integer", "floating"}:
        return ("floating" if nulls else "mixed-integer-float"), False
    if "integer" in kinds:
        return "mixed-integer", False
    return "mixed", False


_PLAIN_TYPES = frozenset({int, float, str, bool, type(None)})


def _plain(value: Any) -> Any:
    """numpy scalars to Python ones."""
    if type(value) in _PLAIN_TYPES:
        return value
    item = getattr(value, "item", None)
    if item is not None and type(value).__module__ == "numpy":
        try:
            return item()
        except Exception:
            return value
    return value


def _plain_list(values: list[Any]) -> list[Any]:
    if set(map(type, values)) <= _PLAIN_TYPES:
        return values
    return [_plain(v) for v in values]


def _is_pandas(data: Any, *names: str) -> bool:
    cls = type(data)
    return cls.__module__.split(".")[0] == "pandas" and cls.__name__ in names


def _from_series(series: Any, name: Any) -> Column:
    from pandas.api.types import infer_dtype, is_integer_dtype  # the data is pandas: pandas is here

    dtype = series.dtype
    ordered = bool(getattr(dtype, "ordered", False)) if str(dtype) == "category" else False
    values = [_plain(v) for v in series.tolist()]
    return Column(name, values, infer_dtype(series), bool(is_integer_dtype(series)), ordered)


def _from_pandas_frame(df: Any) -> Frame:
    columns = [_from_series(df.iloc[:, i], name) for i, name in enumerate(df.columns)]
    index = df.index
    index_col = _from_series(index.to_series(), index.name)
    return Frame(columns, index_col)


def _range_index(n: int) -> Column:
    return Column(None, list(range(n)), "integer", True)


def _conversion_error(data: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Unable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data!r}\n```"
    )


def _is_list_like(value: Any) -> bool:
    return isinstance(value, (list, tuple, range)) or type(value).__module__ == "numpy" and hasattr(value, "tolist")


def _from_rows(rows: list[Any], data: Any) -> Frame:
    if not rows:
        return Frame([], _range_index(0))
    first = rows[0]
    if isinstance(first, Mapping):
        names: dict[Any, None] = {}
        for row in rows:
            if not isinstance(row, Mapping):
                raise _conversion_error(data)
            names.update(dict.fromkeys(row))
        columns = [Column(n, [_plain(row.get(n)) for row in rows]) for n in names]
        return Frame(columns, _range_index(len(rows)))
    if _is_list_like(first):
        table = [list(r.tolist() if hasattr(r, "tolist") else r) for r in rows]
        width = max(len(r) for r in table)
        columns = [Column(i, [_plain(r[i]) if i < len(r) else None for r in table]) for i in range(width)]
        if width == 1:  # Streamlit names a lone unnamed column "value" (dataframe_util._fix_column_naming)
            columns[0] = Column("value", columns[0].values)
        return Frame(columns, _range_index(len(table)))
    return Frame([Column("value", [_plain(v) for v in rows])], _range_index(len(rows)))


def to_frame(data: Any) -> Frame:
    """Any chart input as a ``Frame`` (see the module docstring)."""
    if data is None:
        return Frame([], _range_index(0))
    if _is_pandas(data, "Styler"):
        data = data.data
    if _is_pandas(data, "DataFrame"):
        return _from_pandas_frame(data)
    if _is_pandas(data, "Series"):
        return _from_pandas_frame(data.to_frame(data.name if data.name is not None else 0))
    if type(data).__module__ == "numpy" and hasattr(data, "ndim"):
        if data.ndim == 1:
            return Frame([Column("value", data.tolist())], _range_index(len(data)))
        if data.ndim == 2:
            return _from_rows(data.tolist(), data)
        raise StreamlitAPIException(f"Unable to convert a {data.ndim}-dimensional numpy array to a table.")
    if isinstance(data, Mapping):
        values = list(data.values())
        if values and not any(_is_list_like(v) for v in values):
            keys = list(data)
            return Frame([Column("value", [_plain(v) for v in values])], Column(None, keys))
        columns = [Column(k, _plain_list(v.tolist() if hasattr(v, "tolist") else list(v))) for k, v in data.items()]
        lengths = {len(c.values) for c in columns}
        if len(lengths) > 1:
            raise StreamlitAPIException("All arrays must be of the same length.")
        return Frame(columns, _range_index(lengths.pop() if lengths else 0))
    if isinstance(data, (str, bytes)):
        raise _conversion_error(data)
    if isinstance(data, Iterable):
        return _from_rows(list(data), data)
    raise _conversion_error(data)


def json_value(value: Any) -> Any:
    """A cell as JSON: numbers, text, true/false, null, or ISO text for dates."""
    kind = type(value)
    if kind is int or kind is str or kind is bool or value is None:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    value = _plain(value)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if _is_null(value):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds() * 1000
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _wire_column(values: list[Any]) -> list[Any] | dict[str, Any]:
    """A column as it travels: floats as binary (``F64``), anything else as JSON values."""
    types = set(map(type, values))
    if types <= {int, float} and float in types and all(map(math.isfinite, values)):
        return {"enc": F64, "data": little_endian(array("d", values))}
    if types <= {int, str} or (types <= {int, float} and all(map(math.isfinite, values))):
        return values
    return [json_value(v) for v in values]


def payload(columns: list[Column]) -> dict[str, Any]:
    """Columns as the columnar form the page turns into Vega rows (see the module docstring)."""
    return {"fields": [str(c.name) for c in columns], "columns": [_wire_column(c.values) for c in columns]}


def records_payload(rows: list[Any]) -> dict[str, Any]:
    """Vega rows (a list of dicts) as the same columnar JSON."""
    names: dict[str, None] = {}
    for row in rows:
        if isinstance(row, Mapping):
            names.update(dict.fromkeys(str(k) for k in row))
    fields = list(names)
    columns = [[json_value(row.get(f)) if isinstance(row, Mapping) else None for row in rows] for f in fields]
    return {"fields": fields, "columns": columns}


def dataset_name(data: dict[str, Any]) -> str:
    """A stable name for a dataset: the same data, the same name (as Streamlit's hashes).

    A chart's numbers are hashed as machine numbers, not as JSON text: writing
    a thousand floats as text costs ten times more, and a rerun that changes
    a filter names every chart's data again."""
    digest = hashlib.md5(usedforsecurity=False)
    columns = data.get("columns")
    if set(data) == {"fields", "columns"} and isinstance(columns, list):
        digest.update(json.dumps(data["fields"]).encode("utf-8"))
        for column in columns:
            digest.update(_column_bytes(column))
    else:
        digest.update(json.dumps(data, separators=(",", ":")).encode("utf-8"))
    return digest.hexdigest()


def _column_bytes(column: Any) -> bytes:
    """A column's values as bytes that differ when the values do, tagged by kind."""
    if isinstance(column, dict) and column.get("enc") == F64:
        return b"d" + bytes(column["data"])
    if isinstance(column, list):
        kinds = set(map(type, column))
        try:
            if kinds <= {float, int} and float in kinds:
                return b"d" + array("d", column).tobytes()
            if kinds == {int}:
                return b"q" + array("q", column).tobytes()
        except OverflowError:  # an integer beyond 64 bits: as text below
            pass
    return b"j" + json.dumps(column, separators=(",", ":")).encode("utf-8") + b"\0"
