"""A table column as the page gets it, read back into Python values (what
AppTest's ``at.dataframe[i].value`` is built from; see frame.py for the encodings)."""

from __future__ import annotations

import datetime as dt
import math
import sys
from array import array
from typing import Any

_EPOCH = dt.datetime(1970, 1, 1)
_EPOCH_DATE = dt.date(1970, 1, 1)


def _numbers(enc: str, data: bytes) -> list[Any]:
    values = array({"i32": "i", "f64": "d", "u8": "B"}[enc])
    values.frombytes(data)
    if sys.byteorder != "little" and enc != "u8":
        values.byteswap()
    return values.tolist()


def _zone(tz: str) -> dt.tzinfo:
    """A named zone, or a fixed offset as pandas names one ("UTC-05:00", "+01:00")."""
    import re

    fixed = re.fullmatch(r"(?:UTC)?([+-])(\d{2}):?(\d{2})", tz)
    if fixed:
        minutes = int(fixed.group(2)) * 60 + int(fixed.group(3))
        return dt.timezone(dt.timedelta(minutes=-minutes if fixed.group(1) == "-" else minutes))
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def _from_number(kind: str, value: float, tz: str | None) -> Any:
    if kind == "integer":
        return int(value)
    if kind == "datetime":
        moment = _EPOCH + dt.timedelta(milliseconds=value)
        if tz:
            return moment.replace(tzinfo=dt.UTC).astimezone(_zone(tz))
        return moment
    if kind == "date":
        return _EPOCH_DATE + dt.timedelta(days=int(value // 86_400_000))
    if kind == "time":
        return (_EPOCH + dt.timedelta(milliseconds=value)).time()
    if kind == "timedelta":
        return dt.timedelta(seconds=value)
    return value


def page_values(column: dict[str, Any]) -> list[Any]:
    """A binary column's values as the page reads them, as JSON values: numbers as they
    are (temporal ones in milliseconds), booleans, dictionary words, None where missing.
    (A first screen in index.html carries short columns this way, the ``json`` encoding.)"""
    enc, data = column["enc"], column["data"]
    if enc == "dict":
        words = column["dict"]
        return [None if c < 0 else words[c] for c in _numbers("i32", data)]
    if enc == "u8":
        return [None if v == 2 else bool(v) for v in _numbers("u8", data)]
    return [None if isinstance(v, float) and math.isnan(v) else v for v in _numbers(enc, data)]


def decode_column(column: dict[str, Any]) -> list[Any]:
    """The Python values of an encoded column (missing ones as None)."""
    enc, data, kind = column["enc"], column["data"], column["kind"]
    if enc == "range":
        start, step, length = data
        return list(range(start, start + step * length, step))
    if enc == "json":
        return list(data)
    if enc == "dict":
        words = column["dict"]
        return [None if c < 0 else words[c] for c in _numbers("i32", data)]
    if enc == "u8":
        return [None if v == 2 else bool(v) for v in _numbers("u8", data)]
    numbers = _numbers(enc, data)
    return [None if isinstance(v, float) and math.isnan(v) else _from_number(kind, v, column.get("tz"))
            for v in numbers]
