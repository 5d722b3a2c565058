"""Options of the widgets that pick from a list (selectbox, radio, multiselect,
select_slider, pills...): options travel as their formatted labels, values as
option indices."""

from __future__ import annotations

import array
from collections import UserList, deque
from collections.abc import Callable, ItemsView, Iterable, KeysView, Mapping, ValuesView
from enum import EnumMeta
from typing import Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.widgets.wire import require_index

#: What 1.67 copies as a list as it is (type_util.is_list_like).
_LIST_LIKE = (list, set, tuple, frozenset, deque, array.ArrayType, enumerate, ItemsView, KeysView, ValuesView, map,
              range, UserList)


def to_options(options: Any) -> list[Any]:
    """The options as a list, by 1.67's rules (dataframe_util.convert_anything_to_list): a
    scalar is one option, a dict its keys, an Enum its members (a string Enum's values),
    and a NumPy or pandas object its (first column's) Python values."""
    if options is None:
        return []
    if isinstance(options, (str, int, float, bool)):
        return [options]
    if isinstance(options, EnumMeta):
        members: list[Any] = list(options)
        return [getattr(m, "value", m) if isinstance(m, str) else m for m in members]
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, _LIST_LIKE):
        return list(options)
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        return [] if options.empty else list(options.iloc[:, 0].tolist())
    tolist = getattr(options, "tolist", None)
    if callable(tolist):  # NumPy arrays, pandas Series and Indexes: Python values, not NumPy scalars
        values = tolist()
        return [row[0] if isinstance(row, list) else row for row in values] if getattr(options, "ndim", 1) == 2 \
            else list(values)
    if isinstance(options, Iterable):
        return list(options)
    return [options]


def index_of(options: list[Any], value: Any) -> int | None:
    for i, option in enumerate(options):
        try:
            if option == value:
                return i
        except Exception:  # e.g. numpy arrays compare element-wise
            continue
    return None

def check_index(index: int | None, options: list[Any], command: str) -> None:
    if index is None:
        return
    if not isinstance(index, int) or isinstance(index, bool):
        raise StreamlitAPIException(f"{command} Value has invalid type: {type(index).__name__}")
    if options and not 0 <= index < len(options):
        raise StreamlitAPIException(f"{command} index must be between 0 and length of options")
    if not options and index != 0:
        raise StreamlitAPIException(f"{command} index must be between 0 and length of options")

def single_choice(options: list[Any], index: int | None) -> tuple[Callable[[], Any], Callable[[Any], Any], Callable[[Any], Any], Callable[[Any], Any]]:
    """default, serialize, deserialize, adopt for a one-option widget."""
    default_value = options[index] if index is not None and options else None

    def serialize(v: Any) -> int | None:
        return None if v is None else index_of(options, v)

    def deserialize(wire: Any) -> Any:
        return None if wire is None else options[require_index(wire, len(options))]

    def adopt(v: Any) -> Any:
        # A value no longer among the options falls back to the default.
        return v if v is None or index_of(options, v) is not None else default_value

    return (lambda: default_value), serialize, deserialize, adopt



def select_options(accept_new_options: bool, filter_mode: Any, *, required: bool = False, icon: Any = None,
                   select_all: Any = 1000, wrap: Any = None) -> dict[str, Any]:
    """The props of a selectbox's or multiselect's 1.67 options that differ from
    the defaults, checked as Streamlit checks them: ``filter_mode`` (how typing
    filters the options), ``required``, ``icon``, ``select_all`` and ``wrap``."""
    from wasmlit.elements.icons import validate_icon_or_emoji
    from wasmlit.errors import (
        StreamlitIncompatibleParametersError,
        StreamlitInvalidParameterTypeError,
        StreamlitValueError,
    )
    from wasmlit.widgets.base import check_wrap

    if filter_mode not in ("fuzzy", "contains", "prefix", None):
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None", "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. "
                        "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.")
    if isinstance(select_all, bool):
        threshold = -1 if select_all else 0
    elif isinstance(select_all, int):
        if select_all < 0:
            raise StreamlitValueError("select_all", ["True", "False", "a non-negative integer"],
                                      detail="When using an int, `select_all` must be a non-negative integer.")
        threshold = select_all
    else:
        raise StreamlitInvalidParameterTypeError("select_all", type(select_all).__name__, ["bool", "int"])
    check_wrap(wrap)
    props: dict[str, Any] = {}
    if filter_mode != "fuzzy":
        props["filter_mode"] = filter_mode
    if required:
        props["required"] = True
    shown = validate_icon_or_emoji(icon)
    if shown:
        props["icon"] = shown
    if threshold != 1000:
        props["select_all"] = threshold
    if wrap is not None:
        props["wrap"] = wrap
    return props
