"""A table as columns of values, and how it travels to the page.

``Frame`` is what every table command (st.dataframe, st.data_editor,
st.table) draws, whatever the data came as: one ``FrameColumn`` per column
and per index level, each with a Streamlit data *kind* (``integer``,
``float``, ``string``, ``datetime`` ...) and its values, a Python list or a
numpy array.

On the wire a column is a dict whose ``enc`` says how its ``data`` is held:

* ``"i32"``, ``"f64"``, ``"u8"``: ``data`` is ``bytes`` (little endian) that
  the page reads as an ``Int32Array``, ``Float64Array`` or ``Uint8Array``.
  In ``f64``, NaN is a missing value (None, NaN, NaT, pd.NA). Dates and
  datetimes are milliseconds since the epoch (naive ones read as UTC wall
  time, aware ones in UTC with the zone in ``tz``), times milliseconds since
  midnight, durations seconds. ``u8`` holds booleans; 2 is missing.
* ``"dict"``: ``data`` is ``i32`` codes into the list ``dict`` (-1 missing):
  repeated strings cost four bytes a row.
* ``"json"``: ``data`` is a list of JSON values (strings, lists, objects).
* ``"range"``: ``data`` is ``[start, step, length]`` (a range index).

Bytes leave the worker beside the JSON text, not inside it (protocol.py
``encode_with_buffers``), so a 100,000 x 5 frame of floats costs 4 MB of
binary and a few hundred bytes of JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

#: Streamlit's ColumnDataKind values.
KINDS = ("integer", "float", "date", "time", "datetime", "boolean", "string", "timedelta", "period",
         "interval", "bytes", "decimal", "complex", "list", "dict", "empty", "unknown")
#: Repeated strings are dictionary-encoded from this many rows on.
_DICT_MIN_ROWS = 64
_INT32 = (-(2**31), 2**31 - 1)
_SAFE_INT = 2**53
_EPOCH = dt.datetime(1970, 1, 1)
_EPOCH_DATE = dt.date(1970, 1, 1)


def column_name(label: Any) -> str:
    """A column label as the page shows it (a MultiIndex label joins its levels)."""
    if isinstance(label, tuple):
        return " / ".join(str(part) for part in label)
    return "" if label is None else str(label)


@dataclass
class FrameColumn:
    """One column (or index level): its label, kind and values."""

    label: Any
    kind: str
    values: Any
    #: The pandas dtype name ('int64', 'object' ...), shown in the header's tooltip.
    dtype: str = "object"
    #: The time zone of an aware datetime column.
    tz: str | None = None
    #: The categories of a pandas categorical column (None for other columns).
    categories: list[Any] | None = None
    #: Whether those categories are ordered.
    ordered: bool = False

    @property
    def name(self) -> str:
        return column_name(self.label)

    def python_values(self) -> list[Any]:
        values = self.values
        return values.tolist() if hasattr(values, "tolist") else list(values)


@dataclass
class Frame:
    """A table: its columns, its index levels and how many rows it has."""

    columns: list[FrameColumn]
    index: list[FrameColumn] = field(default_factory=list)
    num_rows: int = 0
    #: The index is 0, 1, 2 ... (a pandas RangeIndex, or data without one).
    range_index: bool = True
    #: The format the data came in (dataframe_util.DataFormat), for data_editor's return value.
    data_format: str = "unknown"
    #: A pandas Styler's display texts and cell colours (lib/styler.py), when the data was one.
    styler: dict[str, Any] | None = None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


# ---------------------------------------------------------------------------
# Kinds of plain Python values.
# ---------------------------------------------------------------------------


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (float, complex)):
        return value != value  # NaN (pandas' isna counts a complex NaN as missing too)
    name = type(value).__name__
    return name in ("NAType", "NaTType") or (name.startswith("float") and value != value)


#: Kinds of the common Python types, for the fast path of ``infer_kind``.
_TYPE_KINDS: dict[type, str] = {bool: "boolean", int: "integer", float: "float", str: "string",
                                dt.datetime: "datetime", dt.date: "date", dt.time: "time", dt.timedelta: "timedelta"}


def first_zone(values: Sequence[Any]) -> str | None:
    """The zone a column of Python datetimes reads in, as Arrow decides it: the first value's
    (naive values then count as UTC), or none when that one is naive."""
    first = next((v for v in values if not is_missing(v)), None)
    zone = getattr(first, "tzinfo", None)
    if zone is None:
        return None
    return str(getattr(zone, "key", None) or getattr(zone, "zone", None) or zone)


def infer_kind(values: Sequence[Any]) -> str:
    """The kind of a list of Python values (missing ones aside), as pandas'
    ``infer_dtype`` would name it."""
    types = set(map(type, values))  # C speed: a 100,000-row column costs a few milliseconds
    types.discard(type(None))
    if types and types <= _TYPE_KINDS.keys():
        kinds_of = {_TYPE_KINDS[t] for t in types}
        if len(kinds_of) == 1:
            only = kinds_of.pop()
            if only != "float" or any(v == v for v in values if v is not None):
                return only
            return "empty"  # only NaN
        if kinds_of == {"integer", "float"}:
            return "float"
    kinds: set[str] = set()
    for value in values:
        if is_missing(value):
            continue
        kinds.add(_value_kind(value))
        if len(kinds) > 2:
            break
    if not kinds:
        return "empty"
    if len(kinds) == 1:
        return kinds.pop()
    if kinds == {"integer", "float"}:
        return "float"
    return "unknown"


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    if isinstance(value, dt.timedelta):
        return "timedelta"
    if isinstance(value, Decimal):
        return "decimal"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "list"
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, (bytes, bytearray)):
        return "bytes"
    if isinstance(value, complex):
        return "complex"
    if type(value).__name__ == "ndarray" and type(value).__module__ == "numpy":
        # An array is an Arrow list; a 0-d one is no scalar (Arrow refuses it: 1.67 sends text).
        return "list" if value.ndim else "unknown"
    item = getattr(value, "item", None)  # a numpy scalar
    if callable(item) and type(value).__module__ == "numpy":
        return _value_kind(item())
    return "unknown"


# ---------------------------------------------------------------------------
# Values as JSON.
# ---------------------------------------------------------------------------


def json_value(value: Any) -> Any:
    """A value as the page shows it in a JSON-held column."""
    if is_missing(value):
        return None
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(v) for v in value]
    if hasattr(value, "tolist") and type(value).__module__ == "numpy":
        return json_value(value.tolist())
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def _json_encoded(values: Sequence[Any]) -> dict[str, Any]:
    plain = set(map(type, values)) <= {str, type(None)}
    out = list(values) if plain else [json_value(v) for v in values]
    if len(out) >= _DICT_MIN_ROWS and (plain or all(v is None or isinstance(v, str) for v in out)):
        words = [w for w in dict.fromkeys(out) if w is not None]
        if len(words) * 2 <= len(out):
            index: dict[Any, int] = {w: i for i, w in enumerate(words)}
            index[None] = -1
            return {"enc": "dict", "data": little_endian(array("i", map(index.__getitem__, out))), "dict": words}
    return {"enc": "json", "data": out}


def little_endian(values: array[Any]) -> bytes:
    """An array's bytes in little-endian order (what typed arrays read)."""
    import sys

    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


