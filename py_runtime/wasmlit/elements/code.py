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
        height: Any = None,
        width: Any = "stretch",
    ) -> Self:
        text = str(body)
        # Streamlit drops one leading and one trailing newline, no more.
        text = text[1:] if text.startswith("\n") else text
        text = text[:-1] if text.endswith("\n") else text
        return self._draw(
            "code",
            {"body": text, "language": language or "plaintext", "line_numbers": bool(line_numbers)},
        )
