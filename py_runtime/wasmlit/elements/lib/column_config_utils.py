"""The ``column_config`` argument of st.dataframe and st.data_editor: read,
completed with what the command decides (hidden index, disabled columns) and
made ready for the page, as Streamlit's ``column_config_utils`` does."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping
from typing import Any

from wasmlit.elements.lib.column_types import ButtonColumnResult, ColumnConfig
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

#: The column config key of the index.
INDEX_IDENTIFIER = "_index"
#: Config keys that are integers (column positions) travel as "_pos:<n>".
NUMERICAL_POSITION_PREFIX = "_pos:"

ColumnConfigMapping = dict[Any, ColumnConfig]

#: Which data kinds a column type can edit (Streamlit's _EDITING_COMPATIBILITY_MAPPING).
_EDITABLE_KINDS: dict[str, set[str]] = {
    "text": {"string", "empty"},
    "number": {"integer", "float", "decimal", "string", "timedelta", "empty"},
    "checkbox": {"boolean", "string", "integer", "empty"},
    "selectbox": {"string", "boolean", "integer", "float", "empty"},
    "date": {"date", "datetime", "empty"},
    "time": {"time", "datetime", "empty"},
    "datetime": {"datetime", "date", "time", "empty"},
    "link": {"string", "empty"},
    "list": {"list", "string", "empty"},
    "multiselect": {"list", "string", "empty"},
    "markdown": {"string", "empty"},
}


def is_type_compatible(column_type: str, data_kind: str) -> bool:
    """Can a column of ``column_type`` edit values of ``data_kind``?"""
    kinds = _EDITABLE_KINDS.get(column_type)
    return kinds is None or data_kind in kinds


def process_config_mapping(column_config: Mapping[Any, Any] | None) -> ColumnConfigMapping:
    """``column_config`` as a dict of configs: None hides a column, a string labels it."""
    if column_config is None:
        return {}
    if not isinstance(column_config, Mapping):
        raise StreamlitAPIException(
            f"`column_config` must be a dict mapping column names to configs, not {type(column_config).__name__}."
        )
    out: ColumnConfigMapping = {}
    for column, config in column_config.items():
        if config is None:
            out[column] = ColumnConfig(hidden=True)
        elif isinstance(config, str):
            out[column] = ColumnConfig(label=config)
        elif isinstance(config, ButtonColumnResult):
            out[column] = copy.deepcopy(config.config)
        elif isinstance(config, dict):
            out[column] = copy.deepcopy(config)  # type: ignore[assignment]
        else:
            raise StreamlitInvalidParameterTypeError("column_config", type(config).__name__, ["None", "str", "dict"],
                                                     detail=f"Invalid configuration for column `{column}`.")
    return out


def update_column_config(mapping: ColumnConfigMapping, column: Any, config: ColumnConfig) -> None:
    mapping.setdefault(column, ColumnConfig()).update(config)


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    item = getattr(value, "item", None)
    if callable(item):  # a numpy scalar
        return _json_safe(item())
    return json.loads(json.dumps(value, default=str))


def wire_column_config(mapping: ColumnConfigMapping) -> dict[str, Any]:
    """The mapping as the page reads it: None values dropped, positions as "_pos:<n>"."""
    try:
        return {
            (f"{NUMERICAL_POSITION_PREFIX}{k}" if isinstance(k, int) and not isinstance(k, bool) else str(k)):
                _json_safe(_without_none(dict(v)))
            for k, v in mapping.items()
        }
    except (ValueError, TypeError) as err:
        raise StreamlitAPIException(f"The provided column config cannot be serialized into JSON: {err}") from None


def config_for(mapping: ColumnConfigMapping, name: str, position: int) -> ColumnConfig:
    """The config that applies to a column: by name, or by position."""
    merged = ColumnConfig()
    if position in mapping:
        merged.update(mapping[position])
    if name in mapping:
        merged.update(mapping[name])
    return merged
