"""``st.query_params`` and ``st.secrets``."""

from __future__ import annotations

from typing import Any


class QueryParams(dict[str, Any]):
    """``st.query_params``: a dict; the browser keeps it empty for now."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


query_params = QueryParams()
#: ``st.secrets`` (AppTest fills it from ``at.secrets``).
secrets: dict[str, Any] = {}
