"""st.data_editor: a grid the user edits; it returns the edited data in the
type it was given (a DataFrame, a list of dicts, a dict ...).

A widget whose wire value is its edit state, ``{"edited_rows": {"0": {"a":
1}}, "added_rows": [...], "deleted_rows": [...]}``; in Python (and in
``st.session_state[key]``) the rows of ``edited_rows`` are ints, as in
Streamlit. The script may not assign the key (Streamlit's read-only rule),
but a test may, before a run (AppTest).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.elements.arrow import register_button_columns, table_props
from wasmlit.elements.lib.event_utils import DataEditorState
from wasmlit.elements.lib.layout_utils import legacy_container_width, validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.widget_registry import validate_on_change_mode
from wasmlit.errors import StreamlitAPIException, StreamlitDataframeConversionError, StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget
from wasmlit.widgets.wire import require_list

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.
if TYPE_CHECKING:
    from wasmlit.elements.lib.frame import Frame

EDITING_MODES = {"fixed": "fixed", "dynamic": "dynamic", "add": "add", "delete": "delete"}
#: Data formats edited through pandas (dataframe_util's names; "column_series_mapping" is COLUMN_SERIES_MAPPING).
_PANDAS_FORMATS = ("pandas_", "pyarrow_", "polars_", "column_series_mapping")


def editor_state(value: Any) -> DataEditorState:
    """An edit state from the page (a dict or JSON text) or from a test: rows as ints."""
    if value is None:
        value = {}
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping):
        raise ValueError(f"expected an edit state object, got {value!r}")
    edited = value.get("edited_rows") or {}
    added = value.get("added_rows") or []
    deleted = value.get("deleted_rows") or []
    if not isinstance(edited, Mapping) or not all(isinstance(v, Mapping) for v in edited.values()):
        raise ValueError(f"expected edited_rows to map rows to {{column: value}}, got {edited!r}")
    require_list(added)
    require_list(deleted)
    if not all(isinstance(r, Mapping) for r in added):
        raise ValueError(f"expected added_rows to be a list of {{column: value}}, got {added!r}")
    return DataEditorState({
        "edited_rows": {int(k): dict(v) for k, v in edited.items()},
        "added_rows": [dict(r) for r in added],
        "deleted_rows": [int(r) for r in deleted],
    })


def _wire(state: Any) -> dict[str, Any]:
    state = editor_state(state)
    return {"edited_rows": {str(k): v for k, v in state["edited_rows"].items()},
            "added_rows": list(state["added_rows"]), "deleted_rows": list(state["deleted_rows"])}


def _check_column_names(names: list[str]) -> None:
    from wasmlit.elements.lib.column_config_utils import INDEX_IDENTIFIER
    duplicated = list(dict.fromkeys(n for n in names if names.count(n) > 1))
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The following column names "
            f"are duplicated: {duplicated}. Please rename the duplicated columns in the provided data.")
    if INDEX_IDENTIFIER in names:
        raise StreamlitAPIException(
            f"The column name '{INDEX_IDENTIFIER}' is reserved for the index column and can't be used for data "
            "columns. Please rename the column in the provided data.")


def _signature(frame: Frame, fmt: str, disabled: Any, disabled_columns: list[str]) -> str:
    """What keeps a keyed editor's edits: the data's shape, not its values."""
    h = hashlib.blake2b(digest_size=16)
    parts: list[Any] = [fmt, frame.column_names, [(c.name, c.kind) for c in frame.columns], frame.num_rows,
                        [c.name for c in frame.index], frame.range_index, repr(disabled), sorted(disabled_columns)]
    if not frame.range_index and frame.index:
        parts.append([repr(v) for v in frame.index[0].python_values()])
    h.update(json.dumps(parts, default=repr).encode())
    return h.hexdigest()


def _to_data_format(df: Any, fmt: str) -> Any:
    from wasmlit.elements.lib.dataframe_util import COLUMN_SERIES_MAPPING, PANDAS_SERIES
    if fmt == PANDAS_SERIES:
        return df.iloc[:, 0]
    if fmt == "pyarrow_table":
        import importlib

        return importlib.import_module("pyarrow").Table.from_pandas(df)
    if fmt.startswith("polars_"):
        import importlib

        return importlib.import_module("polars").from_pandas(df)
    if fmt == COLUMN_SERIES_MAPPING:
        return df.to_dict(orient="series")
    return df


class DataEditorMixin(Cursor):
    def data_editor(self, data: Any, *, width: Any = "stretch", height: Any = "auto",
                    use_container_width: bool | None = None, hide_index: bool | None = None,
                    column_order: Iterable[str] | None = None, column_config: Any = None, num_rows: str = "fixed",
                    disabled: bool | Iterable[str | int] = False, key: Any = None,
                    on_change: WidgetCallback | str | None = "rerun", args: Any = None, kwargs: Any = None,
                    row_height: int | None = None, placeholder: str | None = None, alt: str | None = None) -> Any:
        """Display a grid the user can edit; return the edited data."""
        from wasmlit.elements.lib.column_config_utils import (
            INDEX_IDENTIFIER,
            is_type_compatible,
            process_config_mapping,
            update_column_config,
        )
        from wasmlit.elements.lib.dataframe_util import (
            UNKNOWN,
            determine_data_format,
            frame_from_pandas,
            frame_to_format,
            pandas,
            pandas_frame,
            to_frame,
        )
        from wasmlit.elements.lib.edits import apply_to_frame, apply_to_pandas, schema_of
        from wasmlit.elements.lib.frame import frame_digest
        callback = validate_on_change_mode(on_change, supported=("rerun", "ignore"))
        width = legacy_container_width(width, use_container_width)
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True, also=("auto",))
        if num_rows not in EDITING_MODES:
            raise StreamlitValueError("num_rows", ["'fixed'", "'dynamic'", "'add'", "'delete'"])
        fmt = determine_data_format(data)
        if fmt == UNKNOWN:
            raise StreamlitDataframeConversionError(
                f"The data type ({type(data).__name__}) or format is not supported by the data editor. Please "
                "convert your data into a Pandas Dataframe or another supported data format.")
        df = None
        if fmt.startswith(_PANDAS_FORMATS):
            pd = pandas()
            df = pandas_frame(data).copy()
            if type(df.index) not in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex):
                raise StreamlitAPIException(f"The type of the dataframe index - {type(df.index).__name__} - is not "
                                            "yet supported by the data editor.")
            if isinstance(df.columns, pd.MultiIndex):
                df.columns = ["_".join(map(str, c)) for c in df.columns.to_flat_index()]
            else:
                df.columns = pd.Index([str(c) for c in df.columns], name=df.columns.name)
            frame = frame_from_pandas(df)
            frame.data_format = fmt
        else:
            frame = to_frame(data)
            for column in frame.columns:
                column.label = column.name
        _check_column_names(frame.column_names)
        mapping = process_config_mapping(column_config)
        if not frame.range_index:
            update_column_config(mapping, INDEX_IDENTIFIER, {"required": True})
        if hide_index is None and frame.range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if not isinstance(disabled, bool):
            for name in disabled:
                update_column_config(mapping, name, {"disabled": True})
        schema = schema_of(frame)
        for name, config in mapping.items():
            type_config = config.get("type_config") or {}
            kind = schema.get(str(name))
            if config.get("disabled") is True or kind is None or not type_config.get("type"):
                continue
            if not is_type_compatible(type_config["type"], kind):
                raise StreamlitAPIException(
                    f"The configured column type `{type_config['type']}` for column `{name}` is not compatible for "
                    f"editing the underlying data type `{kind}`.\n\nYou have following options to fix this: 1) "
                    "choose a compatible type 2) disable the column 3) convert the column into a compatible data "
                    "type.")
        props = table_props(frame, mapping, hide_index=hide_index, column_order=column_order, width=width,
                            height=height, row_height=row_height, placeholder=placeholder,
                            editing_mode=EDITING_MODES[num_rows])
        props["alt"] = alt
        props["ignore_rerun"] = on_change == "ignore"
        # As in Streamlit: a disabled editor's button columns take no clicks.
        props["button_click_widgets"] = {} if disabled is True else register_button_columns(self, column_config)
        identity: dict[str, Any] = {
            "data": frame_digest(props["data"]), "width": width, "height": height,
            "use_container_width": use_container_width, "column_order": props["column_order"],
            "column_config_mapping": str(props["column_config"]), "num_rows": num_rows, "row_height": row_height,
            "placeholder": placeholder, "alt": alt}
        key_identity: bool | set[str] = False
        if key is not None and num_rows == "fixed":
            key_identity = {"data_signature", "num_rows"}
            disabled_columns = [str(k) for k, c in mapping.items() if c.get("disabled") is True]
            identity["data_signature"] = _signature(frame, fmt, disabled, disabled_columns)
        spec = WidgetSpec(type="data_editor", label="", identity=identity, key_identity=key_identity,
                          default=lambda: editor_state(None), serialize=_wire, deserialize=editor_state,
                          adopt=editor_state, read_only=True, props=props)
        state: DataEditorState = draw_widget(self, spec, key=key, on_change=callback, args=args, kwargs=kwargs,
                                             disabled=disabled is True)
        if df is not None:
            return _to_data_format(apply_to_pandas(df, state, schema), fmt)
        return frame_to_format(apply_to_frame(frame, state), fmt)
