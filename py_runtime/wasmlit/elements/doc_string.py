"""st.help: a description of any Python object."""

from __future__ import annotations

import inspect
from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class DocStringMixin(Cursor):
    def help(self, obj: Any = None, *, width: Any = "stretch") -> Self:
        """A plain-text description of ``obj`` (Streamlit draws a doc table)."""
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or type(obj).__name__
        doc = inspect.getdoc(obj) or ""
        try:
            signature = str(inspect.signature(obj)) if callable(obj) else ""
        except (TypeError, ValueError):
            signature = ""
        return self._draw("help_info", {"name": str(name), "signature": signature, "doc_string": doc,
                                           "type": type(obj).__name__})
