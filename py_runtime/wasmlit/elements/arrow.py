"""st.dataframe: a table in an interactive grid (sorting, search, CSV
download, row and column selections with ``on_select``).

Any table-like data becomes a ``Frame`` (elements/lib/dataframe_util.py) and
travels as columns of values (elements/lib/frame.py): numbers as binary,
never as rows of strings. With ``on_select`` the dataframe is a widget whose
value is its selection, ``{"selection": {"rows": [...], "columns": [...],
"cells": [...]}}``, as in Streamlit 1.67.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.elements.lib.event_utils import ButtonColumnClickState, DataframeSelectionState, DataframeState
from wasmlit.elements.lib.layout_utils import legacy_container_width, validate_height, validate_width
from wasmlit.elements.table import TableMixin
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.widget_registry import validate_on_change_mode
from wasmlit.errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitValueError
from wasmlit.widgets.base import WidgetSpec, draw_widget, register_widget, to_key

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.
if TYPE_CHECKING:
    from wasmlit.elements.lib.column_config_utils import ColumnConfigMapping
    from wasmlit.elements.lib.frame import Frame

SELECTION_MODES = ("single-row", "single-row-required", "multi-row", "single-column", "multi-column",
                   "single-cell", "multi-cell")
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})


def table_payload(data: Any) -> dict[str, Any]:
    """Column names, index labels and rows of strings (what the charts draw
    until they have views of their own)."""
    from wasmlit.elements.lib.dataframe_util import to_frame
    frame = to_frame(data)
    columns = [c.python_values() for c in frame.columns]
    index = frame.index[0].python_values() if frame.index else list(range(frame.num_rows))

    def cell(v: Any) -> str:
        return "" if v is None else str(v)

    return {"columns": frame.column_names, "index": [cell(i) for i in index],
            "rows": [[cell(col[i]) for col in columns] for i in range(min(frame.num_rows, 10_000))]}


def normalize_selection_mode(selection_mode: Any) -> set[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(SELECTION_MODES)])
    rows = sorted(modes & ROW_MODES)
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(*(f"selection_mode='{m}'" for m in rows),
                                                   explanation="Only one row selection mode can be specified.")
    if {"single-column", "multi-column"} <= modes:
        raise StreamlitIncompatibleParametersError("selection_mode='single-column'", "selection_mode='multi-column'")
    if {"single-cell", "multi-cell"} <= modes:
        raise StreamlitIncompatibleParametersError("selection_mode='single-cell'", "selection_mode='multi-cell'")
    return modes


def validate_selection(value: Any, num_rows: int, columns: list[str], modes: set[str], *,
                       from_page: bool = False) -> dict[str, Any]:
    """A selection, reduced to what the modes and the table allow. Set from Python
    (``selection_default``, ``st.session_state``), cells count only in single-cell
    mode, as in Streamlit: a multi-cell selection is a rectangle that cell positions
    cannot rebuild. The page's own selection (``from_page``) keeps its cells."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key containing 'rows', 'columns', and "
            "'cells' arrays."
        )
    selection = value["selection"]
    out: dict[str, Any] = {"rows": [], "columns": [], "cells": []}
    names = set(columns)
    raw_rows = selection.get("rows")
    if isinstance(raw_rows, list) and modes & ROW_MODES:
        rows = list(dict.fromkeys(r for r in raw_rows if isinstance(r, int) and not isinstance(r, bool)
                                  and 0 <= r < num_rows))
        out["rows"] = rows if "multi-row" in modes else rows[:1]
    if "single-row-required" in modes and num_rows > 0 and not out["rows"]:
        out["rows"] = [0]
    raw_columns = selection.get("columns")
    if isinstance(raw_columns, list) and modes & {"single-column", "multi-column"}:
        cols = list(dict.fromkeys(c for c in raw_columns if isinstance(c, str) and c in names))
        out["columns"] = cols if "multi-column" in modes else cols[:1]
    raw_cells = selection.get("cells")
    cell_modes = {"single-cell", "multi-cell"} if from_page else {"single-cell"}
    if isinstance(raw_cells, list) and modes & cell_modes:
        cells = list(dict.fromkeys(
            (c[0], c[1]) for c in raw_cells
            if isinstance(c, (list, tuple)) and len(c) == 2 and isinstance(c[0], int) and 0 <= c[0] < num_rows
            and isinstance(c[1], str) and c[1] in names))
        out["cells"] = cells if "multi-cell" in modes else cells[:1]
    return {"selection": out}


