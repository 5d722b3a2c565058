"""What a pandas Styler adds to its table: each cell's display text and CSS.

Streamlit 1.67 draws a Styler's display values (what ``.format()`` made of
each cell). Of its CSS, st.dataframe's grid draws the text and background
colours (it has no place for the rest); st.table applies every cell
declaration and the table styles (``set_table_styles``), and shows the
caption under the table. Display texts travel as a list per column; CSS only
for the cells that have some, and only declarations that cannot reach outside
the table (no ``url()``, no markup, no at-rules).
"""

from __future__ import annotations

import re
from typing import Any

from wasmlit.errors import StreamlitAPIException

#: A CSS property name ("font-weight", "-webkit-text-stroke").
_PROPERTY = re.compile(r"^-?[a-z][a-z-]*$")
#: A CSS value made of words, numbers, colours and functions ("#f00", "1px solid rgb(1, 2, 3)", "bold").
_VALUE = re.compile(r"^[#\w\s().,%/+!-]+$")
#: Functions that would load something from elsewhere.
_FETCHING = re.compile(r"(url|image|image-set|expression|src)\s*\(", re.IGNORECASE)
_CELL = re.compile(r"row(\d+)_col(\d+)$")
#: A table style's selector, relative to the table ("th", "tr:nth-child(even) td", "td:hover",
#: 'th[title="x"]'): no braces, at-rules, comments or markup that could end the rule or reach
#: outside it; quotes only in pairs, around text without any of those.
_SELECTOR = re.compile(r"^[\w\s.#:>+~*(),=\[\]^$|-]*$")
_QUOTED = re.compile(r"\"[^\"\\<>{}/;\n]*\"|'[^'\\<>{}/;\n]*'")


def styler_payload(styler: Any) -> dict[str, Any]:
    """The ``styler`` part of a table's data: ``display`` (a list of texts per column),
    ``css`` (``[row, column, declarations]``) and ``caption``."""
    import pandas as pd

    data = styler.data
    limit = int(pd.options.styler.render.max_elements)
    if data.size > limit:
        raise StreamlitAPIException(
            f"The dataframe has `{data.size}` cells, but the maximum number of cells allowed to be rendered by "
            f"Pandas Styler is configured to `{limit}`. To allow more cells to be styled, you can change the "
            f'`"styler.render.max_elements"` config. For example: '
            f'`pd.set_option("styler.render.max_elements", {data.size})`')
    styler._compute()
    translated = styler._translate(False, False)
    return {"display": _display_values(translated, data.shape), "css": _cell_styles(translated),
            "table_css": _table_styles(translated),
            "caption": None if styler.caption is None else str(styler.caption)}


def _display_values(translated: dict[str, Any], shape: tuple[int, int]) -> list[list[str] | None]:
    rows, columns = shape
    display: list[list[str] | None] = [None] * columns
    for r, row in enumerate(translated.get("body", [])[:rows]):
        cells = [cell for cell in row if cell.get("type") == "td"]
        for c, cell in enumerate(cells[:columns]):
            text = cell.get("display_value")
            if text is None:
                continue
            column = display[c]
            if column is None:
                column = display[c] = [""] * rows
            column[r] = str(text)
    return display


def _declarations(props: Any) -> str:
    """``"prop: value; ..."`` of the safe ones of a style's ``(prop, value)`` pairs."""
    return "; ".join(
        f"{prop}: {value}" for prop, value in ((str(p).strip().lower(), str(v).strip()) for p, v in props or [])
        if _PROPERTY.match(prop) and _VALUE.match(value) and not _FETCHING.search(value))


def _table_styles(translated: dict[str, Any]) -> list[list[str]]:
    """``[selector, "prop: value; ..."]`` for each of the table's own styles ("" is the table)."""
    out: list[list[str]] = []
    for style in translated.get("table_styles") or []:
        selector = " ".join(str(style.get("selector", "")).split())
        declarations = _declarations(style.get("props"))
        if declarations and _SELECTOR.match(_QUOTED.sub("", selector)):
            out.append([selector, declarations])
    return out


def _cell_styles(translated: dict[str, Any]) -> list[list[Any]]:
    """``[row, column, "prop: value; ..."]`` for each styled cell."""
    out: list[list[Any]] = []
    for style in translated.get("cellstyle", []):
        declarations = _declarations(style.get("props"))
        if not declarations:
            continue
        for selector in style.get("selectors", []):
            match = _CELL.search(selector)
            if match:
                out.append([int(match.group(1)), int(match.group(2)), declarations])
    return out
