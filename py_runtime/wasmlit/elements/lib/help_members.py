"""st.help's members table: Streamlit 1.67's rows for an object's public attributes.

A module of its own so that it loads on first use (st.help and st.write of a
class or function are rare), off every app's cold load.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any


def _first_line(doc: str | None) -> str | None:
    return None if doc is None else doc.strip().partition("\n")[0]


def _is_property(obj: Any, name: str) -> bool:
    """Is ``name`` a property (or C getset) somewhere in ``obj``'s class hierarchy?"""
    for parent in inspect.getmro(getattr(obj, "__class__", type(None))):
        attr = getattr(parent, name, None)
        if attr is not None and (isinstance(attr, property) or inspect.isgetsetdescriptor(attr)):
            return True
    return False


def members(obj: Any, readable_value: Callable[[Any], str | None],
            type_name: Callable[[Any], str]) -> list[dict[str, str]]:
    """Streamlit 1.67's members table: every public attribute but modules, values before
    callables before classes, each with its readable value or its docstring's first line.
    (``readable_value`` and ``type_name`` are doc_string.py's, passed in: that module
    imports this one on first use, and the import graph stays a tree.)"""
    rows: list[tuple[int, dict[str, str]]] = []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        try:
            if _is_property(obj, name):
                weight, kind, value = 0, "property", None
                doc = inspect.getdoc(getattr(obj.__class__, name))
            else:
                attr = getattr(obj, name)
                weight = 3 if inspect.ismodule(attr) else 2 if inspect.isclass(attr) else 1 if callable(attr) else 0
                kind, value = type_name(attr), readable_value(attr)
                doc = inspect.getdoc(attr) if value is None else None
        except AttributeError:
            continue
        if kind == "module":
            continue
        row = {"name": name, "type": kind}
        if value is not None:
            row["value"] = value
        elif (line := _first_line(doc)) is not None:
            row["doc_string"] = line
        rows.append((weight, row))
    return [row for _, row in sorted(rows, key=lambda pair: (pair[0], pair[1]["name"]))]
