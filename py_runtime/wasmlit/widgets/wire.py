"""Checks on wire values that arrive from the page.

A value the page sends is checked before it reaches session state: a slider
set outside its bounds, an option index that does not exist or a checkbox
set to a string is refused with a clear ``ValueError`` (the engine turns it
into an error message and leaves the state as it was), never stored.
"""

from __future__ import annotations

import math
from typing import Any


def is_int(value: Any) -> bool:
    """An integer, not a bool: Python's, or another library's (numpy's) through
    ``numbers.Integral``, imported only for those (it costs the boot ~10 ms)."""
    kind = type(value)
    if kind is int:
        return True
    if kind in (bool, float, str, type(None)) or kind.__module__ in ("builtins", "datetime", "decimal"):
        return False
    import numbers

    return isinstance(value, numbers.Integral)


def require_bool(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise ValueError(f"expected true or false, got {wire!r}")
    return wire


def require_number(wire: Any, lo: Any = None, hi: Any = None, *, integer: bool = False) -> int | float:
    """A finite number within [lo, hi] (either bound may be None); an int when ``integer``."""
    if isinstance(wire, bool) or not isinstance(wire, (int, float)):
        raise ValueError(f"expected a number, got {wire!r}")
    if not math.isfinite(wire):
        raise ValueError(f"expected a finite number, got {wire!r}")
    if integer and wire != int(wire):
        raise ValueError(f"expected a whole number, got {wire!r}")
    if lo is not None and wire < lo:
        raise ValueError(f"{wire!r} is below the minimum {lo!r}")
    if hi is not None and wire > hi:
        raise ValueError(f"{wire!r} is above the maximum {hi!r}")
    return int(wire) if integer else wire


def require_index(wire: Any, count: int) -> int:
    """An option index in ``range(count)``."""
    if isinstance(wire, bool) or not isinstance(wire, int):
        raise ValueError(f"expected an option index, got {wire!r}")
    if not 0 <= wire < count:
        raise ValueError(f"option index {wire} does not exist (there are {count} options)")
    return wire


def require_list(wire: Any, *, min_len: int = 0, max_len: int | None = None) -> list[Any]:
    if not isinstance(wire, list):
        raise ValueError(f"expected a list, got {wire!r}")
    if len(wire) < min_len or (max_len is not None and len(wire) > max_len):
        count = f"{min_len}" if max_len == min_len else f"{min_len} to {max_len}"
        raise ValueError(f"expected {count} values, got {len(wire)}")
    return wire


def require_text(wire: Any, *, max_chars: int | None = None, allow_none: bool = True) -> str | None:
    if wire is None and allow_none:
        return None
    if not isinstance(wire, str):
        raise ValueError(f"expected text, got {wire!r}")
    if max_chars is not None and len(wire) > max_chars:
        raise ValueError(f"the text has {len(wire)} characters, more than max_chars={max_chars}")
    return wire
