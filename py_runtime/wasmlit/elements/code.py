"""st.code."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor


class CodeMixin(Cursor):
    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = "content",
        width: Any = "stretch",
    ) -> Self:
        height = "content" if height is None else height
        if height != "content" or width != "stretch":
            # Checked only when not the defaults: layout_utils is not on a plain app's cold load.
            from wasmlit.elements.lib.layout_utils import validate_height, validate_width

            validate_height(height, allow_content=True)
            validate_width(width, allow_content=True)
        text = str(body)
        # Streamlit drops one leading and one trailing newline, no more.
        text = text[1:] if text.startswith("\n") else text
        text = text[:-1] if text.endswith("\n") else text
        return self._draw(
            "code",
            {"body": text, "language": language or "plaintext", "line_numbers": bool(line_numbers),
             "wrap_lines": bool(wrap_lines), "height": height, "width": width},
        )
