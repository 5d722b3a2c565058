"""The dict-like states that st.dataframe selections, st.data_editor and the
charts with ``on_select`` return: read with keys or attributes, never changed
in place (as in Streamlit, where changing them would have no effect on the app)."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any, TypeVar

from wasmlit.elements.lib.dicttools import ReadOnlyAttributeDictionary
from wasmlit.errors import StreamlitValueError

if TYPE_CHECKING:
    from wasmlit.engine.cursor import Cursor


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``{"rows": [...], "columns": [...], "cells": [...]}``."""


class DataframeState(ReadOnlyAttributeDictionary):
    """``{"selection": DataframeSelectionState}``: what st.dataframe returns with ``on_select``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict) and not isinstance(item, DataframeSelectionState):
            item = DataframeSelectionState(item)
            dict.__setitem__(self, key, item)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and not isinstance(
            item, ReadOnlyAttributeDictionary) else item


class DataEditorState(ReadOnlyAttributeDictionary):
    """``{"edited_rows": {...}, "added_rows": [...], "deleted_rows": [...]}``: st.data_editor's state."""


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """``{"row": int, "label": str}``: a click on a ButtonColumn, in ``st.session_state[key]`` for one run."""


class ChartSelectionState(ReadOnlyAttributeDictionary):
    """``{"selection": ...}`` of a chart with ``on_select``; ``selection`` is read as ``selection_class``."""

    selection_class: type[ReadOnlyAttributeDictionary] = ReadOnlyAttributeDictionary

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return self.selection_class(item)
        return super().__getitem__(key)


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``event.selection`` of a Plotly chart: ``points``, ``point_indices``, ``box`` and ``lasso``."""


class PlotlyState(ChartSelectionState):
    """The event state of a Plotly chart with selections: ``state.selection``."""

    selection_class = PlotlySelectionState


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``event.selection`` of a pydeck chart: ``indices`` and ``objects``, by layer id."""


class PydeckState(ChartSelectionState):
    """The event state of a pydeck chart with selections: ``state.selection``."""

    selection_class = PydeckSelectionState


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``event.selection`` of an ECharts chart: ``selected`` (indices grouped by series) and ``areas`` (brushes)."""


class EChartsState(ChartSelectionState):
    """The event state of an ECharts chart with selections: ``state.selection``."""

    selection_class = EChartsSelectionState


State = TypeVar("State", bound=ChartSelectionState)


def chart_selection(wire: Any, state_class: type[State], empty: dict[str, Any]) -> State:
    """The selection state the page's JSON text describes (``{"selection": empty}`` when None)."""
    if wire is not None and not isinstance(wire, str):
        raise ValueError(f"expected the JSON text of a selection state, got {wire!r}")
    parsed = json.loads(wire) if wire else None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return state_class({"selection": dict(empty)})
    return state_class(parsed)


def check_on_select(on_select: Any) -> Callable[..., Any] | None:
    """The callback of ``on_select`` ("rerun" has none), with Streamlit's error for anything else."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def draw_selection_widget(cursor: Cursor, widget_type: str, identity: dict[str, Any],
                          key_identity: bool | Collection[str], props: dict[str, Any],
                          deserialize: Callable[[Any], Any], key: Any, on_select: Any) -> Any:
    """A chart with ``on_select`` as Streamlit makes it: a read-only widget (writes to its key are
    refused) whose value is its selection state; ``on_select`` is "rerun" or a callback."""
    from wasmlit.widgets.base import WidgetSpec, draw_widget

    callback = check_on_select(on_select)
    widget = WidgetSpec(
        type=widget_type,
        label="",
        identity=identity,
        key_identity=key_identity,
        default=lambda: deserialize(None),
        serialize=lambda state: json.dumps(state, default=str),
        deserialize=deserialize,
        read_only=True,
        props=props,
    )
    return draw_widget(cursor, widget, key=key, on_change=callback, label_visibility="collapsed")
