"""st.json."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException


def to_json_text(body: Any) -> str:
    """The JSON text of ``st.json``'s argument (a JSON string is kept)."""
    if isinstance(body, Mapping) and not isinstance(body, dict):
        body = dict(body)  # st.session_state, and other dict-likes
    if isinstance(body, str):
        try:
            json.loads(body)
            return body
        except ValueError as err:
            raise StreamlitAPIException(f"`st.json` got a string that is not valid JSON: {err}") from None
    return json.dumps(body, default=repr)


class JsonMixin(Cursor):
    def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> Self:
        return self._draw("json", {"body": to_json_text(body), "expanded": expanded})