def _state(selection: dict[str, Any]) -> DataframeState:
    cells = [tuple(c) for c in selection.get("cells") or []]
    return DataframeState({"selection": DataframeSelectionState(
        {"rows": list(selection.get("rows") or []), "columns": list(selection.get("columns") or []), "cells": cells})})


def _click_state(wire: Any) -> dict[str, Any] | None:
    """A button-column click from the page (JSON text, as Streamlit's frontend sends it)."""
    if not wire:
        return None
    parsed = json.loads(wire) if isinstance(wire, str) else wire
    row = parsed.get("row") if isinstance(parsed, dict) else None
    if not isinstance(row, int) or isinstance(row, bool) or not isinstance(parsed.get("label"), str):
        raise StreamlitAPIException("Invalid button click state: expected {row: int, label: str}.")
    if row < 0:
        raise StreamlitAPIException(f"Invalid button click row index: {row}. Row must be >= 0.")
    return ButtonColumnClickState(parsed)


def register_button_columns(cursor: Cursor, column_config: Any) -> dict[str, str]:
    """Register the click trigger of each ButtonColumn that has a key, as
    Streamlit's register_button_column_widgets does: ``st.session_state[key]``
    is the click ``{row, label}`` in the run it starts and None otherwise, and
    ``on_click`` runs first. Returns the column -> widget id map the grid
    carries (``button_click_widgets``)."""
    from wasmlit.elements.lib.column_config_utils import NUMERICAL_POSITION_PREFIX
    from wasmlit.elements.lib.column_types import ButtonColumnResult
    if not isinstance(column_config, Mapping):
        return {}
    widgets: dict[str, str] = {}
    for column, config in column_config.items():
        if not isinstance(config, ButtonColumnResult):
            continue
        name = f"{NUMERICAL_POSITION_PREFIX}{column}" if isinstance(column, int) else str(column)
        on_click = validate_on_change_mode(config.on_click, supported=(), param_name="on_click")
        spec = WidgetSpec(type="dataframe_button", label="", identity={}, default=lambda: None,
                          serialize=lambda v: None if v is None else json.dumps(v), deserialize=_click_state,
                          is_trigger=True, trigger_reset_value=None)
        widget_id, _, _ = register_widget(cursor, spec, key=config.key, on_change=on_click, args=config.args,
                                          kwargs=config.kwargs)
        widgets[name] = widget_id
    return widgets


def table_props(frame: Frame, mapping: ColumnConfigMapping, *, hide_index: bool | None, column_order: Any,
                width: Any, height: Any, row_height: Any, placeholder: Any, editing_mode: str) -> dict[str, Any]:
    """The props a grid (st.dataframe, st.data_editor) is drawn from."""
    from wasmlit.elements.lib.column_config_utils import INDEX_IDENTIFIER, update_column_config, wire_column_config
    from wasmlit.elements.lib.dataframe_util import INDEX_HIDDEN_FORMATS
    from wasmlit.elements.lib.frame import encode_frame
    if frame.data_format in INDEX_HIDDEN_FORMATS:
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": True})
    if hide_index is not None:
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": bool(hide_index)})
    if row_height is not None and (not isinstance(row_height, int) or row_height <= 0):
        raise StreamlitAPIException(f"`row_height` must be a positive integer, not {row_height!r}.")
    return {
        "data": encode_frame(frame),
        "column_config": wire_column_config(mapping),
        "column_order": None if column_order is None else [str(c) for c in column_order],
        "width": width,
        "height": height,
        "row_height": row_height,
        "placeholder": placeholder,
        "editing_mode": editing_mode,
    }