# ---------------------------------------------------------------------------
# Encoding a column.
# ---------------------------------------------------------------------------


def encode_column(column: FrameColumn) -> dict[str, Any]:
    """A column as it travels to the page (see the module docstring)."""
    head: dict[str, Any] = {"name": column.name, "kind": column.kind, "dtype": column.dtype}
    if isinstance(column.label, (int, float)) and not isinstance(column.label, bool) and column.label == column.label:
        head["label"] = column.label  # a number label but NaN (list of rows, numpy, 1.5): AppTest gives it back
    elif isinstance(column.label, tuple):
        head["label"] = [str(part) for part in column.label]  # a MultiIndex column: AppTest gives the levels back
    if column.tz:
        head["tz"] = column.tz
    if column.categories is not None:
        head["categories"], head["ordered"] = column.categories, column.ordered
    values = column.values
    if column.kind == "decimal":
        # Arrow holds decimals at one scale (the most digits after the point), which AppTest reads back.
        exponents = [v.as_tuple().exponent for v in values if isinstance(v, Decimal)]
        head["scale"] = max((-e for e in exponents if isinstance(e, int)), default=0)  # NaN's exponent is "n"
        exact = _exact_decimals(values)
        if exact is not None:
            head["exact"] = exact
    if isinstance(values, range):  # a range index: three numbers, whatever its length
        return {**head, "enc": "range", "data": [values.start, values.step, len(values)]}
    if type(values).__module__ == "numpy" and getattr(values, "dtype", None) is not None:
        body = _encode_numpy(column.kind, values)
        if body is not None:
            return {**head, **body}
        values = values.tolist()
    return {**head, **_encode_list(column.kind, list(values))}


