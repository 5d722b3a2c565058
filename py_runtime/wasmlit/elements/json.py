"""st.json: a JSON document as an expandable tree.

``expanded`` is True (all open), False (closed) or an int: the depth to
which the tree opens, as in Streamlit 1.67.
"""

from __future__ import annotations

import dataclasses
import json
from collections import ChainMap, UserDict
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Self

from wasmlit.elements.lib.type_util import dump_pydantic_sequence, is_pydantic_model, is_sequence_of_pydantic_models
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitInvalidParameterTypeError


def _ensure_serialization(value: object) -> str | list[Any]:
    """json.dumps' fallback, as Streamlit's: sets become lists, anything else its repr."""
    return list(value) if isinstance(value, (set, frozenset)) else repr(value)


def to_json_text(body: Any) -> str:
    """The JSON text of ``st.json``'s argument (a string is kept as it is)."""
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict) and not isinstance(body, type) and type(body).__module__.split(".")[0] not in (
            "pandas", "numpy", "polars", "pyarrow"):
        body = to_dict()
    if isinstance(body, tuple) and hasattr(body, "_asdict"):
        body = body._asdict()
    if is_pydantic_model(body):
        body = dict(body)
    elif is_sequence_of_pydantic_models(body):
        body = dump_pydantic_sequence(body)
    if dataclasses.is_dataclass(body) and not isinstance(body, type):
        body = dataclasses.asdict(body)
    if isinstance(body, (ChainMap, MappingProxyType, UserDict)) or (isinstance(body, Mapping)
                                                                   and not isinstance(body, dict)):
        body = dict(body)
    if not isinstance(body, (str, dict, list)) and hasattr(body, "__iter__") and not isinstance(body, bytes):
        body = list(body)
    if isinstance(body, str):
        return body
    try:
        return json.dumps(body, default=_ensure_serialization)
    except TypeError:
        return json.dumps(body, skipkeys=True, default=_ensure_serialization)


class JsonMixin(Cursor):
    def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> Self:
        """Display ``body`` (a dict, list, JSON string ...) as a tree."""
        if not isinstance(expanded, (bool, int)):
            raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])
        return self._draw("json", {"body": to_json_text(body), "expanded": expanded})
