"""The Vega-Lite spec of st.line_chart, area_chart, bar_chart and scatter_chart.

Streamlit builds these charts with Altair over a pandas DataFrame
(``elements/lib/built_in_chart_utils.py``). wasmlit builds the same spec as
the dict Altair's ``to_dict()`` gives, over a ``Frame`` (plain columns), so it
needs neither Altair nor pandas: the same fields and titles, the index as x
when x is None, wide data melted to long (one series per y column, coloured
by column), the same tooltips, legends, stacking, sorting, offsets and the
hover layers of the line chart. ``tests/elements/test_built_in_charts.py``
compares the result with what Streamlit 1.67 builds for the same calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit.elements.lib.built_in_chart_data import COLOR_COLUMN, INDEX_COLUMN, VALUE_COLUMN, prep_data
from wasmlit.elements.lib.chart_data import Column, Frame, dataset_name, payload
from wasmlit.elements.lib.color_util import is_builtin_color_name, is_color_like, to_css_color
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

#: The schema Altair 6 writes (what Streamlit 1.67's specs carry).
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_INDEX_TITLE, _VALUE_TITLE, _COLOR_TITLE = "index", "value", "color"
_MISSING_COLUMN = "DOES_NOT_EXIST -- streamlit-generated"
#: Above this many rows the line chart's hover is throttled (Streamlit's threshold).
_LARGE_DATASET = 1000


@dataclass(frozen=True)
class ChartType:
    mark: str
    command: str
    horizontal: bool = False


AREA = ChartType("area", "area_chart")
VERTICAL_BAR = ChartType("bar", "bar_chart")
HORIZONTAL_BAR = ChartType("bar", "bar_chart", horizontal=True)
LINE = ChartType("line", "line_chart")
SCATTER = ChartType("circle", "scatter_chart")


def check_stack(stack: Any) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered"):
        raise StreamlitValueError("stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


def _column_not_found(frame: Frame, name: Any) -> StreamlitAPIException:
    available = ", ".join(str(c) for c in frame.names)
    return StreamlitAPIException(f'Data does not have a column named `"{name}"`. Available columns are `{available}`')


def _color_length_mismatch(colors: object, y_columns: list[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to be colored `{y_columns}`."
    )


def generate_chart(
    chart_type: ChartType,
    frame: Frame,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = None,
    height: Any = None,
    stack: Any = None,
    sort: Any = False,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(spec, data)``: the chart's spec (its data named, not inline) and its data."""
    x_column = _parse_x(frame, x)
    y_columns = _parse_y(frame, y, x_column)
    color_column, color_value = _parse_generic(frame, color)
    size_column, size_value = _parse_generic(frame, size)
    sort_column = _parse_sort(frame, sort)

    prepared = prep_data(frame, x_column, y_columns, color_column, size_column, sort_column)
    data, x_column, y_column, y_columns, color_column, size_column, aliases = prepared
    by_name = {str(c.name): c for c in data}
    rows = len(data[0].values) if data else 0

    x_enc, y_enc = _axis_encodings(by_name, chart_type, x_column, y_column, x, y, x_label, y_label, stack, sort,
                                   aliases)
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is False and color_column is not None:
        if chart_type == VERTICAL_BAR:
            encoding["xOffset"], encoding["yOffset"] = {"field": color_column}, {}
        elif chart_type == HORIZONTAL_BAR:
            encoding["xOffset"], encoding["yOffset"] = {}, {"field": color_column}
        else:
            encoding["xOffset"], encoding["yOffset"] = {}, {}
    if color_column and (chart_type == AREA or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(by_name, color_value, color_column, y_columns, color, aliases)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(by_name, chart_type, size_column, size_value, aliases)
    if size_enc is not None:
        encoding["size"] = size_enc
    if x_column is not None and y_column is not None:
        encoding["tooltip"] = _tooltip(by_name, x_column, y_column, size_column, color_column, aliases)

    data_payload = payload(data)
    name = dataset_name(data_payload)
    chart_width = width if isinstance(width, int) and not isinstance(width, bool) else 0
    chart_height = height if isinstance(height, int) and not isinstance(height, bool) else 0
    zoom = {"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}
    if chart_type == LINE and x_column is not None:
        nearest = {"name": "param_1", "select": {"type": "point", "clear": "mouseleave", "fields": [x_column],
                                                 "nearest": True,
                                                 "on": "mousemove{16}" if rows > _LARGE_DATASET else "mousemove"},
                   "views": ["view_2"]}
        spec: dict[str, Any] = {
            "layer": [
                {"mark": {"type": "line"}, "encoding": encoding, "name": "view_1"},
                {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "name": "view_2"},
                {"mark": {"type": "point", "filled": True, "size": 65}, "encoding": encoding,
                 "transform": [{"filter": {"param": "param_1", "empty": False}}]},
            ],
            "config": {"legend": {"symbolType": "stroke"}},
            "data": {"name": name},
            "height": chart_height,
            "params": [nearest, {**zoom, "name": "param_2", "views": ["view_1"]}],
            "width": chart_width,
        }
    else:
        spec = {"data": {"name": name}, "mark": {"type": chart_type.mark}, "encoding": encoding,
                "height": chart_height, "params": [zoom], "width": chart_width}
    spec["$schema"] = SCHEMA
    return spec, {name: data_payload}


# -- arguments -----------------------------------------------------------------


def _parse_x(frame: Frame, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        if not frame.has(x):
            raise _column_not_found(frame, x)
        return x
    raise StreamlitAPIException(
        f"The `x` parameter must be of type str or None, but got {type(x).__name__}. "
        "Pass a column name or None to use the dataframe's index."
    )


def _parse_y(frame: Frame, y: Any, x_column: Any) -> list[Any]:
    if y is None:
        columns = list(frame.names)
    elif isinstance(y, str):
        columns = [y]
    else:
        columns = [str(c) for c in (y.tolist() if hasattr(y, "tolist") else list(y))]
    for c in columns:
        if not frame.has(c):
            raise _column_not_found(frame, c)
    if x_column in columns and (not y or x_column not in y):
        columns.remove(x_column)
    return columns


def _parse_generic(frame: Frame, column_or_value: Any) -> tuple[Any, Any]:
    if isinstance(column_or_value, str) and frame.has(column_or_value):
        return column_or_value, None
    return None, column_or_value


def _parse_sort(frame: Frame, sort: Any) -> Any:
    if sort is False or sort is True:
        return None
    column = str(sort).removeprefix("-")
    if not frame.has(column):
        raise _column_not_found(frame, column)
    return column


# -- encodings -----------------------------------------------------------------


def _is_date(column: Column | None) -> bool:
    import datetime as dt

    return column is not None and bool(column.values) and isinstance(column.values[0], dt.date)


def _axis(column: Column | None, grid: bool) -> dict[str, Any]:
    if column is not None and column.integer:
        return {"tickMinStep": 1, "grid": grid}
    return {"grid": grid}


def _axis_encodings(by_name: dict[str, Column], chart_type: ChartType, x: str | None, y: str | None, x_user: Any,
                    y_user: Any, x_label: str | None, y_label: str | None, stack: Any, sort: Any,
                    aliases: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    if chart_type == HORIZONTAL_BAR:
        x_enc = _x_encoding(by_name, y, y_user, y_label, chart_type, aliases)
        y_enc = _y_encoding(by_name, x, x_user, x_label, chart_type, aliases)
        stack_enc, sort_enc = x_enc, y_enc
    else:
        x_enc = _x_encoding(by_name, x, x_user, x_label, chart_type, aliases)
        y_enc = _y_encoding(by_name, y, y_user, y_label, chart_type, aliases)
        stack_enc, sort_enc = y_enc, x_enc
    if stack is not None:
        stack_enc["stack"] = False if stack == "layered" else stack
    if chart_type.mark == "bar":
        if sort is False:
            sort_enc["sort"] = None
        elif sort is not True:
            field = str(sort).removeprefix("-")
            field = next((a for a, o in aliases.items() if o == field), field)
            sort_enc["sort"] = {"field": field, "order": "descending" if str(sort).startswith("-") else "ascending"}
    return x_enc, y_enc


def _x_encoding(by_name: dict[str, Column], x: str | None, x_user: Any, label: str | None,
                chart_type: ChartType, aliases: dict[str, str]) -> dict[str, Any]:
    if x is None:
        field, title = _MISSING_COLUMN, ""
    elif x == INDEX_COLUMN:
        field, title = x, ""
    else:
        field, title = x, ("" if x_user is None else aliases.get(x, x))
    if label is not None:
        title = label
    column = by_name.get(x) if x is not None else None
    if x is None:
        vega_type = "quantitative"
    elif chart_type == VERTICAL_BAR and not _is_date(column):
        vega_type = "ordinal"
    else:
        vega_type = column.vega_type if column else "quantitative"
    return {"axis": _axis(column, chart_type == HORIZONTAL_BAR), "field": field, "scale": {}, "title": title,
            "type": vega_type}


def _y_encoding(by_name: dict[str, Column], y: str | None, y_user: Any, label: str | None,
                chart_type: ChartType, aliases: dict[str, str]) -> dict[str, Any]:
    if y is None:
        field, title = _MISSING_COLUMN, ""
    elif y == VALUE_COLUMN:
        field, title = y, ""
    else:
        field, title = y, ("" if y_user is None else aliases.get(y, y))
    if label is not None:
        title = label
    column = by_name.get(y) if y is not None else None
    if chart_type == HORIZONTAL_BAR and not _is_date(column):
        vega_type = "ordinal"
    elif column is not None:
        vega_type = column.vega_type
    else:
        vega_type = "quantitative"
    return {"axis": _axis(column, chart_type != HORIZONTAL_BAR), "field": field, "scale": {}, "title": title,
            "type": vega_type}


def _color_encoding(by_name: dict[str, Column], value: Any, column: str | None, y_columns: list[str],
                    color_user: Any, aliases: dict[str, str]) -> dict[str, Any] | None:
    if value not in (None, [], ()):
        if is_color_like(value):
            if len(y_columns) != 1:
                raise _color_length_mismatch([value], y_columns)
            return {"value": to_css_color(value)}
        if isinstance(value, str) and is_builtin_color_name(value):
            if len(y_columns) != 1:
                raise _color_length_mismatch([value], y_columns)
            return {"value": value}
        if isinstance(value, (list, tuple)):
            if len(value) != len(y_columns):
                raise _color_length_mismatch(value, y_columns)
            colors = [c if isinstance(c, str) and is_builtin_color_name(c) else to_css_color(c) for c in value]
            if len(colors) == 1:
                return {"value": colors[0]}
            enc: dict[str, Any] = {"scale": {"domain": y_columns, "range": colors}, "legend": _COLOR_LEGEND,
                                   "type": "nominal", "title": " "}
            if column is not None:
                enc["field"] = column
            return enc
        raise StreamlitAPIException(
            f"This does not look like a valid color argument: `{color_user}`.\n\nThe color argument can be:\n\n"
            '* A hex string like "#ffaa00" or "#ffaa0088".\n'
            "* An RGB or RGBA tuple with the red, green, blue, and alpha components specified as ints from 0 to "
            "255 or floats from 0.0 to 1.0.\n* The name of a column.\n"
            "* Or a list of colors, matching the number of y columns to draw."
        )
    if column is None:
        return None
    data = by_name[column]
    enc = {"field": column, "legend": _COLOR_LEGEND,
           "type": "nominal" if column == COLOR_COLUMN else data.vega_type}
    if column == COLOR_COLUMN:
        enc["title"] = " "
    else:
        if column in aliases:
            enc["title"] = aliases[column]
        if data.values and is_color_like(data.values[0]):
            enc["scale"] = {"range": [to_css_color(c) for c in dict.fromkeys(data.values)]}
            enc["legend"] = None
    return enc


def _size_encoding(by_name: dict[str, Column], chart_type: ChartType, column: str | None, value: Any,
                   aliases: dict[str, str]) -> dict[str, Any] | None:
    if chart_type != SCATTER:
        return None
    if column is not None:
        return {"field": column, "legend": _SIZE_LEGEND, "title": aliases.get(column, column),
                "type": by_name[column].vega_type}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"value": value}
    if value is None:
        return {"value": 100}
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {value!r}.")


def _tip(by_name: dict[str, Column], field: str, title: str | None = None, vega_type: str | None = None) -> dict[str, Any]:
    column = by_name.get(field)
    tip: dict[str, Any] = {"field": field, "type": vega_type or (column.vega_type if column else "nominal")}
    if title is not None:
        tip["title"] = title
    return tip


def _tooltip(by_name: dict[str, Column], x: str, y: str, size: str | None, color: str | None,
             aliases: dict[str, str]) -> list[dict[str, Any]]:
    tips = [_tip(by_name, x, _INDEX_TITLE if x == INDEX_COLUMN else aliases.get(x))]
    if y == VALUE_COLUMN:
        tips.append(_tip(by_name, y, _VALUE_TITLE, "quantitative"))
    else:
        tips.append(_tip(by_name, y, aliases.get(y)))
    # Streamlit means to leave colour values out of the tooltip (its legend is
    # hidden), but Altair still lists them: so do we.
    if color:
        if color == COLOR_COLUMN:
            tips.append(_tip(by_name, color, _COLOR_TITLE, "nominal"))
        else:
            tips.append(_tip(by_name, color, aliases.get(color)))
    if size:
        tips.append(_tip(by_name, size, aliases.get(size)))
    return tips