def _exact_decimals(values: Sequence[Any]) -> list[str | None] | None:
    """A decimal column's digits, when a float (what the page gets) would lose some:
    Arrow keeps them exactly, and so does what AppTest reads back."""
    texts = [str(v) if isinstance(v, Decimal) and v.is_finite() else None for v in values]
    lossy = any(t is not None and Decimal(repr(float(t))) != Decimal(t) for t in texts)
    return texts if lossy else None


def _encode_list(kind: str, values: list[Any]) -> dict[str, Any]:
    if kind == "integer":
        if set(map(type, values)) == {int}:
            ints: list[Any] = values
            present = values
        else:
            ints = [None if is_missing(v) else int(v) for v in values]
            present = [v for v in ints if v is not None]
        lo, hi = (min(present), max(present)) if present else (0, 0)
        if len(present) == len(ints) and _INT32[0] <= lo and hi <= _INT32[1]:
            return {"enc": "i32", "data": little_endian(array("i", present))}
        if -_SAFE_INT <= lo and hi <= _SAFE_INT:
            return {"enc": "f64", "data": little_endian(array("d", (math.nan if v is None else v for v in ints)))}
        return {"enc": "json", "data": [None if v is None else str(v) for v in ints]}
    if kind in ("float", "decimal"):
        if set(map(type, values)) <= {float, int}:  # NaN stays NaN: the page reads it as missing
            return {"enc": "f64", "data": little_endian(array("d", values))}
        return {"enc": "f64", "data": little_endian(array("d", (math.nan if is_missing(v) else float(v) for v in values)))}
    if kind == "boolean":
        if set(map(type, values)) == {bool}:
            return {"enc": "u8", "data": bytes(values)}
        return {"enc": "u8", "data": bytes(2 if is_missing(v) else int(bool(v)) for v in values)}
    if kind in ("datetime", "date", "time", "timedelta"):
        return {"enc": "f64", "data": little_endian(array("d", (_temporal_number(kind, v) for v in values)))}
    return _json_encoded(values)


def _temporal_number(kind: str, value: Any) -> float:
    if is_missing(value):
        return math.nan
    if kind == "timedelta":
        return float(value.total_seconds())
    if kind == "time":
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1000 + value.microsecond / 1000
    if kind == "datetime" or isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.timestamp() * 1000
        return (value - _EPOCH).total_seconds() * 1000
    return float((value - _EPOCH_DATE).days * 86_400_000)


def _encode_numpy(kind: str, values: Any) -> dict[str, Any] | None:
    import numpy as np

    char = values.dtype.kind
    if char == "b":
        return {"enc": "u8", "data": values.astype("u1").tobytes()}
    if char in "iu":
        if values.size and (values.min() < _INT32[0] or values.max() > _INT32[1]):
            if values.min() < -_SAFE_INT or values.max() > _SAFE_INT:
                return None
            return {"enc": "f64", "data": values.astype("<f8").tobytes()}
        return {"enc": "i32", "data": values.astype("<i4").tobytes()}
    if char == "f":
        return {"enc": "f64", "data": values.astype("<f8").tobytes()}
    if char == "M":
        ms = values.astype("datetime64[us]").astype("<i8").astype("<f8") / 1000
        ms[np.isnat(values)] = np.nan
        return {"enc": "f64", "data": ms.tobytes()}
    if char == "m":
        secs = values.astype("timedelta64[us]").astype("<i8").astype("<f8") / 1e6
        secs[np.isnat(values)] = np.nan
        return {"enc": "f64", "data": secs.tobytes()}
    return None


def encode_frame(frame: Frame) -> dict[str, Any]:
    """The ``data`` prop of a table element."""
    return {
        "num_rows": frame.num_rows,
        "columns": [encode_column(c) for c in frame.columns],
        "index": [encode_column(c) for c in frame.index],
        "range_index": frame.range_index,
        **({"styler": frame.styler} if frame.styler is not None else {}),
    }


def frame_digest(data: dict[str, Any]) -> str:
    """A short, stable digest of an encoded frame (part of a widget's identity)."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)

    def feed(value: Any) -> None:
        if isinstance(value, bytes):
            h.update(b"b%d:" % len(value))
            h.update(value)
        elif isinstance(value, dict):
            for k in sorted(value):
                h.update(f"k{k}:".encode())
                feed(value[k])
        elif isinstance(value, list) and any(isinstance(v, dict) for v in value):
            h.update(b"l%d:" % len(value))
            for v in value:
                feed(v)
        else:  # a list of JSON values: one dumps, not one per row
            h.update(json.dumps(value, sort_keys=True).encode())

    feed(data)
    return h.hexdigest()