class ArrowMixin(TableMixin):
    def dataframe(self, data: Any = None, width: Any = "stretch", height: Any = "auto", *,
                  use_container_width: bool | None = None, hide_index: bool | None = None,
                  column_order: Iterable[str] | None = None, column_config: Any = None, key: Any = None,
                  on_select: Any = "ignore", selection_mode: Any = "multi-row", selection_default: Any = None,
                  row_height: int | None = None, placeholder: str | None = None, lazy: bool | None = None,
                  alt: str | None = None) -> Any:
        """Display a table as an interactive grid; with ``on_select``, return its selection."""
        from wasmlit.elements.lib.column_config_utils import process_config_mapping
        from wasmlit.elements.lib.dataframe_util import to_frame
        from wasmlit.elements.lib.frame import frame_digest
        callback = validate_on_change_mode(on_select, supported=("rerun", "ignore"), none_supported=False,
                                           param_name="on_select")
        user_key = to_key(key)
        active = on_select != "ignore"
        if selection_default is not None and not active:
            raise StreamlitIncompatibleParametersError(
                "selection_default", "on_select='ignore'",
                explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.")
        modes = normalize_selection_mode(selection_mode) if active else set()
        width = legacy_container_width(width, use_container_width)
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True, also=("auto",))
        frame = to_frame(data)
        mapping = process_config_mapping(column_config)
        effective_hide_index = hide_index
        if effective_hide_index is None and active and frame.range_index and modes & ROW_MODES:
            effective_hide_index = True
        props = table_props(frame, mapping, hide_index=effective_hide_index, column_order=column_order,
                            width=width, height=height, row_height=row_height, placeholder=placeholder,
                            editing_mode="read_only")
        props["alt"] = alt
        props["button_click_widgets"] = register_button_columns(self, column_config)
        if props["button_click_widgets"]:
            props["form_id"] = self._form_id()
        if not active:
            return self._draw("dataframe", props, key=user_key)
        props["selection_mode"] = sorted(modes)
        names = frame.column_names
        default_selection: dict[str, Any] | None = None
        if selection_default is not None:
            default_selection = validate_selection(selection_default, frame.num_rows, names, modes)["selection"]
            props["selection_default"] = json.dumps({"selection": default_selection})
        empty = {"rows": [0] if "single-row-required" in modes and frame.num_rows else [], "columns": [],
                 "cells": []}

        def serialize(state: Any) -> dict[str, Any]:
            selection = dict(state["selection"]) if isinstance(state, dict) and "selection" in state else {}
            return {"selection": {"rows": list(selection.get("rows") or []),
                                  "columns": list(selection.get("columns") or []),
                                  "cells": [list(c) for c in selection.get("cells") or []]}}

        def deserialize(wire: Any) -> DataframeState:
            if wire is None:
                return _state(default_selection or empty)
            if isinstance(wire, str):
                wire = json.loads(wire)
            return _state(validate_selection(wire, frame.num_rows, names, modes, from_page=True)["selection"])

        def adopt(value: Any) -> DataframeState:
            if isinstance(value, DataframeState):  # the page's value, already checked
                return value
            if user_key is not None and not require_run_context().state.is_new_user_value(user_key) and \
                    isinstance(value, dict) and isinstance(value.get("selection"), dict):
                # Set before the run (AppTest): Streamlit hands it back as it was given.
                return DataframeState(value)
            checked = validate_selection(value, frame.num_rows, names, modes)
            if user_key is not None and require_run_context().state.is_new_user_value(user_key):
                # Set by the script in this run: the page is told once (Streamlit's one-shot
                # ``selection_state``); register_widget reads ``props`` after adopting.
                props["selection_state"] = json.dumps(checked)
            return _state(checked["selection"])

        identity = {"data": frame_digest(props["data"]), "width": width, "height": height,
                    "use_container_width": use_container_width, "column_order": props["column_order"],
                    "column_config": props["column_config"], "selection_mode": tuple(sorted(modes)),
                    "is_selection_activated": True, "selection_default": default_selection,
                    "row_height": row_height, "placeholder": placeholder, "alt": alt}
        spec = WidgetSpec(type="dataframe", label="", identity=identity,
                          key_identity={"selection_mode", "is_selection_activated"},
                          default=lambda: deserialize(None), serialize=serialize, deserialize=deserialize,
                          adopt=adopt, props=props)
        value: DataframeState = draw_widget(self, spec, key=key, on_change=callback)
        return value
