"""``st.column_config``: how a column of st.dataframe or st.data_editor looks
and edits, as Streamlit 1.67 defines it.

Each function returns a plain dict (``ColumnConfig``) that travels to the
page as is; the page's grid reads ``type_config`` to draw and edit the
column. ``None`` values are dropped before it travels.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, TypedDict

from wasmlit.errors import StreamlitAPIException, StreamlitValueError

ColumnWidth = Literal["small", "medium", "large"] | int
_CHART_COLORS = ["auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey",
                 "primary"]
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\))$")


class ColumnConfig(TypedDict, total=False):
    """The configuration of one column (what every ``*Column`` function returns)."""

    label: str | None
    width: ColumnWidth | None
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    pinned: bool | None
    default: Any
    alignment: Literal["left", "center", "right"] | None
    type_config: dict[str, Any] | None


@dataclass(frozen=True)
class ButtonColumnResult:
    """A ButtonColumn with a key: its config and its click callback."""

    config: ColumnConfig
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None


def _validate_chart_color(color: str) -> None:
    if color not in _CHART_COLORS and not _CSS_COLOR.match(color.strip()):
        raise StreamlitValueError("color", [*_CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"])


def _base(label: str | None, width: Any, help: str | None, pinned: bool | None, **more: Any) -> ColumnConfig:
    config = ColumnConfig(label=label, width=width, help=help, pinned=pinned)
    config.update(more)  # type: ignore[typeddict-item]
    return config


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, timedelta) else step


def Column(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
           alignment: Literal["left", "center", "right"] | None = None) -> ColumnConfig:
    """A column with no type of its own: the data decides how it looks."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                 alignment: Literal["left", "center", "right"] | None = None, default: int | float | None = None,
                 format: str | None = None, min_value: int | float | None = None,
                 max_value: int | float | None = None, step: int | float | None = None) -> ColumnConfig:
    """Numbers, shown with ``format`` ('%d', '%.2f', 'dollar', 'percent' ...)."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=default, type_config={"type": "number", "min_value": min_value, "max_value": max_value,
                                               "format": format, "step": step})


def TextColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: Literal["left", "center", "right"] | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None) -> ColumnConfig:
    """Text, optionally limited in length or checked with a regular expression."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=default, type_config={"type": "text", "max_chars": max_chars, "validate": validate})


def LinkColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: Literal["left", "center", "right"] | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> ColumnConfig:
    """URLs shown as links; ``display_text`` is fixed text or a regex whose first group is shown."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=default, type_config={"type": "link", "max_chars": max_chars, "validate": validate,
                                               "display_text": display_text})


def CheckboxColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: Literal["left", "center", "right"] | None = None,
                   default: bool | None = None) -> ColumnConfig:
    """Booleans as checkboxes."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=default, type_config={"type": "checkbox"})


def SelectboxColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                    default: Any = None, options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> ColumnConfig:
    """One value of ``options``, picked from a list."""
    processed: list[Any] | None = None if options is None else list(options)
    if processed and format_func is not None:
        processed = [{"value": o, "label": format_func(o)} for o in processed]
    return _base(label, width, help, pinned, disabled=disabled, required=required, default=default,
                 type_config={"type": "selectbox", "options": processed})


def MultiselectColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                      default: Iterable[str] | None = None, options: Iterable[str] | None = None,
                      accept_new_options: bool | None = None, color: Any = None,
                      format_func: Callable[[str], str] | None = None) -> ColumnConfig:
    """Several values of ``options`` (a list cell), shown as colored chips."""
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        colors = (itertools.repeat(color) if isinstance(color, str)
                  else itertools.cycle(list(color)) if color is not None else None)
        processed = []
        for option in options:
            item: dict[str, Any] = {"value": option}
            if format_func is not None:
                item["label"] = format_func(option)
            if colors is not None:
                item["color"] = next(colors)
            processed.append(item)
    return _base(label, width, help, pinned, disabled=disabled, required=required,
                 default=None if default is None else list(default),
                 type_config={"type": "multiselect", "options": processed, "accept_new_options": accept_new_options})


def ListColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None, required: bool | None = None,
               default: Iterable[str] | None = None) -> ColumnConfig:
    """Lists of values, shown as chips."""
    return _base(label, width, help, pinned, disabled=disabled, required=required,
                 default=None if default is None else list(default), type_config={"type": "list"})


def DatetimeColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: Literal["left", "center", "right"] | None = None, default: datetime | None = None,
                   format: str | None = None, min_value: datetime | None = None,
                   max_value: datetime | None = None, step: int | float | timedelta | None = None,
                   timezone: str | None = None) -> ColumnConfig:
    """Date and time values ('localized', 'distance', 'calendar', 'iso8601' or a momentjs format)."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=_iso(default), type_config={"type": "datetime", "format": format,
                                                     "min_value": _iso(min_value), "max_value": _iso(max_value),
                                                     "step": _seconds(step), "timezone": timezone})


def TimeColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: Literal["left", "center", "right"] | None = None, default: time | None = None,
               format: str | None = None, min_value: time | None = None, max_value: time | None = None,
               step: int | float | timedelta | None = None) -> ColumnConfig:
    """Times of day."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=_iso(default), type_config={"type": "time", "format": format, "min_value": _iso(min_value),
                                                     "max_value": _iso(max_value), "step": _seconds(step)})


def DateColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: Literal["left", "center", "right"] | None = None, default: date | None = None,
               format: str | None = None, min_value: date | None = None, max_value: date | None = None,
               step: int | None = None) -> ColumnConfig:
    """Dates."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=_iso(default), type_config={"type": "date", "format": format, "min_value": _iso(min_value),
                                                     "max_value": _iso(max_value), "step": step})


def _chart(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None, y_min: Any,
           y_max: Any, color: Any) -> ColumnConfig:
    if color is not None:
        _validate_chart_color(color)
    return _base(label, width, help, pinned, type_config={"type": kind, "y_min": y_min, "y_max": y_max,
                                                          "color": color})


def BarChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   pinned: bool | None = None, y_min: int | float | None = None, y_max: int | float | None = None,
                   color: str | None = None) -> ColumnConfig:
    """A list of numbers as a small bar chart."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None, y_max: int | float | None = None,
                    color: str | None = None) -> ColumnConfig:
    """A list of numbers as a small line chart."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None, y_max: int | float | None = None,
                    color: str | None = None) -> ColumnConfig:
    """A list of numbers as a small area chart."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def ProgressColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None, min_value: int | float | None = None,
                   max_value: int | float | None = None, step: int | float | None = None,
                   color: str | None = None) -> ColumnConfig:
    """A number as a progress bar between ``min_value`` (0) and ``max_value`` (100)."""
    if color is not None:
        _validate_chart_color(color)
    return _base(label, width, help, pinned, type_config={"type": "progress", "format": format,
                                                          "min_value": min_value, "max_value": max_value,
                                                          "step": step, "color": color})


def _media(kind: str, label: str | None, width: Any, help: str | None, pinned: bool | None,
           alignment: Any) -> ColumnConfig:
    return _base(label, width, help, pinned, alignment=alignment, type_config={"type": kind})


def ImageColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                pinned: bool | None = None, alignment: Literal["left", "center", "right"] | None = None) -> ColumnConfig:
    """Image URLs (or data URLs, or SVG text) shown as images."""
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                pinned: bool | None = None, alignment: Literal["left", "center", "right"] | None = None) -> ColumnConfig:
    """Audio URLs, with a player."""
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                pinned: bool | None = None, alignment: Literal["left", "center", "right"] | None = None) -> ColumnConfig:
    """Video URLs, with a player."""
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               pinned: bool | None = None, alignment: Literal["left", "center", "right"] | None = None) -> ColumnConfig:
    """Dicts, lists or JSON text, shown as JSON."""
    return _media("json", label, width, help, pinned, alignment)


def MarkdownColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: Literal["left", "center", "right"] | None = None,
                   default: str | None = None) -> ColumnConfig:
    """Text rendered as Markdown."""
    return _base(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment,
                 default=default, type_config={"type": "markdown"})


def ButtonColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                 pinned: bool | None = None, alignment: Literal["left", "center", "right"] | None = None,
                 type: Literal["primary", "secondary", "tertiary"] = "secondary", on_click: Any = None,
                 args: Any = None, kwargs: Any = None, key: str | None = None) -> ButtonColumnResult | ColumnConfig:
    """Each cell's text as a button."""
    config = _base(label, width, help, pinned, alignment=alignment, disabled=True,
                   type_config={"type": "button", "button_type": type})
    if key is not None:
        return ButtonColumnResult(config, on_click, args, kwargs, key)
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitAPIException(
            "Missing required parameter `key`. Callbacks passed via `on_click`, `args`, or `kwargs` need a "
            "unique key to be registered."
        )
    return config
