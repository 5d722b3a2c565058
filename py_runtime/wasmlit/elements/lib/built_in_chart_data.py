"""The data of a built-in chart, as Streamlit prepares it before building
the spec (``_prep_data`` in its ``built_in_chart_utils.py``): the index as a
column when x is None, only the columns the chart uses, colour tuples as CSS,
names with Vega-Lite's special characters behind an alias, and wide data
melted to long (one row per y column and row, the column's name as colour)."""

from __future__ import annotations

from typing import Any

from wasmlit.elements.lib.chart_data import Column, Frame
from wasmlit.elements.lib.color_util import is_color_tuple_like, to_css_color
from wasmlit.errors import StreamlitAPIException

_SUFFIX = " -- streamlit-generated"
INDEX_COLUMN = "index" + _SUFFIX
VALUE_COLUMN = "value" + _SUFFIX
COLOR_COLUMN = "color" + _SUFFIX
_ALIAS_PREFIX = "col" + _SUFFIX + "-"
_SPECIAL_CHARS = (".", "[", "]", "\\")


def _needs_alias(name: str) -> bool:
    return any(ch in name for ch in _SPECIAL_CHARS)


def prep_data(frame: Frame, x: Any, ys: list[Any], color: Any, size: Any, sort: Any) -> tuple[
        list[Column], str | None, str | None, list[str], str | None, str | None, dict[str, str]]:
    columns = list(frame.columns)
    if x is None and ys:
        index = frame.index or Column(None, list(range(len(frame))), "integer", True)
        x = INDEX_COLUMN if index.name is None else str(index.name)
        columns = [index.renamed(x), *columns]
    keep: list[Any] = []
    for name in (x, color, size, sort, *ys):
        if name is not None and name not in keep:
            keep.append(name)
    selected = [next(c for c in columns if c.name == name) for name in keep]
    if color is not None and selected:
        at = next(i for i, c in enumerate(selected) if c.name == color)
        values = selected[at].values
        if values and is_color_tuple_like(values[0]):
            selected[at] = Column(color, [to_css_color(v) for v in values])

    # String names, with Vega-Lite's special characters behind an alias (Streamlit's #7714).
    reserved = {str(c.name) for c in selected if not _needs_alias(str(c.name))}
    original_to_alias: dict[str, str] = {}
    alias_to_original: dict[str, str] = {}
    queues: dict[str, list[str]] = {}
    renamed = []
    for idx, column in enumerate(selected):
        name = str(column.name)
        if _needs_alias(name):
            alias, counter = f"{_ALIAS_PREFIX}{idx}", 0
            while alias in reserved or alias in alias_to_original:
                counter += 1
                alias = f"{_ALIAS_PREFIX}{idx}-{counter}"
            alias_to_original[alias] = name
            original_to_alias.setdefault(name, alias)
            queues.setdefault(name, []).append(alias)
            name = alias
        renamed.append(column.renamed(name))

    def remap(name: Any) -> str | None:
        return None if name is None else original_to_alias.get(str(name), str(name))

    def remap_y(name: Any) -> str:
        queue = queues.get(str(name))
        return queue.pop(0) if queue else original_to_alias.get(str(name), str(name))

    y_list = [remap_y(c) for c in ys]
    x_name, color_name, size_name, sort_name = remap(x), remap(color), remap(size), remap(sort)

    y_name: str | None = None
    if len(y_list) == 1:
        y_name = y_list[0]
    elif len(y_list) > 1 and x_name is not None:
        y_name, color_name = VALUE_COLUMN, COLOR_COLUMN
        stay = [x_name]
        for extra in (size_name, sort_name):
            if extra and extra not in stay:
                stay.append(extra)
        renamed = _melt(renamed, stay, y_list, alias_to_original)
        y_list = [alias_to_original.get(c, c) for c in y_list]
    return renamed, x_name, y_name, y_list, color_name, size_name, alias_to_original


def _melt(columns: list[Column], stay: list[str], melt: list[str], aliases: dict[str, str]) -> list[Column]:
    """Wide to long, as ``pandas.melt``: the columns to keep, then one row per
    (y column, row) with the column's name in ``color`` and its value in ``value``."""
    by_name = {str(c.name): c for c in columns}
    n = len(columns[0].values) if columns else 0
    kept = [Column(name, by_name[name].values * len(melt), by_name[name].kind, by_name[name].integer,
                   by_name[name].ordered) for name in stay]
    names = [aliases.get(m, m) for m in melt for _ in range(n)]
    values = [v for m in melt for v in by_name[m].values]
    sources = [by_name[m] for m in melt]
    if len({s.kind for s in sources}) == 1 and all(s.integer for s in sources):
        value_column = Column(VALUE_COLUMN, values, sources[0].kind, True)
    else:
        value_column = Column(VALUE_COLUMN, values)
    if len(values) and value_column.kind in ("mixed", "mixed-integer") and len({repr(v) for v in values}) > 100:
        raise StreamlitAPIException(
            "The columns used for rendering the chart contain too many values with mixed types. "
            "Please select the columns manually via the y parameter."
        )
    return [*kept, Column(COLOR_COLUMN, names, "string"), value_column]
