"""st.table: a static table, every row on the page, cells as Markdown.

As in Streamlit 1.67 the index is hidden when it is 0, 1, 2 ... (a range
index), and the header is hidden for data that has no column names of its
own (a list of values or rows, a dict of values, a numpy array), unless
``hide_index`` / ``hide_header`` say otherwise.
"""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitValueError

# The data code these commands use (elements/lib: frames, chart specs, column types) is in the
# runtime's lazy part (tooling/site/runtime_split.py): they import it when called, so an app that
# never draws a chart or grid never downloads it.

_BORDERS = {True: "all", False: "none", "horizontal": "horizontal"}


class TableMixin(Cursor):
    def table(self, data: Any = None, *, border: bool | str = True, width: Any = "stretch",
              height: Any = "content", hide_index: bool | None = None, hide_header: bool | None = None,
              alt: str | None = None) -> Self:
        """Display a static table."""
        from wasmlit.elements.lib.dataframe_util import HEADER_HIDDEN_FORMATS, to_frame
        from wasmlit.elements.lib.frame import encode_frame
        if not isinstance(border, (bool, str)) or border not in _BORDERS:
            raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        frame = to_frame(data)
        return self._draw("table", {
            "data": encode_frame(frame),
            "border": _BORDERS[border],
            "hide_index": frame.range_index if hide_index is None else bool(hide_index),
            "hide_header": frame.data_format in HEADER_HIDDEN_FORMATS if hide_header is None else bool(hide_header),
            "width": width,
            "height": height,
            "alt": alt,
        })
