"""Widget values in the URL, for ``bind="query-params"``: how each kind of
value is written as the query parameter's strings and read back, as Streamlit
1.67 writes them (``true``/``false``, numbers, option labels, ISO dates,
``HH:MM`` times, ``#rrggbb`` colours; a range or several options repeat the
parameter). A string the widget cannot take raises ValueError and is ignored."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from wasmlit.engine.widget_registry import UrlValue


def _last(strings: list[str]) -> str:
    if not strings:
        raise ValueError("no value")
    return strings[-1]


def _boolean(strings: list[str]) -> bool:
    text = _last(strings).lower()
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


BOOLEAN = UrlValue(parse=_boolean, format=lambda v: ["true" if v else "false"])
TEXT = UrlValue(parse=_last, format=lambda v: [] if v is None else [str(v)])


def number(integer: bool, lo: Any = None, hi: Any = None) -> UrlValue:
    """A number in ``[lo, hi]`` (bounds that are None are open)."""
    def parse(strings: list[str]) -> int | float:
        value: int | float = int(_last(strings)) if integer else float(_last(strings))
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise ValueError(value)
        return value
    return UrlValue(parse=parse, format=lambda v: [] if v is None else [str(v)])


def numbers(integer: bool, lo: Any, hi: Any, count: int) -> UrlValue:
    """``count`` numbers (a range slider's two ends), each in ``[lo, hi]``."""
    one = number(integer, lo, hi)

    def parse(strings: list[str]) -> tuple[Any, ...]:
        if len(strings) != count:
            raise ValueError(strings)
        return tuple(one.parse([s]) for s in strings)
    return UrlValue(parse=parse, format=lambda v: [str(x) for x in v])


def choice(options: Sequence[Any], labels: Sequence[str]) -> UrlValue:
    """One option, written as its label (``format_func``'s text)."""
    def parse(strings: list[str]) -> Any:
        return options[list(labels).index(_last(strings))]

    def format(value: Any) -> list[str]:
        return [] if value is None or value not in options else [labels[list(options).index(value)]]
    return UrlValue(parse=parse, format=format)


def choices(options: Sequence[Any], labels: Sequence[str], wrap: Callable[[list[Any]], Any] = list) -> UrlValue:
    """Several options (the parameter repeats), each written as its label."""
    def parse(strings: list[str]) -> Any:
        return wrap([options[list(labels).index(s)] for s in strings])

    def format(values: Any) -> list[str]:
        return [labels[list(options).index(v)] for v in (values or []) if v in options]
    return UrlValue(parse=parse, format=format)


def _color(strings: list[str]) -> str:
    text = _last(strings)
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        raise ValueError(text)
    return text


COLOR = UrlValue(parse=_color, format=lambda v: [] if v is None else [str(v)])


def dates(is_range: bool, lo: date, hi: date) -> UrlValue:
    """A date (or a range's dates) as ISO text, within ``[lo, hi]``."""
    def one(text: str) -> date:
        value = date.fromisoformat(text)
        if not lo <= value <= hi:
            raise ValueError(text)
        return value

    def parse(strings: list[str]) -> Any:
        if is_range:
            if not 1 <= len(strings) <= 2:
                raise ValueError(strings)
            return tuple(one(s) for s in strings)
        return one(_last(strings))

    def format(value: Any) -> list[str]:
        if value is None:
            return []
        items = value if isinstance(value, (tuple, list)) else [value]
        return [d.isoformat() for d in items]
    return UrlValue(parse=parse, format=format)


def _time(strings: list[str]) -> time:
    return time.fromisoformat(_last(strings))


TIME = UrlValue(parse=_time, format=lambda v: [] if v is None else [v.strftime("%H:%M" if not v.second else "%H:%M:%S")])
